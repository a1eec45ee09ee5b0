#pragma once

#include "evalstate.h"

#include <QList>
#include <QVarLengthArray>

namespace archstudio::engine::detail {

/// The request structure over local indices, evaluated for thousands of states without a
/// single allocation.
struct CompiledPath
{
    // A workload's lists are short: kept inline, they allocate nothing when a workload's
    // path is compiled, every evaluation.
    struct Set
    {
        QVarLengthArray<int, 3> readers; ///< local indices of readers with a share
        double served = 1.0;
        int storage = -1;
    };
    QVarLengthArray<std::pair<int, double>, 2> caches; ///< local index, hit ratio
    QVarLengthArray<Set, 2> sets;
    QVarLengthArray<std::pair<int, int>, 4> writes; ///< local index, storage local index or -1
    bool fallback = true;

    bool hasReads() const { return !caches.isEmpty() || !sets.isEmpty(); }
    bool hasWrites() const { return !writes.isEmpty(); }

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

/// One workload's request structure, compiled once for the SLA floor, the modelled
/// availability and the single-point-of-failure search alike.
struct LocalPath
{
    QVarLengthArray<int, 12> components; ///< every component the requests depend on, each once
    CompiledPath path;
};

/// Compiles a workload's request paths, once for all of the uses above (availability.cpp).
LocalPath compilePath(const EvalState &state, const WorkloadPaths &paths);

} // namespace archstudio::engine::detail
