#include "availabilityalgebra.h"
#include "evalstate.h"

#include <QHash>

#include <bit>

namespace archstudio::engine::detail {

namespace {

constexpr int kExactUnits = 8;

/// Evaluates the structure of one workload operation for a given per-component availability.
class Structure
{
public:
    Structure(const EvalState &state, const WorkloadPaths &paths) : mState(state), mPaths(paths) {}

    template <typename Avail> std::optional<double> reads(Avail &&a) const
    {
        if (mPaths.readCaches.isEmpty() && mPaths.readSets.isEmpty())
            return std::nullopt;
        double behind = mPaths.readSets.isEmpty() ? 0.0 : 1.0;
        for (const ReadSet &set : mPaths.readSets)
            behind *= readSet(set, a);
        for (auto it = mPaths.readCaches.crbegin(); it != mPaths.readCaches.crend(); ++it) {
            const ComponentModel &m = mState.models.at(*it);
            const double up = a(*it);
            behind = up * (m.hitRatio + (1.0 - m.hitRatio) * behind) +
                     (1.0 - up) * (fallback() ? behind : 0.0);
        }
        return behind;
    }

    template <typename Avail> std::optional<double> writes(Avail &&a) const
    {
        if (mPaths.writeTargets.isEmpty())
            return std::nullopt;
        double all = 1.0;
        for (int target : mPaths.writeTargets)
            all *= a(target) * storage(target, a);
        return all;
    }

    /// The set's reads succeed when its storage is up and any reader with a share is.
    template <typename Avail> double readSet(const ReadSet &set, Avail &&a) const
    {
        QList<double> readers;
        for (const auto &[reader, share] : set.readers) {
            if (share > 0.0)
                readers.append(a(reader));
        }
        const double served = 1.0 - set.unassignedShare;
        if (readers.isEmpty())
            return 0.0;
        return served * parallel(readers) * storage(set.readers.first().first, a);
    }

    template <typename Avail> double storage(int member, Avail &&a) const
    {
        const int owner = mState.ownerOf.at(member);
        return mState.models.at(owner).role == Role::StorageOnly ? a(owner) : 1.0;
    }

    bool fallback() const { return mState.models.at(mPaths.workload).clientCacheFallback; }

    QList<int> components() const
    {
        QList<int> all = mPaths.readCaches;
        for (const ReadSet &set : mPaths.readSets) {
            for (const auto &reader : set.readers)
                all.append(reader.first);
        }
        all += mPaths.writeTargets;
        const int count = int(all.size());
        for (int i = 0; i < count; ++i) {
            const int owner = mState.ownerOf.at(all.at(i));
            if (mState.models.at(owner).role == Role::StorageOnly)
                all.append(owner);
        }
        return all;
    }

private:
    const EvalState &mState;
    const WorkloadPaths &mPaths;
};

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

/// The request structure over local indices, evaluated for thousands of states without a
/// single allocation.
struct CompiledPath
{
    struct Set
    {
        QList<int> readers; ///< local indices of readers with a share
        double served = 1.0;
        int storage = -1;
    };
    QList<std::pair<int, double>> caches; ///< local index, hit ratio
    QList<Set> sets;
    QList<std::pair<int, int>> writes; ///< local index, storage local index or -1
    bool fallback = true;

    double readSet(const Set &set, const double *a) const
    {
        if (set.readers.isEmpty())
            return 0.0;
        double allDown = 1.0;
        for (int r : set.readers)
            allDown *= 1.0 - a[r];
        return set.served * (1.0 - allDown) * (set.storage >= 0 ? a[set.storage] : 1.0);
    }

    double reads(const double *a) const
    {
        double behind = sets.isEmpty() ? 0.0 : 1.0;
        for (const Set &set : sets)
            behind *= readSet(set, a);
        for (auto it = caches.crbegin(); it != caches.crend(); ++it) {
            const double up = a[it->first];
            behind = up * (it->second + (1.0 - it->second) * behind) +
                     (1.0 - up) * (fallback ? behind : 0.0);
        }
        return behind;
    }

