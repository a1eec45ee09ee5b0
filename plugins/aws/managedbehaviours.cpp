#include "managedbehaviours.h"

#include <cmath>

namespace archstudio::aws {

ComponentModel WorkloadBehaviour::describe(const KindContext &c) const
{
    ComponentModel m;
    m.role = engine::Role::Client;
    m.clientReadsPerSecond = propNumber(c, QStringLiteral("readsPerSecond"));
    m.clientWritesPerSecond = propNumber(c, QStringLiteral("writesPerSecond"));
    m.clientItemKiB = propNumber(c, QStringLiteral("itemSizeKiB"));
    m.clientPeakFactor = propNumber(c, QStringLiteral("peakFactor"));
    m.clientStrongReads =
        propString(c, QStringLiteral("readConsistency")) == QLatin1String("strong");
    m.clientCacheFallback = prop(c, QStringLiteral("cacheFallback")).toBool();
    return m;
}

namespace {

bool provisioned(const KindContext &c)
{
    return propString(c, QStringLiteral("capacityMode")) == QLatin1String("provisioned");
}

QList<model::RegionId> globalRegions(const KindContext &c)
{
    QList<model::RegionId> regions;
    for (const QVariant &r : prop(c, QStringLiteral("globalTableRegions")).toList()) {
        if (model::RegionId(r.toString()) != c.component.placement.region)
            regions.append(model::RegionId(r.toString()));
    }
    return regions;
}

} // namespace

ComponentModel DynamoDbBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    ComponentModel m;
    m.role = engine::Role::Store;
    m.isWriterOfDataSet = true;
    m.regional = true;
    m.readServiceMs = p.value(QStringLiteral("perf.dynamodb.read.service-ms"));
    m.writeServiceMs = p.value(QStringLiteral("perf.dynamodb.write.service-ms"));
    m.readUnitKiB = p.value(QStringLiteral("perf.dynamodb.read-unit-kb"), 4.0);
    m.writeUnitKiB = p.value(QStringLiteral("perf.dynamodb.write-unit-kb"), 1.0);
    m.eventualReadFactor = p.value(QStringLiteral("perf.dynamodb.eventual-read-factor"), 0.5);
    if (provisioned(c)) {
        m.readQuotaPerSecond = propNumber(c, QStringLiteral("readCapacityUnits"));
        m.writeQuotaPerSecond = propNumber(c, QStringLiteral("writeCapacityUnits"));
    } else {
        m.readQuotaPerSecond = p.value(QStringLiteral("perf.dynamodb.on-demand.table-read-quota"));
        m.writeQuotaPerSecond =
            p.value(QStringLiteral("perf.dynamodb.on-demand.table-write-quota"));
    }
    const QList<model::RegionId> regions = globalRegions(c);
    for (const model::RegionId &r : regions)
        m.replicaRegions.append(c.regionIndex(r));
    m.sla = p.value(regions.isEmpty() ? QStringLiteral("sla.dynamodb.regional")
                                      : QStringLiteral("sla.dynamodb.global"));
    m.rtoSeconds = 0.0; // AWS spreads the table over zones: an AZ loss is absorbed
    m.rpoSeconds = 0.0;
    return m;
}

