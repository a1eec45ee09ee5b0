#include "rdsbehaviour.h"

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

/// The properties an RDS instance's compile() reads, and a replica's of its source.
enum RdsProperty {
    kEngine,
    kInstanceClass,
    kDeployment,
    kStandbyZone,
    kStorageType,
    kStorageGiB,
    kIops,
    kBackupGiB,
};

const PropertyTable &rdsProperties()
{
    static const PropertyTable table(QStringLiteral("rds"),
                                     {u"engine", u"instanceClass", u"deployment", u"standbyZone",
                                      u"storageType", u"storageGiB", u"iops", u"backupGiB"});
    return table;
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

/// Appends the storage lines to lines; each is priced once per region and storage type
/// (memoised without its quantity), in the order the look-ups were always made.
void appendStorageLines(const KindContext &c, const QString &type, double gib, double iops,
                        bool multiAz, double copies, const ComponentLoad &load,
                        QList<LineItem> &lines)
{
    const PriceBook &p = c.prices;
    const model::RegionId &region = c.component.placement.region;
    const int r = c.componentRegion;
    lines.append(PriceBook::withQuantity(
        memoLine(p, kRdsStorageSite, r, type, {}, {}, multiAz,
                 [&] {
                     const QString label =
                         type + (multiAz ? QStringLiteral(" Multi-AZ") : QString());
                     return PriceBook::line(QStringLiteral("%1 storage").arg(label), 0.0,
                                            QStringLiteral("GB-month"),
                                            p.price(region, storageKey(type, multiAz)));
                 }),
        gib * copies));
    if (type == QLatin1String("gp3")) {
        const double largeFrom = memoValue(p, kRdsGp3BaselineSite, r, {}, {}, 0, [&] {
            return p.price(region, QStringLiteral("rds.iops.gp3.baseline-large-from-gb")).value;
        });
        const bool large = gib >= largeFrom;
        const double baseline = memoValue(p, kRdsGp3BaselineSite, r, {}, {}, large ? 1 : 2, [&] {
            return p
                .price(region, large ? QStringLiteral("rds.iops.gp3.baseline-large")
                                     : QStringLiteral("rds.iops.gp3.baseline"))
                .value;
        });
        if (iops > baseline)
            lines.append(PriceBook::withQuantity(
                memoLine(p, kRdsGp3IopsSite, r, {}, {}, {}, (large ? 2 : 0) + (multiAz ? 1 : 0),
                         [&] {
                             return PriceBook::line(
                                 QStringLiteral("gp3 IOPS above the %1 baseline").arg(baseline),
                                 0.0, QStringLiteral("IOPS-month"),
                                 p.price(region, QStringLiteral("rds.iops.gp3.%1")
                                                     .arg(multiAz ? "multi-az" : "single-az")));
                         }),
                (iops - baseline) * copies));
    } else if (type == QLatin1String("io1") || type == QLatin1String("io2")) {
        lines.append(PriceBook::withQuantity(
            memoLine(p, kRdsProvisionedIopsSite, r, type, {}, {}, multiAz,
                     [&] {
                         return PriceBook::line(
                             QStringLiteral("%1 provisioned IOPS").arg(type), 0.0,
                             QStringLiteral("IOPS-month"),
                             p.price(region, QStringLiteral("rds.iops.%1.%2")
                                                 .arg(type, multiAz ? "multi-az" : "single-az")));
                     }),
            iops * copies));
    } else if (type == QLatin1String("magnetic")) {
        // One I/O per operation (an estimate: magnetic I/O is not published per query).
        const double millions =
            (load.readsPerSecond + load.writesPerSecond + load.replicatedWritesPerSecond) *
            p.secondsPerMonth() / 1e6;
        lines.append(PriceBook::withQuantity(
            memoLine(p, kRdsMagneticSite, r, {}, {}, {}, 0,
                     [&] {
                         LineItem io =
                             PriceBook::line(QStringLiteral("magnetic I/O (one per operation)"),
                                             0.0, QStringLiteral("million requests"),
                                             p.price(region, QStringLiteral("rds.magnetic-io")));
                         io.estimate = true;
                         return io;
                     }),
            millions));
    }
}

} // namespace

std::unique_ptr<const KindData> RdsBehaviour::compile(const KindContext &c) const
{
    const Properties props(c.component, rdsProperties());
    auto d = std::make_unique<RdsData>();
    d->engine = props.string(kEngine);
    d->instanceClass = props.string(kInstanceClass);
    d->deployment = props.string(kDeployment);
    d->standbyZone = props.string(kStandbyZone);
    d->storageType = props.string(kStorageType);
    d->storageGiB = props.number(kStorageGiB);
    d->iops = props.number(kIops);
    d->backupGiB = props.number(kBackupGiB);
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
    // The instance line depends on nothing but its key: priced once per region, engine,
    // class and deployment.
    lines.append(memoLine(
        p, kRdsInstanceSite, c.componentRegion, d.engine, cls, {}, multiAz ? 1 : (cluster ? 3 : 2),
        [&] {
            const QString single =
                QStringLiteral("rds.instance.%1.single-az.%2").arg(d.engine, cls);
            if (multiAz) {
                const Figure multi = p.optionalPrice(
                    region, QStringLiteral("rds.instance.%1.multi-az.%2").arg(d.engine, cls));
                if (multi.found)
                    return hoursLine(p, QStringLiteral("%1 Multi-AZ instance-hours").arg(cls), 1,
                                     multi);
                // No listed Multi-AZ rate: a primary and a standby at the Single-AZ rate.
                LineItem item = hoursLine(
                    p, QStringLiteral("%1 Multi-AZ instance-hours (2 × Single-AZ rate)").arg(cls),
                    2, p.price(region, single));
                item.estimate = true;
                return item;
            }
            LineItem item =
                hoursLine(p,
                          QStringLiteral("%1 %2 instance-hours")
                              .arg(cls, cluster ? "Multi-AZ cluster (3 instances)" : "Single-AZ"),
                          cluster ? 3 : 1, p.price(region, single));
            if (cluster)
                item.estimate = true;
            return item;
        }));
    const double copies = cluster ? 3.0 : 1.0;
    appendStorageLines(c, d.storageType, d.storageGiB, d.iops, multiAz, copies, load, lines);
    if (d.backupGiB > 0.0)
        lines.append(PriceBook::withQuantity(
            memoLine(p, kRdsBackupSite, c.componentRegion, {}, {}, {}, 0,
                     [&] {
                         return PriceBook::line(
                             QStringLiteral("Backup storage beyond the free allowance"), 0.0,
                             QStringLiteral("GB-month"),
                             p.price(region, QStringLiteral("rds.backup")));
                     }),
            d.backupGiB));
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
    double iops = 0.0;
};

