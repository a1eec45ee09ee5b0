#pragma once

#include "cli.h"

namespace archstudio::cli {

/// archstudio diff BEFORE AFTER [--json|--md] [--fail-on-cost-increase PCT]
///                 [--fail-on-availability-below X] [--catalog CATALOG.json]
int runDiff(const QStringList &args, Streams streams);

} // namespace archstudio::cli