QList<LineItem> DynamoDbBehaviour::price(const KindContext &c, const ComponentLoad &load) const
{
    const PriceBook &p = c.prices;
    const model::RegionId &region = c.component.placement.region;
    const double perMonth = p.secondsPerMonth() / 1e6;
    QList<LineItem> lines;
    if (provisioned(c)) {
        lines.append(hoursLine(p, QStringLiteral("Provisioned read capacity (RCU-hours)"),
                               propNumber(c, QStringLiteral("readCapacityUnits")),
                               p.price(region, QStringLiteral("dynamodb.provisioned.rcu"))));
        lines.append(hoursLine(p, QStringLiteral("Provisioned write capacity (WCU-hours)"),
                               propNumber(c, QStringLiteral("writeCapacityUnits")),
                               p.price(region, QStringLiteral("dynamodb.provisioned.wcu"))));
    } else {
        lines.append(PriceBook::line(QStringLiteral("On-demand read request units"),
                                     load.readUnitsPerSecond * perMonth,
                                     QStringLiteral("million units"),
                                     p.price(region, QStringLiteral("dynamodb.on-demand.read"))));
        lines.append(PriceBook::line(QStringLiteral("On-demand write request units"),
                                     load.writeUnitsPerSecond * perMonth,
                                     QStringLiteral("million units"),
                                     p.price(region, QStringLiteral("dynamodb.on-demand.write"))));
    }
    const double storage = propNumber(c, QStringLiteral("storageGiB"));
    lines.append(PriceBook::line(QStringLiteral("Table storage"), storage,
                                 QStringLiteral("GB-month"),
                                 p.price(region, QStringLiteral("dynamodb.storage"))));
    if (prop(c, QStringLiteral("pointInTimeRecovery")).toBool())
        lines.append(PriceBook::line(QStringLiteral("Point-in-time recovery"), storage,
                                     QStringLiteral("GB-month"),
                                     p.price(region, QStringLiteral("dynamodb.pitr"))));
    for (const model::RegionId &other : globalRegions(c)) {
        lines.append(PriceBook::line(QStringLiteral("Replicated writes to %1").arg(other.value()),
                                     load.writeUnitsPerSecond * perMonth,
                                     QStringLiteral("million units"),
                                     p.price(other, QStringLiteral("dynamodb.replicated-write"))));
        lines.append(PriceBook::line(QStringLiteral("Replica storage in %1").arg(other.value()),
                                     storage, QStringLiteral("GB-month"),
                                     p.price(other, QStringLiteral("dynamodb.storage"))));
    }
    const QVariantMap dax = prop(c, QStringLiteral("dax")).toMap();
    if (!dax.isEmpty()) {
        const QString nodeType = dax.value(QStringLiteral("nodeType")).toString();
        lines.append(hoursLine(p, QStringLiteral("DAX %1 node-hours").arg(nodeType),
                               dax.value(QStringLiteral("nodes")).toDouble(),
                               p.price(region, QStringLiteral("dax.node.") + nodeType)));
    }
    return lines;
}

QList<Finding> DynamoDbBehaviour::review(const KindContext &c, const ComponentLoad &load,
                                         double utilization, const QList<LineItem> &) const
{
    if (!provisioned(c) || utilization < 1.0)
        return {};
    // Enough capacity for the peak at the target utilisation.
    const double target = c.prices.value(QStringLiteral("perf.target-utilization"), 1.0);
    const double rcu = std::ceil(load.readUnitsPerSecond * load.peakFactor / target);
    const double wcu = std::ceil(load.writeUnitsPerSecond * load.peakFactor / target);
    return {
        {QStringLiteral("provisioned-below-peak"),
         QStringLiteral(
             "%1 is provisioned below its peak load (%2% of capacity): requests will be throttled")
             .arg(c.component.displayName())
             .arg(utilization * 100.0, 0, 'f', 0),
         QStringLiteral("Provision %1 RCU and %2 WCU, or switch to on-demand").arg(rcu).arg(wcu),
         Patch{c.component.id,
               {{QStringLiteral("readCapacityUnits"), qint64(std::max(1.0, rcu))},
                {QStringLiteral("writeCapacityUnits"), qint64(std::max(1.0, wcu))}},
               std::nullopt}}};
}

namespace {

bool serverless(const KindContext &c)
{
    return propString(c, QStringLiteral("deployment")) == QLatin1String("serverless");
}

bool hasFailover(const KindContext &c)
{
    return propNumber(c, QStringLiteral("replicasPerShard")) >= 1 &&
           prop(c, QStringLiteral("multiAz")).toBool();
}

} // namespace

