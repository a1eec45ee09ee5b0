#include "figureformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace archstudio::render {

namespace {

constexpr double kSecondsPerMonth = 30.44 * 24.0 * 3600.0;

// A short figure's number: the locale's decimal point, no group separator ("1234.5 d").
QString trimmed(double value, int decimals)
{
    QLocale locale = figureLocale();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

} // namespace

QLocale figureLocale()
{
    // Built once: badges format figures for every component on each evaluation.
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale locale;
    return locale.language() == QLocale::C ? english : locale;
}

QString compactUsd(double usd)
{
    const double a = std::abs(usd);
    const QString sign = usd < 0 ? QStringLiteral("-$") : QStringLiteral("$");
    if (a < 10.0)
        return sign + trimmed(a, 2);
    if (a < 1000.0)
        return sign + trimmed(a, 0);
    if (a < 1e6)
        return sign + trimmed(a / 1e3, a < 1e4 ? 2 : 1) + QLatin1Char('k');
    return sign + trimmed(a / 1e6, a < 1e7 ? 2 : 1) + QLatin1Char('M');
}

QString fullUsd(double usd)
{
    // The locale places the symbol: "$1,234.56" in English, "1.234,56 $" in German.
    // A minus rather than the accounting parentheses Qt gives US English.
    const QString amount = figureLocale().toCurrencyString(std::abs(usd), QStringLiteral("$"), 2);
    return usd < 0 ? QLatin1Char('-') + amount : amount;
}

QString markUnpriced(const QString &total, int unpricedComponents)
{
    if (unpricedComponents <= 0)
        return total;
    // Two sentences rather than "%n component(s)": the command line runs without a translator,
    // and its English must read right.
    if (unpricedComponents == 1)
        return QCoreApplication::translate("Render", "≥ %1, 1 component unpriced").arg(total);
    return QCoreApplication::translate("Render", "≥ %1, %2 components unpriced")
        .arg(total)
        .arg(unpricedComponents);
}

QString availabilityPercent(double availability)
{
    const double unavailable = 1.0 - availability;
    if (unavailable <= 0.0)
        return QStringLiteral("100%");
    // Two decimals show 99.95%; each further nine earns a decimal, capped at six.
    const int nines = static_cast<int>(std::floor(-std::log10(unavailable)));
    const int decimals = std::clamp(nines - 1, 2, 6);
    return trimmed(availability * 100.0, decimals) + QLatin1Char('%');
}

QString downtimePerMonth(double availability)
{
    return duration(std::max(0.0, 1.0 - availability) * kSecondsPerMonth);
}

QString duration(const std::optional<double> &seconds)
{
    if (!seconds)
        return QCoreApplication::translate("Render", "n/a", "no figure");
    const double s = *seconds;
    if (!std::isfinite(s))
        return QCoreApplication::translate("Render", "never", "a duration that never ends");
    if (s < 1.0 && s > 0.0)
        return trimmed(s * 1000.0, 0) + QStringLiteral(" ms");
    if (s < 120.0)
        return trimmed(s, 0) + QStringLiteral(" s");
    if (s < 2.0 * 3600.0)
        return trimmed(s / 60.0, 1) + QStringLiteral(" min");
    if (s < 2.0 * 86400.0)
        return trimmed(s / 3600.0, 1) + QStringLiteral(" h");
    return trimmed(s / 86400.0, 1) + QStringLiteral(" d");
}

QString latencyMs(double milliseconds)
{
    if (!std::isfinite(milliseconds))
        return QCoreApplication::translate("Render", "saturated", "a latency past the capacity");
    return trimmed(milliseconds, milliseconds < 10.0 ? 2 : 1) + QStringLiteral(" ms");
}

QString percent(double share)
{
    return trimmed(share * 100.0, 0) + QLatin1Char('%');
}

QString costDeltaPerMonth(double usd)
{
    // Rounded like compactUsd, so a change too small to show is not given a sign.
    const QString amount = compactUsd(usd);
    const bool zero = amount == compactUsd(0.0) || amount == QLatin1Char('-') + compactUsd(0.0);
    const QString sign = usd > 0.0 && !zero ? QStringLiteral("+") : QString();
    return QCoreApplication::translate("Render", "%1/mo", "an amount of money a month")
        .arg(sign + (zero ? compactUsd(0.0) : amount));
}

QString percentagePoints(double availabilityDelta)
{
    const double points = availabilityDelta * 100.0;
    if (points == 0.0 || !std::isfinite(points))
        return QStringLiteral("0 pp");
    const int decimals =
        std::clamp(static_cast<int>(std::ceil(-std::log10(std::abs(points)))) + 1, 1, 6);
    const QString number = trimmed(points, decimals);
    return (points > 0.0 ? QStringLiteral("+") : QString()) + number + QStringLiteral(" pp");
}

} // namespace archstudio::render
