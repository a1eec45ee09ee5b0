#pragma once

// What every design reader takes and gives (designreader.h), apart from the readers themselves,
// so designfile.cpp and drawioreader.cpp share it without including each other.

#include "archive.h"
#include "designjson.h"
#include "limits.h"
#include "migrations.h"

#include "core/catalog/catalog.h"
#include "core/model/design.h"
#include "core/model/kindregistry.h"
#include "core/model/problem.h"

#include <optional>

namespace archstudio::engine {
class KindSet;
}

namespace archstudio::io {

enum class Container {
    Archive,  ///< .archstudio: a zip with manifest.json, design.json, thumbnail.png, ...
    BareJson, ///< design.json on its own, for hand-written and version-controlled designs
    Drawio,   ///< a draw.io file ArchStudio exported (read only: DrawioReader)
};

/// A design as it lives on disk, with what the file carried besides it.
struct DesignFile
{
    model::Design design;
    Container container = Container::Archive;
    QByteArray thumbnailPng;
    /// Archive entries this version does not know (notes/…), written back unchanged.
    QList<ArchiveEntry> extraEntries;
    /// The version the file was written in, before any migration.
    int sourceFormatVersion = kCurrentFormatVersion;
    QStringList appliedMigrations;
};

struct LoadOptions
{
    Limits limits;
    const MigrationChain *migrations = &MigrationChain::builtin();
    /// The kinds the design is checked against (KindSet::schemas()); null: the core's kinds
    /// alone, so every plugin kind loads as unknown, with a warning.
    const model::KindRegistry *registry = nullptr;
    /// The catalog whose plausible ranges bound the design's catalogOverrides and whose zone
    /// naming its zones follow; null: the bundled one, which lacks the plugins' figures
    /// (their overrides go unchecked).
    const catalog::Catalog *catalog = nullptr;
    /// When false, a design that reads but breaks a rule of the validator (a dangling
    /// reference, a zone outside its region) still loads, with the problems reported: the
    /// studio opens work in progress, autosaves and clipboard contents this way. Files that
    /// cannot be read (bad JSON, wrong types, limits) are refused either way.
    bool rejectInvalidDesigns = true;

    /// Checks designs against the loaded plugins' kinds (registry) and figures (catalog);
    /// kinds must outlive the load.
    void useKinds(const engine::KindSet &kinds);
};

struct LoadResult
{
    std::optional<DesignFile> file; ///< empty when any problem is an error
    model::Problems problems;       ///< every error and warning, grouped by check
};

/// A result holding one error and no file.
LoadResult loadFailure(const QString &path, const QString &message);

/// The checks every design goes through once a reader has built it, whatever the format: the
/// validator (with options.registry) and the catalog overrides' plausible ranges (with
/// options.catalog), for the design and for each of its variants on its own. Their problems
/// follow readProblems (what the reader found), except at a place the reader already reported
/// an error at, above or below it. The result holds file unless readProblems has an error, or
/// the checks found one and options.rejectInvalidDesigns is set.
LoadResult checkLoadedDesign(DesignFile file, model::Problems readProblems,
                             const LoadOptions &options);

} // namespace archstudio::io
