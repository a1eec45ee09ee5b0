#include "kindschema.h"

#include <QCoreApplication>

namespace archstudio::model {

QString propertyTypeName(PropertyType type)
{
    switch (type) {
    case PropertyType::Number:
        return QCoreApplication::translate("Model", "a number");
    case PropertyType::Integer:
        return QCoreApplication::translate("Model", "a whole number");
    case PropertyType::Boolean:
        return QCoreApplication::translate("Model", "true or false");
    case PropertyType::String:
    case PropertyType::Enum:
        return QCoreApplication::translate("Model", "a string");
    case PropertyType::ComponentRef:
        return QCoreApplication::translate("Model", "a component id");
    case PropertyType::ZoneRef:
        return QCoreApplication::translate("Model", "an Availability Zone code");
    case PropertyType::RegionList:
        return QCoreApplication::translate("Model", "a list of region codes");
    case PropertyType::Object:
        break;
    }
    return QCoreApplication::translate("Model", "an object");
}

const PropertySchema *KindSchema::property(const QString &name) const
{
    for (const PropertySchema &p : properties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QVariant KindSchema::valueOf(const QString &name, const PropertyMap &values) const
{
    const QVariant value = values.value(name);
    if (!value.isNull()) // neither absent nor JSON null
        return value;
    const PropertySchema *p = property(name);
    return p ? p->defaultValue : QVariant();
}

bool KindSchema::applies(const QString &name, const PropertyMap &values) const
{
    const PropertySchema *p = property(name);
    if (!p || p->appliesWhenProperty.isEmpty())
        return true;
    return p->appliesWhenValues.contains(valueOf(p->appliesWhenProperty, values).toString());
}

} // namespace archstudio::model
