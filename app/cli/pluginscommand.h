#pragma once

#include "cli.h"

namespace archstudio::cli {

/// `archstudio plugins [--json]` lists the kind plugins this run loaded (name, version, file,
/// kinds) and the plugin files it could not load, with the reason.
int runPlugins(const QStringList &args, Streams streams);

} // namespace archstudio::cli
