#pragma once

#include "core/engine/evaluation.h"

#include <QByteArray>

namespace archstudio::io {

/// The version of evaluationToJson's shape, its "schemaVersion": 1 is this shape; a new field
/// keeps it, a changed or removed one bumps it.
inline constexpr int kEvaluationSchemaVersion = 1;

/// The evaluate --json contract of docs/CLI.md, shared by `archstudio evaluate --json` and the
/// JSON export. Unbounded latencies (saturation) are written as null with "saturated": true.
QByteArray evaluationToJson(const engine::Evaluation &evaluation);

} // namespace archstudio::io
