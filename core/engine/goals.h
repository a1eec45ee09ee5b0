#pragma once

#include "engine.h"
#include "evaluation.h"

#include "core/model/exercise.h"

#include <QList>
#include <QString>

namespace archstudio::engine {

/// A goal of an exercise against one design: met or not, with the figure that decided it.
struct GoalResult
{
    model::Goal goal;
    bool met = false;
    double figure = 0.0; ///< in the goal's unit; kUnbounded for a saturated latency
    /// What the figure is: "worst: losing us-east-1a", "storefront writes at peak".
    QString detail;
};

/// Checks goals against a design evaluated with catalog (the design's overrides applied by
/// the caller, as for evaluate()). The survival goals fail each zone (or region) of the
/// design in turn with the failure simulator and take the worst outage of any workload that
/// is not itself lost: its writes' outage, or its reads' for a workload that only reads.
QList<GoalResult> checkGoals(const model::Design &design, const catalog::Catalog &catalog,
                             const QList<model::Goal> &goals, const BehaviourRegistry &behaviours);
/// The same, reusing an evaluation of the design already made.
QList<GoalResult> checkGoals(const model::Design &design, const catalog::Catalog &catalog,
                             const QList<model::Goal> &goals, const Evaluation &evaluation,
                             const BehaviourRegistry &behaviours);

/// The goal in words: "Monthly cost at most $500", "Survives losing any one zone with at most
/// 60 s of outage".
QString goalText(const model::Goal &goal);

} // namespace archstudio::engine
