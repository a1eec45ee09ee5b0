#include "managedbehaviours.h"

#include <QCoreApplication>

#include <cmath>

namespace archstudio::aws {

// A workload is described once and never priced: its properties are read where used.
namespace {

/// A table's properties, read once per evaluation.
struct TableData final : KindData
{
    QString capacityMode;
    double readCapacityUnits = 0.0;
    double writeCapacityUnits = 0.0;
    double storageGiB = 0.0;
    bool pointInTimeRecovery = false;
    QStringList globalTableRegions;
    QVariantMap dax;
    QList<model::RegionId> globalRegions; ///< of globalTableRegions, those other than its own

    bool provisioned() const { return capacityMode == QLatin1String("provisioned"); }
};

const PropertyFields<TableData> &tableFields()
{
    static const PropertyFields<TableData> fields(
        awsSchema(QStringLiteral("dynamodb")),
        {{u"capacityMode", &TableData::capacityMode},
         {u"readCapacityUnits", &TableData::readCapacityUnits},
         {u"writeCapacityUnits", &TableData::writeCapacityUnits},
         {u"storageGiB", &TableData::storageGiB},
         {u"pointInTimeRecovery", &TableData::pointInTimeRecovery},
         {u"globalTableRegions", &TableData::globalTableRegions},
         {u"dax", &TableData::dax}});
    return fields;
}

} // namespace

std::unique_ptr<const KindData> DynamoDbBehaviour::compile(const KindContext &c) const
{
    auto d = std::make_unique<TableData>();
    tableFields().read(c.component, *d);
    for (const QString &code : std::as_const(d->globalTableRegions)) {
        if (model::RegionId(code) != c.component.placement.region)
            d->globalRegions.append(model::RegionId(code));
    }
    return d;
}

ComponentModel DynamoDbBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    const TableData &d = engine::dataOf<TableData>(c);
    ComponentModel m;
    m.role = engine::Role::Store;
    m.isWriterOfDataSet = true;
    m.regional = true;
    m.readServiceMs = p.value(QStringLiteral("perf.dynamodb.read.service-ms"));
    m.writeServiceMs = p.value(QStringLiteral("perf.dynamodb.write.service-ms"));
    m.readUnitKiB = p.value(QStringLiteral("perf.dynamodb.read-unit-kb"), 4.0);
    m.writeUnitKiB = p.value(QStringLiteral("perf.dynamodb.write-unit-kb"), 1.0);
    m.eventualReadFactor = p.value(QStringLiteral("perf.dynamodb.eventual-read-factor"), 0.5);
    if (d.provisioned()) {
        m.readQuotaPerSecond = d.readCapacityUnits;
        m.writeQuotaPerSecond = d.writeCapacityUnits;
    } else {
        m.readQuotaPerSecond = p.value(QStringLiteral("perf.dynamodb.on-demand.table-read-quota"));
        m.writeQuotaPerSecond =
            p.value(QStringLiteral("perf.dynamodb.on-demand.table-write-quota"));
    }
    for (const model::RegionId &r : d.globalRegions)
        m.replicaRegions.append(c.regionIndex(r));
    m.sla = p.value(d.globalRegions.isEmpty() ? QStringLiteral("sla.dynamodb.regional")
                                              : QStringLiteral("sla.dynamodb.global"));
    m.rtoSeconds = 0.0; // AWS spreads the table over zones: an AZ loss is absorbed
    m.rpoSeconds = 0.0;
    // Global tables are multi-active: the other regions' replicas take writes at once.
    m.crossRegionTakeover =
        engine::Takeover{0.0, p.value(QStringLiteral("lag.dynamodb-global.seconds"))};
    return m;
}