/// One setting of a replica as compiled: its own value, or its kind's default when it sets
/// none (then its source's value counts, if it has a source).
struct ReplicaSetting
{
    QVariant value;
    bool own = false;
};

/// A replica's own properties, read once per evaluation.
struct RdsReplicaData final : KindData
{
    QString replicaOf;
    const model::Component *source = nullptr;
    ReplicaSetting instanceClass;
    ReplicaSetting storageType;
    ReplicaSetting storageGiB;
    ReplicaSetting iops;
};

/// The properties a replica's compile() reads of itself; all but the first fall back to its
/// source's (kInstanceClass... of rdsProperties()).
enum ReplicaProperty {
    kReplicaOf,
    kOwnInstanceClass,
    kOwnStorageType,
    kOwnStorageGiB,
    kOwnIops,
};

const PropertyTable &replicaProperties()
{
    static const PropertyTable table(
        QStringLiteral("rds-replica"),
        {u"replicaOf", u"instanceClass", u"storageType", u"storageGiB", u"iops"});
    return table;
}

/// Each setting its own when set, else its source's (or, without a source, its default).
ReplicaConfig configOf(const KindContext &c, const RdsReplicaData &d)
{
    const auto own = [](const ReplicaSetting &setting, auto fromSource) {
        return setting.own ? setting.value : fromSource;
    };
    // The usual source, an RDS instance, has its settings compiled: taken as they are, not
    // wrapped in variants and read back (this is asked twice per replica and evaluation).
    if (const auto *rds =
            d.source ? dynamic_cast<const RdsData *>(c.compiledOf(*d.source)) : nullptr) {
        return {rds->engine,
                d.instanceClass.own ? textOf(d.instanceClass.value) : rds->instanceClass,
                d.storageType.own ? textOf(d.storageType.value) : rds->storageType,
                d.storageGiB.own ? d.storageGiB.value.toDouble() : rds->storageGiB,
                d.iops.own ? d.iops.value.toDouble() : rds->iops};
    }
    if (!d.source) {
        return {QStringLiteral("postgres"), d.instanceClass.value.toString(),
                d.storageType.value.toString(), d.storageGiB.value.toDouble(),
                d.iops.value.toDouble()};
    }
    // A source of another kind (a design being edited): its properties, read by name.
    const Properties source(*d.source, rdsProperties());
    return {source.string(kEngine), own(d.instanceClass, source.value(kInstanceClass)).toString(),
            own(d.storageType, source.value(kStorageType)).toString(),
            own(d.storageGiB, source.value(kStorageGiB)).toDouble(),
            own(d.iops, source.value(kIops)).toDouble()};
}

} // namespace

std::unique_ptr<const KindData> RdsReplicaBehaviour::compile(const KindContext &c) const
{
    const Properties own(c.component, replicaProperties());
    auto d = std::make_unique<RdsReplicaData>();
    d->replicaOf = own.string(kReplicaOf);
    d->source = c.find(model::ComponentId(d->replicaOf));
    const auto setting = [&](ReplicaProperty slot) {
        return ReplicaSetting{own.value(slot), own.isSet(slot)};
    };
    d->instanceClass = setting(kOwnInstanceClass);
    d->storageType = setting(kOwnStorageType);
    d->storageGiB = setting(kOwnStorageGiB);
    d->iops = setting(kOwnIops);
    return d;
}

ComponentModel RdsReplicaBehaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    const RdsReplicaData &d = engine::dataOf<RdsReplicaData>(c);
    ComponentModel m;
    describeInstance(c, configOf(c, d).instanceClass, m);
    m.dataOwner = model::ComponentId(d.replicaOf);
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
    lines.append(memoLine(
        p, kRdsReplicaInstanceSite, c.componentRegion, d.engine, d.instanceClass, {}, 0, [&] {
            return hoursLine(
                p, QStringLiteral("%1 read replica instance-hours").arg(d.instanceClass), 1,
                p.price(
                    c.component.placement.region,
                    QStringLiteral("rds.instance.%1.single-az.%2").arg(d.engine, d.instanceClass)));
        }));
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
    const QString next = nextSize(configOf(c, engine::dataOf<RdsReplicaData>(c)).instanceClass);
    if (next.isEmpty())
        return std::nullopt;
    return Patch{c.component.id, {{QStringLiteral("instanceClass"), next}}, std::nullopt};
}

} // namespace archstudio::aws
