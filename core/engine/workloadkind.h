#pragma once

#include "kindbehaviour.h"

#include "core/model/kindschema.h"

#include <memory>

namespace archstudio::engine {

/// The workload kind is the point of view of every figure: an application tier offering
/// reads and writes. It belongs to no cloud, so core provides it and every KindSet has it.
inline const QString kWorkloadKind = QStringLiteral("workload");

model::KindSchema workloadSchema();
std::shared_ptr<const KindBehaviour> workloadBehaviour();

} // namespace archstudio::engine
