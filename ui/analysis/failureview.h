#pragma once

#include "core/engine/simulation/simulation.h"
#include "core/model/design.h"
#include "ui/canvas/diagramscene.h"

namespace archstudio::ui {

/// What the canvas marks for one interval of a simulated failure: the failed zone or region,
/// and each component that is not simply up. Without the outcome (a class predicting first)
/// only the failure itself is marked. design is the one the timeline was simulated from.
FailureView failureViewOf(const engine::Timeline &timeline, const model::Design &design,
                          const engine::FailureTarget &target,
                          const engine::TimelineInterval &interval, bool outcome = true);

/// The interval a failure shows atSeconds after it happens (the last that starts by then).
qsizetype intervalAt(const engine::Timeline &timeline, double atSeconds);

} // namespace archstudio::ui
