#include "availabilityalgebra.h"
#include "evalstate.h"

#include <QSet>

namespace archstudio::engine::detail {

namespace {

constexpr int kExactUnits = 8;

/// Which zones and regions are down in one of the enumerated states.
struct Outage
{
    QSet<int> zones;
    QSet<int> regions;
};

/// Evaluates the structure of one workload operation for a given per-component availability.
class Structure
{
public:
    Structure(const EvalState &state, const WorkloadPaths &paths) : mState(state), mPaths(paths) {}

    template <typename Avail>
    std::optional<double> reads(Avail &&a) const
    {
        if (mPaths.readCaches.isEmpty() && mPaths.readSets.isEmpty())
            return std::nullopt;
        double behind = mPaths.readSets.isEmpty() ? 0.0 : 1.0;
        for (const ReadSet &set : mPaths.readSets)
            behind *= readSet(set, a);
        for (auto it = mPaths.readCaches.crbegin(); it != mPaths.readCaches.crend(); ++it) {
            const ComponentModel &m = mState.models.at(*it);
            const double up = a(*it);
            behind = up * (m.hitRatio + (1.0 - m.hitRatio) * behind)
                     + (1.0 - up) * (fallback() ? behind : 0.0);
        }
        return behind;
    }

    template <typename Avail>
    std::optional<double> writes(Avail &&a) const
    {
        if (mPaths.writeTargets.isEmpty())
            return std::nullopt;
        double all = 1.0;
        for (int target : mPaths.writeTargets)
            all *= a(target) * storage(target, a);
        return all;
    }

    /// The set's reads succeed when its storage is up and any reader with a share is.
    template <typename Avail>
    double readSet(const ReadSet &set, Avail &&a) const
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

    template <typename Avail>
    double storage(int member, Avail &&a) const
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

double zoneAvailability(const ComponentModel &m, int ownZone, const Outage &outage, double azHours)
{
    const ZoneDependence &zd = m.zoneDependence;
    const auto up = [&](int z) { return !outage.zones.contains(z); };
    if (zd.quorum > 0) {
        QList<double> zones;
        for (int z : zd.zones)
            zones.append(up(z) ? 1.0 : 0.0);
        return kOfN(zd.quorum, zones);
    }
    const int primary = zd.zones.isEmpty() ? ownZone : zd.zones.first();
    if (primary < 0 || up(primary))
        return 1.0;
    const double outageSeconds = azHours * 3600.0;
    const bool canFailOver = std::any_of(zd.zones.cbegin() + (zd.zones.isEmpty() ? 0 : 1), zd.zones.cend(), up);
    if (canFailOver)
        return 1.0 - std::min(1.0, zd.failoverSeconds / outageSeconds);
    if (zd.relocateSeconds)
        return 1.0 - std::min(1.0, *zd.relocateSeconds / outageSeconds);
    return 0.0;
}

double componentAvailability(const EvalState &state, int i, const Outage &outage, double azHours)
{
    const ComponentModel &m = state.models.at(i);
    // The workload's own region counts too: its outage takes the data stores there down.
    const auto regionUp = [&](int r) { return !outage.regions.contains(r); };
    bool anyRegionUp = regionUp(state.regionOf.at(i));
    for (int r : m.replicaRegions)
        anyRegionUp = anyRegionUp || regionUp(r);
    if (!anyRegionUp)
        return 0.0;
    double a = m.regional && m.zoneDependence.quorum == 0 ? 1.0
                                                           : zoneAvailability(m, state.zoneOf.at(i), outage, azHours);
    for (const FailureMode &f : m.failures)
        a *= steadyState(f.ratePerYear, f.recoverySeconds);
    return a;
}

} // namespace

Availability workloadAvailability(const EvalState &state, const WorkloadPaths &paths, bool reads)
{
    const Structure structure(state, paths);
    const auto evaluate = [&](auto &&a) { return reads ? structure.reads(a) : structure.writes(a); };

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
    QList<int> zones;
    QList<int> regions;
    for (int i : structure.components()) {
        const ComponentModel &m = state.models.at(i);
        QList<int> own = m.zoneDependence.zones;
        if (state.zoneOf.at(i) >= 0)
            own.append(state.zoneOf.at(i));
        for (int z : own) {
            if (z >= 0 && !zones.contains(z))
                zones.append(z);
        }
        QList<int> ownRegions = m.replicaRegions;
        ownRegions.append(state.regionOf.at(i));
        for (int r : ownRegions) {
            if (r >= 0 && !regions.contains(r))
                regions.append(r);
        }
    }
    const double azRate = state.prices.value(QStringLiteral("failure.az.per-year"));
    const double azHours = state.prices.value(QStringLiteral("failure.az.duration-hours"));
    const double regionRate = state.prices.value(QStringLiteral("failure.region.per-year"));
    const double regionHours = state.prices.value(QStringLiteral("failure.region.duration-hours"));
    const double zoneDown = 1.0 - steadyState(azRate, azHours * 3600.0);
    const double regionDown = 1.0 - steadyState(regionRate, regionHours * 3600.0);
    // Units: zones first, then regions; a unit's outage probability.
    QList<double> down;
    for (qsizetype k = 0; k < zones.size(); ++k)
        down.append(zoneDown);
    for (qsizetype k = 0; k < regions.size(); ++k)
        down.append(regionDown);
    const int units = int(down.size());
    double allUp = 1.0;
    for (double p : down)
        allUp *= 1.0 - p;

    const auto valueIn = [&](const Outage &outage) {
        return evaluate([&](int i) { return componentAvailability(state, i, outage, azHours); }).value_or(0.0);
    };
    const auto outageOf = [&](const QList<int> &failed) {
        Outage o;
        for (int u : failed) {
            if (u < zones.size())
                o.zones.insert(zones.at(u));
            else
                o.regions.insert(regions.at(u - zones.size()));
        }
        return o;
    };
    double modelled = 0.0;
    if (units <= kExactUnits) {
        for (quint32 mask = 0; mask < (1u << units); ++mask) {
            double p = 1.0;
            QList<int> failed;
            for (int u = 0; u < units; ++u) {
                const bool isDown = mask & (1u << u);
                p *= isDown ? down.at(u) : 1.0 - down.at(u);
                if (isDown)
                    failed.append(u);
            }
            modelled += p * valueIn(outageOf(failed));
        }
    } else {
        modelled = allUp * valueIn({});
        for (int u = 0; u < units; ++u) {
            const double pu = allUp / (1.0 - down.at(u)) * down.at(u);
            modelled += pu * valueIn(outageOf({u}));
            for (int v = u + 1; v < units; ++v)
                modelled += pu / (1.0 - down.at(v)) * down.at(v) * valueIn(outageOf({u, v}));
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
        const auto without = [&](int j) { return j == i ? 0.0 : 1.0; };
        const std::optional<double> r = structure.reads(without);
        const std::optional<double> w = structure.writes(without);
        if ((r && *r == 0.0) || (w && *w == 0.0))
            spofs.append(i);
    }
    return spofs;
}

} // namespace archstudio::engine::detail
