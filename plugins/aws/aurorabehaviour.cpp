#include "aurorabehaviour.h"

#include <QSet>

namespace archstudio::aws {

namespace {

/// The instances of a cluster, in design order.
QList<const model::Component *> instancesOf(const KindContext &c, const model::ComponentId &cluster)
{
    QList<const model::Component *> instances;
    for (const model::Component *other :
         c.references->referrers(QStringLiteral("cluster"), cluster)) {
        if (other->kind == QLatin1String("aurora-instance"))
            instances.append(other);
    }
    return instances;
}

bool ioOptimized(const model::Component *cluster)
{
    return cluster && propOf(*cluster, QStringLiteral("storageConfig")).toString() ==
                          QLatin1String("io-optimized");
}

/// Instances in a zone other than the given one: what a writer can fail over to.
QList<const model::Component *> othersOutside(const QList<const model::Component *> &instances,
                                              const model::Component &self)
{
    QList<const model::Component *> others;
    for (const model::Component *i : instances) {
        if (i != &self && i->placement.zone != self.placement.zone)
            others.append(i);
    }
    return others;
}

double failoverSeconds(const KindContext &c, bool hasReplica)
{
    return c.prices.value(hasReplica ? QStringLiteral("failover.aurora.replica.seconds")
                                     : QStringLiteral("failover.aurora.no-replica.seconds"));
}

/// Provisioned instance-hours of one instance (Serverless v2 is priced from the load).
LineItem instanceHours(const KindContext &c, const model::Component &instance,
                       const model::Component *cluster)
{
    const PriceBook &p = c.prices;
    const QString engineName = cluster ? propOf(*cluster, QStringLiteral("engine")).toString()
                                       : QStringLiteral("aurora-postgresql");
    const QString cls = propOf(instance, QStringLiteral("instanceClass")).toString();
    Figure rate = p.price(instance.placement.region,
                          QStringLiteral("aurora.instance.%1.%2").arg(engineName, cls));
    QString description = QStringLiteral("%1 %2 instance-hours")
                              .arg(cls, propOf(instance, QStringLiteral("role")).toString());
    if (ioOptimized(cluster)) {
        rate.value *= p.price(instance.placement.region,
                              QStringLiteral("aurora.io-optimized-instance-factor"))
                          .value;
        description += QStringLiteral(" (I/O-Optimized rate)");
    }
    return hoursLine(p, description, 1, rate);
}

} // namespace

ComponentModel AuroraClusterBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    ComponentModel m;
    m.role = engine::Role::StorageOnly;
    m.regional = true;
    const QList<int> zones = c.regionZones(c.component.placement.region);
    m.zoneDependence.zones = zones.mid(0, 3);
    m.zoneDependence.quorum = std::min<int>(2, int(m.zoneDependence.zones.size()));
    for (const QVariant &region : prop(c, QStringLiteral("globalSecondaryRegions")).toList())
        m.replicaRegions.append(c.regionIndex(model::RegionId(region.toString())));

    const QList<const model::Component *> instances = instancesOf(c, c.component.id);
    QSet<QString> instanceZones;
    bool hasReader = false;
    for (const model::Component *i : instances) {
        instanceZones.insert(i->placement.zone.value_or(model::ZoneId()).value());
        hasReader =
            hasReader || propOf(*i, QStringLiteral("role")).toString() == QLatin1String("reader");
    }
    m.dataSetSla = p.value(instanceZones.size() >= 2 ? QStringLiteral("sla.aurora.multi-az")
                                                     : QStringLiteral("sla.aurora.single-az"));
    m.rtoSeconds = failoverSeconds(c, hasReader && instanceZones.size() >= 2);
    m.rpoSeconds = 0.0;
    return m;
}

