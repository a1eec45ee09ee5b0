#pragma once

#include "core/engine/kindbehaviour.h"

namespace archstudio::aws {

/// The engine behaviours of every AWS kind.
QList<std::shared_ptr<const engine::KindBehaviour>> awsBehaviours();

} // namespace archstudio::aws
