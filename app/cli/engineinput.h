#pragma once

#include "cli.h"

#include "core/catalog/catalog.h"
#include "core/io/loadresult.h"
#include "core/model/design.h"

#include <optional>

namespace archstudio::cli {

/// Whether a FILE argument is "-", standard input.
bool isStandardInput(const QString &path);

/// Standard input, whole, or the reason it cannot be used (problem set): refused as soon as
/// it holds more than limit bytes, since a stream may never end.
QByteArray readStandardInput(qint64 limit, QString *problem);
/// How messages name a FILE argument: "<stdin>" for "-", else the path as given.
QString displayName(const QString &path);

/// Loads the design FILE names, as io::loadDesignFile() does, or for "-" the design on standard
/// input: read whole (no more than options.limits.maxUncompressedBytes) and told apart by its
/// content, an .archstudio archive by its zip signature, else design.json.
io::LoadResult loadDesign(const QString &path, const io::LoadOptions &options);

/// Prints a load's errors, each "FILE: error: PLACE: MESSAGE", FILE as displayName() gives it.
void printLoadErrors(const QString &path, const model::Problems &problems, QTextStream &err);

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