QList<LineItem> DynamoDbBehaviour::price(const KindContext &c, const ComponentLoad &load) const
{
    const PriceBook &p = c.prices;
    const TableData &d = engine::dataOf<TableData>(c);
    const model::RegionId &region = c.component.placement.region;
    const double perMonth = p.secondsPerMonth() / 1e6;
    const auto hours = [&](const QString &description, double units, const model::RegionId &in,
                           const QString &rate) {
        return hoursLine(p, description, units, p.price(in, rate));
    };
    const auto usage = [&](const QString &description, double quantity, const QString &unit,
                           const model::RegionId &in, const QString &rate) {
        return PriceBook::line(description, quantity, unit, p.price(in, rate));
    };
    const QString millionUnits = QStringLiteral("million units");
    const QString gbMonth = QStringLiteral("GB-month");
    const bool global = !d.globalRegions.isEmpty();
    QList<LineItem> lines;
    lines.reserve(4 + 3 * d.globalRegions.size());
    if (d.provisioned()) {
        lines.append(
            hours(QCoreApplication::translate("Aws", "Provisioned read capacity (RCU-hours)"),
                  d.readCapacityUnits, region, QStringLiteral("dynamodb.provisioned.rcu")));
        // A global table's write capacity is replicated write capacity in every region,
        // its own included (AWS bills rWCUs wherever an item is written or replicated).
        if (global)
            lines.append(hours(QCoreApplication::translate(
                                   "Aws", "Provisioned replicated write capacity (rWCU-hours)"),
                               d.writeCapacityUnits, region,
                               QStringLiteral("dynamodb.provisioned.rwcu")));
        else
            lines.append(
                hours(QCoreApplication::translate("Aws", "Provisioned write capacity (WCU-hours)"),
                      d.writeCapacityUnits, region, QStringLiteral("dynamodb.provisioned.wcu")));
    } else {
        lines.append(usage(QCoreApplication::translate("Aws", "On-demand read request units"),
                           load.readUnitsPerSecond * perMonth, millionUnits, region,
                           QStringLiteral("dynamodb.on-demand.read")));
        lines.append(usage(QCoreApplication::translate("Aws", "On-demand write request units"),
                           load.writeUnitsPerSecond * perMonth, millionUnits, region,
                           QStringLiteral("dynamodb.on-demand.write")));
    }
    const double storage = d.storageGiB;
    lines.append(usage(QCoreApplication::translate("Aws", "Table storage"), storage, gbMonth,
                       region, QStringLiteral("dynamodb.storage")));
    if (d.pointInTimeRecovery)
        lines.append(usage(QCoreApplication::translate("Aws", "Point-in-time recovery"), storage,
                           gbMonth, region, QStringLiteral("dynamodb.pitr")));
    for (const model::RegionId &other : d.globalRegions) {
        // Priced in the other region.
        if (d.provisioned()) {
            // Each replica is provisioned like the table: the write capacity as replicated
            // write capacity, and read capacity of its own (the table's: the schema has no
            // per-replica setting). Billed by the hour whether or not traffic comes.
            lines.append(hours(
                QCoreApplication::translate("Aws", "Replicated write capacity in %1 (rWCU-hours)")
                    .arg(other.value()),
                d.writeCapacityUnits, other, QStringLiteral("dynamodb.provisioned.rwcu")));
            lines.append(hours(QCoreApplication::translate("Aws", "Read capacity in %1 (RCU-hours)")
                                   .arg(other.value()),
                               d.readCapacityUnits, other,
                               QStringLiteral("dynamodb.provisioned.rcu")));
        } else {
            lines.append(usage(
                QCoreApplication::translate("Aws", "Replicated writes to %1").arg(other.value()),
                load.writeUnitsPerSecond * perMonth, millionUnits, other,
                QStringLiteral("dynamodb.replicated-write")));
        }
        lines.append(
            usage(QCoreApplication::translate("Aws", "Replica storage in %1").arg(other.value()),
                  storage, gbMonth, other, QStringLiteral("dynamodb.storage")));
    }
    if (!d.dax.isEmpty()) {
        const QString nodeType = d.dax.value(QStringLiteral("nodeType")).toString();
        lines.append(
            hoursLine(p, QCoreApplication::translate("Aws", "DAX %1 node-hours").arg(nodeType),
                      d.dax.value(QStringLiteral("nodes")).toDouble(),
                      p.price(region, QStringLiteral("dax.node.") + nodeType)));
    }
    return lines;
}

QList<Finding> DynamoDbBehaviour::review(const KindContext &c, const ComponentLoad &load,
                                         double utilization, const QList<LineItem> &) const
{
    if (!engine::dataOf<TableData>(c).provisioned() || utilization < 1.0)
        return {};
    // Enough capacity for the peak at the target utilisation.
    const double target = c.prices.value(QStringLiteral("perf.target-utilization"), 1.0);
    const double rcu = std::ceil(load.readUnitsPerSecond * load.peakFactor / target);
    const double wcu = std::ceil(load.writeUnitsPerSecond * load.peakFactor / target);
    return {
        {QStringLiteral("provisioned-below-peak"),
         QCoreApplication::translate(
             "Aws",
             "%1 is provisioned below its peak load (%2% of capacity): requests will be throttled")
             .arg(c.component.displayName())
             .arg(utilization * 100.0, 0, 'f', 0),
         QCoreApplication::translate("Aws", "Provision %1 RCU and %2 WCU, or switch to on-demand")
             .arg(rcu)
             .arg(wcu),
         Patch{c.component.id,
               {{QStringLiteral("readCapacityUnits"), qint64(std::max(1.0, rcu))},
                {QStringLiteral("writeCapacityUnits"), qint64(std::max(1.0, wcu))}},
               std::nullopt}}};
}

namespace {

/// A cache's properties, read once per evaluation.
struct CacheData final : KindData
{
    QString deployment;
    QString engine;
    QString nodeType;
    double shards = 0.0;
    double replicasPerShard = 0.0;
    bool multiAz = false;
    double hitRatio = 0.0;
    double dataGiB = 0.0;

    bool serverless() const { return deployment == QLatin1String("serverless"); }
    bool memcached() const { return engine == QLatin1String("memcached"); }
    bool hasFailover() const { return replicasPerShard >= 1 && multiAz; }
};

const PropertyFields<CacheData> &cacheFields()
{
    static const PropertyFields<CacheData> fields(
        awsSchema(QStringLiteral("elasticache")),
        {{u"deployment", &CacheData::deployment},
         {u"engine", &CacheData::engine},
         {u"nodeType", &CacheData::nodeType},
         {u"shards", &CacheData::shards},
         {u"replicasPerShard", &CacheData::replicasPerShard},
         {u"multiAz", &CacheData::multiAz},
         {u"hitRatio", &CacheData::hitRatio},
         {u"dataGiB", &CacheData::dataGiB}});
    return fields;
}

} // namespace

