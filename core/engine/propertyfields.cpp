#include "propertyfields.h"

namespace archstudio::engine::fieldvalue {

QString text(const QVariant *value)
{
    return value ? value->toString() : QString();
}

double number(const QVariant *value)
{
    return value ? value->toDouble() : 0.0;
}

int integer(const QVariant *value)
{
    return value ? value->toInt() : 0;
}

bool flag(const QVariant *value)
{
    return value && value->toBool();
}

QStringList textList(const QVariant *value)
{
    QStringList texts;
    if (!value)
        return texts;
    // Held const: a temporary list would detach (copy) in a range-for.
    const QVariantList list = value->toList();
    for (const QVariant &item : list)
        texts.append(item.toString());
    return texts;
}

QVariantMap map(const QVariant *value)
{
    return value ? value->toMap() : QVariantMap();
}

} // namespace archstudio::engine::fieldvalue
