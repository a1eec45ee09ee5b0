#include "mutator.h"

#include "support/ziptamper.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cctype>

namespace archstudio::fuzz {

namespace {

/// Values that break readers: extremes, overflows, non-numbers, negative zero.
const std::array<QByteArray, 14> kExtremeNumbers = {"0",      "-1",
                                                    "1e300",  "-1e300",
                                                    "1e-300", "1e999",
                                                    "-0",     "2147483648",
                                                    "NaN",    "4294967296",
                                                    "1.5",    "18446744073709551616",
                                                    "1e+",    "-9223372036854775809"};

/// Tokens of JSON and XML, and bytes that are not UTF-8.
const std::array<QByteArray, 22> kTokens = {
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "true",
    "\\u0000",
    "\\ud800",
    "\xff\xfe",
    QByteArray("\0", 1),
    "<",
    ">",
    "&amp;",
    "&#0;",
    "<![CDATA[",
    "]]>",
    "<!--",
    "-->",
    "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;\">]>"};

qsizetype position(Rng &rng, const QByteArray &bytes)
{
    return rng.below(bytes.size() + 1);
}

void flipBits(QByteArray &bytes, Rng &rng)
{
    if (bytes.isEmpty())
        return;
    const int flips = 1 + int(rng.below(quint64(8)));
    for (int i = 0; i < flips; ++i) {
        const qsizetype at = rng.below(bytes.size());
        bytes[at] = char(quint8(bytes.at(at)) ^ quint8(1u << rng.below(quint64(8))));
    }
}

void truncate(QByteArray &bytes, Rng &rng)
{
    // Near the end more often: a file cut short by a few bytes is the subtle case.
    const qsizetype cut = rng.percent(50)
                              ? std::min<qsizetype>(bytes.size(), 1 + rng.below(qsizetype(64)))
                              : rng.below(bytes.size() + 1);
    bytes.chop(cut);
}

void insertBytes(QByteArray &bytes, Rng &rng)
{
    QByteArray inserted;
    const qsizetype count = 1 + rng.below(qsizetype(16));
    for (qsizetype i = 0; i < count; ++i)
        inserted.append(char(rng.below(quint64(256))));
    bytes.insert(position(rng, bytes), inserted);
}

void insertToken(QByteArray &bytes, Rng &rng)
{
    bytes.insert(position(rng, bytes), kTokens.at(std::size_t(rng.below(quint64(kTokens.size())))));
}

void deleteChunk(QByteArray &bytes, Rng &rng)
{
    if (bytes.isEmpty())
        return;
    const qsizetype at = rng.below(bytes.size());
    bytes.remove(at, 1 + rng.below(std::min<qsizetype>(bytes.size() - at, 256)));
}

void duplicateChunk(QByteArray &bytes, Rng &rng)
{
    if (bytes.isEmpty())
        return;
    const qsizetype at = rng.below(bytes.size());
    const QByteArray chunk =
        bytes.mid(at, 1 + rng.below(std::min<qsizetype>(bytes.size() - at, 4096)));
    const int copies = 1 + int(rng.below(quint64(rng.percent(10) ? 256 : 4)));
    const qsizetype where = position(rng, bytes);
    for (int i = 0; i < copies && bytes.size() + chunk.size() <= kMaxMutantBytes; ++i)
        bytes.insert(where, chunk);
}

/// Replaces a run of digits (a number in JSON, an attribute or a size) by an extreme value.
void replaceNumber(QByteArray &bytes, Rng &rng)
{
    if (bytes.isEmpty())
        return;
    qsizetype at = rng.below(bytes.size());
    qsizetype scanned = 0;
    while (scanned < bytes.size() && !std::isdigit(quint8(bytes.at(at)))) {
        at = (at + 1) % bytes.size();
        ++scanned;
    }
    if (scanned == bytes.size())
        return;
    qsizetype start = at;
    while (start > 0 && (std::isdigit(quint8(bytes.at(start - 1))) || bytes.at(start - 1) == '.'))
        --start;
    qsizetype end = at;
    while (end < bytes.size() &&
           (std::isdigit(quint8(bytes.at(end))) || bytes.at(end) == '.' || bytes.at(end) == 'e'))
        ++end;
    bytes.replace(start, end - start,
                  kExtremeNumbers.at(std::size_t(rng.below(quint64(kExtremeNumbers.size())))));
}

void splice(QByteArray &bytes, Rng &rng, const QList<QByteArray> &others)
{
    if (others.isEmpty())
        return;
    const QByteArray &other = others.at(rng.below(others.size()));
    if (other.isEmpty())
        return;
    const qsizetype from = rng.below(other.size());
    const QByteArray chunk =
        other.mid(from, 1 + rng.below(std::min<qsizetype>(other.size() - from, 2048)));
    const qsizetype at = position(rng, bytes);
    bytes.replace(at, std::min<qsizetype>(chunk.size(), bytes.size() - at), chunk);
}

} // namespace

Rng::Rng(quint64 seed, quint64 stream, quint64 index)
    : mState(seed ^ (stream * 0x9E3779B97F4A7C15ull) ^ (index * 0xD1B54A32D192ED03ull))
{
    next(); // mix the combined seed once
}

quint64 Rng::next()
{
    quint64 z = (mState += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

QByteArray mutateBytes(QByteArray input, Rng &rng, const QList<QByteArray> &others,
                       QStringList *log)
{
    const int mutations = 1 + int(rng.below(quint64(4)));
    for (int m = 0; m < mutations; ++m) {
        switch (rng.below(quint64(8))) {
        case 0:
            flipBits(input, rng);
            log->append(QStringLiteral("bit flips"));
            break;
        case 1:
            truncate(input, rng);
            log->append(QStringLiteral("truncation"));
            break;
        case 2:
            insertBytes(input, rng);
            log->append(QStringLiteral("byte insertion"));
            break;
        case 3:
            insertToken(input, rng);
            log->append(QStringLiteral("token insertion"));
            break;
        case 4:
            deleteChunk(input, rng);
            log->append(QStringLiteral("deletion"));
            break;
        case 5:
            duplicateChunk(input, rng);
            log->append(QStringLiteral("chunk duplication"));
            break;
        case 6:
            replaceNumber(input, rng);
            log->append(QStringLiteral("extreme number"));
            break;
        default:
            splice(input, rng, others);
            log->append(QStringLiteral("splice"));
            break;
        }
    }
    if (input.size() > kMaxMutantBytes)
        input.truncate(kMaxMutantBytes);
    return input;
}

QByteArray tamperZip(QByteArray zip, Rng &rng, QStringList *log)
{
    struct Field
    {
        const char *signature;
        int offset;
        int width;
        const char *name;
    };
    static const std::array<Field, 17> kFields = {{
        {test::zip::kLocalSignature, test::zip::kLocalFlags, 2, "local flags"},
        {test::zip::kLocalSignature, test::zip::kLocalMethod, 2, "local method"},
        {test::zip::kLocalSignature, test::zip::kLocalCrc, 4, "local CRC"},
        {test::zip::kLocalSignature, 18, 4, "local compressed size"},
        {test::zip::kLocalSignature, test::zip::kLocalUncompressedSize, 4, "local size"},
        {test::zip::kLocalSignature, test::zip::kLocalNameLength, 2, "local name length"},
        {test::zip::kLocalSignature, 28, 2, "local extra length"},
        {test::zip::kCentralSignature, test::zip::kCentralFlags, 2, "central flags"},
        {test::zip::kCentralSignature, test::zip::kCentralMethod, 2, "central method"},
        {test::zip::kCentralSignature, test::zip::kCentralCrc, 4, "central CRC"},
        {test::zip::kCentralSignature, test::zip::kCentralCompressedSize, 4,
         "central compressed size"},
        {test::zip::kCentralSignature, test::zip::kCentralUncompressedSize, 4, "central size"},
        {test::zip::kCentralSignature, test::zip::kCentralNameLength, 2, "central name length"},
        {test::zip::kCentralSignature, test::zip::kCentralLocalOffset, 4, "local header offset"},
        {test::zip::kEndSignature, test::zip::kEndEntries, 2, "entry count"},
        {test::zip::kEndSignature, test::zip::kEndDirectorySize, 4, "directory size"},
        {test::zip::kEndSignature, test::zip::kEndDirectoryOffset, 4, "directory offset"},
    }};
    const Field &field = kFields.at(std::size_t(rng.below(quint64(kFields.size()))));
    const QList<qsizetype> records = test::zip::records(zip, field.signature);
    if (records.isEmpty())
        return zip;
    const qsizetype at = records.at(rng.below(records.size())) + field.offset;
    if (at + field.width > zip.size())
        return zip;
    const quint32 old = test::zip::read(zip, at, field.width);
    const quint32 all = field.width == 2 ? 0xFFFFu : 0xFFFFFFFFu;
    const std::array<quint32, 7> values = {
        0u, 1u, all, old + 1, old - 1, old ^ 1u, quint32(rng.next()) & all};
    test::zip::write(zip, at, field.width,
                     values.at(std::size_t(rng.below(quint64(values.size())))));
    log->append(QStringLiteral("zip field: %1").arg(QLatin1String(field.name)));
    return zip;
}

} // namespace archstudio::fuzz
