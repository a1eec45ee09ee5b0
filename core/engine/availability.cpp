#include "availabilityalgebra.h"
#include "availabilitypath.h"

#include <QVarLengthArray>

#include <bit>
#include <type_traits>

namespace archstudio::engine::detail {

namespace {

constexpr int kExactUnits = 8;

/// One component's availability as a function of which zones and regions are out,
/// precompiled to bit masks over the units a request path depends on.
struct UnitAvailability
{
    double independent = 1.0;   ///< its own failures, independent of zones and regions
    quint32 regionMask = 0;     ///< regions that can serve it: any one up suffices
    quint32 primaryZone = 0;    ///< the zone it runs in
    quint32 otherZones = 0;     ///< zones it can fail over to
    double afterFailover = 1.0; ///< share of a zone outage it serves when it fails over
    double afterRelocate = 0.0; ///< ... when it is rebuilt elsewhere instead
    quint32 quorumZones = 0;    ///< a volume spread over zones...
    int quorum = 0;             ///< ...needs this many of them
    bool zoneFree = false;      ///< a regional service AWS spreads over zones itself

    double given(quint32 down) const
    {
        if (regionMask && !(regionMask & ~down))
            return 0.0;
        if (zoneFree)
            return independent;
        if (quorum > 0) // k of n zones, each simply up or down in this state
            return std::popcount(quorumZones & ~down) >= quorum ? independent : 0.0;
        if (!(primaryZone & down))
            return independent;
        return (otherZones & ~down ? afterFailover : afterRelocate) * independent;
    }
};

/// The contractual floor: a cache the workload can fall back from is not needed at all, and
/// an Aurora data set is covered by its cluster SLA once; hits are ignored.
double slaFloor(const EvalState &state, const WorkloadPaths &paths, const LocalPath &lp, bool reads)
{
    const auto sla = [&](int i) {
        const ComponentModel &m = state.models.at(i);
        const ComponentModel &owner = state.models.at(state.ownerOf.at(i));
        if (owner.dataSetSla)
            return state.ownerOf.at(i) == i ? 1.0 : *owner.dataSetSla; // counted once, by members
        if (m.role == Role::Cache && lp.path.fallback)
            return 1.0; // not needed: reads go on to the data stores
        return m.sla.value_or(1.0);
    };
    if (!reads) {
        double floor = paths.writeTargets.isEmpty() ? 0.0 : 1.0;
        for (int target : paths.writeTargets)
            floor *= sla(target);
        return floor;
    }
    QVarLengthArray<double, 16> slas;
    for (int i : lp.components)
        slas.append(sla(i));
    double floor = lp.path.hasReads() ? 1.0 : 0.0;
    for (qsizetype k = 0; k < paths.readSets.size(); ++k) {
        const ReadSet &set = paths.readSets.at(k);
        const ComponentModel &owner = state.models.at(set.owner);
        floor *= owner.dataSetSla ? *owner.dataSetSla * (1.0 - set.unassignedShare)
                                  : lp.path.readSet(lp.path.sets.at(k), slas.constData());
    }
    for (int cache : paths.readCaches)
        floor *= sla(cache);
    return floor;
}

} // namespace

LocalPath compilePath(const EvalState &state, const WorkloadPaths &paths)
{
    LocalPath lp;
    // A path names a handful of components: a linear search beats a hash.
    const auto add = [&](int i) {
        qsizetype k = lp.components.indexOf(i);
        if (k < 0) {
            k = lp.components.size();
            lp.components.append(i);
        }
        return int(k);
    };
    const auto storageOf = [&](int member) {
        const int owner = state.ownerOf.at(member);
        return state.roleOf.at(owner) == Role::StorageOnly ? add(owner) : -1;
    };
    lp.path.fallback = state.models.at(paths.workload).clientCacheFallback;
    // Sized once: a path is compiled for every workload.
    qsizetype members = paths.readCaches.size() + paths.writeTargets.size();
    for (const ReadSet &set : paths.readSets)
        members += set.readers.size() + 1; // its readers and perhaps a shared volume
    if (members > 0)
        lp.components.reserve(members + 1);
    if (!paths.readCaches.isEmpty())
        lp.path.caches.reserve(paths.readCaches.size());
    if (!paths.readSets.isEmpty())
        lp.path.sets.reserve(paths.readSets.size());
    if (!paths.writeTargets.isEmpty())
        lp.path.writes.reserve(paths.writeTargets.size());
    for (int cache : paths.readCaches)
        lp.path.caches.append({add(cache), state.models.at(cache).hitRatio});
    for (const ReadSet &set : paths.readSets) {
        CompiledPath::Set compiled;
        for (const auto &[reader, share] : set.readers) {
            const int k = add(reader);
            if (share > 0.0)
                compiled.readers.append(k);
        }
        compiled.served = 1.0 - set.unassignedShare;
        compiled.storage = set.readers.isEmpty() ? -1 : storageOf(set.readers.first().first);
        lp.path.sets.append(compiled);
    }
    for (int target : paths.writeTargets) {
        const int k = add(target);
        lp.path.writes.append({k, storageOf(target)});
    }
    return lp;
}

Availability workloadAvailability(const EvalState &state, const WorkloadPaths &paths,
                                  const LocalPath &lp, bool reads)
{
    Availability result;
    result.slaFloor = slaFloor(state, paths, lp, reads);

    // Modelled: condition on the states of the zones and regions the path depends on. Every
    // combination is enumerated when there are at most kExactUnits of them; beyond that,
    // states with up to two outages at once (three, ~1e-12, are counted as down).
    QVarLengthArray<int, 16> units; // zone indices, then region indices offset by kRegionUnit
    constexpr int kRegionUnit = 1 << 20;
    const auto unitBit = [&](int unit) -> quint32 {
        qsizetype k = units.indexOf(unit);
        if (k < 0) {
            k = units.size();
            units.append(unit);
        }
        return k < 32 ? (1u << k) : 0u;
    };
    const double azHours = state.prices.value(QStringLiteral("failure.az.duration-hours"));
    const double outageSeconds = azHours * 3600.0;
    QVarLengthArray<UnitAvailability, 16> parts(lp.components.size());
    for (qsizetype k = 0; k < lp.components.size(); ++k) {
        const int i = lp.components.at(k);
        const ComponentModel &m = state.models.at(i);
        UnitAvailability &u = parts[k];
        for (const FailureMode &f : m.failures)
            u.independent *= steadyState(f.ratePerYear, f.recoverySeconds);
        if (state.regionOf.at(i) >= 0)
            u.regionMask |= unitBit(kRegionUnit + state.regionOf.at(i));
        for (int r : m.replicaRegions) {
            if (r >= 0)
                u.regionMask |= unitBit(kRegionUnit + r);
        }
        const ZoneDependence &zd = m.zoneDependence;
        if (zd.quorum > 0) {
            u.quorum = zd.quorum;
            for (int z : zd.zones)
                u.quorumZones |= z >= 0 ? unitBit(z) : 0u;
            continue;
        }
        if (m.regional) {
            u.zoneFree = true;
            continue;
        }
        const int primary = zd.zones.isEmpty() ? state.zoneOf.at(i) : zd.zones.first();
        u.primaryZone = primary >= 0 ? unitBit(primary) : 0u;
        for (qsizetype z = 1; z < zd.zones.size(); ++z)
            u.otherZones |= zd.zones.at(z) >= 0 ? unitBit(zd.zones.at(z)) : 0u;
        u.afterFailover = 1.0 - std::min(1.0, zd.failoverSeconds / outageSeconds);
        u.afterRelocate =
            zd.relocateSeconds ? 1.0 - std::min(1.0, *zd.relocateSeconds / outageSeconds) : 0.0;
    }

    const double azRate = state.prices.value(QStringLiteral("failure.az.per-year"));
    const double regionRate = state.prices.value(QStringLiteral("failure.region.per-year"));
    const double regionHours = state.prices.value(QStringLiteral("failure.region.duration-hours"));
    const double zoneDown = 1.0 - steadyState(azRate, outageSeconds);
    const double regionDown = 1.0 - steadyState(regionRate, regionHours * 3600.0);
    const int unitCount = int(std::min<qsizetype>(units.size(), 32));
    QVarLengthArray<double, 32> down(unitCount);
    for (int k = 0; k < unitCount; ++k)
        down[k] = units.at(k) >= kRegionUnit ? regionDown : zoneDown;

    // Workloads built alike (the same kinds, settings and zone layout) compile to the same
    // parts, outage probabilities and request structure: their figure is computed once. The
    // key holds every input of the enumeration below bit for bit, so a hit is exact.
    QVarLengthArray<quint64, 128> key;
    const auto put = [&](auto v) {
        if constexpr (std::is_floating_point_v<decltype(v)>)
            key.append(std::bit_cast<quint64>(double(v)));
        else
            key.append(quint64(qint64(v)));
    };
    put(reads ? 1 : 0);
    put(unitCount);
    for (int k = 0; k < unitCount; ++k)
        put(down[k]);
    put(parts.size());
    for (const UnitAvailability &u : parts) {
        put(u.independent);
        put(u.regionMask);
        put(u.primaryZone);
        put(u.otherZones);
        put(u.afterFailover);
        put(u.afterRelocate);
        put(u.quorumZones);
        put(u.quorum);
        put(u.zoneFree ? 1 : 0);
    }
    const CompiledPath &cp = lp.path;
    put(cp.fallback ? 1 : 0);
    put(cp.caches.size());
    for (const auto &[cache, hit] : cp.caches) {
        put(cache);
        put(hit);
    }
    put(cp.sets.size());
    for (const CompiledPath::Set &set : cp.sets) {
        put(set.readers.size());
        for (int r : set.readers)
            put(r);
        put(set.served);
        put(set.storage);
    }
    put(cp.writes.size());
    for (const auto &[target, storage] : cp.writes) {
        put(target);
        put(storage);
    }
    const QByteArray lookupKey = QByteArray::fromRawData(
        reinterpret_cast<const char *>(key.constData()), key.size() * qsizetype(sizeof(quint64)));
    if (const auto hit = state.availabilityMemo.find(lookupKey);
        hit != state.availabilityMemo.cend()) {
        result.modelled = hit->second;
        return result;
    }

    QVarLengthArray<double, 16> avail(parts.size());
    const auto valueIn = [&](quint32 downMask) {
        for (qsizetype k = 0; k < parts.size(); ++k)
            avail[k] = parts.at(k).given(downMask);
        return reads ? lp.path.reads(avail.constData()) : lp.path.writeAll(avail.constData());
    };
    double modelled = 0.0;
    if (unitCount <= kExactUnits) {
        for (quint32 mask = 0; mask < (1u << unitCount); ++mask) {
            double p = 1.0;
            for (int k = 0; k < unitCount; ++k)
                p *= (mask & (1u << k)) ? down.at(k) : 1.0 - down.at(k);
            modelled += p * valueIn(mask);
        }
    } else {
        double allUp = 1.0;
        for (double p : down)
            allUp *= 1.0 - p;
        modelled = allUp * valueIn(0);
        for (int u = 0; u < unitCount; ++u) {
            const double pu = allUp / (1.0 - down.at(u)) * down.at(u);
            modelled += pu * valueIn(1u << u);
            for (int v = u + 1; v < unitCount; ++v)
                modelled += pu / (1.0 - down.at(v)) * down.at(v) * valueIn((1u << u) | (1u << v));
        }
    }
    result.modelled = modelled;
    // A deep copy: lookupKey views the stack.
    state.availabilityMemo.emplace(QByteArray(lookupKey.constData(), lookupKey.size()), modelled);
    return result;
}

QList<int> singlePointsOfFailure(const EvalState &state, const LocalPath &lp)
{
    QList<int> spofs;
    QVarLengthArray<double, 16> avail(lp.components.size(), 1.0);
    for (qsizetype k = 0; k < lp.components.size(); ++k) {
        const ComponentModel &m = state.models.at(lp.components.at(k));
        if (m.regional || m.zoneDependence.zones.size() > 1)
            continue; // it fails over by itself
        avail[k] = 0.0;
        if ((lp.path.hasReads() && lp.path.reads(avail.constData()) == 0.0) ||
            (lp.path.hasWrites() && lp.path.writeAll(avail.constData()) == 0.0))
            spofs.append(lp.components.at(k));
        avail[k] = 1.0;
    }
    return spofs;
}

} // namespace archstudio::engine::detail
