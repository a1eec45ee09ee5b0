#include "aurorabehaviour.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

namespace archstudio::aws {

namespace {

/// An instance's own properties, read once per evaluation.
struct InstanceData final : KindData
{
    const model::Component *component = nullptr;
    QString instanceClass;
    QString role;
    bool serverlessV2 = false;
    model::ComponentId cluster;
    double minAcu = 0.0;
    double maxAcu = 0.0;
    const model::Component *clusterComponent = nullptr; ///< null when the design lacks it

    bool writer() const { return role == QLatin1String("writer"); }
};

const PropertyFields<InstanceData> &instanceFields()
{
    static const PropertyFields<InstanceData> fields(
        awsSchema(QStringLiteral("aurora-instance")),
        {{u"instanceClass", &InstanceData::instanceClass},
         {u"role", &InstanceData::role},
         {u"serverlessV2", &InstanceData::serverlessV2},
         {u"cluster", &InstanceData::cluster},
         {u"minAcu", &InstanceData::minAcu},
         {u"maxAcu", &InstanceData::maxAcu}});
    return fields;
}

/// A cluster's own properties, read once per evaluation.
struct ClusterData final : KindData
{
    QString engine;
    QString storageConfig;
    double storageGiB = 0.0;
    /// Unset (absent or null): derived from the load.
    std::optional<double> ioRequestsPerMonthMillions;
    double backupGiB = 0.0;
    QStringList secondaryRegions;