std::unique_ptr<const KindData> ElastiCacheBehaviour::compile(const KindContext &c) const
{
    auto d = std::make_unique<CacheData>();
    cacheFields().read(c.component, *d);
    return d;
}

ComponentModel ElastiCacheBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    const CacheData &d = engine::dataOf<CacheData>(c);
    ComponentModel m;
    m.role = engine::Role::Cache;
    m.hitRatio = d.hitRatio;
    m.readServiceMs = p.value(QStringLiteral("perf.elasticache.read.service-ms"));
    m.writeServiceMs = p.value(QStringLiteral("perf.elasticache.write.service-ms"));
    m.rpoSeconds = 0.0; // a cache is not the data's home: a lost node means misses, not loss
    if (d.serverless()) {
        m.regional = true;
        m.sla = p.value(QStringLiteral("sla.elasticache.serverless"));
        m.rtoSeconds = 0.0;
        return m;
    }
    const bool memcached = d.memcached();
    // Redis and Valkey serve each shard's commands on one thread; Memcached on every vCPU.
    m.servers = int(d.shards) * (memcached ? vcpus(p, d.nodeType) : 1);
    m.readCostSeconds =
        costPerOperation(p, memcached ? QStringLiteral("perf.memcached.per-vcpu-ops-per-second")
                                      : QStringLiteral("perf.elasticache.node.ops-per-second"));
    m.writeCostSeconds = m.readCostSeconds;
    const bool failover = d.hasFailover() && !memcached;
    const double recovery =
        p.value(failover ? QStringLiteral("failover.elasticache.replica.seconds")
                         : QStringLiteral("recovery.cache-node-replace.seconds"));
    m.sla = p.value(failover ? QStringLiteral("sla.elasticache.multi-az")
                             : QStringLiteral("sla.elasticache.single-az"));
    m.failures = {instanceFailure(p, recovery)};
    m.zoneDependence.zones = {c.componentZone};
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
    const CacheData &d = engine::dataOf<CacheData>(c);
    const model::RegionId &region = c.component.placement.region;
    const QString &engineName = d.engine;
    if (d.serverless()) {
        const QString base = QStringLiteral("elasticache.serverless.") + engineName;
        const double minimum = p.price(region, base + QStringLiteral(".min-data-gb")).value;
        const double data = std::max(d.dataGiB, minimum);
        // One ECPU per request and KiB transferred.
        double ecpus = 0.0;
        for (const engine::TrafficFlow &f : load.flows)
            ecpus += (f.readsPerSecond + f.writesPerSecond) * std::max(1.0, std::ceil(f.itemKiB));
        return {PriceBook::line(QCoreApplication::translate("Aws", "Serverless data stored"),
                                data * p.hoursPerMonth(), QStringLiteral("GB-hour"),
                                p.price(region, base + QStringLiteral(".data"))),
                PriceBook::line(QCoreApplication::translate("Aws", "Serverless ECPUs"),
                                ecpus * p.secondsPerMonth() / 1e6, QStringLiteral("million ECPUs"),
                                p.price(region, base + QStringLiteral(".ecpu")))};
    }
    const double nodes = d.shards * (1.0 + d.replicasPerShard);
    return billOf(hoursLine(
        p,
        QCoreApplication::translate("Aws", "%1 %2 node-hours", "%2: the cache engine, e.g. valkey")
            .arg(d.nodeType, engineName),
        nodes,
        p.price(region, QStringLiteral("elasticache.node.%1.%2").arg(engineName, d.nodeType))));
}

QList<Finding> ElastiCacheBehaviour::review(const KindContext &c, const ComponentLoad &, double,
                                            const QList<LineItem> &) const
{
    const CacheData &d = engine::dataOf<CacheData>(c);
    if (d.serverless() || !isBurstable(d.nodeType))
        return {};
    return {burstableFinding(c, QStringLiteral("nodeType"), d.nodeType,
                             QStringLiteral("cache.m7g.large"))};
}

std::optional<Patch> ElastiCacheBehaviour::upsize(const KindContext &c) const
{
    const CacheData &d = engine::dataOf<CacheData>(c);
    if (d.serverless())
        return std::nullopt;
    return Patch{c.component.id, {{QStringLiteral("shards"), qint64(d.shards * 2)}}, std::nullopt};
}

std::optional<Patch> ElastiCacheBehaviour::makeRedundant(const KindContext &c) const
{
    const CacheData &d = engine::dataOf<CacheData>(c);
    if (d.serverless() || d.hasFailover() || d.memcached())
        return std::nullopt;
    return Patch{
        c.component.id,
        {{QStringLiteral("replicasPerShard"), qint64(1)}, {QStringLiteral("multiAz"), true}},
        std::nullopt};
}

} // namespace archstudio::aws
