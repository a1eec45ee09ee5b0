#include "catalogvalues.h"

#include <QCollator>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace archstudio::engine {

namespace {

/// How many values a message offers instead of an unknown one.
constexpr qsizetype kSuggestions = 6;

/// "price.<region>.<service>[.<engine>].": where a keyed value's prices start.
QString keyPrefix(const QString &region, const CatalogKeyedValue &keyed)
{
    QString prefix = QStringLiteral("price.") + region + QLatin1Char('.') + keyed.service;
    if (!keyed.engine.isEmpty())
        prefix += QLatin1Char('.') + keyed.engine;
    return prefix + QLatin1Char('.');
}

QStringList valuesUnder(const catalog::Catalog &catalog, const QString &prefix, int skippedTokens)
{
    QSet<QString> seen;
    QStringList values;
    const auto &entries = catalog.entries();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString value = it.key().mid(prefix.size()).section(QLatin1Char('.'), skippedTokens);
        if (!value.isEmpty() && !seen.contains(value)) {
            seen.insert(value);
            values << value;
        }
    }
    return values;
}

/// "2xlarge" -> 6: sizes in AWS's order (nano < micro < ... < large < xlarge < 2xlarge).
int sizeRank(const QString &size)
{
    static const QStringList small{QStringLiteral("nano"),  QStringLiteral("micro"),
                                   QStringLiteral("small"), QStringLiteral("medium"),
                                   QStringLiteral("large"), QStringLiteral("xlarge")};
    if (const qsizetype i = small.indexOf(size); i >= 0)
        return int(i);
    static const QRegularExpression multiple(QStringLiteral("^(\\d+)xlarge$"));
    if (const QRegularExpressionMatch m = multiple.match(size); m.hasMatch())
        return int(small.size()) - 2 + m.captured(1).toInt();
    if (size == QStringLiteral("metal"))
        return 100000;
    return -1;
}

/// "db.r6g.large" -> "db.r6g": everything before the size.
QString familyOf(const QString &value)
{
    return value.left(value.lastIndexOf(QLatin1Char('.')));
}

/// The JSON path of a property path inside a component: "dax.nodeType" is a field of "dax".
QString propertyPath(qsizetype index, const QString &property)
{
    QString path = model::joinPath(model::indexPath(QStringLiteral("components"), index),
                                   QStringLiteral("properties"));
    for (const QString &part : property.split(QLatin1Char('.')))
        path = model::joinPath(path, part);
    return path;
}

} // namespace

CatalogValues::CatalogValues(const catalog::Catalog &catalog, const BehaviourRegistry &behaviours)
    : mCatalog(catalog), mBehaviours(behaviours)
{}

QList<CatalogKeyedValue> CatalogValues::keyedValues(const model::Design &design,
                                                    const model::Component &component,
                                                    const ComponentLookup &find) const
{
    const KindBehaviour *behaviour = mBehaviours.find(component.kind);
    if (!behaviour)
        return {};
    if (find)
        return behaviour->catalogKeyedValues(component, find);
    return behaviour->catalogKeyedValues(
        component, [&design](const model::ComponentId &id) { return design.findComponent(id); });
}

std::optional<CatalogKeyedValue> CatalogValues::keyedValue(const model::Design &design,
                                                           const model::Component &component,
                                                           const QString &property) const
{
    for (const CatalogKeyedValue &keyed : keyedValues(design, component)) {
        if (keyed.property == property)
            return keyed;
    }
    return std::nullopt;
}

bool CatalogValues::listsValues(const QString &kind, const QString &property) const
{
    // A component of the kind with nothing set declares the same properties as any other.
    model::Component blank;
    blank.kind = kind;
    return keyedValue(model::Design(), blank, property).has_value();
}

QStringList CatalogValues::pricedValues(const model::RegionId &region,
                                        const CatalogKeyedValue &keyed) const
{
    const QString own = keyPrefix(region.value(), keyed);
    const QString memo = own + QLatin1Char('|') + QString::number(keyed.skippedTokens);
    if (const auto it = mPriced.constFind(memo); it != mPriced.cend())
        return *it;
    QStringList values = valuesUnder(mCatalog, own, keyed.skippedTokens);
    const QString &reference = mCatalog.regionConventions().reference;
    if (values.isEmpty() && !reference.isEmpty() && region.value() != reference)
        values = valuesUnder(mCatalog, keyPrefix(reference, keyed), keyed.skippedTokens);
    sortByFamilyAndSize(values);
    mPriced.insert(memo, values);
    return values;
}

QStringList CatalogValues::pricedValues(const model::Design &design,
                                        const model::Component &component,
                                        const QString &property) const
{
    const std::optional<CatalogKeyedValue> keyed = keyedValue(design, component, property);
    return keyed ? pricedValues(component.placement.region, *keyed) : QStringList();
}

QList<CatalogKeyedValue> CatalogValues::unknownValues(const model::Design &design,
                                                      const model::Component &component,
                                                      const ComponentLookup &find) const
{
    QList<CatalogKeyedValue> unknown;
    for (const CatalogKeyedValue &keyed : keyedValues(design, component, find)) {
        if (keyed.priced && !keyed.value.isEmpty() &&
            !pricedValues(component.placement.region, keyed).contains(keyed.value))
            unknown.append(keyed);
    }
    return unknown;
}

