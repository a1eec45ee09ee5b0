#include "drawiodecode.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <zlib.h>

#include <algorithm>

namespace archstudio::io {

namespace {

QString xmlError(const QXmlStreamReader &xml)
{
    return QCoreApplication::translate("Io", "line %1, column %2: not valid XML: %3")
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

QString noModel()
{
    return QCoreApplication::translate("Io", "not a draw.io diagram: no mxGraphModel found");
}

/// Copies the element the reader stands on, with everything inside it, as XML.
QByteArray copyElement(QXmlStreamReader &xml)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    int depth = 0;
    do {
        if (xml.tokenType() == QXmlStreamReader::StartElement)
            ++depth;
        else if (xml.tokenType() == QXmlStreamReader::EndElement)
            --depth;
        writer.writeCurrentToken(xml);
        if (depth == 0)
            break;
        xml.readNext();
    } while (!xml.atEnd());
    return out;
}

/// The text of a compressed page back to the XML diagrams.net deflated.
std::optional<QByteArray> uncompressPage(const QString &text, const Limits &limits, qint64 line,
                                         QString *error)
{
    QByteArray base64 = text.toLatin1();
    base64.removeIf([](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
    const auto decoded =
        QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = QCoreApplication::translate(
                     "Io", "line %1: the compressed diagram is not valid base64 text")
                     .arg(line);
        return std::nullopt;
    }
    QString reason;
    const std::optional<QByteArray> inflated =
        inflateRaw(*decoded, limits.maxUncompressedBytes, &reason);
    if (!inflated) {
        *error = QCoreApplication::translate("Io", "line %1: the compressed diagram cannot be "
                                                   "uncompressed: %2")
                     .arg(line)
                     .arg(reason);
        return std::nullopt;
    }
    // diagrams.net URI-encodes the XML before deflating it (encodeURIComponent).
    return QByteArray::fromPercentEncoding(*inflated);
}

} // namespace

std::optional<QByteArray> inflateRaw(const QByteArray &deflated, qint64 maxBytes, QString *error)
{
    z_stream stream{};
    // inflateInit2() is a macro with a C cast; its function spelled out.
    if (inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, static_cast<int>(sizeof(z_stream))) !=
        Z_OK) {
        *error = QCoreApplication::translate("Io", "zlib could not be initialised");
        return std::nullopt;
    }
    QByteArray out;
    constexpr qsizetype kChunk = 64 * 1024;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(deflated.constData()));
    stream.avail_in = static_cast<uInt>(deflated.size());
    int status = Z_OK;
    while (status == Z_OK) {
        if (out.size() >= maxBytes) {
            inflateEnd(&stream);
            *error = QCoreApplication::translate(
                         "Io", "it inflates to more than %1 MiB; at most %1 MiB are accepted")
                         .arg(maxBytes / (1024 * 1024));
            return std::nullopt;
        }
        const qsizetype before = out.size();
        const qsizetype room = std::min<qsizetype>(kChunk, maxBytes - before + 1);
        out.resize(before + room);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = static_cast<uInt>(room);
        status = inflate(&stream, Z_NO_FLUSH);
        out.resize(before + room - static_cast<qsizetype>(stream.avail_out));
        if (status == Z_BUF_ERROR && stream.avail_in == 0)
            break; // no more input, and no end of stream: truncated
        if (status == Z_BUF_ERROR)
            status = Z_OK;
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END) {
        *error = status == Z_DATA_ERROR
                     ? QCoreApplication::translate("Io", "the deflate data is corrupt")
                     : QCoreApplication::translate("Io", "the deflate data ends too early");
        return std::nullopt;
    }
    if (out.size() > maxBytes) {
        *error = QCoreApplication::translate(
                     "Io", "it inflates to more than %1 MiB; at most %1 MiB are accepted")
                     .arg(maxBytes / (1024 * 1024));
        return std::nullopt;
    }
    return out;
}

DecodedDrawio decodeDrawio(const QByteArray &bytes, const Limits &limits)
{
    DecodedDrawio result;
    if (bytes.size() > limits.maxUncompressedBytes) {
        result.error =
            QCoreApplication::translate("Io", "the diagram is %1 MiB; at most %2 MiB are accepted")
                .arg(bytes.size() / (1024 * 1024))
                .arg(limits.maxUncompressedBytes / (1024 * 1024));
        return result;
    }
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::StartElement) {
    }
    if (xml.hasError()) {
        result.error = xmlError(xml);
        return result;
    }
    if (xml.name() == QLatin1StringView("mxGraphModel")) {
        result.model = bytes;
        return result;
    }
    if (xml.name() != QLatin1StringView("mxfile")) {
        result.error = noModel();
        return result;
    }
    QString text;
    qint64 textLine = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() != QLatin1StringView("diagram")) {
            xml.skipCurrentElement();
            continue;
        }
        if (++result.pages > 1) {
            xml.skipCurrentElement();
            continue;
        }
        // The first page: a model, or the compressed text of one.
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                break;
            if (token == QXmlStreamReader::Characters && !xml.isWhitespace()) {
                textLine = xml.lineNumber();
                text += xml.text();
            } else if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1StringView("mxGraphModel") && result.model.isEmpty())
                    result.model = copyElement(xml);
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        result.model.clear();
        result.error = xmlError(xml);
        return result;
    }
    if (result.model.isEmpty() && !text.trimmed().isEmpty()) {
        result.compressed = true;
        if (const auto model = uncompressPage(text, limits, textLine, &result.error))
            result.model = *model;
        return result;
    }
    if (result.model.isEmpty())
        result.error = noModel();
    return result;
}

} // namespace archstudio::io
