#pragma once

#include "core/io/exporter.h"

#include <QCoreApplication>

namespace archstudio::render::report {

/// A Markdown summary for a wiki page or a pull request: the report's sections and tables
/// (GitHub-flavoured pipe tables, numbers right-aligned), without pictures.
class MarkdownExporter final : public io::Exporter
{
public:
    QString suffix() const override { return QStringLiteral("md"); }
    QString description() const override
    {
        return QCoreApplication::translate("Render", "Summary (Markdown)");
    }
    QString write(const io::ExportInput &input, const io::ExportOptions &options, QIODevice &out,
                  const io::ExportProgress &progress) const override;
};

QString reportMarkdown(const io::ExportInput &input);

} // namespace archstudio::render::report
