#pragma once

#include "cli.h"

namespace archstudio::cli {

/// archstudio import terraform PLAN.json -o FILE [--json]
/// archstudio import drawio DIAGRAM.drawio -o FILE [--json]
int runImport(const QStringList &args, Streams streams);

} // namespace archstudio::cli
