#pragma once

#include "core/engine/simulation/montecarlo.h"
#include "core/engine/simulation/simulation.h"

#include <QByteArray>

namespace archstudio::cli {

/// simulate --json (docs/CLI.md): events, intervals, outcomes, findings.
QByteArray timelineToJson(const engine::Timeline &timeline, const model::Design &design,
                          const catalog::Catalog &catalog);
QString timelineToText(const engine::Timeline &timeline, const model::Design &design);

/// montecarlo --json (docs/CLI.md): per operation, the simulated and the exact figures.
QByteArray monteCarloToJson(const engine::MonteCarloResult &result, const model::Design &design,
                            const catalog::Catalog &catalog);
QString monteCarloToText(const engine::MonteCarloResult &result, const model::Design &design);

} // namespace archstudio::cli
