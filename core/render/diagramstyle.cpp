#include "diagramstyle.h"

#include <QString>

namespace archstudio::render::style {

QColor categoryColour(const QString &kind)
{
    if (kind == QLatin1String("workload"))
        return QColor(0x1E, 0x9A, 0x76);
    if (kind == QLatin1String("elasticache"))
        return QColor(0xD9, 0x4A, 0x2E);
    if (kind.startsWith(QLatin1String("aurora")))
        return QColor(0x5B, 0x4B, 0xD6);
    if (kind == QLatin1String("dynamodb"))
        return QColor(0x1F, 0x5F, 0xA8);
    if (kind.startsWith(QLatin1String("rds")))
        return QColor(0x2E, 0x6F, 0xD9);
    return QColor(0x71, 0x80, 0x96); // a kind no plugin knows
}

QColor regionColour()
{
    return QColor(0x4A, 0x55, 0x68);
}

QColor zoneColour()
{
    return QColor(0x31, 0x82, 0xCE);
}

QColor warningColour()
{
    return QColor(0xDD, 0x6B, 0x20);
}

QColor saturatedColour()
{
    return QColor(0xE5, 0x3E, 0x3E);
}

} // namespace archstudio::render::style
