#pragma once

#include "core/io/exporter.h"

#include <QCoreApplication>

namespace archstudio::render::report {

/// The PDF report: a title page (name, description, date, key figures), the diagram on a
/// landscape page of its own (vector, like the canvas), then every section of
/// reportContent() laid out by QTextDocument on portrait pages (table headers repeat on
/// each page a table continues on; each main section starts a page), with a running header
/// and "page N of M" on every page. Page size from ExportOptions::pageSize.
class PdfReportExporter final : public io::Exporter
{
public:
    QString suffix() const override { return QStringLiteral("pdf"); }
    QString description() const override
    {
        return QCoreApplication::translate("Render", "Report (PDF)");
    }
    QString write(const io::ExportInput &input, const io::ExportOptions &options, QIODevice &out,
                  const io::ExportProgress &progress) const override;
};

} // namespace archstudio::render::report
