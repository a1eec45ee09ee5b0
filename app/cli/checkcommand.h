#pragma once

#include "cli.h"

namespace archstudio::cli {

/// `archstudio check SUBMISSION... --exercise FILE [--json|--csv]`: each submission against
/// the exercise's goals, one row each (docs/CLI.md, docs/TEACHING.md).
int runCheck(const QStringList &args, Streams streams);

} // namespace archstudio::cli