    bool optimized() const { return storageConfig == QLatin1String("io-optimized"); }
};

const PropertyFields<ClusterData> &clusterFields()
{
    static const PropertyFields<ClusterData> fields(
        awsSchema(QStringLiteral("aurora-cluster")),
        {{u"engine", &ClusterData::engine},
         {u"storageConfig", &ClusterData::storageConfig},
         {u"storageGiB", &ClusterData::storageGiB},
         {u"ioRequestsPerMonthMillions", &ClusterData::ioRequestsPerMonthMillions},
         {u"backupGiB", &ClusterData::backupGiB},
         {u"globalSecondaryRegions", &ClusterData::secondaryRegions}});
    return fields;
}

/// Calls visit(instance) for each instance of a cluster, in design order. cluster: the
/// cluster's component, when the design has it (its instances are then found without a
/// look-up of its id); else the id they name. The evaluation's list of referrers is
/// iterated, not copied: a copy would increment a count every thread increments.
template <typename Visit>
void forEachInstance(const KindContext &c, const model::Component *cluster,
                     const model::ComponentId &id, Visit visit)
{
    static const QString kInstanceKind = QStringLiteral("aurora-instance");
    static const QString kClusterProperty = QStringLiteral("cluster");
    const QList<const model::Component *> &referrers =
        cluster ? c.references->referrers(kClusterProperty, *cluster)
                : c.references->referrers(kClusterProperty, id);
    for (const model::Component *other : referrers) {
        if (other->kind == kInstanceKind)
            visit(other);
    }
}

/// The other instances of self's cluster in a zone other than self's: what a writer can
/// fail over to.
QVarLengthArray<const model::Component *, 4> othersOutside(const KindContext &c,
                                                           const model::Component *cluster,
                                                           const model::ComponentId &id,
                                                           const model::Component &self)
{
    QVarLengthArray<const model::Component *, 4> others;
    forEachInstance(c, cluster, id, [&](const model::Component *i) {
        if (i != &self && i->placement.zone != self.placement.zone)
            others.append(i);
    });
    return others;
}

double failoverSeconds(const KindContext &c, bool hasReplica)
{
    return c.prices.value(hasReplica ? QStringLiteral("failover.aurora.replica.seconds")
                                     : QStringLiteral("failover.aurora.no-replica.seconds"));
}

/// Provisioned instance-hours of one instance (Serverless v2 is priced from the load).
/// described: false when only the amounts are wanted (the line is not shown).
LineItem instanceHours(const KindContext &c, const InstanceData &instance,
                       const QString &engineName, bool optimized, bool described = true)
{
    const PriceBook &p = c.prices;
    const model::RegionId &region = instance.component->placement.region;
    const QString &cls = instance.instanceClass;
    Figure rate = p.price(region, QStringLiteral("aurora.instance.%1.%2").arg(engineName, cls));
    // The role is a choice value: writer or reader (any other is shown as written).
    QString description =
        !described ? QString()
        : instance.role == QLatin1String("writer")
            ? QCoreApplication::translate("Aws", "%1 writer instance-hours").arg(cls)
        : instance.role == QLatin1String("reader")
            ? QCoreApplication::translate("Aws", "%1 reader instance-hours").arg(cls)
            : QCoreApplication::translate("Aws", "%1 %2 instance-hours", "%2: an instance role")
                  .arg(cls, instance.role);
    if (optimized) {
        rate.value *= p.price(region, QStringLiteral("aurora.io-optimized-instance-factor")).value;
        if (described)
            description =
                QCoreApplication::translate("Aws", "%1 (I/O-Optimized rate)",
                                            "%1: a line item, such as db.r6g.large writer "
                                            "instance-hours")
                    .arg(description);
    }
    return hoursLine(p, description, 1, rate);
}

QString storageKey(bool optimized)
{
    return optimized ? QStringLiteral("aurora.storage.io-optimized")
                     : QStringLiteral("aurora.storage.standard");
}

/// What a cluster's instances tell about it, from their compiled data.
struct Members
{
    /// In design order; a cluster has a handful, kept on the stack.
    QVarLengthArray<const InstanceData *, 4> instances;
    qsizetype zones = 0; ///< distinct zones of its instances
    bool hasReader = false;
};

Members membersOf(const KindContext &c)
{
    Members members;
    QVarLengthArray<QStringView, 4> zones;
    forEachInstance(c, &c.component, c.component.id, [&](const model::Component *i) {
        const auto *data = dynamic_cast<const InstanceData *>(c.compiledOf(*i));
        if (!data)
            return;
        members.instances.append(data);
        const QStringView zone =
            i->placement.zone ? QStringView(i->placement.zone->value()) : QStringView();
        if (!zones.contains(zone))
            zones.append(zone);
        members.hasReader = members.hasReader || data->role == QLatin1String("reader");
    });
    members.zones = zones.size();
    return members;
}

/// The storage an instance's cluster uses: its engine, and whether it is I/O-Optimized.
struct ClusterStorage
{
    QString engine = QStringLiteral("aurora-postgresql");
    bool optimized = false;
};

ClusterStorage storageOf(const KindContext &c, const InstanceData &d)
{
    const auto *cluster = d.clusterComponent
                              ? dynamic_cast<const ClusterData *>(c.compiledOf(*d.clusterComponent))
                              : nullptr;
    return cluster ? ClusterStorage{cluster->engine, cluster->optimized()} : ClusterStorage{};
}

} // namespace

std::unique_ptr<const KindData> AuroraClusterBehaviour::compile(const KindContext &c) const
{
    auto d = std::make_unique<ClusterData>();
    clusterFields().read(c.component, *d);
    return d;
}

ComponentModel AuroraClusterBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    const ClusterData &d = engine::dataOf<ClusterData>(c);
    const Members members = membersOf(c);
    ComponentModel m;
    m.role = engine::Role::StorageOnly;
    m.regional = true;
    const QList<int> zones = c.regionZones(c.component.placement.region);
    m.zoneDependence.zones.append(zones.constData(), std::min<qsizetype>(zones.size(), 3));
    m.zoneDependence.quorum = std::min<int>(2, int(m.zoneDependence.zones.size()));
    for (const QString &region : d.secondaryRegions)
        m.replicaRegions.append(c.regionIndex(model::RegionId(region)));
    m.dataSetSla = p.value(members.zones >= 2 ? QStringLiteral("sla.aurora.multi-az")
                                              : QStringLiteral("sla.aurora.single-az"));
    m.rtoSeconds = failoverSeconds(c, members.hasReader && members.zones >= 2);
    m.rpoSeconds = 0.0;
    // A Global Database promotes a secondary region's cluster to take the writes.
    m.crossRegionTakeover =
        engine::Takeover{p.value(QStringLiteral("failover.aurora-global.promote.seconds")),
                         p.value(QStringLiteral("lag.aurora-global.seconds"))};
    return m;
}

