#include "propertycheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <unordered_map>

namespace archstudio::model {

namespace {

bool isNumber(const QVariant &v)
{
    const int id = v.typeId();
    return id == QMetaType::LongLong || id == QMetaType::Double || id == QMetaType::Int;
}

bool isInteger(const QVariant &v)
{
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return true;
    return v.typeId() == QMetaType::Double && std::floor(v.toDouble()) == v.toDouble();
}

QString formatBound(double v)
{
    return QString::number(v, 'g', 12);
}

/// Compiling a pattern costs far more than matching it; a design repeats a handful of
/// patterns thousands of times. One cache per thread, so validation may run anywhere.
const QRegularExpression &compiledPattern(const QString &pattern)
{
    thread_local std::unordered_map<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it =
            cache.emplace(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)))
                .first;
    return it->second;
}

void error(Problems &problems, const QString &path, const QString &message)
{
    problems.append({Problem::Severity::Error, path, message});
}

QString expectedWithUnit(const PropertySchema &schema)
{
    QString text = propertyTypeName(schema.type);
    if (!schema.unit.isEmpty())
        text += QStringLiteral(" (%1)").arg(schema.unit);
    return text;
}

void checkRange(const PropertySchema &schema, double v, const QString &path, Problems &problems)
{
    const bool low = schema.minimum && v < *schema.minimum;
    const bool high = schema.maximum && v > *schema.maximum;
    if (!low && !high)
        return;
    // Empty, or a space and the unit (" GiB"), written right after the bound.
    const QString unit = schema.unit.isEmpty() ? QString() : QLatin1Char(' ') + schema.unit;
    QString message;
    if (schema.minimum && schema.maximum)
        //: %1 the value, %2 and %3 the bounds; %4 empty or a space and the unit (" GiB")
        message =
            QCoreApplication::translate("Model", "%1 is out of range; expected between %2 and %3%4")
                .arg(formatBound(v), formatBound(*schema.minimum), formatBound(*schema.maximum),
                     unit);
    else if (schema.minimum)
        //: %1 the value, %2 the bound; %3 empty or a space and the unit (" GiB")
        message = QCoreApplication::translate("Model", "%1 is out of range; expected at least %2%3")
                      .arg(formatBound(v), formatBound(*schema.minimum), unit);
    else
        //: %1 the value, %2 the bound; %3 empty or a space and the unit (" GiB")
        message = QCoreApplication::translate("Model", "%1 is out of range; expected at most %2%3")
                      .arg(formatBound(v), formatBound(*schema.maximum), unit);
    error(problems, path, message);
}

void checkComponentRef(const PropertySchema &schema, const QString &id, const QString &path,
                       const PropertyContext &context, Problems &problems)
{
    if (!context.design || !context.componentIndex)
        return;
    const auto it = context.componentIndex->constFind(ComponentId(id));
    if (it == context.componentIndex->cend()) {
        if (schema.refKind.isEmpty())
            error(problems, path,
                  QCoreApplication::translate("Model",
                                              "refers to \"%1\", which is not a component of "
                                              "this design; expected the id of a component")
                      .arg(id));
        else
            error(problems, path,
                  //: %2 is a kind id such as "rds"
                  QCoreApplication::translate("Model",
                                              "refers to \"%1\", which is not a component of "
                                              "this design; expected the id of an \"%2\" "
                                              "component")
                      .arg(id, schema.refKind));
        return;
    }
    const Component &target = context.design->components.at(*it);
    if (!schema.refKind.isEmpty() && target.kind != schema.refKind) {
        error(problems, path,
              QCoreApplication::translate(
                  "Model", "refers to \"%1\", which is a \"%2\"; expected an \"%3\" component")
                  .arg(id, target.kind, schema.refKind));
    }
}

void checkZoneRef(const QString &zone, const QString &path, const PropertyContext &context,
                  Problems &problems)
{
    if (!context.ownRegion)
        return; // the placement's own error already says the region is wrong
    if (!context.ownRegion->hasZone(ZoneId(zone))) {
        error(problems, path,
              QCoreApplication::translate("Model",
                                          "unknown zone \"%1\"; expected a zone of region %2")
                  .arg(zone, context.ownRegion->code.value()));
    }
}