ComponentModel ElastiCacheBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    ComponentModel m;
    m.role = engine::Role::Cache;
    m.hitRatio = propNumber(c, QStringLiteral("hitRatio"));
    m.readServiceMs = p.value(QStringLiteral("perf.elasticache.read.service-ms"));
    m.writeServiceMs = p.value(QStringLiteral("perf.elasticache.write.service-ms"));
    m.rpoSeconds = 0.0; // a cache is not the data's home: a lost node means misses, not loss
    if (serverless(c)) {
        m.regional = true;
        m.sla = p.value(QStringLiteral("sla.elasticache.serverless"));
        m.rtoSeconds = 0.0;
        return m;
    }
    const bool memcached = propString(c, QStringLiteral("engine")) == QLatin1String("memcached");
    const QString node = propString(c, QStringLiteral("nodeType"));
    // Redis and Valkey serve each shard's commands on one thread; Memcached on every vCPU.
    m.servers = int(propNumber(c, QStringLiteral("shards"))) * (memcached ? vcpus(p, node) : 1);
    m.readCostSeconds =
        costPerOperation(p, memcached ? QStringLiteral("perf.memcached.per-vcpu-ops-per-second")
                                      : QStringLiteral("perf.elasticache.node.ops-per-second"));
    m.writeCostSeconds = m.readCostSeconds;
    const bool failover = hasFailover(c) && !memcached;
    const double recovery =
        p.value(failover ? QStringLiteral("failover.elasticache.replica.seconds")
                         : QStringLiteral("recovery.cache-node-replace.seconds"));
    m.sla = p.value(failover ? QStringLiteral("sla.elasticache.multi-az")
                             : QStringLiteral("sla.elasticache.single-az"));
    m.failures = {instanceFailure(p, recovery)};
    m.zoneDependence.zones = {c.component.placement.zone ? c.zoneIndex(*c.component.placement.zone)
                                                         : -1};
    if (failover) {
        if (const auto other = otherZone(c, {c.component.placement.zone.value_or(model::ZoneId())}))
            m.zoneDependence.zones.append(c.zoneIndex(*other));
        m.zoneDependence.failoverSeconds = recovery;
    }
    // With no zone of its own left, a new (cold) node is started elsewhere.
    m.zoneDependence.relocateSeconds =
        p.value(QStringLiteral("recovery.cache-node-replace.seconds"));
    m.rtoSeconds = recovery;
    return m;
}

QList<LineItem> ElastiCacheBehaviour::price(const KindContext &c, const ComponentLoad &load) const
{
    const PriceBook &p = c.prices;
    const model::RegionId &region = c.component.placement.region;
    const QString engineName = propString(c, QStringLiteral("engine"));
    if (serverless(c)) {
        const QString base = QStringLiteral("elasticache.serverless.") + engineName;
        const double minimum = p.price(region, base + QStringLiteral(".min-data-gb")).value;
        const double data = std::max(propNumber(c, QStringLiteral("dataGiB")), minimum);
        // One ECPU per request and KiB transferred.
        double ecpus = 0.0;
        for (const engine::TrafficFlow &f : load.flows)
            ecpus += (f.readsPerSecond + f.writesPerSecond) * std::max(1.0, std::ceil(f.itemKiB));
        return {PriceBook::line(QStringLiteral("Serverless data stored"), data * p.hoursPerMonth(),
                                QStringLiteral("GB-hour"),
                                p.price(region, base + QStringLiteral(".data"))),
                PriceBook::line(QStringLiteral("Serverless ECPUs"),
                                ecpus * p.secondsPerMonth() / 1e6, QStringLiteral("million ECPUs"),
                                p.price(region, base + QStringLiteral(".ecpu")))};
    }
    const QString node = propString(c, QStringLiteral("nodeType"));
    const double nodes = propNumber(c, QStringLiteral("shards")) *
                         (1.0 + propNumber(c, QStringLiteral("replicasPerShard")));
    return {
        hoursLine(p, QStringLiteral("%1 %2 node-hours").arg(node, engineName), nodes,
                  p.price(region, QStringLiteral("elasticache.node.%1.%2").arg(engineName, node)))};
}

QList<Finding> ElastiCacheBehaviour::review(const KindContext &c, const ComponentLoad &, double,
                                            const QList<LineItem> &) const
{
    const QString node = propString(c, QStringLiteral("nodeType"));
    if (serverless(c) || !isBurstable(node))
        return {};
    return {
        burstableFinding(c, QStringLiteral("nodeType"), node, QStringLiteral("cache.m7g.large"))};
}

std::optional<Patch> ElastiCacheBehaviour::upsize(const KindContext &c) const
{
    if (serverless(c))
        return std::nullopt;
    return Patch{c.component.id,
                 {{QStringLiteral("shards"), qint64(propNumber(c, QStringLiteral("shards")) * 2)}},
                 std::nullopt};
}

std::optional<Patch> ElastiCacheBehaviour::makeRedundant(const KindContext &c) const
{
    if (serverless(c) || hasFailover(c) ||
        propString(c, QStringLiteral("engine")) == QLatin1String("memcached"))
        return std::nullopt;
    return Patch{
        c.component.id,
        {{QStringLiteral("replicasPerShard"), qint64(1)}, {QStringLiteral("multiAz"), true}},
        std::nullopt};
}

} // namespace archstudio::aws
