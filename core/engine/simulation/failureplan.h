#pragma once

#include "core/engine/evalstate.h"
#include "simulation.h"

#include <QList>

namespace archstudio::engine::detail {

/// From this time on, a component is in this condition.
struct Transition
{
    double atSeconds = 0.0;
    Condition condition = Condition::Up;
};

/// What one component goes through after the failure; empty when it is not touched.
struct ComponentSchedule
{
    QList<Transition> transitions; ///< in time order
    double dataLossSeconds = 0.0;  ///< writes it may lose on the way
    int zoneAfter = -1;            ///< the zone it serves from once failed over or restored

    bool affected() const { return !transitions.isEmpty(); }
    Condition at(double seconds) const
    {
        Condition c = Condition::Up;
        for (const Transition &t : transitions) {
            if (t.atSeconds > seconds)
                break;
            c = t.condition;
        }
        return c;
    }
};

/// Everything the failure sets in motion, before any load is routed.
struct FailurePlan
{
    QList<ComponentSchedule> schedules; ///< per component
    QList<TimelineEvent> events;
    QList<bool> lostWorkloads;       ///< per component: a workload in the failed region
    int failedRegion = -1;           ///< region index when a region fails
    double failureEndsSeconds = 0.0; ///< when the zone or region is back, or the component
    QStringList notes;
};

/// Plans the failure of target (failureplan.cpp); error names what is wrong with the target.
FailurePlan planFailure(const EvalState &state, const FailureTarget &target, QString *error);

} // namespace archstudio::engine::detail
