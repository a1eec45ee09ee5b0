#pragma once

#include "designreader.h"
#include "loadresult.h"

#include <QCoreApplication>
#include <QString>

namespace archstudio::io {

/// Loads a .archstudio archive, a bare design.json or a draw.io file ArchStudio exported, with
/// the reader of DesignReaderRegistry::builtin() that recognises its first bytes (its name does
/// not matter). Nothing is partially loaded: on any error the result holds no file.
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

/// .archstudio: a zip whose manifest.json names the format and whose design.json holds the
/// design, read with loadDesignJson().
class ArchiveReader : public DesignReader
{
public:
    QString description() const override
    {
        return QCoreApplication::translate("Io", "ArchStudio design");
    }
    QStringList suffixes() const override { return {QStringLiteral("archstudio")}; }
    /// A zip's first local header, or the end record of an empty zip.
    bool canRead(const QByteArray &head) const override;
    LoadResult read(QFile &file, const LoadOptions &options) const override;
};

/// A bare design.json, read with loadDesignJson().
class DesignJsonReader : public WholeFileDesignReader
{
public:
    QString description() const override
    {
        return QCoreApplication::translate("Io", "Bare design.json");
    }
    QStringList suffixes() const override { return {QStringLiteral("json")}; }
    /// An object, and also an array or nothing at all, which the JSON reader then refuses
    /// with a more precise message than "not a design file".
    bool canRead(const QByteArray &head) const override;
    LoadResult readBytes(const QByteArray &bytes, const LoadOptions &options) const override
    {
        return loadDesignJson(bytes, options);
    }
};

} // namespace archstudio::io
