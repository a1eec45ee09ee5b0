#include "designdiffformat.h"

#include "figureformat.h"

#include <QCoreApplication>

#include <cmath>

namespace archstudio::render {

using engine::Figure;

QString figureLabel(Figure figure)
{
    switch (figure) {
    case Figure::MonthlyCostUsd:
        return QCoreApplication::translate("Render", "Monthly cost");
    case Figure::ReadP99PeakMs:
        return QCoreApplication::translate("Render", "Read p99 (peak)");
    case Figure::WriteP99PeakMs:
        return QCoreApplication::translate("Render", "Write p99 (peak)");
    case Figure::AvailabilityModelled:
        return QCoreApplication::translate("Render", "Availability (modelled)");
    case Figure::AvailabilitySlaFloor:
        return QCoreApplication::translate("Render", "Availability (SLA floor)");
    case Figure::RtoSeconds:
        return QCoreApplication::translate("Render", "RTO");
    case Figure::RpoSeconds:
        return QCoreApplication::translate("Render", "RPO");
    }
    return {};
}

QString figureText(Figure figure, const std::optional<double> &value)
{
    if (!value)
        return QCoreApplication::translate("Render", "n/a", "no figure");
    switch (figure) {
    case Figure::MonthlyCostUsd:
        return fullUsd(*value);
    case Figure::ReadP99PeakMs:
    case Figure::WriteP99PeakMs:
        return latencyMs(*value);
    case Figure::AvailabilityModelled:
    case Figure::AvailabilitySlaFloor:
        return availabilityPercent(*value);
    case Figure::RtoSeconds:
    case Figure::RpoSeconds:
        return duration(value);
    }
    return {};
}

bool higherIsBetter(Figure figure)
{
    return figure == Figure::AvailabilityModelled || figure == Figure::AvailabilitySlaFloor;
}

QString figureChangeText(Figure figure, const engine::FigureDelta &delta)
{
    const std::optional<double> difference = delta.difference();
    if (!difference || !std::isfinite(*difference))
        return QCoreApplication::translate("Render", "n/a", "no figure");
    if (*difference == 0.0)
        return QCoreApplication::translate("Render", "no change");
    const QString sign = *difference > 0.0 ? QStringLiteral("+") : QStringLiteral("-");
    const double magnitude = std::abs(*difference);
    switch (figure) {
    case Figure::MonthlyCostUsd: {
        const QString amount = sign + fullUsd(magnitude);
        if (*delta.before == 0.0)
            return amount;
        const double percent = *difference / *delta.before * 100.0;
        return QCoreApplication::translate("Render", "%1 (%2%)", "a change of cost and its share")
            .arg(amount, (percent > 0.0 ? QStringLiteral("+") : QString()) +
                             figureLocale().toString(percent, 'f', 1));
    }
    case Figure::ReadP99PeakMs:
    case Figure::WriteP99PeakMs:
        return sign + latencyMs(magnitude);
    case Figure::AvailabilityModelled:
    case Figure::AvailabilitySlaFloor:
        return percentagePoints(*difference);
    case Figure::RtoSeconds:
    case Figure::RpoSeconds:
        return sign + duration(magnitude);
    }
    return {};
}

QString propertyValueText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QCoreApplication::translate("Render", "(none)", "a property without a value");
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList items;
        for (const QVariant &item : value.toList())
            items << propertyValueText(item);
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    if (value.typeId() == QMetaType::QVariantMap) {
        QStringList items;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items << it.key() + QStringLiteral(": ") + propertyValueText(it.value());
        return QLatin1Char('{') + items.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString propertyChangesText(const engine::ComponentChange &change)
{
    QStringList parts;
    for (const engine::PropertyChange &p : change.changes) {
        //: a changed property: NAME: BEFORE → AFTER
        parts << QCoreApplication::translate("Render", "%1: %2 → %3")
                     .arg(p.property, propertyValueText(p.before), propertyValueText(p.after));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace archstudio::render
