#include "diffcommand.h"

#include "diffoutput.h"
#include "engineinput.h"
#include "options.h"

#include "core/engine/engine.h"
#include "core/render/figureformat.h"

#include <QCoreApplication>

#include <cmath>

namespace archstudio::cli {

namespace {

/// git passes /dev/null for the missing side of a file added or deleted: an empty design.
bool isNoFile(const QString &path)
{
    return path == QLatin1String("/dev/null") ||
           path.compare(QLatin1String("nul"), Qt::CaseInsensitive) == 0;
}

struct Side
{
    model::Design design;
    engine::Evaluation evaluation;
};

std::optional<Side> loadSide(const QString &path, const QString &catalogPath, Streams streams)
{
    Side side;
    catalog::Catalog catalog = streams.kinds->catalog();
    if (isNoFile(path)) {
        side.design.name = QCoreApplication::translate("Cli", "(no design)");
    } else {
        std::optional<EngineInput> input = loadEngineInput(path, catalogPath, {}, streams);
        if (!input)
            return std::nullopt;
        side.design = std::move(input->design);
        catalog = std::move(input->catalog);
    }
    side.evaluation = engine::evaluate({side.design, 0}, catalog, {}, streams.kinds->behaviours());
    return side;
}

/// "99.95%" or "0.9995": a share of time, as a fraction.
std::optional<double> parseAvailability(QString text)
{
    const bool percent = text.endsWith(QLatin1Char('%'));
    if (percent)
        text.chop(1);
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    if (percent || value > 1.0)
        value /= 100.0;
    if (value <= 0.0 || value > 1.0)
        return std::nullopt;
    return value;
}

QStringList crossedThresholds(const engine::DesignDiff &diff,
                              const std::optional<double> &maxCostIncreasePercent,
                              const std::optional<double> &minAvailability)
{
    QStringList crossed;
    const engine::FigureDelta &cost = diff.design[engine::Figure::MonthlyCostUsd];
    if (maxCostIncreasePercent && cost.before && cost.after && *cost.after > *cost.before) {
        const double rise = *cost.after - *cost.before;
        const bool fromNothing = *cost.before == 0.0;
        const double percent = fromNothing ? INFINITY : rise / *cost.before * 100.0;
        if (percent > *maxCostIncreasePercent) {
            crossed << (fromNothing
                            ? QCoreApplication::translate(
                                  "Cli", "the monthly cost rises from nothing to %1, more than "
                                         "the %2% --fail-on-cost-increase allows")
                                  .arg(render::fullUsd(*cost.after))
                                  .arg(*maxCostIncreasePercent)
                            : QCoreApplication::translate(
                                  "Cli", "the monthly cost rises %1% (%2), more than the %3% "
                                         "--fail-on-cost-increase allows")
                                  .arg(QString::number(percent, 'f', 1), render::fullUsd(rise))
                                  .arg(*maxCostIncreasePercent));
        }
    }
    const engine::FigureDelta &availability = diff.design[engine::Figure::AvailabilityModelled];
    if (minAvailability && availability.after && *availability.after < *minAvailability) {
        crossed << QCoreApplication::translate(
                       "Cli", "the modelled availability after the change is %1, below the %2 "
                              "--fail-on-availability-below asks for")
                       .arg(render::availabilityPercent(*availability.after),
                            render::availabilityPercent(*minAvailability));
    }
    return crossed;
}

} // namespace

int runDiff(const QStringList &args, Streams streams)
{
    bool asJson = false;
    bool asMarkdown = false;
    QString catalogPath;
    std::optional<double> maxCostIncrease;
    std::optional<double> minAvailability;
    OptionParser options(QStringLiteral("diff"), streams);
    options.flag(QStringLiteral("--json"), &asJson);
    options.flag(QStringLiteral("--md"), &asMarkdown);
    options.text(QStringLiteral("--catalog"), &catalogPath);
    options.number(QStringLiteral("--fail-on-cost-increase"), 0.0, 1e9,
                   [&](double percent) { maxCostIncrease = percent; });
    options.value(QStringLiteral("--fail-on-availability-below"), [&](const QString &value) {
        minAvailability = parseAvailability(value);
        if (minAvailability)
            return QString();
        return QCoreApplication::translate(
                   "Cli", "--fail-on-availability-below expects an availability such as 99.95% "
                          "or 0.9995, got \"%1\"")
            .arg(value);
    });
    QStringList files;
    if (const std::optional<int> code = options.parse(args, &files))
        return *code;
    if (files.size() != 2)
        return options.error(QCoreApplication::translate(
            "Cli", "expects two designs, BEFORE and AFTER, got %n", nullptr, int(files.size())));
    if (asJson && asMarkdown)
        return options.error(
            QCoreApplication::translate("Cli", "--json and --md cannot be used together"));
    if (isStandardInput(files[0]) && isStandardInput(files[1]))
        return options.error(QCoreApplication::translate(
            "Cli", "standard input (-) can be read once, not for both designs"));

    const std::optional<Side> before = loadSide(files[0], catalogPath, streams);
    if (!before)
        return InputError;
    const std::optional<Side> after = loadSide(files[1], catalogPath, streams);
    if (!after)
        return InputError;

    DiffReport report{displayName(files[0]),
                      displayName(files[1]),
                      engine::diffDesigns(before->design, before->evaluation, after->design,
                                          after->evaluation, streams.kinds->schemas()),
                      {}};
    report.crossed = crossedThresholds(report.diff, maxCostIncrease, minAvailability);
    if (asJson)
        streams.out << QString::fromUtf8(diffAsJson(report));
    else if (asMarkdown)
        streams.out << diffAsMarkdown(report, streams.kinds->schemas());
    else
        streams.out << diffAsText(report, streams.kinds->schemas());
    return report.crossed.isEmpty() ? Success : ThresholdCrossed;
}

} // namespace archstudio::cli