QList<LineItem> AuroraClusterBehaviour::price(const KindContext &c, const ComponentLoad &load) const
{
    const PriceBook &p = c.prices;
    const ClusterData &d = engine::dataOf<ClusterData>(c);
    const model::RegionId &region = c.component.placement.region;
    const bool optimized = d.optimized();
    const double storage = d.storageGiB;
    QList<LineItem> lines;
    lines.reserve(3 + 2 * d.secondaryRegions.size());
    lines.append(PriceBook::line(
        optimized ? QCoreApplication::translate("Aws", "Cluster storage (I/O-Optimized)")
                  : QCoreApplication::translate("Aws", "Cluster storage (Standard)"),
        storage, QStringLiteral("GB-month"), p.price(region, storageKey(optimized))));
    if (!optimized) {
        const bool derived = !d.ioRequestsPerMonthMillions;
        const double millions =
            derived ? (load.readsPerSecond * p.value(QStringLiteral("perf.aurora.io.per-read")) +
                       load.writesPerSecond * p.value(QStringLiteral("perf.aurora.io.per-write"))) *
                          p.secondsPerMonth() / 1e6
                    : *d.ioRequestsPerMonthMillions;
        LineItem io = PriceBook::line(
            derived ? QCoreApplication::translate("Aws", "I/O requests (derived from the load)")
                    : QCoreApplication::translate("Aws", "I/O requests"),
            millions, QStringLiteral("million requests"),
            p.price(region, QStringLiteral("aurora.io")));
        io.estimate = io.estimate || derived;
        lines.append(io);
    }
    if (d.backupGiB > 0.0)
        lines.append(PriceBook::line(
            QCoreApplication::translate("Aws", "Backup storage beyond the cluster size"),
            d.backupGiB, QStringLiteral("GB-month"),
            p.price(region, QStringLiteral("aurora.backup"))));
    for (const QString &secondary : d.secondaryRegions) {
        const model::RegionId other(secondary);
        lines.append(PriceBook::line(
            QCoreApplication::translate("Aws", "Global Database replicated writes to %1")
                .arg(secondary),
            load.writesPerSecond * p.secondsPerMonth() / 1e6, QStringLiteral("million writes"),
            p.price(region, QStringLiteral("aurora.global-write-io"))));
        // Priced in the other region.
        lines.append(PriceBook::line(
            QCoreApplication::translate("Aws", "Secondary cluster storage in %1").arg(secondary),
            storage, QStringLiteral("GB-month"), p.price(other, storageKey(optimized))));
    }
    return lines;
}

QList<Finding> AuroraClusterBehaviour::review(const KindContext &c, const ComponentLoad &, double,
                                              const QList<LineItem> &bill) const
{
    const ClusterData &d = engine::dataOf<ClusterData>(c);
    if (d.optimized())
        return {};
    double io = 0.0;
    double clusterSpend = 0.0;
    for (const LineItem &item : bill) {
        clusterSpend += item.monthlyUsd;
        if (item.catalogKey.endsWith(QLatin1String("aurora.io")))
            io += item.monthlyUsd;
    }
    for (const InstanceData *instance : membersOf(c).instances) {
        if (!instance->serverlessV2)
            clusterSpend += instanceHours(c, *instance, d.engine, false, false).monthlyUsd;
    }
    if (clusterSpend <= 0.0 || io / clusterSpend <= 0.25)
        return {};
    return {{QStringLiteral("aurora-io-heavy"),
             QCoreApplication::translate(
                 "Aws", "I/O is %1% of %2's spend: Aurora I/O-Optimized would likely cost less")
                 .arg(io / clusterSpend * 100.0, 0, 'f', 0)
                 .arg(c.component.displayName()),
             QCoreApplication::translate("Aws", "Switch storageConfig to io-optimized"),
             Patch{c.component.id,
                   {{QStringLiteral("storageConfig"), QStringLiteral("io-optimized")}},
                   std::nullopt}}};
}

std::unique_ptr<const KindData> AuroraInstanceBehaviour::compile(const KindContext &c) const
{
    auto d = std::make_unique<InstanceData>();
    instanceFields().read(c.component, *d);
    d->component = &c.component;
    d->clusterComponent = c.find(d->cluster);
    return d;
}

