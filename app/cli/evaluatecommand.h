#pragma once

#include "cli.h"

namespace archstudio::cli {

/// archstudio evaluate FILE [--json] [--load-factor X] [--region CODE] [--catalog CATALOG.json]
int runEvaluate(const QStringList &args, Streams streams);

} // namespace archstudio::cli
