#pragma once

#include "cli.h"

namespace archstudio::cli {

/// archstudio validate FILE [--strict]: lists every problem of a design; in strict mode
/// warnings (unknown keys, unknown kinds) fail it too.
int runValidate(const QStringList &args, Streams streams);

} // namespace archstudio::cli
