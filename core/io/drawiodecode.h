#pragma once

// The first step of reading any .drawio file: from the file's bytes to the XML of its first
// page's <mxGraphModel>, whether diagrams.net saved the page plainly or compressed.

#include "limits.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace archstudio::io {

struct DecodedDrawio
{
    /// The <mxGraphModel> element of the first page, as XML; empty when error is set.
    QByteArray model;
    /// How many <diagram> pages the file has; 0 for a bare <mxGraphModel> file.
    int pages = 0;
    /// The first page was compressed: base64 of raw deflate of the URI-encoded XML.
    bool compressed = false;
    /// Why the file cannot be decoded, with the line where known; not naming the file.
    QString error;
};

/// Accepts an <mxfile> with one or more <diagram> pages, each holding an <mxGraphModel> or
/// its compressed text, and a bare <mxGraphModel>. A page inflating beyond
/// limits.maxUncompressedBytes is refused.
DecodedDrawio decodeDrawio(const QByteArray &bytes, const Limits &limits);

/// Inflates raw deflate data (no zlib header), stopping with an error once the output would
/// exceed maxBytes. Sets *error and returns nothing when the data is not complete deflate data.
std::optional<QByteArray> inflateRaw(const QByteArray &deflated, qint64 maxBytes, QString *error);

} // namespace archstudio::io
