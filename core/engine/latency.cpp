#include "evalstate.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <span>

namespace archstudio::engine::detail {

namespace {

/// A latency made of a fixed part and a queueing wait with an exponential tail:
/// P(L > t) = 1 for t < fixedMs, else waitProbability * exp(-decayPerMs * (t - fixedMs)).
struct Stage
{
    double fixedMs = 0.0;
    double waitProbability = 0.0;
    double decayPerMs = INFINITY;
    bool saturated = false;

    /// Two stages one after the other. The waits are combined as if at most one of them
    /// waits (the larger probability, the slower decay): close when waits are rare.
    void then(const Stage &next)
    {
        fixedMs += next.fixedMs;
        waitProbability = 1.0 - (1.0 - waitProbability) * (1.0 - next.waitProbability);
        if (next.waitProbability > 0.0)
            decayPerMs = std::min(decayPerMs, next.decayPerMs);
        saturated = saturated || next.saturated;
    }

    double tail(double t) const
    {
        if (saturated || t < fixedMs)
            return 1.0;
        if (waitProbability <= 0.0 || !std::isfinite(decayPerMs) || decayPerMs <= 0.0)
            return 0.0;
        return waitProbability * std::exp(-decayPerMs * (t - fixedMs));
    }
};

struct Branch
{
    double weight = 0.0;
    Stage stage;
};

/// A workload's branches: a few per zone, kept off the heap.
using Branches = QVarLengthArray<Branch, 16>;

/// The q-quantile of a mixture of branches, exact for this stage model (bisection).
double mixtureQuantile(const Branches &branches, double q)
{
    const double exceed = 1.0 - q;
    double saturatedWeight = 0.0;
    qsizetype bounded = 0;
    for (const Branch &b : branches) {
        if (b.stage.saturated)
            saturatedWeight += b.weight;
        else
            ++bounded;
    }
    // Saturated branches never finish: if they alone reach the quantile, so does the mixture.
    const double budget = exceed - saturatedWeight;
    if (budget <= 1e-12)
        return kUnbounded;
    const auto tail = [&](double t) {
        double sum = 0.0;
        for (const Branch &b : branches)
            sum += b.weight * b.stage.tail(t);
        return sum;
    };
    // An upper bound: where every bounded branch's tail is below its share of the budget.
    double hi = 0.0;
    for (const Branch &b : branches) {
        if (b.stage.saturated)
            continue;
        double upper = b.stage.fixedMs;
        if (b.stage.waitProbability > 0.0 && std::isfinite(b.stage.decayPerMs) &&
            b.stage.decayPerMs > 0.0)
            upper += std::max(0.0, std::log(b.stage.waitProbability * double(bounded) / budget)) /
                     b.stage.decayPerMs;
        hi = std::max(hi, upper);
    }
    if (tail(0.0) <= exceed)
        return 0.0;
    // The tail drops at each branch's fixed time. Most quantiles sit on such a drop (waits are
    // rare), so find the first fixed time where the tail is within the budget first: a few
    // evaluations instead of a full bisection.
    QVarLengthArray<double, 16> points;
    for (const Branch &b : branches) {
        if (!b.stage.saturated)
            points.append(b.stage.fixedMs);
    }
    std::sort(points.begin(), points.end());
    qsizetype first = points.size();
    for (qsizetype from = 0, to = points.size(); from < to;) {
        const qsizetype mid = (from + to) / 2;
        if (tail(points.at(mid)) <= exceed) {
            first = mid;
            to = mid;
        } else {
            from = mid + 1;
        }
    }
    double lo = 0.0;
    if (first < points.size()) {
        hi = points.at(first);
        lo = first > 0 ? points.at(first - 1) : 0.0;
        if (tail(std::max(lo, hi - kLatencyResolutionMs)) > exceed)
            return hi; // the quantile is this drop
    } else {
        lo = points.isEmpty() ? 0.0 : points.last();
        for (int i = 0; i < 60 && tail(hi) > exceed; ++i)
            hi = 2.0 * hi + 1.0; // only rounding can leave the bound short
    }
    for (int i = 0; i < 60 && hi - lo > kLatencyResolutionMs; ++i) {
        const double mid = 0.5 * (lo + hi);
        (tail(mid) <= exceed ? hi : lo) = mid;
    }
    return hi;
}

class PathBuilder
{
public:
    PathBuilder(const EvalState &state, const WorkloadPaths &paths, bool peak)
        : mState(state), mPaths(paths), mPeak(peak)
    {}

