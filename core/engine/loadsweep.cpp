#include "loadsweep.h"

#include <algorithm>
#include <cmath>

namespace archstudio::engine {

QList<double> loadFactors(double from, double to, int count)
{
    QList<double> factors;
    if (count < 2 || from <= 0.0 || to <= from)
        return {from};
    const double step = std::log(to / from) / double(count - 1);
    for (int k = 0; k < count; ++k)
        factors.append(from * std::exp(step * k));
    factors.last() = to; // exactly, not to within rounding
    return factors;
}

LoadSweep sweepLoad(const DesignSnapshot &snapshot, const catalog::Catalog &catalog,
                    const QList<double> &factors, const BehaviourRegistry &behaviours)
{
    LoadSweep sweep;
    QList<double> sorted = factors;
    std::sort(sorted.begin(), sorted.end());
    for (double factor : sorted) {
        Scenario scenario;
        scenario.loadFactor = factor;
        scenario.review = false;
        const Evaluation e = evaluate(snapshot, catalog, scenario, behaviours);
        LoadPoint point{factor, e.workloads, {}};
        for (const ComponentResult &c : e.components)
            point.utilization.append(c.utilization);
        sweep.points.append(point);
    }
    // Saturation from the evaluation at 1x: utilisation is proportional to the load.
    Scenario base;
    base.review = false;
    const Evaluation atOne = evaluate(snapshot, catalog, base, behaviours);
    for (const ComponentResult &c : atOne.components) {
        if (c.evaluated && c.utilization > 0.0)
            sweep.saturation.append({c.id, 1.0 / c.utilization});
    }
    std::stable_sort(sweep.saturation.begin(), sweep.saturation.end(),
                     [](const SaturationPoint &a, const SaturationPoint &b) {
                         return a.loadFactor < b.loadFactor;
                     });
    return sweep;
}

} // namespace archstudio::engine
