#pragma once

#include "core/engine/evaluation.h"

#include <QByteArray>

namespace archstudio::cli {

/// The evaluate --json contract of spec/CLI.md. Unbounded latencies (saturation) are
/// written as null with "saturated": true.
QByteArray evaluationToJson(const engine::Evaluation &evaluation);

/// The same figures as aligned tables for people.
QString evaluationToText(const engine::Evaluation &evaluation);

} // namespace archstudio::cli
