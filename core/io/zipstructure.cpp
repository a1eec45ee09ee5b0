#include "zipstructure.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

namespace archstudio::io {

namespace {

// Record layouts of PKWARE's APPNOTE.TXT (sections 4.3.7, 4.3.12 and 4.3.16).
constexpr quint32 kLocalHeaderSignature = 0x04034b50;
constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr quint32 kEndRecordSignature = 0x06054b50;
constexpr qint64 kLocalHeaderSize = 30;
constexpr qint64 kCentralHeaderSize = 46;
constexpr qint64 kEndRecordSize = 22;
constexpr qint64 kMaxCommentSize = 0xFFFF;
constexpr quint16 kFlagEncrypted = 0x0001;
constexpr quint16 kFlagStrongEncryption = 0x0040;
constexpr quint16 kMethodStored = 0;
constexpr quint16 kMethodDeflated = 8;

quint16 u16(const QByteArray &bytes, qint64 at)
{
    return quint16(quint8(bytes.at(at)) | quint8(bytes.at(at + 1)) << 8);
}

quint32 u32(const QByteArray &bytes, qint64 at)
{
    return quint32(u16(bytes, at)) | quint32(u16(bytes, at + 2)) << 16;
}

/// size bytes at offset, or fewer when the file ends first.
QByteArray readAt(QIODevice &device, qint64 offset, qint64 size)
{
    if (offset < 0 || !device.seek(offset))
        return {};
    return device.read(size);
}

struct EndRecord
{
    qint64 offset = -1;
    quint16 entries = 0;
    quint32 directorySize = 0;
    quint32 directoryOffset = 0;
};

/// The end record, which must end the file (after its comment); a message when there is none.
QString findEndRecord(QIODevice &zip, EndRecord &end)
{
    const qint64 size = zip.size();
    const qint64 tailStart = std::max<qint64>(0, size - kEndRecordSize - kMaxCommentSize);
    const QByteArray tail = readAt(zip, tailStart, size - tailStart);
    if (tail.size() != size - tailStart)
        return QCoreApplication::translate("Io", "the archive cannot be read to its end");
    bool signatureSeen = false;
    for (qint64 at = tail.size() - kEndRecordSize; at >= 0; --at) {
        if (u32(tail, at) != kEndRecordSignature)
            continue;
        signatureSeen = true;
        if (at + kEndRecordSize + u16(tail, at + 20) != tail.size())
            continue; // a signature inside the comment or the data, not the record
        if (u16(tail, at + 4) != 0 || u16(tail, at + 6) != 0 ||
            u16(tail, at + 8) != u16(tail, at + 10))
            return QCoreApplication::translate(
                "Io", "the archive spans several disks, which ArchStudio does not "
                      "read");
        end.offset = tailStart + at;
        end.entries = u16(tail, at + 10);
        end.directorySize = u32(tail, at + 12);
        end.directoryOffset = u32(tail, at + 16);
        if (end.entries == 0xFFFF || end.directorySize == 0xFFFFFFFF ||
            end.directoryOffset == 0xFFFFFFFF)
            return QCoreApplication::translate(
                "Io", "the archive is in the zip64 format, which ArchStudio does not "
                      "write or read");
        return {};
    }
    return signatureSeen ? QCoreApplication::translate(
                               "Io", "the archive's end record does not end the file: it is "
                                     "truncated or has bytes appended")
                         : QCoreApplication::translate(
                               "Io", "the archive has no end record: it is truncated");
}

/// One entry of the central directory, checked against its local header.
QString checkEntry(QIODevice &zip, const QByteArray &directory, qint64 &at, const EndRecord &end)
{
    if (at + kCentralHeaderSize > directory.size() || u32(directory, at) != kCentralHeaderSignature)
        return QCoreApplication::translate("Io", "the central directory is damaged at byte %1")
            .arg(end.directoryOffset + at);
    const quint16 flags = u16(directory, at + 8);
    const quint16 method = u16(directory, at + 10);
    const quint32 compressedSize = u32(directory, at + 20);
    const qint64 nameLength = u16(directory, at + 28);
    const qint64 extraLength = u16(directory, at + 30);
    const qint64 commentLength = u16(directory, at + 32);
    const quint16 disk = u16(directory, at + 34);
    const qint64 localOffset = u32(directory, at + 42);
    const qint64 next = at + kCentralHeaderSize + nameLength + extraLength + commentLength;
    if (next > directory.size())
        return QCoreApplication::translate("Io", "the central directory is damaged at byte %1")
            .arg(end.directoryOffset + at);
    const QByteArray name = directory.mid(at + kCentralHeaderSize, nameLength);
    const QString entry = QString::fromUtf8(name);
    at = next;

    if (flags & (kFlagEncrypted | kFlagStrongEncryption))
        return QCoreApplication::translate(
                   "Io",
                   "archive entry \"%1\" is encrypted; ArchStudio reads only unencrypted archives")
            .arg(entry);
    if (method != kMethodStored && method != kMethodDeflated)
        return QCoreApplication::translate("Io",
                                           "archive entry \"%1\" uses compression method %2; "
                                           "ArchStudio reads only stored and deflated entries")
            .arg(entry)
            .arg(method);
    if (disk != 0)
        return QCoreApplication::translate("Io", "archive entry \"%1\" lies on another disk")
            .arg(entry);

    const QByteArray local = readAt(zip, localOffset, kLocalHeaderSize);
    if (local.size() != kLocalHeaderSize || u32(local, 0) != kLocalHeaderSignature ||
        localOffset + kLocalHeaderSize > end.directoryOffset)
        return QCoreApplication::translate(
                   "Io",
                   "archive entry \"%1\" has no local header where the central directory says")
            .arg(entry);
    const qint64 localNameLength = u16(local, 26);
    const qint64 localExtraLength = u16(local, 28);
    if (u16(local, 6) & (kFlagEncrypted | kFlagStrongEncryption))
        return QCoreApplication::translate(
                   "Io",
                   "archive entry \"%1\" is encrypted; ArchStudio reads only unencrypted archives")
            .arg(entry);
    if (u16(local, 8) != method ||
        readAt(zip, localOffset + kLocalHeaderSize, localNameLength) != name)
        return QCoreApplication::translate(
                   "Io", "archive entry \"%1\"'s local header disagrees with the central directory")
            .arg(entry);
    const qint64 dataEnd =
        localOffset + kLocalHeaderSize + localNameLength + localExtraLength + compressedSize;
    if (dataEnd > end.directoryOffset)
        return QCoreApplication::translate("Io", "archive entry \"%1\" runs past the central "
                                                 "directory: the archive is truncated or damaged")
            .arg(entry);
    return {};
}

} // namespace

QString checkZipStructure(QIODevice &zip, const Limits &limits)
{
    if (zip.size() < kEndRecordSize)
        return QCoreApplication::translate(
            "Io", "the archive is too short to be a zip archive: it is truncated");
    EndRecord end;
    if (const QString error = findEndRecord(zip, end); !error.isEmpty())
        return error;
    if (end.entries > limits.maxArchiveEntries)
        return QCoreApplication::translate("Io",
                                           "the archive has %1 entries; at most %2 are accepted")
            .arg(end.entries)
            .arg(limits.maxArchiveEntries);
    if (qint64(end.directoryOffset) + end.directorySize != end.offset)
        return QCoreApplication::translate(
            "Io", "the central directory is not where the end record says: the "
                  "archive is truncated or damaged");
    const QByteArray directory = readAt(zip, end.directoryOffset, end.directorySize);
    if (directory.size() != qint64(end.directorySize))
        return QCoreApplication::translate(
            "Io", "the central directory cannot be read: the archive is truncated");
    qint64 at = 0;
    for (int i = 0; i < end.entries; ++i) {
        if (const QString error = checkEntry(zip, directory, at, end); !error.isEmpty())
            return error;
    }
    if (at != directory.size())
        return QCoreApplication::translate(
                   "Io", "the central directory holds more than the %1 entries its end "
                         "record counts")
            .arg(end.entries);
    return {};
}

} // namespace archstudio::io
