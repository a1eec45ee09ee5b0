#include "syntheticdesign.h"

#include <QRandomGenerator>
#include <QStringList>

#include <array>
#include <functional>

namespace archstudio::benchmarks {

namespace {

using model::Component;
using model::ComponentId;
using model::Link;
using model::PropertyMap;
using model::RegionId;
using model::Traffic;
using model::ZoneId;

constexpr int kRegions = 3;
constexpr int kZonesPerRegion = 3;

const std::array<QString, kRegions> &regionCodes()
{
    static const std::array<QString, kRegions> codes{
        QStringLiteral("us-east-1"), QStringLiteral("us-west-2"), QStringLiteral("eu-west-1")};
    return codes;
}

ZoneId zoneOf(int region, int zone)
{
    return ZoneId(regionCodes().at(std::size_t(region)) + QChar(char16_t(u'a' + zone)));
}

Component zonal(const QString &id, const QString &kind, int region, int zone,
                PropertyMap properties)
{
    Component c;
    c.id = ComponentId(id);
    c.kind = kind;
    c.placement.region = RegionId(regionCodes().at(std::size_t(region)));
    c.placement.zone = zoneOf(region, zone);
    c.properties = std::move(properties);
    return c;
}

Component regional(const QString &id, const QString &kind, int region, PropertyMap properties)
{
    Component c;
    c.id = ComponentId(id);
    c.kind = kind;
    c.placement.region = RegionId(regionCodes().at(std::size_t(region)));
    c.properties = std::move(properties);
    return c;
}

Component workload(const QString &id, int region, const QList<int> &zones, PropertyMap properties)
{
    Component c = regional(id, QStringLiteral("workload"), region, std::move(properties));
    for (int z : zones)
        c.placement.zones.append(zoneOf(region, z));
    return c;
}

Link link(const QString &from, const QString &to, Traffic traffic,
          std::optional<double> readShare = std::nullopt)
{
    return Link{ComponentId(from), ComponentId(to), traffic, readShare};
}

/// Appends up to `budget` components of cell `cell` (and the links among those added).
void addCell(model::Design &design, int cell, int budget, QRandomGenerator &rng)
{
    static const QStringList rdsClasses{QStringLiteral("db.r6g.large"),
                                        QStringLiteral("db.r6g.xlarge"),
                                        QStringLiteral("db.m6g.large")};
    // Aurora has no m6g classes, so its instances vary between the r6g sizes only.
    static const QStringList auroraClasses{QStringLiteral("db.r6g.large"),
                                           QStringLiteral("db.r6g.xlarge")};

    const int region = cell % kRegions;
    const int secondary = (region + 1) % kRegions;
    const int first = int(rng.bounded(kZonesPerRegion));
    const int z0 = first;
    const int z1 = (first + 1) % kZonesPerRegion;
    const int z2 = (first + 2) % kZonesPerRegion;
    const auto pick = [&rng](const QStringList &list) {
        return list.at(qsizetype(rng.bounded(int(list.size()))));
    };
    const auto id = [cell](const char *suffix) {
        return QStringLiteral("c%1-%2").arg(cell).arg(QLatin1String(suffix));
    };

    // Draw every random number up front so a cell's content does not depend on the budget.
    const QString auroraWriterClass = pick(auroraClasses);
    const QString auroraReaderClass = pick(auroraClasses);
    const QString dbClass = pick(rdsClasses);
    const QString replicaClass = pick(rdsClasses);
    const QString remoteReplicaClass = pick(rdsClasses);
    const qint64 dbStorage = 100 * qint64(1 + rng.bounded(10));
    const qint64 auroraStorage = 50 * qint64(1 + rng.bounded(10));
    const qint64 tableStorage = qint64(5 + rng.bounded(96));
    const bool threeZones = rng.bounded(2) == 1;
    const qint64 reads = qint64(rng.bounded(50, 501));
    const qint64 writes = qint64(rng.bounded(5, 51));
    const qint64 itemSize = qint64(1 + rng.bounded(4));
    const qint64 edgeReads = qint64(rng.bounded(20, 201));

    const std::array<std::function<void()>, kComponentsPerCell> steps{
        [&] {
            design.components.append(
                regional(id("aurora"), QStringLiteral("aurora-cluster"), region,
                         {{QStringLiteral("engine"), QStringLiteral("aurora-postgresql")},
                          {QStringLiteral("storageConfig"), QStringLiteral("standard")},
                          {QStringLiteral("storageGiB"), auroraStorage}}));
        },
        [&] {
            design.components.append(zonal(id("aurora-w"), QStringLiteral("aurora-instance"),
                                           region, z1,
                                           {{QStringLiteral("cluster"), id("aurora")},
                                            {QStringLiteral("role"), QStringLiteral("writer")},
                                            {QStringLiteral("instanceClass"), auroraWriterClass},
                                            {QStringLiteral("failoverTier"), qint64(0)}}));
        },
        [&] {
            design.components.append(zonal(id("aurora-r"), QStringLiteral("aurora-instance"),
                                           region, z2,
                                           {{QStringLiteral("cluster"), id("aurora")},
                                            {QStringLiteral("role"), QStringLiteral("reader")},
                                            {QStringLiteral("instanceClass"), auroraReaderClass},
                                            {QStringLiteral("failoverTier"), qint64(1)}}));
        },
        [&] {
            design.components.append(
                zonal(id("db"), QStringLiteral("rds"), region, z0,
                      {{QStringLiteral("engine"), QStringLiteral("postgres")},
                       {QStringLiteral("instanceClass"), dbClass},
                       {QStringLiteral("deployment"), QStringLiteral("multi-az-instance")},
                       {QStringLiteral("standbyZone"), zoneOf(region, z1).value()},
                       {QStringLiteral("storageType"), QStringLiteral("gp3")},
                       {QStringLiteral("storageGiB"), dbStorage}}));
        },
        [&] {
            design.components.append(zonal(id("db-r1"), QStringLiteral("rds-replica"), region, z2,
                                           {{QStringLiteral("replicaOf"), id("db")},
                                            {QStringLiteral("instanceClass"), replicaClass}}));
        },
        [&] {
            design.components.append(
                zonal(id("cache"), QStringLiteral("elasticache"), region, z0,
                      {{QStringLiteral("engine"), QStringLiteral("valkey")},
                       {QStringLiteral("deployment"), QStringLiteral("node-based")},
                       {QStringLiteral("nodeType"), QStringLiteral("cache.r7g.large")},
                       {QStringLiteral("shards"), qint64(1)},
                       {QStringLiteral("replicasPerShard"), qint64(1)},
                       {QStringLiteral("multiAz"), true},
                       {QStringLiteral("hitRatio"), 0.8}}));
        },
        [&] {
            design.components.append(
                regional(id("table"), QStringLiteral("dynamodb"), region,
                         {{QStringLiteral("capacityMode"), QStringLiteral("on-demand")},
                          {QStringLiteral("storageGiB"), tableStorage}}));
        },
        [&] {
            QList<int> zones{z0, z1};
            if (threeZones)
                zones.append(z2);
            design.components.append(workload(id("api"), region, zones,
                                              {{QStringLiteral("readsPerSecond"), reads},
                                               {QStringLiteral("writesPerSecond"), writes},
                                               {QStringLiteral("itemSizeKiB"), itemSize},
                                               {QStringLiteral("peakFactor"), qint64(2)}}));
            design.links.append(link(id("api"), id("cache"), Traffic::Reads));
            design.links.append(link(id("api"), id("db"), Traffic::ReadsWrites, 0.5));
            design.links.append(link(id("api"), id("db-r1"), Traffic::Reads, 0.5));
            design.links.append(link(id("api"), id("aurora-w"), Traffic::Writes));
            design.links.append(link(id("api"), id("aurora-r"), Traffic::Reads));
            design.links.append(link(id("api"), id("table"), Traffic::ReadsWrites));
        },
        [&] {
            design.components.append(
                zonal(id("db-r2"), QStringLiteral("rds-replica"), secondary, z0,
                      {{QStringLiteral("replicaOf"), id("db")},
                       {QStringLiteral("instanceClass"), remoteReplicaClass}}));
        },
        [&] {
            design.components.append(workload(id("edge"), secondary, {z0, z1},
                                              {{QStringLiteral("readsPerSecond"), edgeReads},
                                               {QStringLiteral("writesPerSecond"), qint64(0)},
                                               {QStringLiteral("itemSizeKiB"), itemSize},
                                               {QStringLiteral("peakFactor"), qint64(2)}}));
            design.links.append(link(id("edge"), id("db-r2"), Traffic::Reads));
        },
    };
    for (int i = 0; i < budget && i < kComponentsPerCell; ++i)
        steps.at(std::size_t(i))();
}

} // namespace

model::Design syntheticDesign(int components, quint32 seed)
{
    model::Design design;
    design.name =
        QStringLiteral("Synthetic design (%1 components, seed %2)").arg(components).arg(seed);
    design.description = QStringLiteral("Generated for the engine benchmarks");
    for (int r = 0; r < kRegions; ++r) {
        model::Region region{RegionId(regionCodes().at(std::size_t(r))), {}};
        for (int z = 0; z < kZonesPerRegion; ++z)
            region.zones.append(zoneOf(r, z));
        design.regions.append(region);
    }
    design.components.reserve(components);
    design.links.reserve((components / kComponentsPerCell + 1) * 7);

    QRandomGenerator rng(seed);
    for (int cell = 0, left = components; left > 0; ++cell, left -= kComponentsPerCell)
        addCell(design, cell, left, rng);
    return design;
}

} // namespace archstudio::benchmarks