    double writeAll(const double *a) const
    {
        double all = 1.0;
        for (const auto &[target, storage] : writes)
            all *= a[target] * (storage >= 0 ? a[storage] : 1.0);
        return all;
    }
};

} // namespace

Availability workloadAvailability(const EvalState &state, const WorkloadPaths &paths, bool reads)
{
    const Structure structure(state, paths);

    Availability result;
    const auto sla = [&](int i) {
        const ComponentModel &m = state.models.at(i);
        const ComponentModel &owner = state.models.at(state.ownerOf.at(i));
        if (owner.dataSetSla)
            return state.ownerOf.at(i) == i ? 1.0 : *owner.dataSetSla; // counted once, by members
        if (m.role == Role::Cache && structure.fallback())
            return 1.0; // not needed: reads go on to the data stores
        return m.sla.value_or(1.0);
    };
    // For the SLA floor a cache with fallback is not needed at all, and an Aurora data set
    // is covered by its cluster SLA once: compose with those rules, hits ignored.
    if (reads) {
        double floor = paths.readSets.isEmpty() && paths.readCaches.isEmpty() ? 0.0 : 1.0;
        for (const ReadSet &set : paths.readSets) {
            const ComponentModel &owner = state.models.at(set.owner);
            floor *= owner.dataSetSla ? *owner.dataSetSla * (1.0 - set.unassignedShare)
                                      : structure.readSet(set, [&](int i) { return sla(i); });
        }
        for (int cache : paths.readCaches)
            floor *= sla(cache);
        result.slaFloor = floor;
    } else {
        double floor = paths.writeTargets.isEmpty() ? 0.0 : 1.0;
        for (int target : paths.writeTargets)
            floor *= sla(target);
        result.slaFloor = floor;
    }

    // Modelled: condition on the states of the zones and regions the path depends on. Every
    // combination is enumerated when there are at most kExactUnits of them; beyond that,
    // states with up to two outages at once (three, ~1e-12, are counted as down).
    const QList<int> involved = structure.components();
    QHash<int, int> local;
    for (int i : involved) {
        if (!local.contains(i))
            local.insert(i, int(local.size()));
    }
    QList<int> units; // zone indices, then region indices offset by kRegionUnit
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
    QList<UnitAvailability> parts(local.size());
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        const int i = it.key();
        const ComponentModel &m = state.models.at(i);
        UnitAvailability &u = parts[it.value()];
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
        for (qsizetype k = 1; k < zd.zones.size(); ++k)
            u.otherZones |= zd.zones.at(k) >= 0 ? unitBit(zd.zones.at(k)) : 0u;
        u.afterFailover = 1.0 - std::min(1.0, zd.failoverSeconds / outageSeconds);
        u.afterRelocate =
            zd.relocateSeconds ? 1.0 - std::min(1.0, *zd.relocateSeconds / outageSeconds) : 0.0;
    }

    CompiledPath path;
    path.fallback = structure.fallback();
    const auto storageOf = [&](int member) {
        const int owner = state.ownerOf.at(member);
        return state.models.at(owner).role == Role::StorageOnly ? local.value(owner, -1) : -1;
    };
    for (int cache : paths.readCaches)
        path.caches.append({local.value(cache), state.models.at(cache).hitRatio});
    for (const ReadSet &set : paths.readSets) {
        CompiledPath::Set compiled;
        for (const auto &[reader, share] : set.readers) {
            if (share > 0.0)
                compiled.readers.append(local.value(reader));
        }
        compiled.served = 1.0 - set.unassignedShare;
        compiled.storage = set.readers.isEmpty() ? -1 : storageOf(set.readers.first().first);
        path.sets.append(compiled);
    }
    for (int target : paths.writeTargets)
        path.writes.append({local.value(target), storageOf(target)});

    const double azRate = state.prices.value(QStringLiteral("failure.az.per-year"));
    const double regionRate = state.prices.value(QStringLiteral("failure.region.per-year"));
    const double regionHours = state.prices.value(QStringLiteral("failure.region.duration-hours"));
    const double zoneDown = 1.0 - steadyState(azRate, outageSeconds);
    const double regionDown = 1.0 - steadyState(regionRate, regionHours * 3600.0);
    const int unitCount = int(std::min<qsizetype>(units.size(), 32));
    QList<double> down(unitCount);
    for (int k = 0; k < unitCount; ++k)
        down[k] = units.at(k) >= kRegionUnit ? regionDown : zoneDown;

    QList<double> avail(parts.size());
    const auto valueIn = [&](quint32 downMask) {
        for (qsizetype k = 0; k < parts.size(); ++k)
            avail[k] = parts.at(k).given(downMask);
        return reads ? path.reads(avail.constData()) : path.writeAll(avail.constData());
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
    return result;
}

QList<int> singlePointsOfFailure(const EvalState &state, const WorkloadPaths &paths)
{
    const Structure structure(state, paths);
    QList<int> spofs;
    for (int i : structure.components()) {
        const ComponentModel &m = state.models.at(i);
        if (m.regional || m.zoneDependence.zones.size() > 1 || spofs.contains(i))
            continue; // it fails over by itself
        const auto without = [&](int j) {
            return j == i ? 0.0 : 1.0;
        };
        const std::optional<double> r = structure.reads(without);
        const std::optional<double> w = structure.writes(without);
        if ((r && *r == 0.0) || (w && *w == 0.0))
            spofs.append(i);
    }
    return spofs;
}

} // namespace archstudio::engine::detail
