#include "zipstructure.h"

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
        return QStringLiteral("the archive cannot be read to its end");
    bool signatureSeen = false;
    for (qint64 at = tail.size() - kEndRecordSize; at >= 0; --at) {
        if (u32(tail, at) != kEndRecordSignature)
            continue;
        signatureSeen = true;
        if (at + kEndRecordSize + u16(tail, at + 20) != tail.size())
            continue; // a signature inside the comment or the data, not the record
        if (u16(tail, at + 4) != 0 || u16(tail, at + 6) != 0 ||
            u16(tail, at + 8) != u16(tail, at + 10))
            return QStringLiteral("the archive spans several disks, which ArchStudio does not "
                                  "read");
        end.offset = tailStart + at;
        end.entries = u16(tail, at + 10);
        end.directorySize = u32(tail, at + 12);
        end.directoryOffset = u32(tail, at + 16);
        if (end.entries == 0xFFFF || end.directorySize == 0xFFFFFFFF ||
            end.directoryOffset == 0xFFFFFFFF)
            return QStringLiteral("the archive is in the zip64 format, which ArchStudio does not "
                                  "write or read");
        return {};
    }
    return signatureSeen ? QStringLiteral("the archive's end record does not end the file: it is "
                                          "truncated or has bytes appended")
                         : QStringLiteral("the archive has no end record: it is truncated");
}

/// One entry of the central directory, checked against its local header.
QString checkEntry(QIODevice &zip, const QByteArray &directory, qint64 &at, const EndRecord &end)
{
    if (at + kCentralHeaderSize > directory.size() || u32(directory, at) != kCentralHeaderSignature)
        return QStringLiteral("the central directory is damaged at byte %1")
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
        return QStringLiteral("the central directory is damaged at byte %1")
            .arg(end.directoryOffset + at);
    const QByteArray name = directory.mid(at + kCentralHeaderSize, nameLength);
    const QString entry = QStringLiteral("archive entry \"%1\"").arg(QString::fromUtf8(name));
    at = next;

    if (flags & (kFlagEncrypted | kFlagStrongEncryption))
        return entry + QStringLiteral(" is encrypted; ArchStudio reads only unencrypted archives");
    if (method != kMethodStored && method != kMethodDeflated)
        return entry + QStringLiteral(" uses compression method %1; ArchStudio reads only stored "
                                      "and deflated entries")
                           .arg(method);
    if (disk != 0)
        return entry + QStringLiteral(" lies on another disk");

    const QByteArray local = readAt(zip, localOffset, kLocalHeaderSize);
    if (local.size() != kLocalHeaderSize || u32(local, 0) != kLocalHeaderSignature ||
        localOffset + kLocalHeaderSize > end.directoryOffset)
        return entry + QStringLiteral(" has no local header where the central directory says");
    const qint64 localNameLength = u16(local, 26);
    const qint64 localExtraLength = u16(local, 28);
    if (u16(local, 6) & (kFlagEncrypted | kFlagStrongEncryption))
        return entry + QStringLiteral(" is encrypted; ArchStudio reads only unencrypted archives");
    if (u16(local, 8) != method ||
        readAt(zip, localOffset + kLocalHeaderSize, localNameLength) != name)
        return entry + QStringLiteral("'s local header disagrees with the central directory");
    const qint64 dataEnd =
        localOffset + kLocalHeaderSize + localNameLength + localExtraLength + compressedSize;
    if (dataEnd > end.directoryOffset)
        return entry + QStringLiteral(" runs past the central directory: the archive is "
                                      "truncated or damaged");
    return {};
}

} // namespace

QString checkZipStructure(QIODevice &zip, const Limits &limits)
{
    if (zip.size() < kEndRecordSize)
        return QStringLiteral("the archive is too short to be a zip archive: it is truncated");
    EndRecord end;
    if (const QString error = findEndRecord(zip, end); !error.isEmpty())
        return error;
    if (end.entries > limits.maxArchiveEntries)
        return QStringLiteral("the archive has %1 entries; at most %2 are accepted")
            .arg(end.entries)
            .arg(limits.maxArchiveEntries);
    if (qint64(end.directoryOffset) + end.directorySize != end.offset)
        return QStringLiteral("the central directory is not where the end record says: the "
                              "archive is truncated or damaged");
    const QByteArray directory = readAt(zip, end.directoryOffset, end.directorySize);
    if (directory.size() != qint64(end.directorySize))
        return QStringLiteral("the central directory cannot be read: the archive is truncated");
    qint64 at = 0;
    for (int i = 0; i < end.entries; ++i) {
        if (const QString error = checkEntry(zip, directory, at, end); !error.isEmpty())
            return error;
    }
    if (at != directory.size())
        return QStringLiteral("the central directory holds more than the %1 entries its end "
                              "record counts")
            .arg(end.entries);
    return {};
}

} // namespace archstudio::io
