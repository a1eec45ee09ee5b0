#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace archstudio::io {

/// True when a and b are the same existing file: the same device and inode (so hard links
/// and symbolic links are seen through), or the same canonical path where there are no
/// inodes. False when either does not exist.
bool isSameFile(const QString &a, const QString &b);

/// Why path must not be written as an output, or an empty string when it may: it exists and
/// is not a regular file (a folder, a device, a pipe or a socket, which a save would replace
/// by a regular file or block on), or it is the same file as one of inputs (which the output
/// would destroy). Commands check this before reading anything.
QString outputTargetProblem(const QString &path, const QStringList &inputs = {});

/// Writes path atomically: write() fills a QSaveFile, whose every write error is kept, then
/// the file is flushed, synced to disk and committed, each result checked. On any failure
/// (write() returning a message, a full disk, a target that is not a regular file) the file
/// that was there is left untouched, no new file appears, and the message says why, without
/// the path (callers name it). Returns an empty string on success.
QString writeFileAtomically(const QString &path,
                            const std::function<QString(QIODevice &out)> &write);

/// Writes all of bytes to out; an empty string, or the device's reason when it fell short.
QString writeAll(QIODevice &out, const QByteArray &bytes);

} // namespace archstudio::io
