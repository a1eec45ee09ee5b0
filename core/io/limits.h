#pragma once

#include <QtGlobal>

namespace archstudio::io {

/// Hard limits on what a reader accepts; input beyond them is refused, never trusted
/// (docs/FILE-FORMAT.md, "Errors"). Writers of formats ArchStudio reads back (the draw.io export)
/// check their output against the same limits, so what ArchStudio writes, it can read.
struct Limits
{
    qint64 maxUncompressedBytes = 64LL * 1024 * 1024;
    qsizetype maxComponents = 100'000;
    int maxJsonDepth = 64;
    int maxArchiveEntries = 256;

    /// draw.io cells (regions, zones, components, links, notes): room for every component
    /// with three more cells each.
    qsizetype maxDrawioCells() const { return maxComponents * 4; }
};

} // namespace archstudio::io
