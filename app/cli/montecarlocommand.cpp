#include "simulatecommand.h"

#include "engineinput.h"
#include "simulationoutput.h"

#include "core/engine/montecarlo.h"

namespace archstudio::cli {

int runMonteCarlo(const QStringList &args, Streams streams)
{
    const QString command = QStringLiteral("montecarlo");
    bool asJson = false;
    engine::MonteCarloOptions options;
    QString catalogPath;
    QString variant;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            asJson = true;
            continue;
        }
        static const QStringList valued{QStringLiteral("--years"),   QStringLiteral("--seed"),
                                        QStringLiteral("--target"),  QStringLiteral("--threads"),
                                        QStringLiteral("--catalog"), QStringLiteral("--variant")};
        if (valued.contains(arg)) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("montecarlo"),
                                  arg + QStringLiteral(" needs a value"), streams);
            const QString value = args.at(++i);
            if (arg == QLatin1String("--catalog")) {
                catalogPath = value;
                continue;
            }
            if (arg == QLatin1String("--variant")) {
                variant = value;
                continue;
            }
            if (arg == QLatin1String("--seed")) {
                bool ok = false;
                options.seed = value.toULongLong(&ok);
                if (!ok) {
                    streams.err << "archstudio montecarlo: --seed expects a whole number from 0, "
                                   "got \""
                                << value << "\"\n\n"
                                << usage();
                    return UsageError;
                }
                continue;
            }
            const bool years = arg == QLatin1String("--years");
            const bool threads = arg == QLatin1String("--threads");
            const auto number =
                numberOption(command, arg, value, years || threads ? 1.0 : 0.0,
                             years ? 10'000'000.0 : (threads ? 256.0 : 1.0), streams);
            if (!number)
                return UsageError;
            if (years)
                options.years = qint64(*number);
            else if (threads)
                options.threads = int(*number);
            else
                options.target = *number;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            return usageError(QStringLiteral("montecarlo"), QStringLiteral("unknown option ") + arg,
                              streams);
        files << arg;
    }
    if (files.size() != 1)
        return usageError(QStringLiteral("montecarlo"), QStringLiteral("expected exactly one FILE"),
                          streams);
    const std::optional<EngineInput> input =
        loadEngineInput(files.first(), catalogPath, variant, streams);
    if (!input)
        return InputError;
    const engine::MonteCarloResult result =
        engine::runMonteCarlo({input->design, 0}, input->catalog, options);
    if (asJson)
        streams.out << QString::fromUtf8(monteCarloToJson(result, input->design, input->catalog));
    else
        streams.out << monteCarloToText(result, input->design);
    return Success;
}

} // namespace archstudio::cli
