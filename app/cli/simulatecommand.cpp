#include "simulatecommand.h"

#include "engineinput.h"
#include "options.h"
#include "simulationoutput.h"

#include "core/engine/simulation/simulation.h"

#include <QCoreApplication>

namespace archstudio::cli {

int runSimulate(const QStringList &args, Streams streams)
{
    bool asJson = false;
    double loadFactor = 1.0;
    QString fail;
    QString catalogPath;
    QString variant;
    OptionParser options(QStringLiteral("simulate"), streams);
    options.flag(QStringLiteral("--json"), &asJson);
    options.text(QStringLiteral("--fail"), &fail);
    options.number(QStringLiteral("--load-factor"), 0.001, 1000.0,
                   [&](double number) { loadFactor = number; });
    options.text(QStringLiteral("--catalog"), &catalogPath);
    options.text(QStringLiteral("--variant"), &variant);
    QString path;
    if (const std::optional<int> code = options.parseOneFile(args, &path))
        return *code;
    const std::optional<engine::FailureTarget> target = engine::FailureTarget::parse(fail);
    if (!target) {
        return options.error(
            fail.isEmpty()
                ? QCoreApplication::translate(
                      "Cli", "--fail expects zone:CODE, region:CODE or component:ID")
                : QCoreApplication::translate(
                      "Cli", "--fail expects zone:CODE, region:CODE or component:ID, got \"%1\"")
                      .arg(fail));
    }
    const std::optional<EngineInput> input = loadEngineInput(path, catalogPath, variant, streams);
    if (!input)
        return InputError;
    engine::Scenario scenario;
    scenario.loadFactor = loadFactor;
    const engine::SimulationResult result = engine::simulateFailure(
        {input->design, 0}, input->catalog, *target, scenario, streams.kinds->behaviours());
    if (!result.timeline) {
        streams.err << QCoreApplication::translate("Cli", "%1: error: --fail %2: %3")
                           .arg(displayName(path), fail, result.error)
                    << '\n';
        return InputError;
    }
    if (asJson)
        streams.out << QString::fromUtf8(
            timelineToJson(*result.timeline, input->design, input->catalog));
    else
        streams.out << timelineToText(*result.timeline, input->design);
    return Success;
}

} // namespace archstudio::cli
