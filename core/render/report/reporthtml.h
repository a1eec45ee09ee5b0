#pragma once

#include "reportcontent.h"

#include <QCoreApplication>
#include <QHash>

namespace archstudio::render::report {

/// Who reads the HTML: a browser (a standalone page with its own CSS and print rules) or
/// QTextDocument, which lays out the PDF report's pages and knows a subset of HTML and CSS.
enum class HtmlFlavour { Browser, TextDocument };

/// The report as XHTML-compatible HTML (every element closed, so XML tools read it too).
/// images maps "diagram" and each chart id to an <img> source (a data: URL or a
/// QTextDocument resource name); an image without a source is left out.
QString reportHtml(const Content &content, const io::ExportInput &input, HtmlFlavour flavour,
                   const QHash<QString, QString> &images);

/// The HTML report: one self-contained file, the diagram as SVG (a PNG for designs of more than
/// 2,000 components) and the charts as PNG inlined as data: URLs, laid out to read on screen
/// and to print.
class HtmlReportExporter final : public io::Exporter
{
public:
    QString suffix() const override { return QStringLiteral("html"); }
    QString description() const override
    {
        return QCoreApplication::translate("Render", "Report (HTML)");
    }
    QString write(const io::ExportInput &input, const io::ExportOptions &options, QIODevice &out,
                  const io::ExportProgress &progress) const override;
};

} // namespace archstudio::render::report
