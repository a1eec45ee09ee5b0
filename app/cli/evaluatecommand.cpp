#include "evaluatecommand.h"

#include "engineinput.h"
#include "evaluationjson.h"
#include "options.h"

#include "core/engine/engine.h"

#include <QCoreApplication>

namespace archstudio::cli {

namespace {

/// Keeps only what is placed in one region: its workloads, components and their costs.
void restrictToRegion(engine::Evaluation &e, const model::Design &design, const QString &region)
{
    const auto inRegion = [&](const model::ComponentId &id) {
        const model::Component *c = design.findComponent(id);
        return c && c->placement.region.value() == region;
    };
    e.components.removeIf([&](const engine::ComponentResult &c) { return !inRegion(c.id); });
    e.workloads.removeIf([&](const engine::WorkloadResult &w) { return !inRegion(w.id); });
    e.totals.monthlyCostUsd = 0.0;
    e.totals.unpricedComponents = 0;
    for (const engine::ComponentResult &c : e.components) {
        e.totals.monthlyCostUsd += c.monthlyCostUsd;
        e.totals.unpricedComponents += c.unpriced ? 1 : 0;
    }
}

} // namespace

int runEvaluate(const QStringList &args, Streams streams)
{
    bool asJson = false;
    double loadFactor = 1.0;
    QString region;
    QString catalogPath;
    QString variant;
    OptionParser options(QStringLiteral("evaluate"), streams);
    options.flag(QStringLiteral("--json"), &asJson);
    options.value(QStringLiteral("--load-factor"), [&](const QString &value) {
        bool ok = false;
        loadFactor = value.toDouble(&ok);
        if (ok && loadFactor > 0.0 && loadFactor <= 1000.0)
            return QString();
        return QCoreApplication::translate(
                   "Cli", "--load-factor expects a number above 0 and at most 1000, got \"%1\"")
            .arg(value);
    });
    options.text(QStringLiteral("--region"), &region);
    options.text(QStringLiteral("--catalog"), &catalogPath);
    options.text(QStringLiteral("--variant"), &variant);
    // Accepted as before; the evaluation runs on one thread (docs/CLI.md).
    options.number(QStringLiteral("--threads"), 1.0, 256.0, [](double) {});
    QString path;
    if (const std::optional<int> code = options.parseOneFile(args, &path))
        return *code;
    std::optional<EngineInput> input = loadEngineInput(path, catalogPath, variant, streams);
    if (!input)
        return InputError;
    const model::Design &design = input->design;
    if (!region.isEmpty() && !design.findRegion(model::RegionId(region))) {
        streams.err << QCoreApplication::translate(
                           "Cli", "%1: error: --region %2 is not a region of the design")
                           .arg(displayName(path), region)
                    << '\n';
        return InputError;
    }
    const catalog::Catalog &catalog = input->catalog;
    const QStringList &notes = input->notes;
    engine::Scenario scenario;
    scenario.loadFactor = loadFactor;
    engine::Evaluation evaluation =
        engine::evaluate({design, 0}, catalog, scenario, streams.kinds->behaviours());
    evaluation.notes = notes + evaluation.notes;
    if (!region.isEmpty())
        restrictToRegion(evaluation, design, region);
    if (asJson)
        streams.out << QString::fromUtf8(evaluationToJson(evaluation));
    else
        streams.out << evaluationToText(evaluation);
    return Success;
}

} // namespace archstudio::cli