model::Problems CatalogValues::problemsOf(const model::Design &design, qsizetype index,
                                          const ComponentLookup &find) const
{
    model::Problems problems;
    const model::Component &component = design.components.at(index);
    for (const CatalogKeyedValue &keyed : unknownValues(design, component, find)) {
        // A value the component takes from another is reported where it is set.
        if (!keyed.from.isEmpty())
            continue;
        const QString unknown = describeUnknown(component, keyed);
        QString message;
        if (const QString others = suggestions(component, keyed); !others.isEmpty())
            //: %1 says which value is unknown: 'instance class "db.x" is not in the aws
            //: catalog for postgres in us-east-1'; %3 lists values such as "db.r6g.large"
            message =
                QCoreApplication::translate("Engine", "%1, so it cannot be priced; expected one it "
                                                      "prices (%2 in all), such as %3")
                    .arg(unknown)
                    .arg(pricedValues(component.placement.region, keyed).size())
                    .arg(others);
        else
            //: %1 says which value is unknown: 'instance class "db.x" is not in the aws
            //: catalog for postgres in us-east-1'; %2 is what it is, e.g. "instance class"
            message = QCoreApplication::translate(
                          "Engine", "%1, so it cannot be priced; it prices no %2 there (an "
                                    "imported AWS price list may: archstudio catalog import)")
                          .arg(unknown, keyed.label);
        problems.append(
            {model::Problem::Severity::Warning, propertyPath(index, keyed.property), message});
    }
    return problems;
}

model::Problems CatalogValues::problems(const model::Design &design, qsizetype index) const
{
    return problemsOf(design, index, {});
}

model::Problems CatalogValues::problems(const model::Design &design) const
{
    // One index for the whole design: each replica looks its source up.
    QHash<model::ComponentId, qsizetype> ids;
    ids.reserve(design.components.size());
    for (qsizetype i = 0; i < design.components.size(); ++i)
        ids.insert(design.components.at(i).id, i);
    const ComponentLookup find = [&](const model::ComponentId &id) -> const model::Component * {
        const qsizetype i = ids.value(id, -1);
        return i < 0 ? nullptr : &design.components.at(i);
    };
    model::Problems problems;
    for (qsizetype i = 0; i < design.components.size(); ++i)
        problems += problemsOf(design, i, find);
    return problems;
}

QString CatalogValues::describeUnknown(const model::Component &component,
                                       const CatalogKeyedValue &keyed) const
{
    const QString &region = component.placement.region.value();
    // %1 is what the value is ("instance class"), %2 the value; the catalog's id follows.
    if (keyed.from.isEmpty()) {
        if (keyed.engine.isEmpty())
            //: %1 "instance class", %2 its value, %3 the catalog id ("aws"), %4 a region code
            return QCoreApplication::translate("Engine",
                                               "%1 \"%2\" is not in the %3 catalog for %4")
                .arg(keyed.label, keyed.value, mCatalog.id(), region);
        //: %1 "instance class", %2 its value, %3 the catalog id ("aws"), %4 an engine
        //: ("postgres"), %5 a region code
        return QCoreApplication::translate("Engine",
                                           "%1 \"%2\" is not in the %3 catalog for %4 in %5")
            .arg(keyed.label, keyed.value, mCatalog.id(), keyed.engine, region);
    }
    if (keyed.engine.isEmpty())
        //: %3 is the id of the component the value is taken from
        return QCoreApplication::translate("Engine",
                                           "%1 \"%2\" (%3's) is not in the %4 catalog for %5")
            .arg(keyed.label, keyed.value, keyed.from, mCatalog.id(), region);
    //: %3 is the id of the component the value is taken from
    return QCoreApplication::translate("Engine",
                                       "%1 \"%2\" (%3's) is not in the %4 catalog for %5 in %6")
        .arg(keyed.label, keyed.value, keyed.from, mCatalog.id(), keyed.engine, region);
}

QString CatalogValues::suggestions(const model::Component &component,
                                   const CatalogKeyedValue &keyed) const
{
    const QStringList priced = pricedValues(component.placement.region, keyed);
    // The value's own family first (a size the catalog lacks), then one value a family,
    // its "large" size where it has one: a spread of what there is, not the first rows.
    QStringList picked;
    const QString family = familyOf(keyed.value);
    for (const QString &value : priced) {
        if (familyOf(value) == family && picked.size() < kSuggestions)
            picked << value;
    }
    QStringList families;
    for (const QString &value : priced) {
        if (!families.contains(familyOf(value)))
            families << familyOf(value);
    }
    for (const QString &f : std::as_const(families)) {
        if (picked.size() >= kSuggestions || f == family)
            continue;
        const QString large = f + QStringLiteral(".large");
        const auto first = std::find_if(priced.cbegin(), priced.cend(),
                                        [&](const QString &v) { return familyOf(v) == f; });
        picked << (priced.contains(large) ? large : *first);
    }
    return picked.join(QStringLiteral(", "));
}

void sortByFamilyAndSize(QStringList &values)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(values.begin(), values.end(), [&](const QString &a, const QString &b) {
        // "db.r6g.2xlarge": the family is everything before the last dot, the size after it.
        const QString familyA = familyOf(a), familyB = familyOf(b);
        if (const int order = collator.compare(familyA, familyB); order != 0)
            return order < 0;
        const QString sizeA = a.mid(familyA.size() + 1), sizeB = b.mid(familyB.size() + 1);
        const int rankA = sizeRank(sizeA), rankB = sizeRank(sizeB);
        if (rankA != rankB)
            return rankA < rankB;
        return collator.compare(sizeA, sizeB) < 0;
    });
}

} // namespace archstudio::engine
