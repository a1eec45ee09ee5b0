#include "montecarlomodel.h"

#include <QVarLengthArray>

#include <cmath>
#include <queue>

namespace archstudio::engine::detail {

namespace {

constexpr double kSecondsPerYear = 8760.0 * 3600.0;
/// A check scheduled at exactly failure + delay must see the delay as elapsed.
constexpr double kTimeSlackSeconds = 1e-6;
constexpr int kRegionUnit = 1 << 20;
/// A cancel is seen within a few milliseconds even in a year of a million events.
constexpr qint64 kEventsBetweenStopChecks = 4096;

/// xoshiro256** (Blackman and Vigna), seeded by splitmix64: fast, and the same stream on
/// every platform, unlike the standard library's distributions.
class Random
{
public:
    Random(quint64 seed, quint64 stream)
    {
        quint64 x = seed ^ (stream * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull);
        for (quint64 &s : mState) {
            x += 0x9E3779B97F4A7C15ull;
            quint64 z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            s = z ^ (z >> 31);
        }
    }
    /// Uniform on (0, 1].
    double uniform() { return double((next() >> 11) + 1) * 0x1.0p-53; }
    double exponential(double rate) { return -std::log(uniform()) / rate; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 next()
    {
        const quint64 result = rotl(mState[1] * 5, 7) * 9;
        const quint64 t = mState[1] << 17;
        mState[2] ^= mState[0];
        mState[3] ^= mState[1];
        mState[1] ^= mState[2];
        mState[0] ^= mState[3];
        mState[2] ^= t;
        mState[3] = rotl(mState[3], 45);
        return result;
    }
    quint64 mState[4] = {};
};

struct Event
{
    double at = 0.0;
    int process = -1;
    bool check = false; ///< only re-evaluates (a failover completes)
    bool operator>(const Event &other) const { return at > other.at; }
};

} // namespace

struct MonteCarloModel::Runtime
{
    QList<char> up;
    QList<double> downSince;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> events;
};

int MonteCarloModel::processFor(QHash<int, int> &byUnit, int unit, double ratePerYear,
                                double downSeconds)
{
    const auto it = byUnit.constFind(unit);
    if (it != byUnit.cend())
        return *it;
    mProcesses.append({ratePerYear / kSecondsPerYear, downSeconds, {}});
    byUnit.insert(unit, int(mProcesses.size() - 1));
    return int(mProcesses.size() - 1);
}

MonteCarloModel::MonteCarloModel(const EvalState &state)
{
    const double azRate = state.prices.value(QStringLiteral("failure.az.per-year"));
    const double azSeconds =
        state.prices.value(QStringLiteral("failure.az.duration-hours")) * 3600.0;
    const double regionRate = state.prices.value(QStringLiteral("failure.region.per-year"));
    const double regionSeconds =
        state.prices.value(QStringLiteral("failure.region.duration-hours")) * 3600.0;
    QHash<int, int> unitProcess; // zone index, or kRegionUnit + region index
    QHash<int, int> partOfComponent;
    const auto zoneProcess = [&](int zone) {
        return zone >= 0 ? processFor(unitProcess, zone, azRate, azSeconds) : -1;
    };
    const auto partFor = [&](int i) {
        const auto it = partOfComponent.constFind(i);
        if (it != partOfComponent.cend())
            return *it;
        const ComponentModel &m = state.models.at(i);
        Part part;
        for (const FailureMode &f : m.failures) {
            if (f.ratePerYear > 0.0 && f.recoverySeconds > 0.0) {
                mProcesses.append({f.ratePerYear / kSecondsPerYear, f.recoverySeconds, {}});
                part.modes.append(int(mProcesses.size() - 1));
            }
        }
        const auto addRegion = [&](int r) {
            if (r >= 0)
                part.regions.append(
                    processFor(unitProcess, kRegionUnit + r, regionRate, regionSeconds));
        };
        addRegion(state.regionOf.at(i));
        for (int r : m.replicaRegions)
            addRegion(r);
        const ZoneDependence &zd = m.zoneDependence;
        if (zd.quorum > 0) {
            part.quorum = zd.quorum;
            for (int z : zd.zones) {
                if (z >= 0)
                    part.quorumZones.append(zoneProcess(z));
            }
        } else if (m.regional) {
            part.zoneFree = true;
        } else {
            part.primaryZone =
                zoneProcess(zd.zones.isEmpty() ? state.zoneOf.at(i) : zd.zones.first());
            for (qsizetype z = 1; z < zd.zones.size(); ++z) {
                if (zd.zones.at(z) >= 0)
                    part.otherZones.append(zoneProcess(zd.zones.at(z)));
            }
            part.failoverSeconds = zd.failoverSeconds;
            part.relocateSeconds = zd.relocateSeconds;
            if (part.primaryZone >= 0) {
                QList<double> &checks = mProcesses[part.primaryZone].checkDelays;
                for (double d : {zd.failoverSeconds, zd.relocateSeconds.value_or(-1.0)}) {
                    if (d > 0.0 && !checks.contains(d))
                        checks.append(d);
                }
            }
        }
        mParts.append(part);
        partOfComponent.insert(i, int(mParts.size() - 1));
        return int(mParts.size() - 1);
    };
    for (qsizetype w = 0; w < state.paths.size(); ++w) {
        const LocalPath local = compilePath(state, state.paths.at(w));
        for (const bool reads : {true, false}) {
            if (reads ? !local.path.hasReads() : !local.path.hasWrites())
                continue;
            Operation op{int(w), reads, local, {}};
            for (int i : local.components)
                op.partOf.append(partFor(i));
            mOperations.append(op);
        }
    }
    mPartsOfProcess.resize(mProcesses.size());
    for (qsizetype k = 0; k < mParts.size(); ++k) {
        const Part &part = mParts.at(k);
        QList<int> processes = part.modes + part.regions + part.quorumZones + part.otherZones;
        if (part.primaryZone >= 0)
            processes.append(part.primaryZone);
        for (int p : processes) {
            if (!mPartsOfProcess.at(p).contains(int(k)))
                mPartsOfProcess[p].append(int(k));
        }
    }
    mOperationsOfPart.resize(mParts.size());
    for (qsizetype o = 0; o < mOperations.size(); ++o) {
        for (int part : mOperations.at(o).partOf) {
            if (!mOperationsOfPart.at(part).contains(int(o)))
                mOperationsOfPart[part].append(int(o));
        }
    }
}

bool MonteCarloModel::partUp(const Part &part, const Runtime &rt, double now) const
{
    for (int m : part.modes) {
        if (!rt.up.at(m))
            return false;
    }
    if (!part.regions.isEmpty() && std::none_of(part.regions.cbegin(), part.regions.cend(),
                                                [&](int r) { return rt.up.at(r); }))
        return false;
    if (part.zoneFree)
        return true;
    if (part.quorum > 0) {
        const auto up = std::count_if(part.quorumZones.cbegin(), part.quorumZones.cend(),
                                      [&](int z) { return rt.up.at(z); });
        return up >= part.quorum;
    }
    if (part.primaryZone < 0 || rt.up.at(part.primaryZone))
        return true;
    const double elapsed = now - rt.downSince.at(part.primaryZone) + kTimeSlackSeconds;
    if (std::any_of(part.otherZones.cbegin(), part.otherZones.cend(),
                    [&](int z) { return rt.up.at(z); }))
        return elapsed >= part.failoverSeconds;
    return part.relocateSeconds && elapsed >= *part.relocateSeconds;
}

MonteCarloModel::Outcome MonteCarloModel::simulateYears(quint64 seed, qint64 block, qint64 count,
                                                        std::vector<std::vector<double>> &downtime,
                                                        qint64 firstYear,
                                                        const std::atomic<bool> *cancel,
                                                        const std::atomic<bool> &halt) const
{
    const auto stopped = [&] {
        return (cancel && cancel->load()) || halt.load();
    };
    Random random(seed, quint64(block));
    Runtime rt;
    const qsizetype processes = mProcesses.size();
    rt.up.fill(1, processes);
    rt.downSince.fill(0.0, processes);
    const auto fail = [&](int p, double at) {
        rt.up[p] = 0;
        rt.downSince[p] = at;
        for (double d : mProcesses.at(p).checkDelays)
            rt.events.push({at + d, p, true});
    };
    // Every process starts in its steady state: down with probability MTTR / (MTTF + MTTR),
    // then for a uniform part of its recovery; otherwise up (memoryless).
    for (int p = 0; p < processes; ++p) {
        const Process &proc = mProcesses.at(p);
        if (proc.ratePerSecond <= 0.0 || proc.downSeconds <= 0.0)
            continue;
        const double downShare = proc.downSeconds / (1.0 / proc.ratePerSecond + proc.downSeconds);
        if (random.uniform() <= downShare) {
            const double elapsed = (1.0 - random.uniform()) * proc.downSeconds;
            fail(p, -elapsed);
            rt.events.push({proc.downSeconds - elapsed, p, false});
        } else {
            rt.events.push({random.exponential(proc.ratePerSecond), p, false});
        }
    }

    QList<char> partsUp(mParts.size(), 1);
    QList<double> served(mOperations.size(), 1.0);
    QList<char> dirty(mOperations.size(), 0);
    QVarLengthArray<double, 16> avail;
    const auto serve = [&](qsizetype o) {
        const Operation &op = mOperations.at(o);
        avail.resize(op.partOf.size());
        for (qsizetype k = 0; k < op.partOf.size(); ++k)
            avail[k] = partsUp.at(op.partOf.at(k)) ? 1.0 : 0.0;
        served[o] = op.reads ? op.local.path.reads(avail.constData())
                             : op.local.path.writeAll(avail.constData());
    };
    // After process p changed (or a failover it started completed): the parts that depend
    // on it, then the operations that use a part that changed.
    const auto update = [&](int p, double now) {
        for (int k : mPartsOfProcess.at(p)) {
            const char up = partUp(mParts.at(k), rt, now) ? 1 : 0;
            if (up == partsUp.at(k))
                continue;
            partsUp[k] = up;
            for (int o : mOperationsOfPart.at(k))
                dirty[o] = 1;
        }
        for (qsizetype o = 0; o < mOperations.size(); ++o) {
            if (dirty.at(o)) {
                dirty[o] = 0;
                serve(o);
            }
        }
    };
    for (qsizetype k = 0; k < mParts.size(); ++k)
        partsUp[k] = partUp(mParts.at(k), rt, 0.0) ? 1 : 0;
    for (qsizetype o = 0; o < mOperations.size(); ++o)
        serve(o);
    for (qint64 y = 0; y < count; ++y) {
        if (stopped())
            return Outcome::Stopped;
        const double yearStart = double(y) * kSecondsPerYear;
        const double yearEnd = yearStart + kSecondsPerYear;
        double cursor = yearStart;
        const auto accumulate = [&](double until) {
            const double length = until - cursor;
            for (qsizetype o = 0; o < mOperations.size(); ++o)
                downtime[std::size_t(o)][std::size_t(firstYear + y)] +=
                    (1.0 - served.at(o)) * length;
            cursor = until;
        };
        qint64 events = 0;
        while (!rt.events.empty() && rt.events.top().at < yearEnd) {
            if (++events > kMaxEventsPerYear)
                return Outcome::TooManyEvents;
            if (events % kEventsBetweenStopChecks == 0 && stopped())
                return Outcome::Stopped;
            const Event e = rt.events.top();
            rt.events.pop();
            accumulate(std::max(cursor, e.at));
            if (!e.check) {
                const Process &proc = mProcesses.at(e.process);
                if (rt.up.at(e.process)) {
                    fail(e.process, e.at);
                    rt.events.push({e.at + proc.downSeconds, e.process, false});
                } else {
                    rt.up[e.process] = 1;
                    rt.events.push(
                        {e.at + random.exponential(proc.ratePerSecond), e.process, false});
                }
            }
            update(e.process, e.at);
        }
        accumulate(yearEnd);
    }
    return Outcome::Done;
}

} // namespace archstudio::engine::detail
