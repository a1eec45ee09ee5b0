#include "rdsbehaviour.h"

namespace archstudio::aws {

namespace {

QString deploymentOf(const KindContext &c)
{
    return propString(c, QStringLiteral("deployment"));
}

bool isSingleAz(const KindContext &c)
{
    return deploymentOf(c) == QLatin1String("single-az");
}

/// Where the standby(s) live: the standbyZone, else other zones of the region.
QList<int> standbyZones(const KindContext &c)
{
    QList<model::ZoneId> used{c.component.placement.zone.value_or(model::ZoneId())};
    QList<int> zones;
    const QString standby = propString(c, QStringLiteral("standbyZone"));
    const int wanted = deploymentOf(c) == QLatin1String("multi-az-cluster") ? 2 : 1;
    if (!standby.isEmpty()) {
        used.append(model::ZoneId(standby));
        zones.append(c.zoneIndex(model::ZoneId(standby)));
    }
    while (zones.size() < wanted) {
        const std::optional<model::ZoneId> zone = otherZone(c, used);
        if (!zone)
            break;
        used.append(*zone);
        zones.append(c.zoneIndex(*zone));
    }
    return zones;
}

/// The shared capacity and latency figures of RDS instances (primaries and replicas).
void describeInstance(const KindContext &c, const QString &instanceClass, ComponentModel &m)
{
    const PriceBook &p = c.prices;
    m.role = engine::Role::Store;
    m.servers = vcpus(p, instanceClass);
    m.readCostSeconds = costPerOperation(p, QStringLiteral("perf.rds.read.per-vcpu-per-second"));
    m.writeCostSeconds = costPerOperation(p, QStringLiteral("perf.rds.write.per-vcpu-per-second"));
    m.readServiceMs = p.value(QStringLiteral("perf.rds.read.service-ms"));
    m.writeServiceMs = p.value(QStringLiteral("perf.rds.write.service-ms"));
}

QString storageKey(const QString &type, bool multiAz)
{
    return QStringLiteral("rds.storage.%1.%2").arg(type, multiAz ? "multi-az" : "single-az");
}

QList<LineItem> storageLines(const KindContext &c, const QString &type, double gib, double iops,
                             bool multiAz, double copies, const ComponentLoad &load)
{
    const PriceBook &p = c.prices;
    const model::RegionId &region = c.component.placement.region;
    QList<LineItem> lines;
    const QString label = type + (multiAz ? QStringLiteral(" Multi-AZ") : QString());
    lines.append(PriceBook::line(QStringLiteral("%1 storage").arg(label), gib * copies,
                                 QStringLiteral("GB-month"),
                                 p.price(region, storageKey(type, multiAz))));
    if (type == QLatin1String("gp3")) {
        const double largeFrom =
            p.price(region, QStringLiteral("rds.iops.gp3.baseline-large-from-gb")).value;
        const double baseline =
            p.price(region, gib >= largeFrom ? QStringLiteral("rds.iops.gp3.baseline-large")
                                             : QStringLiteral("rds.iops.gp3.baseline"))
                .value;
        if (iops > baseline)
            lines.append(PriceBook::line(
                QStringLiteral("gp3 IOPS above the %1 baseline").arg(baseline),
                (iops - baseline) * copies, QStringLiteral("IOPS-month"),
                p.price(
                    region,
                    QStringLiteral("rds.iops.gp3.%1").arg(multiAz ? "multi-az" : "single-az"))));
    } else if (type == QLatin1String("io1") || type == QLatin1String("io2")) {
        lines.append(PriceBook::line(
            QStringLiteral("%1 provisioned IOPS").arg(type), iops * copies,
            QStringLiteral("IOPS-month"),
            p.price(
                region,
                QStringLiteral("rds.iops.%1.%2").arg(type, multiAz ? "multi-az" : "single-az"))));
    } else if (type == QLatin1String("magnetic")) {
        // One I/O per operation (an estimate: magnetic I/O is not published per query).
        const double millions =
            (load.readsPerSecond + load.writesPerSecond + load.replicatedWritesPerSecond) *
            p.secondsPerMonth() / 1e6;
        LineItem io = PriceBook::line(QStringLiteral("magnetic I/O (one per operation)"), millions,
                                      QStringLiteral("million requests"),
                                      p.price(region, QStringLiteral("rds.magnetic-io")));
        io.estimate = true;
        lines.append(io);
    }
    return lines;
}

} // namespace

ComponentModel RdsBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    ComponentModel m;
    describeInstance(c, propString(c, QStringLiteral("instanceClass")), m);
    m.isWriterOfDataSet = true;
    const QString deployment = deploymentOf(c);
    const int zone = c.component.placement.zone ? c.zoneIndex(*c.component.placement.zone) : -1;
    m.zoneDependence.zones = {zone};
    if (isSingleAz(c)) {
        const double replace = p.value(QStringLiteral("recovery.instance-replace.seconds"));
        const double restore = p.value(QStringLiteral("recovery.restore.seconds"));
        m.sla = p.value(QStringLiteral("sla.rds.single-az"));
        m.failures = {instanceFailure(p, replace),
                      {p.value(QStringLiteral("failure.storage.per-year")), restore}};
        m.zoneDependence.relocateSeconds = restore;
        m.rtoSeconds = std::max(replace, restore);
        m.rpoSeconds = p.value(QStringLiteral("rpo.rds.log-shipping.seconds"));
        return m;
    }
    const double failover = p.value(deployment == QLatin1String("multi-az-cluster")
                                        ? QStringLiteral("failover.rds.multi-az-cluster.seconds")
                                        : QStringLiteral("failover.rds.multi-az-instance.seconds"));
    // A synchronous commit waits for the standby in another zone.
    m.writeServiceMs += p.value(QStringLiteral("latency.cross-az-rtt-ms"));
    m.sla = p.value(QStringLiteral("sla.rds.multi-az"));
    m.failures = {instanceFailure(p, failover)};
    m.zoneDependence.zones += standbyZones(c);
    m.zoneDependence.failoverSeconds = failover;
    // With every standby zone out too, it is restored from backup elsewhere.
    m.zoneDependence.relocateSeconds = p.value(QStringLiteral("recovery.restore.seconds"));
    m.rtoSeconds = failover;
    m.rpoSeconds = 0.0;
    return m;
}

