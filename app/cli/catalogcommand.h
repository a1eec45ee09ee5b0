#pragma once

#include "cli.h"

namespace archstudio::cli {

/// archstudio catalog import OFFER.json... -o CATALOG.json: builds a catalog from AWS Price
/// List offer files and writes it atomically (nothing is written on failure).
/// archstudio catalog show [--json]: lists the bundled catalog.
int runCatalog(const QStringList &args, Streams streams);

} // namespace archstudio::cli
