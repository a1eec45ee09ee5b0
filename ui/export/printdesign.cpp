#include "printdesign.h"

#include "core/render/diagramrenderer.h"
#include "core/render/diagramtitle.h"
#include "core/render/exportformats.h"

#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace archstudio::ui {

QString printDesign(QPrinter &printer, const io::ExportInput &input,
                    const io::ExportOptions &options)
{
    // Point sizes in the drawing are meant for 96 dpi (the canvas at 100%).
    printer.setResolution(96);
    QPainter painter;
    if (!painter.begin(&printer))
        return QObject::tr("cannot start printing on %1").arg(printer.printerName());
    const QRectF page(QPointF(), printer.pageLayout().paintRectPixels(printer.resolution()).size());
    const QRectF body = render::paintDiagramTitle(painter, page, input);
    render::DiagramRenderer(input, options).paint(painter, body, 4.0);
    painter.end();
    return {};
}

void showPrintDialog(QWidget *parent, const model::Design &design,
                     std::shared_ptr<const engine::KindSet> kinds)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(design.name);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error =
        printDesign(printer, render::makeExportInput(design, kinds->catalog(), kinds));
    if (!error.isEmpty())
        QMessageBox::warning(parent, QObject::tr("Print failed"), error);
}

} // namespace archstudio::ui