QList<LineItem> RdsBehaviour::price(const KindContext &c, const ComponentLoad &load) const
{
    const PriceBook &p = c.prices;
    const model::RegionId &region = c.component.placement.region;
    const QString engineName = propString(c, QStringLiteral("engine"));
    const QString cls = propString(c, QStringLiteral("instanceClass"));
    const QString deployment = deploymentOf(c);
    const QString single = QStringLiteral("rds.instance.%1.single-az.%2").arg(engineName, cls);
    QList<LineItem> lines;
    if (deployment == QLatin1String("multi-az-instance")) {
        const Figure multi = p.optionalPrice(
            region, QStringLiteral("rds.instance.%1.multi-az.%2").arg(engineName, cls));
        if (multi.found) {
            lines.append(
                hoursLine(p, QStringLiteral("%1 Multi-AZ instance-hours").arg(cls), 1, multi));
        } else {
            // No listed Multi-AZ rate: a primary and a standby at the Single-AZ rate.
            LineItem item = hoursLine(
                p, QStringLiteral("%1 Multi-AZ instance-hours (2 × Single-AZ rate)").arg(cls), 2,
                p.price(region, single));
            item.estimate = true;
            lines.append(item);
        }
    } else {
        const bool cluster = deployment == QLatin1String("multi-az-cluster");
        lines.append(
            hoursLine(p,
                      QStringLiteral("%1 %2 instance-hours")
                          .arg(cls, cluster ? "Multi-AZ cluster (3 instances)" : "Single-AZ"),
                      cluster ? 3 : 1, p.price(region, single)));
        if (cluster)
            lines.last().estimate = true;
    }
    const bool multiAz = deployment == QLatin1String("multi-az-instance");
    const double copies = deployment == QLatin1String("multi-az-cluster") ? 3.0 : 1.0;
    lines += storageLines(c, propString(c, QStringLiteral("storageType")),
                          propNumber(c, QStringLiteral("storageGiB")),
                          propNumber(c, QStringLiteral("iops")), multiAz, copies, load);
    const double backup = propNumber(c, QStringLiteral("backupGiB"));
    if (backup > 0.0)
        lines.append(PriceBook::line(QStringLiteral("Backup storage beyond the free allowance"),
                                     backup, QStringLiteral("GB-month"),
                                     p.price(region, QStringLiteral("rds.backup"))));
    return lines;
}

QList<Finding> RdsBehaviour::review(const KindContext &c, const ComponentLoad &, double,
                                    const QList<LineItem> &) const
{
    const QString cls = propString(c, QStringLiteral("instanceClass"));
    if (!isBurstable(cls))
        return {};
    return {burstableFinding(c, QStringLiteral("instanceClass"), cls, nonBurstable(cls))};
}

