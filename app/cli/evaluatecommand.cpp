#include "evaluatecommand.h"

#include "engineinput.h"
#include "evaluationjson.h"

#include "core/engine/engine.h"

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
    for (const engine::ComponentResult &c : e.components)
        e.totals.monthlyCostUsd += c.monthlyCostUsd;
}

} // namespace

int runEvaluate(const QStringList &args, Streams streams)
{
    bool asJson = false;
    double loadFactor = 1.0;
    QString region;
    QString catalogPath;
    QString variant;
    int threads = 0;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            asJson = true;
        } else if (arg == QLatin1String("--load-factor") || arg == QLatin1String("--region") ||
                   arg == QLatin1String("--catalog") || arg == QLatin1String("--variant") ||
                   arg == QLatin1String("--threads")) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("evaluate"),
                                  arg + QStringLiteral(" needs a value"), streams);
            const QString value = args.at(++i);
            if (arg == QLatin1String("--region")) {
                region = value;
                continue;
            }
            if (arg == QLatin1String("--catalog")) {
                catalogPath = value;
                continue;
            }
            if (arg == QLatin1String("--variant")) {
                variant = value;
                continue;
            }
            if (arg == QLatin1String("--threads")) {
                const std::optional<double> number =
                    numberOption(QStringLiteral("evaluate"), arg, value, 1.0, 256.0, streams);
                if (!number)
                    return UsageError;
                threads = int(*number);
                continue;
            }
            bool ok = false;
            loadFactor = value.toDouble(&ok);
            if (!ok || loadFactor <= 0.0 || loadFactor > 1000.0) {
                streams.err << "archstudio evaluate: --load-factor expects a number above 0 and at "
                               "most 1000, got \""
                            << value << "\"\n\n"
                            << usage();
                return UsageError;
            }
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return usageError(QStringLiteral("evaluate"), QStringLiteral("unknown option ") + arg,
                              streams);
        } else {
            files << arg;
        }
    }
    if (files.size() != 1)
        return usageError(QStringLiteral("evaluate"), QStringLiteral("expected exactly one FILE"),
                          streams);
    const QString &path = files.first();
    std::optional<EngineInput> input = loadEngineInput(path, catalogPath, variant, streams);
    if (!input)
        return InputError;
    const model::Design &design = input->design;
    if (!region.isEmpty() && !design.findRegion(model::RegionId(region))) {
        streams.err << path << ": error: --region " << region << " is not a region of the design\n";
        return InputError;
    }
    const catalog::Catalog &catalog = input->catalog;
    const QStringList &notes = input->notes;
    engine::Scenario scenario;
    scenario.loadFactor = loadFactor;
    scenario.threads = threads;
    engine::Evaluation evaluation = engine::evaluate({design, 0}, catalog, scenario);
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
