#pragma once

#include "designreader.h"

#include <QCoreApplication>

namespace archstudio::io {

/// Reads a draw.io file written by ArchStudio (DrawioExporter) back into a design: regions and
/// zones from the containers, components (kind, name, placement, properties) from the custom
/// properties of their shapes and their positions from where the shapes are now, links from
/// the edges. The design is built directly, then goes through the same checks as design.json
/// (checkLoadedDesign), so a file edited in diagrams.net into something invalid is refused with
/// the reason. Cells ArchStudio did not write are ignored, with a warning. Pages may be plain
/// or compressed (drawiodecode.h). A diagram without ArchStudio's cells (drawn in diagrams.net
/// with its AWS shapes) is imported instead (importDrawioModel): what was skipped and assumed
/// comes back as warnings, and the design goes through the same checks.
LoadResult loadDrawio(const QByteArray &xml, const LoadOptions &options = {});

/// draw.io files, read with loadDrawio().
class DrawioReader : public WholeFileDesignReader
{
public:
    QString description() const override
    {
        return QCoreApplication::translate("Io", "draw.io diagram exported by ArchStudio");
    }
    QStringList suffixes() const override { return {QStringLiteral("drawio")}; }
    /// XML: its first significant byte is '<'.
    bool canRead(const QByteArray &head) const override;
    LoadResult readBytes(const QByteArray &bytes, const LoadOptions &options) const override
    {
        return loadDrawio(bytes, options);
    }
};

} // namespace archstudio::io
