#pragma once

#include "evalstate.h"

#include <span>
#include <vector>

namespace archstudio::engine::detail {

/// A finding not yet priced: the warning and, when known, the patch that fixes it.
struct PendingFinding
{
    Warning warning;
    std::optional<Patch> patch;
};

/// What the rules that see one component at a time found, in design order
/// (reviewComponent()).
struct ComponentFindings
{
    QList<PendingFinding> own; ///< each kind's own rules (KindBehaviour::review)
    QList<PendingFinding> hot; ///< saturation and high utilization
};

/// The rules of docs/ENGINE.md section 6 that see one component at a time, on component i
/// and its result: run as soon as the result is made, while it is at hand. Adds to
/// findings, and returns what the component pays for cross-AZ transfer (for
/// reviewDesign()'s share-of-the-bill rule).
double reviewComponent(const EvalState &state, qsizetype i, const ComponentResult &result,
                       ComponentFindings &findings);

/// The design-review rules of docs/ENGINE.md section 6: the findings of reviewComponent()
/// and the rules that see the whole design (single-zone stores behind multi-zone workloads, caches
/// without a replica, reads nobody serves, cross-AZ spend; transferUsd: per component).
QList<PendingFinding> reviewDesign(EvalState &state, const Evaluation &evaluation,
                                   const ComponentFindings &perComponent,
                                   std::span<const double> transferUsd);

/// "instanceClass = db.r6g.xlarge": a patch in words, for fixes.
QString describePatch(const Patch &patch);

/// The design with a patch applied (new property values, a new zone).
model::Design applyPatch(const model::Design &design, const Patch &patch);

} // namespace archstudio::engine::detail
