#include "propertybuilders.h"

namespace archstudio::model::schema {

PropertySchema number(const QString &name, const QString &unit, QVariant def,
                      std::optional<double> min, std::optional<double> max, const QString &help)
{
    PropertySchema p;
    p.name = name;
    p.type = PropertyType::Number;
    p.unit = unit;
    p.defaultValue = std::move(def);
    p.minimum = min;
    p.maximum = max;
    p.help = help;
    return p;
}

PropertySchema integer(const QString &name, const QString &unit, QVariant def,
                       std::optional<double> min, std::optional<double> max, const QString &help)
{
    PropertySchema p = number(name, unit, std::move(def), min, max, help);
    p.type = PropertyType::Integer;
    return p;
}

PropertySchema boolean(const QString &name, bool def, const QString &help)
{
    PropertySchema p;
    p.name = name;
    p.type = PropertyType::Boolean;
    p.defaultValue = def;
    p.help = help;
    return p;
}

PropertySchema choice(const QString &name, const QStringList &values, const QString &def,
                      const QString &help)
{
    PropertySchema p;
    p.name = name;
    p.type = PropertyType::Enum;
    p.allowedValues = values;
    if (!def.isEmpty())
        p.defaultValue = def;
    p.help = help;
    return p;
}

PropertySchema pattern(const QString &name, const QString &regex, const QString &def,
                       const QString &help)
{
    PropertySchema p;
    p.name = name;
    p.type = PropertyType::String;
    p.pattern = regex;
    if (!def.isEmpty())
        p.defaultValue = def;
    p.help = help;
    return p;
}

PropertySchema reference(const QString &name, const QString &kind, const QString &help)
{
    PropertySchema p;
    p.name = name;
    p.type = PropertyType::ComponentRef;
    p.refKind = kind;
    p.required = true;
    p.help = help;
    return p;
}

PropertySchema typed(const QString &name, PropertyType type, QVariant def, const QString &help)
{
    PropertySchema p;
    p.name = name;
    p.type = type;
    p.defaultValue = std::move(def);
    p.help = help;
    return p;
}

PropertySchema when(PropertySchema p, const QString &property, const QStringList &values)
{
    p.appliesWhenProperty = property;
    p.appliesWhenValues = values;
    return p;
}

} // namespace archstudio::model::schema
