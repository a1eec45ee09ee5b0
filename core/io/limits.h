#pragma once

#include <QtGlobal>

namespace archstudio::io {

/// Hard limits on what a reader accepts; input beyond them is refused, never trusted
/// (spec/FORMAT.md, "Errors").
struct Limits
{
    qint64 maxUncompressedBytes = 64LL * 1024 * 1024;
    qsizetype maxComponents = 100'000;
    int maxJsonDepth = 64;
    int maxArchiveEntries = 256;
};

} // namespace archstudio::io