std::optional<Patch> RdsBehaviour::upsize(const KindContext &c) const
{
    const QString next = nextSize(propString(c, QStringLiteral("instanceClass")));
    if (next.isEmpty())
        return std::nullopt;
    return Patch{c.component.id, {{QStringLiteral("instanceClass"), next}}, std::nullopt};
}

std::optional<Patch> RdsBehaviour::makeRedundant(const KindContext &c) const
{
    if (!isSingleAz(c))
        return std::nullopt;
    const std::optional<model::ZoneId> standby =
        otherZone(c, {c.component.placement.zone.value_or(model::ZoneId())});
    if (!standby)
        return std::nullopt;
    return Patch{c.component.id,
                 {{QStringLiteral("deployment"), QStringLiteral("multi-az-instance")},
                  {QStringLiteral("standbyZone"), standby->value()}},
                 std::nullopt};
}

namespace {

const model::Component *sourceOf(const KindContext &c)
{
    return c.find(model::ComponentId(propString(c, QStringLiteral("replicaOf"))));
}

/// A replica's property, defaulting to its source's.
QVariant replicaProp(const KindContext &c, const QString &name)
{
    const auto own = c.component.properties.constFind(name);
    if (own != c.component.properties.cend() && own->isValid() &&
        own->typeId() != QMetaType::Nullptr)
        return *own;
    const model::Component *source = sourceOf(c);
    return source ? propOf(*source, name) : prop(c, name);
}

} // namespace

ComponentModel RdsReplicaBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    ComponentModel m;
    describeInstance(c, replicaProp(c, QStringLiteral("instanceClass")).toString(), m);
    m.dataOwner = model::ComponentId(propString(c, QStringLiteral("replicaOf")));
    m.writable = false;
    m.appliesReplicatedWrites = true;
    const double replace = p.value(QStringLiteral("recovery.instance-replace.seconds"));
    m.sla = p.value(QStringLiteral("sla.rds.single-az"));
    m.failures = {instanceFailure(p, replace)};
    m.zoneDependence.zones = {c.component.placement.zone ? c.zoneIndex(*c.component.placement.zone)
                                                         : -1};
    m.zoneDependence.relocateSeconds = p.value(QStringLiteral("recovery.restore.seconds"));
    m.rtoSeconds = replace;
    m.rpoSeconds = 0.0; // a copy: losing it loses no data
    return m;
}

QList<LineItem> RdsReplicaBehaviour::price(const KindContext &c, const ComponentLoad &load) const
{
    const PriceBook &p = c.prices;
    const model::Component *source = sourceOf(c);
    const QString engineName =
        source ? propOf(*source, QStringLiteral("engine")).toString() : QStringLiteral("postgres");
    const QString cls = replicaProp(c, QStringLiteral("instanceClass")).toString();
    QList<LineItem> lines{
        hoursLine(p, QStringLiteral("%1 read replica instance-hours").arg(cls), 1,
                  p.price(c.component.placement.region,
                          QStringLiteral("rds.instance.%1.single-az.%2").arg(engineName, cls)))};
    lines += storageLines(c, replicaProp(c, QStringLiteral("storageType")).toString(),
                          replicaProp(c, QStringLiteral("storageGiB")).toDouble(),
                          replicaProp(c, QStringLiteral("iops")).toDouble(), false, 1.0, load);
    return lines;
}

QList<Finding> RdsReplicaBehaviour::review(const KindContext &c, const ComponentLoad &, double,
                                           const QList<LineItem> &) const
{
    QList<Finding> findings;
    const model::Component *source = sourceOf(c);
    if (source && source->placement.region == c.component.placement.region &&
        source->placement.zone && source->placement.zone == c.component.placement.zone) {
        const std::optional<model::ZoneId> zone = otherZone(c, {*source->placement.zone});
        findings.append(
            {QStringLiteral("replica-same-az"),
             QStringLiteral("%1 is in the same zone as its primary %2: one AZ outage takes both")
                 .arg(c.component.displayName(), source->displayName()),
             zone ? QStringLiteral("Move it to %1").arg(zone->value())
                  : QStringLiteral("Move it to another zone of the region"),
             zone ? std::optional<Patch>(Patch{c.component.id, {}, zone}) : std::nullopt});
    }
    return findings;
}

std::optional<Patch> RdsReplicaBehaviour::upsize(const KindContext &c) const
{
    const QString next = nextSize(replicaProp(c, QStringLiteral("instanceClass")).toString());
    if (next.isEmpty())
        return std::nullopt;
    return Patch{c.component.id, {{QStringLiteral("instanceClass"), next}}, std::nullopt};
}

} // namespace archstudio::aws
