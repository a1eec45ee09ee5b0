#pragma once

#include "core/engine/engine.h"

#include <QList>

#include <atomic>
#include <functional>

namespace archstudio::engine {

struct MonteCarloOptions
{
    qint64 years = 10000;
    quint64 seed = 1;
    int threads = 0;        ///< 0: every core
    double target = 0.9999; ///< the availability whose breach is counted, per year
    /// Called with the years done so far, from worker threads; keep it cheap and thread-safe.
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic<bool> *cancel = nullptr; ///< stops at the next block of years when set
};

/// A bar of the distribution of yearly downtime.
struct DowntimeBin
{
    double fromMinutes = 0.0;
    double toMinutes = 0.0;
    qint64 years = 0;
};

/// Reads or writes of one workload over the simulated years.
struct MonteCarloOperation
{
    model::ComponentId workload;
    bool reads = true;
    double exact = 1.0;         ///< the engine's modelled availability, for comparison
    double availability = 1.0;  ///< mean over the simulated years
    double confidenceLow = 1.0; ///< 95% confidence interval of the mean
    double confidenceHigh = 1.0;
    double meanDowntimeMinutes = 0.0; ///< per year
    double p50DowntimeMinutes = 0.0;
    double p90DowntimeMinutes = 0.0;
    double p99DowntimeMinutes = 0.0;
    double maxDowntimeMinutes = 0.0;
    double probabilityBelowTarget = 0.0; ///< share of years below MonteCarloOptions::target
    QList<DowntimeBin> histogram;
    qint64 outageYears = 0; ///< years with any downtime at all

    bool agrees() const { return exact >= confidenceLow && exact <= confidenceHigh; }
    /// Too few outages were seen for the interval to mean much (a normal approximation over
    /// a handful of rare events): more years are needed to compare with the exact figure.
    bool conclusive() const { return outageYears >= kMinOutageYears; }
    static constexpr qint64 kMinOutageYears = 30;
};

struct MonteCarloResult
{
    qint64 years = 0; ///< simulated; fewer than asked when cancelled
    quint64 seed = 0;
    int threads = 0;
    double target = 0.0;
    bool cancelled = false;
    /// Why the run stopped on its own (failure rates too high to simulate); empty otherwise.
    /// Then the result holds the leading years that finished, like a cancelled run.
    QString error;
    QList<MonteCarloOperation> operations; ///< per workload, reads then writes, if served
    int worst = -1; ///< index of the operation with the lowest simulated availability
};

/// Simulates years of operation with the catalog's failure and recovery rates: every
/// component's failure modes, every zone and region as alternating up and down periods
/// (exponential times to failure, fixed recovery times), started in their steady state.
/// Each block of years has its own random stream derived from the seed, so the result does
/// not depend on the number of threads. A year that takes more than
/// MonteCarloModel::kMaxEventsPerYear events stops the run with MonteCarloResult::error.
MonteCarloResult runMonteCarlo(const DesignSnapshot &snapshot, const catalog::Catalog &catalog,
                               const MonteCarloOptions &options,
                               const BehaviourRegistry &behaviours);

} // namespace archstudio::engine
