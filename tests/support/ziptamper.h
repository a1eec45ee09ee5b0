#pragma once

// Finds and changes the fields of a zip archive's records in memory, to make the damaged
// archives of the malformed-input tests and the fuzzing driver's zip mutations. Layouts:
// PKWARE's APPNOTE.TXT, sections 4.3.7 (local header), 4.3.12 (central directory header) and
// 4.3.16 (end record).

#include <QByteArray>
#include <QList>

namespace archstudio::test::zip {

inline constexpr char kLocalSignature[] = "PK\x03\x04";
inline constexpr char kCentralSignature[] = "PK\x01\x02";
inline constexpr char kEndSignature[] = "PK\x05\x06";

// Field offsets inside each record.
inline constexpr int kLocalFlags = 6;
inline constexpr int kLocalMethod = 8;
inline constexpr int kLocalCrc = 14;
inline constexpr int kLocalUncompressedSize = 22;
inline constexpr int kLocalNameLength = 26;
inline constexpr int kLocalHeaderSize = 30;
inline constexpr int kCentralFlags = 8;
inline constexpr int kCentralMethod = 10;
inline constexpr int kCentralCrc = 16;
inline constexpr int kCentralCompressedSize = 20;
inline constexpr int kCentralUncompressedSize = 24;
inline constexpr int kCentralNameLength = 28;
inline constexpr int kCentralLocalOffset = 42;
inline constexpr int kCentralHeaderSize = 46;
inline constexpr int kEndEntries = 10;
inline constexpr int kEndDirectorySize = 12;
inline constexpr int kEndDirectoryOffset = 16;

inline quint32 read(const QByteArray &bytes, qsizetype at, int width)
{
    quint32 value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = value << 8 | quint8(bytes.at(at + i));
    return value;
}

inline void write(QByteArray &bytes, qsizetype at, int width, quint32 value)
{
    for (int i = 0; i < width; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xFF);
}

/// Offsets of every record starting with signature (a guess: data may hold the bytes too).
inline QList<qsizetype> records(const QByteArray &bytes, const char *signature)
{
    QList<qsizetype> found;
    for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 1))
        found << at;
    return found;
}

/// The central directory header and local header of the entry named name; -1 when absent.
struct EntryRecords
{
    qsizetype central = -1;
    qsizetype local = -1;
};

inline EntryRecords entry(const QByteArray &bytes, const QByteArray &name)
{
    for (qsizetype at : records(bytes, kCentralSignature)) {
        if (at + kCentralHeaderSize > bytes.size())
            continue;
        const qsizetype length = read(bytes, at + kCentralNameLength, 2);
        if (bytes.mid(at + kCentralHeaderSize, length) == name)
            return {at, qsizetype(read(bytes, at + kCentralLocalOffset, 4))};
    }
    return {};
}

/// Sets a 16- or 32-bit field of both headers of an entry (the local field offset and the
/// central one differ); false when the entry is not found.
inline bool setBoth(QByteArray &bytes, const QByteArray &name, int localField, int centralField,
                    int width, quint32 value)
{
    const EntryRecords e = entry(bytes, name);
    if (e.central < 0 || e.local < 0 || e.local + kLocalHeaderSize > bytes.size())
        return false;
    write(bytes, e.local + localField, width, value);
    write(bytes, e.central + centralField, width, value);
    return true;
}

} // namespace archstudio::test::zip
