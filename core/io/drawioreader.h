#pragma once

#include "designfile.h"

namespace archstudio::io {

/// Reads a draw.io file written by ArchStudio (DrawioExporter) back into a design: regions and
/// zones from the containers, components (kind, name, placement, properties) from the custom
/// properties of their shapes and their positions from where the shapes are now, links from
/// the edges. The design then goes through the same checks as design.json, so a file edited
/// in diagrams.net into something invalid is refused with the reason. Cells ArchStudio did not
/// write are ignored, with a warning. Compressed diagrams are refused with how to save them
/// uncompressed.
LoadResult loadDrawio(const QByteArray &xml, const LoadOptions &options = {});

/// True when bytes look like XML (a draw.io file) rather than JSON or a zip.
bool looksLikeXml(const QByteArray &start);

} // namespace archstudio::io
