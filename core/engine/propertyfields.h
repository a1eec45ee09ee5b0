#pragma once

#include "core/model/design.h"
#include "core/model/kindschema.h"

#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <initializer_list>
#include <optional>
#include <vector>

namespace archstudio::engine {

/// A property a component may leave to another one (a read replica to its source): its value
/// (the component's own, else its kind's default) and whether the component set it itself.
template <typename T> struct Setting
{
    T value{};
    bool own = false;
};

/// How a property value becomes a field of a behaviour's data: the conversions every
/// behaviour would otherwise repeat (a JSON integer read as a number, a list of region codes).
namespace fieldvalue {
QString text(const QVariant *value);
double number(const QVariant *value);
int integer(const QVariant *value);
bool flag(const QVariant *value);
QStringList textList(const QVariant *value);
QVariantMap map(const QVariant *value);
} // namespace fieldvalue

/// The one description of what a behaviour reads of its kind's components: each property by
/// name, with the field of the behaviour's data it fills, the field's type saying how the
/// value is read. A property left unset (absent or JSON null) reads as the kind's schema
/// default, as everywhere else (model::KindSchema::valueOf), except in std::optional fields,
/// which stay empty unless the component sets the property.
///
///     struct TableData : KindData { QString capacityMode; double storageGiB = 0; };
///     static const PropertyFields<TableData> fields(schema, {
///         {u"capacityMode", &TableData::capacityMode},
///         {u"storageGiB", &TableData::storageGiB}});
///     fields.read(component, data);
template <typename Data> class PropertyFields
{
public:
    class Field
    {
    public:
        Field(const char16_t *name, QString Data::*member)
            : Field(name,
                    [member](Data &d, const QVariant *v, bool) { d.*member = fieldvalue::text(v); })
        {}
        Field(const char16_t *name, double Data::*member)
            : Field(name, [member](Data &d, const QVariant *v, bool) {
                  d.*member = fieldvalue::number(v);
              })
        {}
        Field(const char16_t *name, int Data::*member)
            : Field(name, [member](Data &d, const QVariant *v, bool) {
                  d.*member = fieldvalue::integer(v);
              })
        {}
        Field(const char16_t *name, bool Data::*member)
            : Field(name,
                    [member](Data &d, const QVariant *v, bool) { d.*member = fieldvalue::flag(v); })
        {}
        Field(const char16_t *name, model::ComponentId Data::*member)
            : Field(name, [member](Data &d, const QVariant *v, bool) {
                  d.*member = model::ComponentId(fieldvalue::text(v));
              })
        {}
        Field(const char16_t *name, QStringList Data::*member)
            : Field(name, [member](Data &d, const QVariant *v, bool) {
                  d.*member = fieldvalue::textList(v);
              })
        {}
        Field(const char16_t *name, QVariantMap Data::*member)
            : Field(name,
                    [member](Data &d, const QVariant *v, bool) { d.*member = fieldvalue::map(v); })
        {}
        Field(const char16_t *name, std::optional<double> Data::*member)
            : Field(name, [member](Data &d, const QVariant *v, bool own) {
                  d.*member = own ? std::optional(fieldvalue::number(v)) : std::nullopt;
              })
        {}
        Field(const char16_t *name, Setting<QString> Data::*member)
            : Field(name, [member](Data &d, const QVariant *v, bool own) {
                  d.*member = {fieldvalue::text(v), own};
              })
        {}
        Field(const char16_t *name, Setting<double> Data::*member)
            : Field(name, [member](Data &d, const QVariant *v, bool own) {
                  d.*member = {fieldvalue::number(v), own};
              })
        {}

    private:
        friend class PropertyFields;
        using Assign = std::function<void(Data &, const QVariant *value, bool own)>;
        Field(const char16_t *name, Assign assign)
            : mName(QString::fromUtf16(name)), mAssign(std::move(assign))
        {}
        QString mName;
        Assign mAssign;
        QVariant mDefault; ///< the schema's; invalid when it has none
    };

    /// Every name must be a property of schema: a misspelt one is a programming error, and
    /// stops the program the first time the description is built.
    PropertyFields(const model::KindSchema &schema, std::initializer_list<Field> fields)
        : PropertyFields(schema, QList<Field>(fields))
    {}
    /// The same for a list made at run time (kinds that share most of their fields).
    PropertyFields(const model::KindSchema &schema, const QList<Field> &fields)
        : mFields(fields.cbegin(), fields.cend())
    {
        for (Field &field : mFields) {
            const model::PropertySchema *property = schema.property(field.mName);
            if (!property)
                qFatal("PropertyFields: kind %s has no property %s", qPrintable(schema.kind),
                       qPrintable(field.mName));
            field.mDefault = property->defaultValue;
        }
    }

    /// Fills data's fields from the component's properties.
    void read(const model::Component &component, Data &data) const
    {
        for (const Field &field : mFields) {
            const auto it = component.properties.constFind(field.mName);
            const bool own = it != component.properties.cend() && !it->isNull();
            const QVariant *value =
                own ? &*it : (field.mDefault.isValid() ? &field.mDefault : nullptr);
            field.mAssign(data, value, own);
        }
    }

private:
    std::vector<Field> mFields;
};

} // namespace archstudio::engine
