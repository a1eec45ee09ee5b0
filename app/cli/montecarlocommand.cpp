#include "simulatecommand.h"

#include "engineinput.h"
#include "options.h"
#include "simulationoutput.h"

#include "core/engine/simulation/montecarlo.h"

#include <QCoreApplication>

namespace archstudio::cli {

int runMonteCarlo(const QStringList &args, Streams streams)
{
    bool asJson = false;
    engine::MonteCarloOptions settings;
    QString catalogPath;
    QString variant;
    OptionParser options(QStringLiteral("montecarlo"), streams);
    options.flag(QStringLiteral("--json"), &asJson);
    options.number(QStringLiteral("--years"), 1.0, 10'000'000.0,
                   [&](double number) { settings.years = qint64(number); });
    options.value(QStringLiteral("--seed"), [&](const QString &value) {
        bool ok = false;
        settings.seed = value.toULongLong(&ok);
        return ok ? QString()
                  : QCoreApplication::translate("Cli",
                                                "--seed expects a whole number from 0, got \"%1\"")
                        .arg(value);
    });
    options.number(QStringLiteral("--target"), 0.0, 1.0,
                   [&](double number) { settings.target = number; });
    options.number(QStringLiteral("--threads"), 1.0, 256.0,
                   [&](double number) { settings.threads = int(number); });
    options.text(QStringLiteral("--catalog"), &catalogPath);
    options.text(QStringLiteral("--variant"), &variant);
    QString path;
    if (const std::optional<int> code = options.parseOneFile(args, &path))
        return *code;
    const std::optional<EngineInput> input = loadEngineInput(path, catalogPath, variant, streams);
    if (!input)
        return InputError;
    const engine::MonteCarloResult result = engine::runMonteCarlo(
        {input->design, 0}, input->catalog, settings, streams.kinds->behaviours());
    if (!result.error.isEmpty()) {
        streams.err << QCoreApplication::translate("Cli", "%1: error: %2")
                           .arg(displayName(path), result.error)
                    << '\n';
        return InputError;
    }
    if (asJson)
        streams.out << QString::fromUtf8(monteCarloToJson(result, input->design, input->catalog));
    else
        streams.out << monteCarloToText(result, input->design);
    return Success;
}

} // namespace archstudio::cli
