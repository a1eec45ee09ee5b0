#pragma once

#include "evalstate.h"

namespace archstudio::engine::detail {

/// A finding not yet priced: the warning and, when known, the patch that fixes it.
struct PendingFinding
{
    Warning warning;
    std::optional<Patch> patch;
};

/// The design-review rules of spec/ENGINE.md section 6: the generic ones (saturation,
/// cross-AZ spend, reads nobody serves) and each kind's own.
QList<PendingFinding> reviewDesign(EvalState &state, const Evaluation &evaluation);

/// "instanceClass = db.r6g.xlarge": a patch in words, for fixes.
QString describePatch(const Patch &patch);

/// The design with a patch applied (new property values, a new zone).
model::Design applyPatch(const model::Design &design, const Patch &patch);

} // namespace archstudio::engine::detail
