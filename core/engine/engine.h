#pragma once

#include "evaluation.h"

#include "core/catalog/catalog.h"
#include "core/model/design.h"

namespace archstudio::engine {

class BehaviourRegistry;

/// What the engine is asked: the load multiplier of the what-if control and the CLI's
/// --load-factor. Failure scenarios join it with the simulator.
struct Scenario
{
    double loadFactor = 1.0;
    /// Run the design-review rules (and price their fixes); a load sweep does without.
    bool review = true;
};

/// An immutable copy of the design taken on the GUI thread (Qt containers share, so
/// the copy is cheap) and handed to a worker; revision tells a stale result from a fresh one.
struct DesignSnapshot
{
    model::Design design;
    quint64 revision = 0;
};

/// Evaluates a design: routing, cost, latency, availability, RTO/RPO and review rules.
/// Pure and deterministic; safe to call from any thread. The catalog should already carry
/// the design's overrides (see Catalog::withOverrides and catalogFor); behaviours are the
/// loaded kinds' (KindSet::behaviours()).
Evaluation evaluate(const DesignSnapshot &snapshot, const catalog::Catalog &catalog,
                    const Scenario &scenario, const BehaviourRegistry &behaviours);

/// The catalog with the design's catalogOverrides applied; unknown override keys are
/// appended to notes.
catalog::Catalog catalogFor(const model::Design &design, const catalog::Catalog &base,
                            QStringList *notes = nullptr);

} // namespace archstudio::engine