void checkRegionList(const QVariantList &list, const QString &path, const PropertyContext &context,
                     Problems &problems)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QVariant &item = list.at(i);
        const QString itemPath = indexPath(path, i);
        if (item.typeId() != QMetaType::QString) {
            error(problems, itemPath,
                  QCoreApplication::translate("Model", "expected a region code, got %1")
                      .arg(describeValueType(item)));
        } else if (context.design && !context.design->findRegion(RegionId(item.toString()))) {
            error(problems, itemPath,
                  QCoreApplication::translate(
                      "Model", "unknown region \"%1\"; expected a region listed in \"regions\"")
                      .arg(item.toString()));
        }
    }
}

} // namespace

QString describeValueType(const PropertyValue &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QStringLiteral("null");
    case QMetaType::Bool:
        return QCoreApplication::translate("Model", "a boolean");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return QCoreApplication::translate("Model", "a number");
    case QMetaType::QString:
        return QCoreApplication::translate("Model", "a string");
    case QMetaType::QVariantList:
        return QCoreApplication::translate("Model", "an array");
    case QMetaType::QVariantMap:
        return QCoreApplication::translate("Model", "an object");
    default:
        return QCoreApplication::translate("Model", "a value of type %1")
            .arg(QString::fromLatin1(value.typeName()));
    }
}

void checkProperty(const PropertySchema &schema, const PropertyValue &value, const QString &path,
                   const PropertyContext &context, Problems &problems)
{
    const bool isNull = value.typeId() == QMetaType::Nullptr || !value.isValid();
    if (isNull) {
        if (!schema.nullable)
            error(problems, path,
                  QCoreApplication::translate("Model", "expected %1, got null")
                      .arg(expectedWithUnit(schema)));
        return;
    }
    const auto wrongType = [&] {
        error(problems, path,
              //: %1 and %2 are noun phrases such as "a number (GiB)" and "a string"
              QCoreApplication::translate("Model", "expected %1, got %2")
                  .arg(expectedWithUnit(schema), describeValueType(value)));
    };

    switch (schema.type) {
    case PropertyType::Number:
    case PropertyType::Integer:
        if (!isNumber(value))
            return wrongType();
        if (schema.type == PropertyType::Integer && !isInteger(value))
            return error(problems, path,
                         QCoreApplication::translate("Model", "expected a whole number, got %1")
                             .arg(value.toDouble()));
        return checkRange(schema, value.toDouble(), path, problems);
    case PropertyType::Boolean:
        if (value.typeId() != QMetaType::Bool)
            return wrongType();
        return;
    case PropertyType::String:
        if (value.typeId() != QMetaType::QString)
            return wrongType();
        if (!schema.pattern.isEmpty()) {
            if (!compiledPattern(schema.pattern).match(value.toString()).hasMatch())
                error(problems, path,
                      QCoreApplication::translate("Model", "\"%1\" is not valid here; %2")
                          .arg(value.toString(), schema.help));
        }
        return;
    case PropertyType::Enum:
        if (value.typeId() != QMetaType::QString)
            return wrongType();
        if (!schema.allowedValues.contains(value.toString()))
            error(problems, path,
                  QCoreApplication::translate("Model", "unknown value \"%1\"; expected one of: %2")
                      .arg(value.toString(), schema.allowedValues.join(QStringLiteral(", "))));
        return;
    case PropertyType::ComponentRef:
        if (value.typeId() != QMetaType::QString)
            return wrongType();
        return checkComponentRef(schema, value.toString(), path, context, problems);
    case PropertyType::ZoneRef:
        if (value.typeId() != QMetaType::QString)
            return wrongType();
        return checkZoneRef(value.toString(), path, context, problems);
    case PropertyType::RegionList:
        if (value.typeId() != QMetaType::QVariantList)
            return wrongType();
        return checkRegionList(value.toList(), path, context, problems);
    case PropertyType::Object: {
        if (value.typeId() != QMetaType::QVariantMap)
            return wrongType();
        const QVariantMap map = value.toMap();
        for (const PropertySchema &field : schema.fields) {
            const auto it = map.constFind(field.name);
            if (it != map.cend())
                checkProperty(field, *it, joinPath(path, field.name), context, problems);
            else if (field.required)
                error(problems, joinPath(path, field.name),
                      QCoreApplication::translate("Model", "missing; expected %1")
                          .arg(expectedWithUnit(field)));
        }
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const bool known =
                std::any_of(schema.fields.cbegin(), schema.fields.cend(),
                            [&](const PropertySchema &f) { return f.name == it.key(); });
            if (!known)
                problems.append({Problem::Severity::Warning, joinPath(path, it.key()),
                                 QCoreApplication::translate("Model", "unknown key")});
        }
        return;
    }
    }
}

} // namespace archstudio::model
