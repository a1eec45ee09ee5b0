#pragma once

#include "core/engine/evaluation.h"
#include "core/io/evaluationjson.h"

#include <QString>

namespace archstudio::cli {

/// The evaluate --json contract lives in core/io, so the JSON export writes the same bytes.
using io::evaluationToJson;

/// The same figures as aligned tables for people.
QString evaluationToText(const engine::Evaluation &evaluation);

} // namespace archstudio::cli
