#include "evalstate.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <span>

namespace archstudio::engine::detail {

namespace {

/// exp(x) for any x below this is 0 in double precision (the smallest subnormal is
/// exp(-744.44)), so skipping the call changes no result.
constexpr double kExpUnderflows = -746.0;

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
        const double exponent = -decayPerMs * (t - fixedMs);
        // Below this, exp() rounds to zero anyway, but through glibc's underflow path (it
        // raises the floating-point flags and sets errno): a sixth of the calls, mostly far
        // past a fast stage's wait, and over 5 % of an evaluation's time.
        if (exponent < kExpUnderflows)
            return 0.0;
        return waitProbability * std::exp(exponent);
    }
};

struct Branch
{
    double weight = 0.0;
    Stage stage;
};

/// A workload's branches: a few per zone, kept off the heap.
using Branches = QVarLengthArray<Branch, 16>;

/// A mixture of branches whose quantiles are asked for (p50 and p99): what they share (the
/// sorted drop points, the tail at each drop) is computed once, each value exactly as a
/// single quantile computes it.
class Mixture
{
public:
    explicit Mixture(const Branches &branches) : mBranches(branches)
    {
        for (const Branch &b : branches) {
            if (b.stage.saturated) {
                mSaturatedWeight += b.weight;
            } else {
                ++mBounded;
                mPoints.append(b.stage.fixedMs);
            }
        }
        std::sort(mPoints.begin(), mPoints.end());
        mPointTails.resize(mPoints.size());
        mPointKnown.resize(mPoints.size());
        std::fill(mPointKnown.begin(), mPointKnown.end(), false);
    }

    /// The q-quantile, exact for this stage model (bisection).
    double quantile(double q);

private:
    double tail(double t) const
    {
        double sum = 0.0;
        for (const Branch &b : mBranches)
            sum += b.weight * b.stage.tail(t);
        return sum;
    }
    double tailAtPoint(qsizetype i)
    {
        if (!mPointKnown[i]) {
            mPointTails[i] = tail(mPoints[i]);
            mPointKnown[i] = true;
        }
        return mPointTails[i];
    }
    double tailAtZero()
    {
        if (!mZeroKnown) {
            mZeroTail = tail(0.0);
            mZeroKnown = true;
        }
        return mZeroTail;
    }

    const Branches &mBranches;
    double mSaturatedWeight = 0.0;
    qsizetype mBounded = 0;
    QVarLengthArray<double, 16> mPoints; ///< fixed times of the bounded branches, sorted
    QVarLengthArray<double, 16> mPointTails;
    QVarLengthArray<bool, 16> mPointKnown;
    double mZeroTail = 0.0;
    bool mZeroKnown = false;
};

double Mixture::quantile(double q)
{
    const double exceed = 1.0 - q;
    // Saturated branches never finish: if they alone reach the quantile, so does the mixture.
    const double budget = exceed - mSaturatedWeight;
    if (budget <= 1e-12)
        return kUnbounded;
    if (tailAtZero() <= exceed)
        return 0.0;
    // The tail drops at each branch's fixed time. Most quantiles sit on such a drop (waits are
    // rare), so find the first fixed time where the tail is within the budget first: a few
    // evaluations instead of a full bisection.
    const QVarLengthArray<double, 16> &points = mPoints;
    qsizetype first = points.size();
    for (qsizetype from = 0, to = points.size(); from < to;) {
        const qsizetype mid = (from + to) / 2;
        if (tailAtPoint(mid) <= exceed) {
            first = mid;
            to = mid;
        } else {
            from = mid + 1;
        }
    }
    double lo = 0.0;
    double hi = 0.0;
    if (first < points.size()) {
        hi = points.at(first);
        lo = first > 0 ? points.at(first - 1) : 0.0;
        if (tail(std::max(lo, hi - kLatencyResolutionMs)) > exceed)
            return hi; // the quantile is this drop
    } else {
        lo = points.isEmpty() ? 0.0 : points.last();
        // An upper bound: where every bounded branch's tail is below its share of the budget
        // (only needed here: a drop within the budget bounds the quantile by itself).
        for (const Branch &b : mBranches) {
            if (b.stage.saturated)
                continue;
            double upper = b.stage.fixedMs;
            if (b.stage.waitProbability > 0.0 && std::isfinite(b.stage.decayPerMs) &&
                b.stage.decayPerMs > 0.0)
                upper +=
                    std::max(0.0, std::log(b.stage.waitProbability * double(mBounded) / budget)) /
                    b.stage.decayPerMs;
            hi = std::max(hi, upper);
        }
        for (int i = 0; i < 60 && tail(hi) > exceed; ++i)
            hi = 2.0 * hi + 1.0; // only rounding can leave the bound short
    }
    for (int i = 0; i < 60 && hi - lo > kLatencyResolutionMs; ++i) {
        const double mid = 0.5 * (lo + hi);
        (tail(mid) <= exceed ? hi : lo) = mid;
    }
    return hi;
}

/// The queue states a path is timed at: average load, peak load, or both at once (their
/// branches share everything but the waits, so both are built in one walk of the path).
class PathBuilder
{
public:
    static constexpr int kMaxLevels = 2;
    /// One value per load level, in the order of the builder's levels.
    template <typename T> using PerLevel = std::array<T, kMaxLevels>;

