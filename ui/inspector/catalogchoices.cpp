#include "catalogchoices.h"

#include "core/model/kindregistry.h"

#include <QCollator>
#include <QRegularExpression>

#include <algorithm>

namespace archstudio::ui::catalogchoices {

namespace {

/// Where a property's values sit in the price keys: price.<region>.<service>.<engine?>.
/// <skipped tokens>.<value>. The engine is read from the component itself or from the
/// component it refers to (engineFrom), since a replica has the engine of its source.
struct PriceRule
{
    QString kind;
    QString property;
    QString service;    ///< e.g. "rds.instance"
    bool byEngine;      ///< the engine follows the service in the key
    QString engineFrom; ///< a ComponentRef property whose target's engine applies
    int skippedTokens;  ///< tokens between the engine and the value (RDS: the deployment)
};

const QList<PriceRule> &rules()
{
    static const QList<PriceRule> table{
        {QStringLiteral("rds"),
         QStringLiteral("instanceClass"),
         QStringLiteral("rds.instance"),
         true,
         {},
         1},
        {QStringLiteral("rds-replica"), QStringLiteral("instanceClass"),
         QStringLiteral("rds.instance"), true, QStringLiteral("replicaOf"), 1},
        {QStringLiteral("aurora-instance"), QStringLiteral("instanceClass"),
         QStringLiteral("aurora.instance"), true, QStringLiteral("cluster"), 0},
        {QStringLiteral("elasticache"),
         QStringLiteral("nodeType"),
         QStringLiteral("elasticache.node"),
         true,
         {},
         0},
        {QStringLiteral("dynamodb"),
         QStringLiteral("dax.nodeType"),
         QStringLiteral("dax.node"),
         false,
         {},
         0},
    };
    return table;
}

const PriceRule *ruleFor(const QString &kind, const QString &property)
{
    const auto &table = rules();
    const auto it = std::find_if(table.cbegin(), table.cend(), [&](const PriceRule &rule) {
        return rule.kind == kind && rule.property == property;
    });
    return it == table.cend() ? nullptr : &*it;
}

QString engineOf(const model::Component &component)
{
    const QString engine = component.properties.value(QStringLiteral("engine")).toString();
    if (!engine.isEmpty())
        return engine;
    const model::KindSchema *schema = model::KindRegistry::builtin().schema(component.kind);
    const model::PropertySchema *property =
        schema ? schema->property(QStringLiteral("engine")) : nullptr;
    return property ? property->defaultValue.toString() : QString();
}

QStringList typesUnder(const catalog::Catalog &catalog, const QString &prefix, int skippedTokens)
{
    QStringList types;
    const auto &entries = catalog.entries();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString rest = it.key().mid(prefix.size());
        const QString type = rest.section(QLatin1Char('.'), skippedTokens);
        if (!type.isEmpty() && !types.contains(type))
            types << type;
    }
    return types;
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

} // namespace

bool listsValues(const QString &kind, const QString &property)
{
    return ruleFor(kind, property) != nullptr;
}

QStringList pricedTypes(const catalog::Catalog &catalog, const model::Design &design,
                        const model::Component &component, const QString &property)
{
    const PriceRule *rule = ruleFor(component.kind, property);
    if (!rule)
        return {};
    QString service = rule->service;
    if (rule->byEngine) {
        const model::Component *source = &component;
        if (!rule->engineFrom.isEmpty())
            source = design.findComponent(
                model::ComponentId(component.properties.value(rule->engineFrom).toString()));
        // Without a source yet, the engine is the referred kind's default.
        QString engine;
        if (source)
            engine = engineOf(*source);
        if (engine.isEmpty() && !rule->engineFrom.isEmpty()) {
            const model::KindSchema *schema = model::KindRegistry::builtin().schema(component.kind);
            const model::PropertySchema *ref =
                schema ? schema->property(rule->engineFrom) : nullptr;
            if (ref) {
                model::Component blank;
                blank.kind = ref->refKind;
                engine = engineOf(blank);
            }
        }
        service += QLatin1Char('.') + engine;
    }
    const auto prefixFor = [&](const QString &region) {
        return QStringLiteral("price.%1.%2.").arg(region, service);
    };
    QStringList types =
        typesUnder(catalog, prefixFor(component.placement.region.value()), rule->skippedTokens);
    if (types.isEmpty())
        types = typesUnder(catalog, prefixFor(QStringLiteral("us-east-1")), rule->skippedTokens);
    sortTypes(types);
    return types;
}

void sortTypes(QStringList &types)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(types.begin(), types.end(), [&](const QString &a, const QString &b) {
        // "db.r6g.2xlarge": the family is everything before the last dot, the size after it.
        const qsizetype dotA = a.lastIndexOf(QLatin1Char('.'));
        const qsizetype dotB = b.lastIndexOf(QLatin1Char('.'));
        const QString familyA = a.left(dotA), familyB = b.left(dotB);
        if (const int order = collator.compare(familyA, familyB); order != 0)
            return order < 0;
        const QString sizeA = a.mid(dotA + 1), sizeB = b.mid(dotB + 1);
        const int rankA = sizeRank(sizeA), rankB = sizeRank(sizeB);
        if (rankA != rankB)
            return rankA < rankB;
        return collator.compare(sizeA, sizeB) < 0;
    });
}

} // namespace archstudio::ui::catalogchoices