QList<LineItem> AuroraClusterBehaviour::price(const KindContext &c, const ComponentLoad &load) const
{
    const PriceBook &p = c.prices;
    const model::RegionId &region = c.component.placement.region;
    const bool optimized = ioOptimized(&c.component);
    const double storage = propNumber(c, QStringLiteral("storageGiB"));
    QList<LineItem> lines{PriceBook::line(
        QStringLiteral("Cluster storage (%1)").arg(optimized ? "I/O-Optimized" : "Standard"),
        storage, QStringLiteral("GB-month"),
        p.price(region, optimized ? QStringLiteral("aurora.storage.io-optimized")
                                  : QStringLiteral("aurora.storage.standard")))};
    if (!optimized) {
        const QVariant given =
            c.component.properties.value(QStringLiteral("ioRequestsPerMonthMillions"));
        double millions = given.toDouble();
        QString description = QStringLiteral("I/O requests");
        if (!given.isValid() || given.typeId() == QMetaType::Nullptr) {
            millions =
                (load.readsPerSecond * p.value(QStringLiteral("perf.aurora.io.per-read")) +
                 load.writesPerSecond * p.value(QStringLiteral("perf.aurora.io.per-write"))) *
                p.secondsPerMonth() / 1e6;
            description += QStringLiteral(" (derived from the load)");
        }
        LineItem io = PriceBook::line(description, millions, QStringLiteral("million requests"),
                                      p.price(region, QStringLiteral("aurora.io")));
        io.estimate = io.estimate || !given.isValid();
        lines.append(io);
    }
    const double backup = propNumber(c, QStringLiteral("backupGiB"));
    if (backup > 0.0)
        lines.append(PriceBook::line(QStringLiteral("Backup storage beyond the cluster size"),
                                     backup, QStringLiteral("GB-month"),
                                     p.price(region, QStringLiteral("aurora.backup"))));
    for (const QVariant &secondary : prop(c, QStringLiteral("globalSecondaryRegions")).toList()) {
        const model::RegionId other(secondary.toString());
        lines.append(PriceBook::line(
            QStringLiteral("Global Database replicated writes to %1").arg(other.value()),
            load.writesPerSecond * p.secondsPerMonth() / 1e6, QStringLiteral("million writes"),
            p.price(region, QStringLiteral("aurora.global-write-io"))));
        lines.append(
            PriceBook::line(QStringLiteral("Secondary cluster storage in %1").arg(other.value()),
                            storage, QStringLiteral("GB-month"),
                            p.price(other, optimized ? QStringLiteral("aurora.storage.io-optimized")
                                                     : QStringLiteral("aurora.storage.standard"))));
    }
    return lines;
}

QList<Finding> AuroraClusterBehaviour::review(const KindContext &c, const ComponentLoad &, double,
                                              const QList<LineItem> &bill) const
{
    if (ioOptimized(&c.component))
        return {};
    double io = 0.0;
    double clusterSpend = 0.0;
    for (const LineItem &item : bill) {
        clusterSpend += item.monthlyUsd;
        if (item.catalogKey.endsWith(QLatin1String("aurora.io")))
            io += item.monthlyUsd;
    }
    for (const model::Component *instance : instancesOf(c, c.component.id)) {
        if (!propOf(*instance, QStringLiteral("serverlessV2")).toBool())
            clusterSpend += instanceHours(c, *instance, &c.component).monthlyUsd;
    }
    if (clusterSpend <= 0.0 || io / clusterSpend <= 0.25)
        return {};
    return {{QStringLiteral("aurora-io-heavy"),
             QStringLiteral("I/O is %1% of %2's spend: Aurora I/O-Optimized would likely cost less")
                 .arg(io / clusterSpend * 100.0, 0, 'f', 0)
                 .arg(c.component.displayName()),
             QStringLiteral("Switch storageConfig to io-optimized"),
             Patch{c.component.id,
                   {{QStringLiteral("storageConfig"), QStringLiteral("io-optimized")}},
                   std::nullopt}}};
}

