#include "awsterraformmapping.h"

#include <QCoreApplication>

namespace archstudio::aws {

void TerraformMapping::mapDynamoDb(const TerraformResource &r)
{
    const QString region = regionOf(r);
    model::Component c = component(r, QStringLiteral("dynamodb"), QStringLiteral("name"));
    c.placement.region = model::RegionId(region);
    const QString billing = text(r, QStringLiteral("billing_mode"));
    if (billing == QLatin1String("PAY_PER_REQUEST")) {
        set(c, r, QStringLiteral("capacityMode"), QStringLiteral("on-demand"),
            QStringLiteral("billing_mode"));
    } else {
        // PROVISIONED is Terraform's default.
        set(c, r, QStringLiteral("capacityMode"), QStringLiteral("provisioned"),
            QStringLiteral("billing_mode"));
        for (const auto &[attribute, property] :
             {std::pair{QStringLiteral("read_capacity"), QStringLiteral("readCapacityUnits")},
              std::pair{QStringLiteral("write_capacity"), QStringLiteral("writeCapacityUnits")}}) {
            const std::optional<double> units = number(r, attribute);
            if (!units || !set(c, r, property, qint64(*units), attribute)) {
                c.properties.insert(property, qint64(1));
                mContext.warn(
                    QCoreApplication::translate(
                        "Aws", "%1: a provisioned table without a usable %2; it is set to 1.")
                        .arg(r.address, attribute));
            }
        }
    }
    QVariantList regions;
    for (const QVariant &replica : r.values.value(QStringLiteral("replica")).toList()) {
        const QString name = replica.toMap().value(QStringLiteral("region_name")).toString();
        if (!name.isEmpty() && name != region && !regions.contains(name))
            regions.append(name);
    }
    if (!regions.isEmpty())
        c.properties.insert(QStringLiteral("globalTableRegions"), regions);
    const QVariantMap pitr = firstBlock(r.values, QStringLiteral("point_in_time_recovery"));
    if (pitr.value(QStringLiteral("enabled")).toBool())
        c.properties.insert(QStringLiteral("pointInTimeRecovery"), true);
    mContext.warn(
        QCoreApplication::translate(
            "Aws", "%1: a plan does not say how much data the table stores; set its storage.")
            .arg(r.address));
    add(r, c);
}

void TerraformMapping::mapReplicationGroup(const TerraformResource &r)
{
    const QString region = regionOf(r);
    model::Component c =
        component(r, QStringLiteral("elasticache"), QStringLiteral("replication_group_id"));
    const QString engine = text(r, QStringLiteral("engine"));
    if (!engine.isEmpty() && !set(c, r, QStringLiteral("engine"), engine, QStringLiteral("engine")))
        return skip(
            r, QCoreApplication::translate("Aws", "Its engine %1 is not one ArchStudio models.")
                   .arg(engine));
    if (engine.isEmpty()) // Terraform's default
        c.properties.insert(QStringLiteral("engine"), QStringLiteral("redis"));
    c.properties.insert(QStringLiteral("deployment"), QStringLiteral("node-based"));
    const QString nodeType = text(r, QStringLiteral("node_type"));
    if (!set(c, r, QStringLiteral("nodeType"), nodeType, QStringLiteral("node_type")))
        return skip(r, QCoreApplication::translate(
                           "Aws", "Its node type \"%1\" is not one ArchStudio models.")
                           .arg(nodeType));
    const std::optional<double> groups = number(r, QStringLiteral("num_node_groups"));
    const std::optional<double> replicas = number(r, QStringLiteral("replicas_per_node_group"));
    const std::optional<double> clusters = number(r, QStringLiteral("num_cache_clusters"));
    if (groups && *groups > 1) {
        set(c, r, QStringLiteral("shards"), qint64(*groups), QStringLiteral("num_node_groups"));
        if (replicas)
            set(c, r, QStringLiteral("replicasPerShard"), qint64(*replicas),
                QStringLiteral("replicas_per_node_group"));
    } else if (clusters) {
        set(c, r, QStringLiteral("replicasPerShard"), qint64(*clusters) - 1,
            QStringLiteral("num_cache_clusters"));
    } else if (replicas) {
        set(c, r, QStringLiteral("replicasPerShard"), qint64(*replicas),
            QStringLiteral("replicas_per_node_group"));
    }
    std::optional<bool> multiAz = flag(r, QStringLiteral("multi_az_enabled"));
    if (!multiAz || !*multiAz)
        multiAz = flag(r, QStringLiteral("automatic_failover_enabled"));
    if (multiAz && *multiAz)
        c.properties.insert(QStringLiteral("multiAz"), true);
    c.placement.region = model::RegionId(region);
    c.placement.zone = placeZone(r, region, QStringLiteral("preferred_cache_cluster_azs"),
                                 firstText(r, QStringLiteral("preferred_cache_cluster_azs")));
    add(r, c);
}

void TerraformMapping::mapCacheCluster(const TerraformResource &r)
{
    if (const QString group = text(r, QStringLiteral("replication_group_id")); !group.isEmpty())
        return skip(r,
                    QCoreApplication::translate(
                        "Aws", "A node of the replication group %1, which is imported as a whole.")
                        .arg(group));
    const QString region = regionOf(r);
    model::Component c = component(r, QStringLiteral("elasticache"), QStringLiteral("cluster_id"));
    const QString engine = text(r, QStringLiteral("engine"));
    if (!set(c, r, QStringLiteral("engine"), engine, QStringLiteral("engine")))
        return skip(
            r, QCoreApplication::translate("Aws", "Its engine \"%1\" is not one ArchStudio models.")
                   .arg(engine));
    c.properties.insert(QStringLiteral("deployment"), QStringLiteral("node-based"));
    const QString nodeType = text(r, QStringLiteral("node_type"));
    if (!set(c, r, QStringLiteral("nodeType"), nodeType, QStringLiteral("node_type")))
        return skip(r, QCoreApplication::translate(
                           "Aws", "Its node type \"%1\" is not one ArchStudio models.")
                           .arg(nodeType));
    const std::optional<double> nodes = number(r, QStringLiteral("num_cache_nodes"));
    if (engine == QLatin1String("memcached") && nodes && *nodes > 1) {
        // Memcached nodes each hold part of the keys, like shards, and copy nothing.
        set(c, r, QStringLiteral("shards"), qint64(*nodes), QStringLiteral("num_cache_nodes"));
        mContext.warn(QCoreApplication::translate(
                          "Aws",
                          "%1: its %2 Memcached nodes are modelled as shards of one node each: "
                          "they share the keys and hold no replicas.")
                          .arg(r.address)
                          .arg(qint64(*nodes)));
    }
    c.placement.region = model::RegionId(region);
    QString zone = text(r, QStringLiteral("availability_zone"));
    if (zone.isEmpty())
        zone = firstText(r, QStringLiteral("preferred_availability_zones"));
    c.placement.zone = placeZone(r, region, QStringLiteral("availability_zone"), zone);
    add(r, c);
}

void TerraformMapping::mapServerlessCache(const TerraformResource &r)
{
    const QString region = regionOf(r);
    model::Component c = component(r, QStringLiteral("elasticache"), QStringLiteral("name"));
    const QString engine = text(r, QStringLiteral("engine"));
    if (!set(c, r, QStringLiteral("engine"), engine, QStringLiteral("engine")))
        return skip(
            r, QCoreApplication::translate("Aws", "Its engine \"%1\" is not one ArchStudio models.")
                   .arg(engine));
    c.properties.insert(QStringLiteral("deployment"), QStringLiteral("serverless"));
    const QVariantMap limits = firstBlock(r.values, QStringLiteral("cache_usage_limits"));
    const QVariantMap storage = firstBlock(limits, QStringLiteral("data_storage"));
    const QVariant maximum = storage.value(QStringLiteral("maximum"));
    if (maximum.isValid() && !maximum.isNull() &&
        set(c, r, QStringLiteral("dataGiB"), maximum.toDouble(),
            QStringLiteral("cache_usage_limits.data_storage.maximum")))
        mContext.warn(QCoreApplication::translate(
                          "Aws", "%1: the data cached is taken to be its limit, %2 GB; set what it "
                                 "really holds.")
                          .arg(r.address, maximum.toString()));
    c.placement.region = model::RegionId(region);
    add(r, c);
}

} // namespace archstudio::aws