    double networkMs(int zone, int target) const
    {
        const int workloadRegion = mPaths.region;
        const int serving = mState.servingRegion(target, workloadRegion);
        if (serving != workloadRegion)
            return mState.rttMs(workloadRegion, serving);
        const int targetZone = mState.zoneOf.at(target);
        if (targetZone >= 0)
            return zone == targetZone ? mState.sameAzRttMs : mState.crossAzRttMs;
        // A regional endpoint answers from any of the region's zones.
        const qsizetype zones = serving >= 0 ? mState.regionZoneIndices.at(serving).size() : 1;
        if (zones <= 1)
            return mState.sameAzRttMs;
        return (mState.sameAzRttMs + double(zones - 1) * mState.crossAzRttMs) / double(zones);
    }

    Stage leg(int zone, int target, bool read) const
    {
        const ComponentModel &m = mState.models.at(target);
        const QueueState &q = (mPeak ? mState.peakQueue : mState.averageQueue).at(target);
        Stage s;
        s.fixedMs = networkMs(zone, target) + (read ? m.readServiceMs : m.writeServiceMs);
        s.saturated = q.wait.saturated || q.utilization >= 1.0;
        s.waitProbability = q.wait.waitProbability;
        s.decayPerMs = q.wait.decayPerMs > 0.0 ? q.wait.decayPerMs : INFINITY;
        return s;
    }

    /// Readers of one data set share the reads: their legs averaged by share.
    Stage readSetLeg(int zone, const ReadSet &set) const
    {
        Stage s;
        double assigned = 0.0;
        for (const auto &[reader, share] : set.readers)
            assigned += share;
        if (assigned <= 0.0)
            return s;
        for (const auto &[reader, share] : set.readers) {
            if (share <= 0.0)
                continue;
            const Stage r = leg(zone, reader, true);
            const double w = share / assigned;
            s.fixedMs += w * r.fixedMs;
            s.waitProbability += w * r.waitProbability;
            if (r.waitProbability > 0.0)
                s.decayPerMs = std::min(s.decayPerMs, r.decayPerMs);
            s.saturated = s.saturated || r.saturated;
        }
        return s;
    }

    /// The workload's zones, or one unknown zone (-1) when it names none.
    std::span<const int> zones() const
    {
        static const int kNoZone = -1;
        return mPaths.zones.isEmpty() ? std::span<const int>(&kNoZone, 1)
                                      : std::span<const int>(mPaths.zones.constData(),
                                                             std::size_t(mPaths.zones.size()));
    }

    Branches readBranches() const
    {
        Branches branches;
        const std::span<const int> zones = this->zones();
        for (int zone : zones) {
            const double zoneWeight = 1.0 / double(zones.size());
            Stage path;
            double reach = 1.0; // share of reads that get this far down the cache chain
            for (int cache : mPaths.readCaches) {
                path.then(leg(zone, cache, true));
                const double hit = mState.models.at(cache).hitRatio;
                branches.append({zoneWeight * reach * hit, path});
                reach *= 1.0 - hit;
            }
            for (const ReadSet &set : mPaths.readSets)
                path.then(readSetLeg(zone, set));
            branches.append({zoneWeight * reach, path});
        }
        return branches;
    }

    Branches writeBranches() const
    {
        Branches branches;
        const std::span<const int> zones = this->zones();
        for (int zone : zones) {
            Stage path;
            for (int target : mPaths.writeTargets)
                path.then(leg(zone, target, false));
            branches.append({1.0 / double(zones.size()), path});
        }
        return branches;
    }

private:
    const EvalState &mState;
    const WorkloadPaths &mPaths;
    bool mPeak;
};

} // namespace

Latency workloadLatency(const EvalState &state, const WorkloadPaths &paths, bool reads, bool peak)
{
    const PathBuilder builder(state, paths, peak);
    const Branches branches = reads ? builder.readBranches() : builder.writeBranches();
    return {mixtureQuantile(branches, 0.5), mixtureQuantile(branches, 0.99)};
}

} // namespace archstudio::engine::detail
