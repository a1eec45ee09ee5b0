#pragma once

#include "cli.h"

namespace archstudio::cli {

/// archstudio simulate FILE --fail zone:CODE|region:CODE|component:ID [--json]
///                          [--load-factor X] [--catalog CATALOG.json]
int runSimulate(const QStringList &args, Streams streams);

/// archstudio montecarlo FILE [--years N] [--seed S] [--target A] [--threads T] [--json]
///                            [--catalog CATALOG.json]
int runMonteCarlo(const QStringList &args, Streams streams);

} // namespace archstudio::cli