ComponentModel AuroraInstanceBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    const InstanceData &d = engine::dataOf<InstanceData>(c);
    ComponentModel m;
    m.role = engine::Role::Store;
    m.dataOwner = d.cluster;
    m.writable = d.writer();
    m.isWriterOfDataSet = d.writer();
    if (d.serverlessV2) {
        const double vcpuPerAcu = p.value(QStringLiteral("perf.aurora.serverless-v2.vcpu-per-acu"));
        m.servers = std::max(1, int(std::ceil(d.maxAcu * vcpuPerAcu)));
    } else {
        m.servers = vcpus(p, d.instanceClass);
    }
    m.readCostSeconds = costPerOperation(p, QStringLiteral("perf.aurora.read.per-vcpu-per-second"));
    m.writeCostSeconds =
        costPerOperation(p, QStringLiteral("perf.aurora.write.per-vcpu-per-second"));
    m.readServiceMs = p.value(QStringLiteral("perf.aurora.read.service-ms"));
    // A write commits when 4 of the 6 copies over three zones acknowledge it.
    m.writeServiceMs = p.value(QStringLiteral("perf.aurora.write.service-ms")) +
                       p.value(QStringLiteral("latency.cross-az-rtt-ms"));

    const auto others = othersOutside(c, d.clusterComponent, d.cluster, c.component);
    const double failover = failoverSeconds(c, !others.isEmpty());
    m.failures = {instanceFailure(p, failover)};
    m.zoneDependence.zones = {c.componentZone};
    for (const model::Component *o : others)
        m.zoneDependence.zones.append(o->placement.zone ? c.zoneIndex(*o->placement.zone) : -1);
    m.zoneDependence.failoverSeconds = failover;
    m.zoneDependence.relocateSeconds = failoverSeconds(c, false);
    m.rtoSeconds = failover;
    m.rpoSeconds = 0.0; // the volume is shared: nothing is lost with an instance
    return m;
}

QList<LineItem> AuroraInstanceBehaviour::price(const KindContext &c,
                                               const ComponentLoad &load) const
{
    const PriceBook &p = c.prices;
    const InstanceData &d = engine::dataOf<InstanceData>(c);
    const ClusterStorage cluster = storageOf(c, d);
    if (!d.serverlessV2)
        return billOf(instanceHours(c, d, cluster.engine, cluster.optimized));
    // Serverless v2 scales to keep its utilisation near the target: the ACUs the load
    // needs, clamped to the configured range.
    const double work =
        load.readsPerSecond *
            costPerOperation(p, QStringLiteral("perf.aurora.read.per-vcpu-per-second")) +
        load.writesPerSecond *
            costPerOperation(p, QStringLiteral("perf.aurora.write.per-vcpu-per-second"));
    const double acus =
        std::clamp(work / (p.value(QStringLiteral("perf.aurora.serverless-v2.vcpu-per-acu")) *
                           p.value(QStringLiteral("perf.target-utilization"), 1.0)),
                   d.minAcu, d.maxAcu);
    LineItem line = PriceBook::line(
        QCoreApplication::translate("Aws", "Serverless v2 ACU-hours (%1 ACU on average)")
            .arg(acus, 0, 'g', 3),
        acus * p.hoursPerMonth(), QStringLiteral("ACU-hour"),
        p.price(c.component.placement.region,
                cluster.optimized ? QStringLiteral("aurora.serverless-v2.io-optimized")
                                  : QStringLiteral("aurora.serverless-v2.standard")));
    return billOf(std::move(line));
}

QList<Finding> AuroraInstanceBehaviour::review(const KindContext &c, const ComponentLoad &, double,
                                               const QList<LineItem> &) const
{
    const InstanceData &d = engine::dataOf<InstanceData>(c);
    const QString &cls = d.instanceClass;
    if (d.serverlessV2 || !isBurstable(cls))
        return {};
    // Aurora has no general-purpose m-class: the memory-optimised r6g of the same size.
    const QString replacement =
        nonBurstable(cls).replace(QStringLiteral(".m6g."), QStringLiteral(".r6g."));
    return {burstableFinding(c, QStringLiteral("instanceClass"), cls, replacement)};
}

std::optional<Patch> AuroraInstanceBehaviour::upsize(const KindContext &c) const
{
    const InstanceData &d = engine::dataOf<InstanceData>(c);
    if (d.serverlessV2)
        return Patch{c.component.id,
                     {{QStringLiteral("maxAcu"), std::min(256.0, d.maxAcu * 2)}},
                     std::nullopt};
    const QString next = nextSize(d.instanceClass);
    if (next.isEmpty())
        return std::nullopt;
    return Patch{c.component.id, {{QStringLiteral("instanceClass"), next}}, std::nullopt};
}

} // namespace archstudio::aws
