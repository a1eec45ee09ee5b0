#pragma once

#include "cli.h"

namespace archstudio::cli {

/// `archstudio lesson PACK [--json]` lists a lesson pack's exercises;
/// `archstudio lesson PACK --exercise N -o FILE` writes one out as a design file;
/// `archstudio lesson --create DESIGN... -o PACK [--title TEXT]` makes a pack.
int runLesson(const QStringList &args, Streams streams);

} // namespace archstudio::cli
