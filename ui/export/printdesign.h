#pragma once

#include "core/engine/kindset.h"
#include "core/io/exporter.h"

class QPrinter;
class QWidget;

namespace archstudio::ui {

/// Prints the diagram on one page of printer, fitted under a title line: the same drawing as
/// the PDF export. Returns an empty string on success, else the problem.
QString printDesign(QPrinter &printer, const io::ExportInput &input,
                    const io::ExportOptions &options = {});

/// File > Print…: asks for a printer, then prints.
void showPrintDialog(QWidget *parent, const model::Design &design,
                     std::shared_ptr<const engine::KindSet> kinds);

} // namespace archstudio::ui
