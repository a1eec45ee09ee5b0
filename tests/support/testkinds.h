#pragma once

// The kinds tests read, draw and evaluate designs with: the plugins linked into the test
// (the AWS kinds) and the core's workload, as the studio's plugin manager would load them.

#include "core/engine/kindset.h"
#include "core/io/designfile.h"

#include <memory>

namespace archstudio::test {

inline std::shared_ptr<const engine::KindSet> kinds()
{
    static const std::shared_ptr<const engine::KindSet> linked = engine::KindSet::linked();
    return linked;
}

inline const model::KindRegistry &schemas()
{
    return kinds()->schemas();
}

inline const engine::BehaviourRegistry &behaviours()
{
    return kinds()->behaviours();
}

/// Options that read a design file with those kinds, as the studio and the CLI do.
inline io::LoadOptions loadOptions()
{
    io::LoadOptions options;
    options.useKinds(*kinds());
    return options;
}

} // namespace archstudio::test
