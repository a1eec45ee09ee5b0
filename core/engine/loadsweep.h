#pragma once

#include "engine.h"

#include <QList>

namespace archstudio::engine {

/// The design evaluated at one load factor, for the what-if chart.
struct LoadPoint
{
    double loadFactor = 1.0;
    QList<WorkloadResult> workloads;
    QList<double> utilization; ///< per component, at peak, in design order
};

/// When each component saturates as the load grows: utilisation grows in proportion to the
/// load, so a component at u (peak) at factor f saturates at f / u.
struct SaturationPoint
{
    model::ComponentId component;
    double loadFactor = 0.0;
};

struct LoadSweep
{
    QList<LoadPoint> points;           ///< in increasing load
    QList<SaturationPoint> saturation; ///< earliest first; components with load only
};

/// `count` load factors spread evenly on a log scale from `from` to `to` (0.1x to 10x by
/// default), each a full evaluation without the review rules.
QList<double> loadFactors(double from = 0.1, double to = 10.0, int count = 25);
LoadSweep sweepLoad(const DesignSnapshot &snapshot, const catalog::Catalog &catalog,
                    const QList<double> &factors, const BehaviourRegistry &behaviours);

} // namespace archstudio::engine
