#include "postgresec2behaviour.h"

#include "ec2deployment.h"
#include "selfmanagedkinds.h"

#include <QCoreApplication>

#include <algorithm>

namespace archstudio::selfmanaged {

using engine::ComponentModel;
using engine::KindContext;
using engine::LineItem;
using engine::PriceBook;

QString PostgresEc2Behaviour::kind() const
{
    return kPostgresKind;
}

std::unique_ptr<const engine::KindData> PostgresEc2Behaviour::compile(const KindContext &c) const
{
    return compileEc2(c.component);
}

ComponentModel PostgresEc2Behaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    const Ec2Data &d = engine::dataOf<Ec2Data>(c);
    ComponentModel m;
    m.role = engine::Role::Store;
    m.isWriterOfDataSet = true;
    // The same engine on the same kind of hardware as RDS for PostgreSQL (which also runs on
    // EBS): the RDS figures per vCPU and per operation describe it.
    m.servers = vcpusOf(p, d.instanceType);
    m.readCostSeconds = secondsPerOperation(
        p, QStringLiteral("perf.selfmanaged.postgres.read.per-vcpu-per-second"));
    m.writeCostSeconds = secondsPerOperation(
        p, QStringLiteral("perf.selfmanaged.postgres.write.per-vcpu-per-second"));
    m.readServiceMs = p.value(QStringLiteral("perf.selfmanaged.postgres.read.service-ms"));
    m.writeServiceMs = p.value(QStringLiteral("perf.selfmanaged.postgres.write.service-ms"));
    if (d.synchronous && d.replicas > 0) {
        // A commit waits for the first replica (synchronous_standby_names = FIRST 1).
        const bool across = replicaZones(c, 1).value(0) != c.componentZone;
        m.writeServiceMs += p.value(across ? QStringLiteral("latency.cross-az-rtt-ms")
                                           : QStringLiteral("latency.same-az-rtt-ms"));
    }

    // What is lost with the primary: what had not reached a replica, or without one, what
    // was written since the last snapshot of the volume.
    const double lost =
        d.replicas == 0 ? p.value(QStringLiteral("rpo.selfmanaged.snapshot-interval.seconds"))
        : d.synchronous ? 0.0
                        : p.value(QStringLiteral("lag.selfmanaged.postgres.async.seconds"));
    const double rebuild = p.value(QStringLiteral("recovery.selfmanaged.instance-rebuild.seconds"));
    const double restore = p.value(QStringLiteral("recovery.selfmanaged.restore.seconds"));
    const bool promote = d.canPromote();
    const double takeover = promote ? takeoverSeconds(p, d, QStringLiteral("postgres")) : 0.0;
    // The instance fails (its volume survives and is attached to a new one), or the volume
    // is lost (restored from the last snapshot) - unless a replica takes over either way.
    m.failures = {{p.value(QStringLiteral("failure.instance.per-year")),
                   promote ? takeover : rebuild, promote ? lost : 0.0},
                  {p.value(QStringLiteral("failure.ebs.%1.per-year").arg(d.ebsType)),
                   promote ? takeover : restore, lost}};
    // With no promotable copy left in the region's up zones, a new primary is restored from
    // the last snapshot in a zone that is up.
    describeZones(c, d, takeover, restore, m);
    m.sla = slaOf(c, d);
    m.rtoSeconds = promote ? takeover : std::max(rebuild, restore);
    m.rpoSeconds = lost;
    return m;
}

QList<LineItem> PostgresEc2Behaviour::price(const KindContext &c,
                                            const engine::ComponentLoad &load) const
{
    const PriceBook &p = c.prices;
    const Ec2Data &d = engine::dataOf<Ec2Data>(c);
    QList<LineItem> lines = instanceAndVolumeLines(c, d);
    // The RPO without a replica rests on snapshots of the primary's volume: one full copy is
    // billed (later snapshots are incremental, their size unknown: an estimate).
    LineItem snapshots =
        PriceBook::line(QCoreApplication::translate(
                            "SelfManaged", "EBS snapshots of the primary's volume (one full copy)"),
                        d.storageGiB, QStringLiteral("GB-month"),
                        p.price(c.component.placement.region, QStringLiteral("ebs.snapshot")));
    snapshots.estimate = true;
    lines.append(snapshots);
    // Streaming replication ships the write-ahead log, larger than the rows written.
    const double walBytes =
        load.writeBytesPerSecond *
        p.value(QStringLiteral("perf.selfmanaged.postgres.wal-per-written-byte"));
    if (const std::optional<LineItem> line = replicationLine(c, d, walBytes))
        lines.append(*line);
    return lines;
}

QList<engine::Finding> PostgresEc2Behaviour::review(const KindContext &c,
                                                    const engine::ComponentLoad &, double,
                                                    const QList<LineItem> &) const
{
    return commonFindings(c, engine::dataOf<Ec2Data>(c));
}

QList<engine::CatalogKeyedValue>
PostgresEc2Behaviour::catalogKeyedValues(const model::Component &component,
                                         const engine::ComponentLookup &) const
{
    return {instanceTypeKey(component)};
}

std::optional<engine::Patch> PostgresEc2Behaviour::upsize(const KindContext &c) const
{
    return upsizePatch(c, engine::dataOf<Ec2Data>(c));
}

std::optional<engine::Patch> PostgresEc2Behaviour::makeRedundant(const KindContext &c) const
{
    return redundancyPatch(c, engine::dataOf<Ec2Data>(c));
}

} // namespace archstudio::selfmanaged
