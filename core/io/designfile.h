#pragma once

#include "archive.h"
#include "designjson.h"
#include "limits.h"
#include "migrations.h"

#include "core/catalog/catalog.h"
#include "core/model/design.h"
#include "core/model/kindregistry.h"
#include "core/model/problem.h"

#include <QString>

#include <optional>

namespace archstudio::io {

enum class Container {
    Archive,  ///< .archstudio: a zip with manifest.json, design.json, thumbnail.png, ...
    BareJson, ///< design.json on its own, for hand-written and version-controlled designs
    Drawio,   ///< a draw.io file ArchStudio exported (read only: drawioreader.h)
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
    /// The catalog whose plausible ranges bound the design's catalogOverrides; null: the
    /// bundled one.
    const catalog::Catalog *catalog = nullptr;
    /// When false, a design that reads but breaks a rule of the validator (a dangling
    /// reference, a zone outside its region) still loads, with the problems reported: the
    /// studio opens work in progress, autosaves and clipboard contents this way. Files that
    /// cannot be read (bad JSON, wrong types, limits) are refused either way.
    bool rejectInvalidDesigns = true;
};

struct LoadResult
{
    std::optional<DesignFile> file; ///< empty when any problem is an error
    model::Problems problems;       ///< every error and warning, grouped by check
};

/// Loads a .archstudio archive, a bare design.json or a draw.io file ArchStudio exported (told
/// apart by content, not by name).
/// Nothing is partially loaded: on any error the result holds no file.
LoadResult loadDesignFile(const QString &path, const LoadOptions &options = {});

/// Loads design.json text; used for bare files and for the archive's design entry.
LoadResult loadDesignJson(const QByteArray &text, const LoadOptions &options = {});

/// The container a path is saved as: bare JSON for *.json, an archive otherwise.
Container containerForPath(const QString &path);

/// Writes the file atomically (the old file stays intact on any failure). A design is never
/// saved over a .drawio file: draw.io is an export (File > Export…), not a design format.
/// Returns an empty string on success, else a message naming the problem.
QString saveDesignFile(const QString &path, const DesignFile &file);

/// design.json exactly as saveDesignFile writes it.
QByteArray designJsonBytes(const model::Design &design);

inline constexpr const char *kApplicationName = "ArchStudio";

} // namespace archstudio::io
