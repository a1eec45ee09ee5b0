#pragma once

#include "cli.h"

#include "core/catalog/catalog.h"
#include "core/model/design.h"

#include <optional>

namespace archstudio::cli {

/// A design read from FILE and the catalog the engine should use for it: the bundled one,
/// merged with an imported catalog when asked, with the design's own overrides applied.
struct EngineInput
{
    model::Design design;
    catalog::Catalog catalog;
    QStringList notes;
};

/// Loads both, printing errors that name the file to streams.err; nullopt on failure.
/// variant names the design's variant to use (docs/FILE-FORMAT.md); empty for the top-level one.
std::optional<EngineInput> loadEngineInput(const QString &designPath, const QString &catalogPath,
                                           const QString &variant, Streams streams);

/// Prints "archstudio COMMAND: MESSAGE" and the usage to streams.err; returns UsageError.
int usageError(const QString &command, const QString &message, Streams streams);

} // namespace archstudio::cli
