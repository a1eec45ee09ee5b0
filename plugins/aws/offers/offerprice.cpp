#include "offerprice.h"

#include <QCoreApplication>

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

namespace {

/// Why an offer's unit does not fit the catalog entry: %1 is the offer's unit.
QString unitProblem(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Hourly:
        return QCoreApplication::translate("Aws", "unit \"%1\" is not per hour");
    case UnitKind::GbMonth:
        return QCoreApplication::translate("Aws", "unit \"%1\" is not per GB-month");
    case UnitKind::IopsMonth:
        return QCoreApplication::translate("Aws", "unit \"%1\" is not per IOPS-month");
    case UnitKind::GbHour:
        return QCoreApplication::translate("Aws", "unit \"%1\" is not per GB-hour");
    case UnitKind::PerMillion:
        break;
    }
    return QCoreApplication::translate("Aws", "unit \"%1\" is not per request");
}

} // namespace

std::optional<double> convertPrice(UnitKind kind, const QString &offerUnit, const QString &price,
                                   QString *note, QString *problem)
{
    const QString unit = offerUnit.toLower();
    const bool hourly = unit.contains(QLatin1String("hr")) || unit.contains(QLatin1String("hour"));
    const bool monthly =
        unit.endsWith(QLatin1String("-mo")) || unit.contains(QLatin1String("month"));
    const bool gb = unit.contains(QLatin1String("gb"));
    bool fits = false;
    switch (kind) {
    case UnitKind::Hourly:
        fits = hourly && !gb;
        break;
    case UnitKind::GbMonth:
        fits = monthly && gb;
        break;
    case UnitKind::IopsMonth:
        fits = monthly && unit.contains(QLatin1String("iops"));
        break;
    case UnitKind::GbHour:
        fits = hourly && gb;
        break;
    case UnitKind::PerMillion:
        fits = !hourly && !monthly;
        break;
    }
    if (!fits) {
        if (problem)
            *problem = unitProblem(kind).arg(offerUnit);
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
