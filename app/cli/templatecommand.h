#pragma once

#include "cli.h"

namespace archstudio::cli {

/// `archstudio templates [--json]`: the bundled reference architectures, in lesson order.
int runTemplates(const QStringList &args, Streams streams);

/// `archstudio new --template NAME -o FILE`: writes a new design from a template.
int runNew(const QStringList &args, Streams streams);

} // namespace archstudio::cli
