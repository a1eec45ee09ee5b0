#pragma once

#include "core/engine/availabilitypath.h"
#include "core/engine/evalstate.h"

#include <QList>

#include <atomic>
#include <optional>
#include <vector>

namespace archstudio::engine::detail {

/// The design reduced to what Monte Carlo needs: alternating up/down processes (component
/// failure modes, zones, regions) and each workload operation's compiled request path. It
/// mirrors the exact modelled availability (availability.cpp) in time instead of in
/// expectation, so the two must agree.
class MonteCarloModel
{
public:
    struct Operation
    {
        int workloadPath = -1; ///< index into EvalState::paths
        bool reads = true;
        LocalPath local;
        QList<int> partOf; ///< per local component: its index in parts
    };

    explicit MonteCarloModel(const EvalState &state);

    const QList<Operation> &operations() const { return mOperations; }

    /// The most failure and recovery events one simulated year may take. Catalog figures
    /// keep real designs far below it (a 100,000-component design makes about 100,000); past
    /// it the rates are nonsense (an AZ failing 1e300 times a year never lets a year end)
    /// and the run stops with an error instead of running for ever.
    static constexpr qint64 kMaxEventsPerYear = 1'000'000;

    enum class Outcome { Done, Stopped, TooManyEvents };

    /// Simulates `count` consecutive years of one block with the block's own random stream,
    /// adding each operation's downtime seconds to downtime[op][firstYear + y]. Stops part
    /// way when either flag is set (also inside a year), or when a year takes more than
    /// kMaxEventsPerYear events.
    Outcome simulateYears(quint64 seed, qint64 block, qint64 count,
                          std::vector<std::vector<double>> &downtime, qint64 firstYear,
                          const std::atomic<bool> *cancel, const std::atomic<bool> &halt) const;

private:
    /// Up for an exponential time (mean 1 / rate), then down for a fixed time.
    struct Process
    {
        double ratePerSecond = 0.0;
        double downSeconds = 0.0;
        QList<double> checkDelays; ///< zones: when dependants may come back after it fails
    };
    /// A component: up when all of its modes are, one of its regions is, and its zone rule
    /// holds (the same rule as UnitAvailability in availability.cpp, in time).
    struct Part
    {
        QList<int> modes;
        QList<int> regions;
        bool zoneFree = false;
        int quorum = 0;
        QList<int> quorumZones;
        int primaryZone = -1;
        QList<int> otherZones;
        double failoverSeconds = 0.0;
        std::optional<double> relocateSeconds;
    };
    struct Runtime; // one block's process states

    int processFor(QHash<int, int> &byUnit, int unit, double ratePerYear, double downSeconds);
    bool partUp(const Part &part, const Runtime &rt, double now) const;

    QList<Process> mProcesses;
    QList<Part> mParts;
    QList<Operation> mOperations;
    // What to look at again when a process changes: only the parts that depend on it, and
    // only the operations that use a part whose state changed.
    QList<QList<int>> mPartsOfProcess;
    QList<QList<int>> mOperationsOfPart;
};

} // namespace archstudio::engine::detail
