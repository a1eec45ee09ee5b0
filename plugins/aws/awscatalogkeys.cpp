// Which properties of the AWS kinds name catalog prices, and where in the price keys their
// values sit (docs/CATALOG.md): the same keys the behaviours' price() looks up.

#include "aurorabehaviour.h"
#include "managedbehaviours.h"
#include "rdsbehaviour.h"

#include <QCoreApplication>

namespace archstudio::aws {

using engine::CatalogKeyedValue;
using engine::ComponentLookup;

namespace {

bool isSet(const model::Component &component, const QString &property)
{
    const auto it = component.properties.constFind(property);
    return it != component.properties.cend() && it->isValid() && it->typeId() != QMetaType::Nullptr;
}

/// The engine a kind gets when nothing names one (a replica without a source).
QString defaultEngine(const QString &kind)
{
    model::Component blank;
    blank.kind = kind;
    return propOf(blank, QStringLiteral("engine")).toString();
}

/// A keyed property whose value is the component's own, or its kind's default.
CatalogKeyedValue ownValue(const model::Component &component, const QString &property,
                           const QString &label, const QString &service, const QString &engine,
                           int skippedTokens)
{
    CatalogKeyedValue keyed;
    keyed.property = property;
    keyed.label = label;
    keyed.service = service;
    keyed.engine = engine;
    keyed.skippedTokens = skippedTokens;
    keyed.value = propOf(component, property).toString();
    return keyed;
}

} // namespace

QList<CatalogKeyedValue> RdsBehaviour::catalogKeyedValues(const model::Component &component,
                                                          const ComponentLookup &) const
{
    // price.<region>.rds.instance.<engine>.<single-az|multi-az>.<class>
    return {ownValue(component, QStringLiteral("instanceClass"),
                     QCoreApplication::translate("Aws", "instance class"),
                     QStringLiteral("rds.instance"),
                     propOf(component, QStringLiteral("engine")).toString(), 1)};
}

QList<CatalogKeyedValue> RdsReplicaBehaviour::catalogKeyedValues(const model::Component &component,
                                                                 const ComponentLookup &find) const
{
    // A replica runs its source's engine and, unless it sets its own, its source's class.
    const QString instanceClass = QStringLiteral("instanceClass");
    const model::Component *source =
        find ? find(model::ComponentId(propOf(component, QStringLiteral("replicaOf")).toString()))
             : nullptr;
    CatalogKeyedValue keyed =
        ownValue(component, instanceClass, QCoreApplication::translate("Aws", "instance class"),
                 QStringLiteral("rds.instance"),
                 source ? propOf(*source, QStringLiteral("engine")).toString()
                        : defaultEngine(QStringLiteral("rds")),
                 1);
    if (!isSet(component, instanceClass) && source) {
        keyed.value = propOf(*source, instanceClass).toString();
        keyed.from = source->id.value();
    }
    return {keyed};
}

QList<CatalogKeyedValue>
AuroraInstanceBehaviour::catalogKeyedValues(const model::Component &component,
                                            const ComponentLookup &find) const
{
    // price.<region>.aurora.instance.<engine>.<class>, the engine being its cluster's.
    const model::Component *cluster =
        find ? find(model::ComponentId(propOf(component, QStringLiteral("cluster")).toString()))
             : nullptr;
    const QString engine = cluster && cluster->kind == QLatin1String("aurora-cluster")
                               ? propOf(*cluster, QStringLiteral("engine")).toString()
                               : defaultEngine(QStringLiteral("aurora-cluster"));
    CatalogKeyedValue keyed = ownValue(component, QStringLiteral("instanceClass"),
                                       QCoreApplication::translate("Aws", "instance class"),
                                       QStringLiteral("aurora.instance"), engine, 0);
    // Serverless v2 is billed by the ACU-hour: the class is not priced.
    keyed.priced = !propOf(component, QStringLiteral("serverlessV2")).toBool();
    return {keyed};
}

QList<CatalogKeyedValue> DynamoDbBehaviour::catalogKeyedValues(const model::Component &component,
                                                               const ComponentLookup &) const
{
    // price.<region>.dax.node.<nodeType>, for the DAX cluster in front of the table.
    const QVariantMap dax = propOf(component, QStringLiteral("dax")).toMap();
    CatalogKeyedValue keyed;
    keyed.property = QStringLiteral("dax.nodeType");
    keyed.label = QCoreApplication::translate("Aws", "DAX node type");
    keyed.service = QStringLiteral("dax.node");
    keyed.value = dax.value(QStringLiteral("nodeType")).toString();
    keyed.priced = !dax.isEmpty();
    return {keyed};
}

QList<CatalogKeyedValue> ElastiCacheBehaviour::catalogKeyedValues(const model::Component &component,
                                                                  const ComponentLookup &) const
{
    // price.<region>.elasticache.node.<engine>.<nodeType>; Serverless has no nodes.
    CatalogKeyedValue keyed = ownValue(component, QStringLiteral("nodeType"),
                                       QCoreApplication::translate("Aws", "node type"),
                                       QStringLiteral("elasticache.node"),
                                       propOf(component, QStringLiteral("engine")).toString(), 0);
    keyed.priced =
        propOf(component, QStringLiteral("deployment")).toString() != QLatin1String("serverless");
    return {keyed};
}

} // namespace archstudio::aws
