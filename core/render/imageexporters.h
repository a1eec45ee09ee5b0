#pragma once

#include "core/io/exporter.h"

#include <QCoreApplication>
#include <QPageSize>

namespace archstudio::render {

/// PNG: the diagram at ExportOptions::scale device pixels per diagram pixel (capped at
/// kMaxPngSide pixels on the longer side), on white or transparent.
class PngExporter final : public io::Exporter
{
public:
    static constexpr int kMaxPngSide = 8192;
    QString suffix() const override { return QStringLiteral("png"); }
    QString description() const override
    {
        return QCoreApplication::translate("Render", "PNG image");
    }
    bool drawsDiagram() const override { return true; }
    QString write(const io::ExportInput &input, const io::ExportOptions &options, QIODevice &out,
                  const io::ExportProgress &progress) const override;
};

/// SVG: vector shapes, text as <text>, icons as embedded images; white unless transparent.
class SvgExporter final : public io::Exporter
{
public:
    QString suffix() const override { return QStringLiteral("svg"); }
    QString description() const override
    {
        return QCoreApplication::translate("Render", "SVG drawing");
    }
    bool drawsDiagram() const override { return true; }
    QString write(const io::ExportInput &input, const io::ExportOptions &options, QIODevice &out,
                  const io::ExportProgress &progress) const override;
};

/// PDF: one vector page of the chosen size and orientation (by default turned to the
/// diagram's shape), the diagram fitted to it under a title line.
class PdfDiagramExporter final : public io::Exporter
{
public:
    QString suffix() const override { return QStringLiteral("pdf"); }
    QString description() const override
    {
        return QCoreApplication::translate("Render", "PDF diagram");
    }
    bool drawsDiagram() const override { return true; }
    QString write(const io::ExportInput &input, const io::ExportOptions &options, QIODevice &out,
                  const io::ExportProgress &progress) const override;
};

/// The page size named in options ("A4", "Letter", …); A4 when the name is unknown.
QPageSize pageSizeFor(const QString &name);
/// Page size names the PDF writers accept.
QStringList pageSizeNames();

} // namespace archstudio::render
