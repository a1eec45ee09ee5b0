#include "rdsbehaviour.h"

#include <QCoreApplication>

namespace archstudio::aws {

namespace {

/// An RDS instance's properties, read once per evaluation.
struct RdsData final : KindData
{
    QString engine;
    QString instanceClass;
    QString deployment;
    QString standbyZone;
    QString storageType;
    double storageGiB = 0.0;
    double iops = 0.0;
    double backupGiB = 0.0;
};

/// What an RDS instance's compile() reads.
const PropertyFields<RdsData> &rdsFields()
{
    static const PropertyFields<RdsData> fields(awsSchema(QStringLiteral("rds")),
                                                {{u"engine", &RdsData::engine},
                                                 {u"instanceClass", &RdsData::instanceClass},
                                                 {u"deployment", &RdsData::deployment},
                                                 {u"standbyZone", &RdsData::standbyZone},
                                                 {u"storageType", &RdsData::storageType},
                                                 {u"storageGiB", &RdsData::storageGiB},
                                                 {u"iops", &RdsData::iops},
                                                 {u"backupGiB", &RdsData::backupGiB}});
    return fields;
}

bool isSingleAz(const RdsData &d)
{
    return d.deployment == QLatin1String("single-az");
}

/// Where the standby(s) live: the standbyZone, else other zones of the region.
QList<int> standbyZones(const KindContext &c, const RdsData &d)
{
    QList<model::ZoneId> used{c.component.placement.zone.value_or(model::ZoneId())};
    QList<int> zones;
    const int wanted = d.deployment == QLatin1String("multi-az-cluster") ? 2 : 1;
    if (!d.standbyZone.isEmpty()) {
        used.append(model::ZoneId(d.standbyZone));
        zones.append(c.zoneIndex(model::ZoneId(d.standbyZone)));
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

/// Appends the storage lines to lines.
void appendStorageLines(const KindContext &c, const QString &type, double gib, double iops,
                        bool multiAz, double copies, const ComponentLoad &load,
                        QList<LineItem> &lines)
{
    const PriceBook &p = c.prices;
    const model::RegionId &region = c.component.placement.region;
    const QString deployment = multiAz ? QStringLiteral("multi-az") : QStringLiteral("single-az");
    const QString description = multiAz ? QCoreApplication::translate("Aws", "%1 Multi-AZ storage")
                                        : QCoreApplication::translate("Aws", "%1 storage");
    lines.append(PriceBook::line(description.arg(type), gib * copies, QStringLiteral("GB-month"),
                                 p.price(region, storageKey(type, multiAz))));
    if (type == QLatin1String("gp3")) {
        const double largeFrom =
            p.price(region, QStringLiteral("rds.iops.gp3.baseline-large-from-gb")).value;
        const bool large = gib >= largeFrom;
        const double baseline =
            p.price(region, large ? QStringLiteral("rds.iops.gp3.baseline-large")
                                  : QStringLiteral("rds.iops.gp3.baseline"))
                .value;
        if (iops > baseline)
            lines.append(PriceBook::line(
                QCoreApplication::translate("Aws", "gp3 IOPS above the %1 baseline").arg(baseline),
                (iops - baseline) * copies, QStringLiteral("IOPS-month"),
                p.price(region, QStringLiteral("rds.iops.gp3.") + deployment)));
    } else if (type == QLatin1String("io1") || type == QLatin1String("io2")) {
        lines.append(PriceBook::line(
            QCoreApplication::translate("Aws", "%1 provisioned IOPS").arg(type), iops * copies,
            QStringLiteral("IOPS-month"),
            p.price(region, QStringLiteral("rds.iops.%1.%2").arg(type, deployment))));
    } else if (type == QLatin1String("magnetic")) {
        // One I/O per operation (an estimate: magnetic I/O is not published per query).
        const double millions =
            (load.readsPerSecond + load.writesPerSecond + load.replicatedWritesPerSecond) *
            p.secondsPerMonth() / 1e6;
        LineItem io = PriceBook::line(
            QCoreApplication::translate("Aws", "magnetic I/O (one per operation)"), millions,
            QStringLiteral("million requests"), p.price(region, QStringLiteral("rds.magnetic-io")));
        io.estimate = true;
        lines.append(io);
    }
}

} // namespace

std::unique_ptr<const KindData> RdsBehaviour::compile(const KindContext &c) const
{
    auto d = std::make_unique<RdsData>();
    rdsFields().read(c.component, *d);
    return d;
}

ComponentModel RdsBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    const RdsData &d = engine::dataOf<RdsData>(c);
    ComponentModel m;
    describeInstance(c, d.instanceClass, m);
    m.isWriterOfDataSet = true;
    const int zone = c.componentZone;
    m.zoneDependence.zones = {zone};
    if (isSingleAz(d)) {
        const double replace = p.value(QStringLiteral("recovery.instance-replace.seconds"));
        const double restore = p.value(QStringLiteral("recovery.restore.seconds"));
        m.sla = p.value(QStringLiteral("sla.rds.single-az"));
        const double logShipping = p.value(QStringLiteral("rpo.rds.log-shipping.seconds"));
        m.failures = {instanceFailure(p, replace),
                      {p.value(QStringLiteral("failure.storage.per-year")), restore, logShipping}};
        m.zoneDependence.relocateSeconds = restore;
        m.rtoSeconds = std::max(replace, restore);
        m.rpoSeconds = logShipping;
        return m;
    }
    const double failover = p.value(d.deployment == QLatin1String("multi-az-cluster")
                                        ? QStringLiteral("failover.rds.multi-az-cluster.seconds")
                                        : QStringLiteral("failover.rds.multi-az-instance.seconds"));
    // A synchronous commit waits for the standby in another zone.
    m.writeServiceMs += p.value(QStringLiteral("latency.cross-az-rtt-ms"));
    m.sla = p.value(QStringLiteral("sla.rds.multi-az"));
    m.failures = {instanceFailure(p, failover)};
    const QList<int> standby = standbyZones(c, d);
    m.zoneDependence.zones.append(standby.constData(), standby.size());
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
    const RdsData &d = engine::dataOf<RdsData>(c);
    const model::RegionId &region = c.component.placement.region;
    const QString &cls = d.instanceClass;
    const bool multiAz = d.deployment == QLatin1String("multi-az-instance");
    const bool cluster = d.deployment == QLatin1String("multi-az-cluster");
    QList<LineItem> lines;
    // Instance, storage, IOPS, backup, and the engine's two transfer lines.
    lines.reserve(6);
    const QString single = QStringLiteral("rds.instance.%1.single-az.%2").arg(d.engine, cls);
    const Figure multi =
        multiAz ? p.optionalPrice(region,
                                  QStringLiteral("rds.instance.%1.multi-az.%2").arg(d.engine, cls))
                : Figure{};
    if (multi.found) {
        lines.append(
            hoursLine(p, QCoreApplication::translate("Aws", "%1 Multi-AZ instance-hours").arg(cls),
                      1, multi));
    } else if (multiAz) {
        // No listed Multi-AZ rate: a primary and a standby at the Single-AZ rate.
        LineItem item = hoursLine(
            p,
            QCoreApplication::translate("Aws", "%1 Multi-AZ instance-hours (2 × Single-AZ rate)")
                .arg(cls),
            2, p.price(region, single));
        item.estimate = true;
        lines.append(item);
    } else {
        LineItem item =
            hoursLine(p,
                      (cluster ? QCoreApplication::translate(
                                     "Aws", "%1 Multi-AZ cluster (3 instances) instance-hours")
                               : QCoreApplication::translate("Aws", "%1 Single-AZ instance-hours"))
                          .arg(cls),
                      cluster ? 3 : 1, p.price(region, single));
        item.estimate = item.estimate || cluster; // three instances: a rough bill
        lines.append(item);
    }
    const double copies = cluster ? 3.0 : 1.0;
    appendStorageLines(c, d.storageType, d.storageGiB, d.iops, multiAz, copies, load, lines);
    if (d.backupGiB > 0.0)
        lines.append(PriceBook::line(
            QCoreApplication::translate("Aws", "Backup storage beyond the free allowance"),
            d.backupGiB, QStringLiteral("GB-month"),
            p.price(region, QStringLiteral("rds.backup"))));
    return lines;
}

QList<Finding> RdsBehaviour::review(const KindContext &c, const ComponentLoad &, double,
                                    const QList<LineItem> &) const
{
    const QString &cls = engine::dataOf<RdsData>(c).instanceClass;
    if (!isBurstable(cls))
        return {};
    return {burstableFinding(c, QStringLiteral("instanceClass"), cls, nonBurstable(cls))};
}

std::optional<Patch> RdsBehaviour::upsize(const KindContext &c) const
{
    const QString next = nextSize(engine::dataOf<RdsData>(c).instanceClass);
    if (next.isEmpty())
        return std::nullopt;
    return Patch{c.component.id, {{QStringLiteral("instanceClass"), next}}, std::nullopt};
}

std::optional<Patch> RdsBehaviour::makeRedundant(const KindContext &c) const
{
    if (!isSingleAz(engine::dataOf<RdsData>(c)))
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

/// A replica's properties, each its own or else its source's (or, without a source, its
/// kind's default): what pricing and the model use (configOf()).
struct ReplicaConfig
{
    QString engine; ///< the source's
    QString instanceClass;
    QString storageType;
    double storageGiB = 0.0;
    double iops = 0.0; ///< the source's
};

/// A replica's own properties, read once per evaluation; each setting but replicaOf is the
/// replica's own when set, else its source's (or, without a source, its kind's default). Its
/// provisioned IOPS are always its source's: the kind has no such property.
struct RdsReplicaData final : KindData
{
    model::ComponentId replicaOf;
    const model::Component *source = nullptr;
    Setting<QString> instanceClass;
    Setting<QString> storageType;
    Setting<double> storageGiB;
};

const PropertyFields<RdsReplicaData> &replicaFields()
{
    static const PropertyFields<RdsReplicaData> fields(
        awsSchema(QStringLiteral("rds-replica")),
        {{u"replicaOf", &RdsReplicaData::replicaOf},
         {u"instanceClass", &RdsReplicaData::instanceClass},
         {u"storageType", &RdsReplicaData::storageType},
         {u"storageGiB", &RdsReplicaData::storageGiB}});
    return fields;
}

/// Each setting its own when set, else its source's (or, without a source, its default).
ReplicaConfig configOf(const KindContext &c, const RdsReplicaData &d)
{
    const auto pick = [](const auto &setting, const auto &fromSource) {
        return setting.own ? setting.value : fromSource;
    };
    if (!d.source) {
        return {QStringLiteral("postgres"), d.instanceClass.value, d.storageType.value,
                d.storageGiB.value, 0.0};
    }
    // The usual source, an RDS instance, has its settings compiled.
    if (const auto *rds = dynamic_cast<const RdsData *>(c.compiledOf(*d.source))) {
        return {rds->engine, pick(d.instanceClass, rds->instanceClass),
                pick(d.storageType, rds->storageType), pick(d.storageGiB, rds->storageGiB),
                rds->iops};
    }
    // A source of another kind (a design being edited): its properties, read by name.
    const auto sourceValue = [&](const QString &name) {
        return propOf(*d.source, name);
    };
    return {sourceValue(QStringLiteral("engine")).toString(),
            pick(d.instanceClass, sourceValue(QStringLiteral("instanceClass")).toString()),
            pick(d.storageType, sourceValue(QStringLiteral("storageType")).toString()),
            pick(d.storageGiB, sourceValue(QStringLiteral("storageGiB")).toDouble()),
            sourceValue(QStringLiteral("iops")).toDouble()};
}

} // namespace

std::unique_ptr<const KindData> RdsReplicaBehaviour::compile(const KindContext &c) const
{
    auto d = std::make_unique<RdsReplicaData>();
    replicaFields().read(c.component, *d);
    d->source = c.find(d->replicaOf);
    return d;
}

ComponentModel RdsReplicaBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    const RdsReplicaData &d = engine::dataOf<RdsReplicaData>(c);
    ComponentModel m;
    describeInstance(c, configOf(c, d).instanceClass, m);
    m.dataOwner = d.replicaOf;
    m.writable = false;
    m.appliesReplicatedWrites = true;
    const double replace = p.value(QStringLiteral("recovery.instance-replace.seconds"));
    m.sla = p.value(QStringLiteral("sla.rds.single-az"));
    m.failures = {instanceFailure(p, replace)};
    m.zoneDependence.zones = {c.componentZone};
    m.zoneDependence.relocateSeconds = p.value(QStringLiteral("recovery.restore.seconds"));
    m.rtoSeconds = replace;
    m.rpoSeconds = 0.0; // a copy: losing it loses no data
    // Promoted by hand when its source is lost for good; it has what had reached it.
    const bool sameRegion = d.source && d.source->placement.region == c.component.placement.region;
    m.promotion = engine::Takeover{
        p.value(QStringLiteral("failover.rds-replica.promote.seconds")),
        p.value(sameRegion ? QStringLiteral("lag.rds-replica.in-region.seconds")
                           : QStringLiteral("lag.rds-replica.cross-region.seconds"))};
    return m;
}

QList<LineItem> RdsReplicaBehaviour::price(const KindContext &c, const ComponentLoad &load) const
{
    const PriceBook &p = c.prices;
    const ReplicaConfig d = configOf(c, engine::dataOf<RdsReplicaData>(c));
    QList<LineItem> lines;
    lines.reserve(5); // instance, storage, IOPS, and the engine's two transfer lines
    lines.append(hoursLine(
        p,
        QCoreApplication::translate("Aws", "%1 read replica instance-hours").arg(d.instanceClass),
        1,
        p.price(c.component.placement.region,
                QStringLiteral("rds.instance.%1.single-az.%2").arg(d.engine, d.instanceClass))));
    appendStorageLines(c, d.storageType, d.storageGiB, d.iops, false, 1.0, load, lines);
    return lines;
}

QList<Finding> RdsReplicaBehaviour::review(const KindContext &c, const ComponentLoad &, double,
                                           const QList<LineItem> &) const
{
    QList<Finding> findings;
    const model::Component *source = engine::dataOf<RdsReplicaData>(c).source;
    if (source && source->placement.region == c.component.placement.region &&
        source->placement.zone && source->placement.zone == c.component.placement.zone) {
        const std::optional<model::ZoneId> zone = otherZone(c, {*source->placement.zone});
        findings.append(
            {QStringLiteral("replica-same-az"),
             QCoreApplication::translate(
                 "Aws", "%1 is in the same zone as its primary %2: one AZ outage takes both")
                 .arg(c.component.displayName(), source->displayName()),
             zone ? QCoreApplication::translate("Aws", "Move it to %1").arg(zone->value())
                  : QCoreApplication::translate("Aws", "Move it to another zone of the region"),
             zone ? std::optional<Patch>(Patch{c.component.id, {}, zone}) : std::nullopt});
    }
    return findings;
}

std::optional<Patch> RdsReplicaBehaviour::upsize(const KindContext &c) const
{
    const QString next = nextSize(configOf(c, engine::dataOf<RdsReplicaData>(c)).instanceClass);
    if (next.isEmpty())
        return std::nullopt;
    return Patch{c.component.id, {{QStringLiteral("instanceClass"), next}}, std::nullopt};
}

} // namespace archstudio::aws
