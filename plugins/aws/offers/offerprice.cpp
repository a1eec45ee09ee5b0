#include "offerprice.h"

#include <algorithm>
#include <cmath>

namespace archstudio::aws::offer {

std::optional<double> decimalValue(const QString &text, int shift)
{
    // Shifting the decimal exponent in the text keeps 0.0000001250 x 10^6 exactly 0.125.
    QString mantissa = text.trimmed();
    int exponent = 0;
    const qsizetype e = mantissa.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    if (e >= 0) {
        bool ok = false;
        exponent = mantissa.mid(e + 1).toInt(&ok);
        if (!ok)
            return std::nullopt;
        mantissa.truncate(e);
    }
    static const QString digits = QStringLiteral("0123456789.");
    if (mantissa.isEmpty() || mantissa.count(QLatin1Char('.')) > 1 ||
        !std::all_of(mantissa.cbegin(), mantissa.cend(),
                     [](QChar c) { return digits.contains(c); }))
        return std::nullopt;
    bool ok = false;
    const double value = QStringLiteral("%1e%2").arg(mantissa).arg(exponent + shift).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> convertPrice(UnitKind kind, const QString &offerUnit, const QString &price,
                                   QString *note, QString *problem)
{
    const QString unit = offerUnit.toLower();
    const bool hourly = unit.contains(QLatin1String("hr")) || unit.contains(QLatin1String("hour"));
    const bool monthly =
        unit.endsWith(QLatin1String("-mo")) || unit.contains(QLatin1String("month"));
    const bool gb = unit.contains(QLatin1String("gb"));
    bool fits = false;
    const char *expected = "";
    switch (kind) {
    case UnitKind::Hourly:
        fits = hourly && !gb;
        expected = "per hour";
        break;
    case UnitKind::GbMonth:
        fits = monthly && gb;
        expected = "per GB-month";
        break;
    case UnitKind::IopsMonth:
        fits = monthly && unit.contains(QLatin1String("iops"));
        expected = "per IOPS-month";
        break;
    case UnitKind::GbHour:
        fits = hourly && gb;
        expected = "per GB-hour";
        break;
    case UnitKind::PerMillion:
        fits = !hourly && !monthly;
        expected = "per request";
        break;
    }
    if (!fits) {
        if (problem)
            *problem =
                QStringLiteral("unit \"%1\" is not %2").arg(offerUnit, QLatin1String(expected));
        return std::nullopt;
    }
    const bool perUnit = kind == UnitKind::PerMillion && !unit.contains(QLatin1String("million")) &&
                         !unit.startsWith(QLatin1String("1m"));
    if (perUnit && note)
        *note =
            QStringLiteral("offer price %1 per %2, x 1,000,000").arg(price.trimmed(), offerUnit);
    return decimalValue(price, perUnit ? 6 : 0);
}

} // namespace archstudio::aws::offer
