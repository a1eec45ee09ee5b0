#include "simulatecommand.h"

#include "engineinput.h"
#include "simulationoutput.h"

#include "core/engine/simulation.h"

namespace archstudio::cli {

int runSimulate(const QStringList &args, Streams streams)
{
    const QString command = QStringLiteral("simulate");
    bool asJson = false;
    double loadFactor = 1.0;
    QString fail;
    QString catalogPath;
    QString variant;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            asJson = true;
            continue;
        }
        if (arg == QLatin1String("--fail") || arg == QLatin1String("--load-factor") ||
            arg == QLatin1String("--catalog") || arg == QLatin1String("--variant")) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("simulate"),
                                  arg + QStringLiteral(" needs a value"), streams);
            const QString value = args.at(++i);
            if (arg == QLatin1String("--fail")) {
                fail = value;
            } else if (arg == QLatin1String("--catalog")) {
                catalogPath = value;
            } else if (arg == QLatin1String("--variant")) {
                variant = value;
            } else {
                const auto number = numberOption(command, arg, value, 0.001, 1000.0, streams);
                if (!number)
                    return UsageError;
                loadFactor = *number;
            }
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            return usageError(QStringLiteral("simulate"), QStringLiteral("unknown option ") + arg,
                              streams);
        files << arg;
    }
    if (files.size() != 1)
        return usageError(QStringLiteral("simulate"), QStringLiteral("expected exactly one FILE"),
                          streams);
    const std::optional<engine::FailureTarget> target = engine::FailureTarget::parse(fail);
    if (!target) {
        streams.err << "archstudio simulate: --fail expects zone:CODE, region:CODE or "
                       "component:ID"
                    << (fail.isEmpty() ? QString() : QStringLiteral(", got \"%1\"").arg(fail))
                    << "\n\n"
                    << usage();
        return UsageError;
    }
    const std::optional<EngineInput> input =
        loadEngineInput(files.first(), catalogPath, variant, streams);
    if (!input)
        return InputError;
    engine::Scenario scenario;
    scenario.loadFactor = loadFactor;
    const engine::SimulationResult result =
        engine::simulateFailure({input->design, 0}, input->catalog, *target, scenario);
    if (!result.timeline) {
        streams.err << files.first() << ": error: --fail " << fail << ": " << result.error << '\n';
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