    PathBuilder(const EvalState &state, const WorkloadPaths &paths,
                std::initializer_list<const QList<QueueState> *> levels)
        : mState(state), mPaths(paths), mLevelCount(int(levels.size()))
    {
        Q_ASSERT(mLevelCount >= 1 && mLevelCount <= kMaxLevels);
        std::copy(levels.begin(), levels.end(), mLevels.begin());
    }

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

    PerLevel<Stage> leg(int zone, int target, bool read) const
    {
        const ComponentModel &m = mState.models.at(target);
        const double fixedMs =
            networkMs(zone, target) + (read ? m.readServiceMs : m.writeServiceMs);
        PerLevel<Stage> legs;
        for (int l = 0; l < mLevelCount; ++l) {
            const QueueState &q = mLevels[l]->at(target);
            Stage &s = legs[l];
            s.fixedMs = fixedMs;
            s.saturated = q.wait.saturated || q.utilization >= 1.0;
            s.waitProbability = q.wait.waitProbability;
            s.decayPerMs = q.wait.decayPerMs > 0.0 ? q.wait.decayPerMs : INFINITY;
        }
        return legs;
    }

    /// Readers of one data set share the reads: their legs averaged by share.
    PerLevel<Stage> readSetLeg(int zone, const ReadSet &set) const
    {
        PerLevel<Stage> legs;
        double assigned = 0.0;
        for (const auto &[reader, share] : set.readers)
            assigned += share;
        if (assigned <= 0.0)
            return legs;
        for (const auto &[reader, share] : set.readers) {
            if (share <= 0.0)
                continue;
            const PerLevel<Stage> readerLegs = leg(zone, reader, true);
            const double w = share / assigned;
            for (int l = 0; l < mLevelCount; ++l) {
                const Stage &r = readerLegs[l];
                Stage &s = legs[l];
                s.fixedMs += w * r.fixedMs;
                s.waitProbability += w * r.waitProbability;
                if (r.waitProbability > 0.0)
                    s.decayPerMs = std::min(s.decayPerMs, r.decayPerMs);
                s.saturated = s.saturated || r.saturated;
            }
        }
        return legs;
    }

    /// The workload's zones, or one unknown zone (-1) when it names none.
    std::span<const int> zones() const
    {
        static const int kNoZone = -1;
        return mPaths.zones.isEmpty() ? std::span<const int>(&kNoZone, 1)
                                      : std::span<const int>(mPaths.zones.constData(),
                                                             std::size_t(mPaths.zones.size()));
    }

    PerLevel<Branches> readBranches() const
    {
        PerLevel<Branches> branches;
        const std::span<const int> zones = this->zones();
        for (int zone : zones) {
            const double zoneWeight = 1.0 / double(zones.size());
            PerLevel<Stage> path;
            double reach = 1.0; // share of reads that get this far down the cache chain
            for (int cache : mPaths.readCaches) {
                then(path, leg(zone, cache, true));
                const double hit = mState.models.at(cache).hitRatio;
                for (int l = 0; l < mLevelCount; ++l)
                    branches[l].append({zoneWeight * reach * hit, path[l]});
                reach *= 1.0 - hit;
            }
            for (const ReadSet &set : mPaths.readSets)
                then(path, readSetLeg(zone, set));
            for (int l = 0; l < mLevelCount; ++l)
                branches[l].append({zoneWeight * reach, path[l]});
        }
        return branches;
    }

    PerLevel<Branches> writeBranches() const
    {
        PerLevel<Branches> branches;
        const std::span<const int> zones = this->zones();
        for (int zone : zones) {
            PerLevel<Stage> path;
            for (int target : mPaths.writeTargets)
                then(path, leg(zone, target, false));
            for (int l = 0; l < mLevelCount; ++l)
                branches[l].append({1.0 / double(zones.size()), path[l]});
        }
        return branches;
    }

private:
    void then(PerLevel<Stage> &path, const PerLevel<Stage> &next) const
    {
        for (int l = 0; l < mLevelCount; ++l)
            path[l].then(next[l]);
    }

    const EvalState &mState;
    const WorkloadPaths &mPaths;
    PerLevel<const QList<QueueState> *> mLevels{};
    int mLevelCount = 0;
};

Latency quantiles(const Branches &branches)
{
    Mixture mixture(branches);
    const double p50 = mixture.quantile(0.5);
    return {p50, mixture.quantile(0.99)};
}

} // namespace

Latency workloadLatency(const EvalState &state, const WorkloadPaths &paths, bool reads, bool peak)
{
    const PathBuilder builder(state, paths, {peak ? &state.peakQueue : &state.averageQueue});
    return quantiles((reads ? builder.readBranches() : builder.writeBranches())[0]);
}

std::pair<Latency, Latency> workloadLatencies(const EvalState &state, const WorkloadPaths &paths,
                                              bool reads)
{
    const PathBuilder builder(state, paths, {&state.averageQueue, &state.peakQueue});
    const PathBuilder::PerLevel<Branches> branches =
        reads ? builder.readBranches() : builder.writeBranches();
    return {quantiles(branches[0]), quantiles(branches[1])};
}

} // namespace archstudio::engine::detail
