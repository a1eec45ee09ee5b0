#pragma once

#include "evalstate.h"

#include <QList>

namespace archstudio::engine::detail {

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

} // namespace archstudio::engine::detail
// Plain values of Qt containers: moved in memory, not copied, when a QList grows.
Q_DECLARE_TYPEINFO(archstudio::engine::detail::CompiledPath::Set, Q_RELOCATABLE_TYPE);
namespace archstudio::engine::detail {

/// One workload's request structure, compiled once for the SLA floor, the modelled
/// availability and the single-point-of-failure search alike.
struct LocalPath
{
    QList<int> components; ///< every component the requests depend on, each once
    CompiledPath path;
};

/// Compiles a workload's request paths, once for all of the uses above (availability.cpp).
LocalPath compilePath(const EvalState &state, const WorkloadPaths &paths);

} // namespace archstudio::engine::detail
