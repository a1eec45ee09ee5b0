#pragma once

#include "limits.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace archstudio::io {

struct ArchiveEntry
{
    QString name;
    QByteArray data;
    friend bool operator==(const ArchiveEntry &, const ArchiveEntry &) = default;
};

struct ArchiveReadResult
{
    QList<ArchiveEntry> entries;
    QString error; ///< empty on success
};

/// True when name is a plain relative path: no "..", no leading "/", no backslash or drive.
/// Entry names are only ever compared, never used as file paths, but such a name marks a
/// hostile or broken archive and is refused.
bool isSafeEntryName(const QString &name);

/// Reads every entry of a zip archive into memory, refusing more than limits allow in
/// total uncompressed bytes (counted while inflating, not trusted from the headers), a
/// damaged structure (checkZipStructure), encrypted entries, and entries whose CRC-32 or
/// size disagrees with their header. On any error the result holds no entries.
ArchiveReadResult readArchive(const QString &path, const Limits &limits);

/// Writes the entries, in order, with a fixed timestamp so the same entries give the same
/// bytes. Atomic: the file is replaced only when everything was written. Empty on success.
QString writeArchive(const QString &path, const QList<ArchiveEntry> &entries);

} // namespace archstudio::io