ComponentModel AuroraInstanceBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    ComponentModel m;
    m.role = engine::Role::Store;
    const model::ComponentId cluster(propString(c, QStringLiteral("cluster")));
    m.dataOwner = cluster;
    const bool writer = propString(c, QStringLiteral("role")) == QLatin1String("writer");
    m.writable = writer;
    m.isWriterOfDataSet = writer;
    if (prop(c, QStringLiteral("serverlessV2")).toBool()) {
        const double vcpuPerAcu = p.value(QStringLiteral("perf.aurora.serverless-v2.vcpu-per-acu"));
        m.servers =
            std::max(1, int(std::ceil(propNumber(c, QStringLiteral("maxAcu")) * vcpuPerAcu)));
    } else {
        m.servers = vcpus(p, propString(c, QStringLiteral("instanceClass")));
    }
    m.readCostSeconds = costPerOperation(p, QStringLiteral("perf.aurora.read.per-vcpu-per-second"));
    m.writeCostSeconds =
        costPerOperation(p, QStringLiteral("perf.aurora.write.per-vcpu-per-second"));
    m.readServiceMs = p.value(QStringLiteral("perf.aurora.read.service-ms"));
    // A write commits when 4 of the 6 copies over three zones acknowledge it.
    m.writeServiceMs = p.value(QStringLiteral("perf.aurora.write.service-ms")) +
                       p.value(QStringLiteral("latency.cross-az-rtt-ms"));

    const QList<const model::Component *> others =
        othersOutside(instancesOf(c, cluster), c.component);
    const double failover = failoverSeconds(c, !others.isEmpty());
    m.failures = {instanceFailure(p, failover)};
    m.zoneDependence.zones = {c.component.placement.zone ? c.zoneIndex(*c.component.placement.zone)
                                                         : -1};
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
    const model::Component *cluster =
        c.find(model::ComponentId(propString(c, QStringLiteral("cluster"))));
    if (!prop(c, QStringLiteral("serverlessV2")).toBool())
        return {instanceHours(c, c.component, cluster)};
    // Serverless v2 scales to keep its utilisation near the target: the ACUs the load
    // needs, clamped to the configured range.
    const double work =
        load.readsPerSecond *
            costPerOperation(p, QStringLiteral("perf.aurora.read.per-vcpu-per-second")) +
        load.writesPerSecond *
            costPerOperation(p, QStringLiteral("perf.aurora.write.per-vcpu-per-second"));
    const double acus = std::clamp(
        work / (p.value(QStringLiteral("perf.aurora.serverless-v2.vcpu-per-acu")) *
                p.value(QStringLiteral("perf.target-utilization"), 1.0)),
        propNumber(c, QStringLiteral("minAcu")), propNumber(c, QStringLiteral("maxAcu")));
    LineItem line = PriceBook::line(
        QStringLiteral("Serverless v2 ACU-hours (%1 ACU on average)").arg(acus, 0, 'g', 3),
        acus * p.hoursPerMonth(), QStringLiteral("ACU-hour"),
        p.price(c.component.placement.region,
                ioOptimized(cluster) ? QStringLiteral("aurora.serverless-v2.io-optimized")
                                     : QStringLiteral("aurora.serverless-v2.standard")));
    return {line};
}

QList<Finding> AuroraInstanceBehaviour::review(const KindContext &c, const ComponentLoad &, double,
                                               const QList<LineItem> &) const
{
    const QString cls = propString(c, QStringLiteral("instanceClass"));
    if (prop(c, QStringLiteral("serverlessV2")).toBool() || !isBurstable(cls))
        return {};
    // Aurora has no general-purpose m-class: the memory-optimised r6g of the same size.
    const QString replacement =
        nonBurstable(cls).replace(QStringLiteral(".m6g."), QStringLiteral(".r6g."));
    return {burstableFinding(c, QStringLiteral("instanceClass"), cls, replacement)};
}

std::optional<Patch> AuroraInstanceBehaviour::upsize(const KindContext &c) const
{
    if (prop(c, QStringLiteral("serverlessV2")).toBool())
        return Patch{c.component.id,
                     {{QStringLiteral("maxAcu"),
                       std::min(256.0, propNumber(c, QStringLiteral("maxAcu")) * 2)}},
                     std::nullopt};
    const QString next = nextSize(propString(c, QStringLiteral("instanceClass")));
    if (next.isEmpty())
        return std::nullopt;
    return Patch{c.component.id, {{QStringLiteral("instanceClass"), next}}, std::nullopt};
}

} // namespace archstudio::aws
