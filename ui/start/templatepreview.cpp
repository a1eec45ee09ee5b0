#include "templatepreview.h"
#include "core/engine/kindset.h"

#include "core/catalog/catalogfile.h"
#include "core/render/autolayout.h"
#include "core/render/diagramrenderer.h"
#include "core/render/exportformats.h"
#include "core/render/figureformat.h"

#include <QCoreApplication>
#include <QPainter>

namespace archstudio::ui {

TemplatePreview TemplatePreview::of(const io::DesignTemplate &designTemplate,
                                    std::shared_ptr<const engine::KindSet> kinds,
                                    const QSize &pictureSize)
{
    TemplatePreview preview;
    io::LoadOptions load;
    load.useKinds(*kinds);
    io::LoadResult loaded = io::loadTemplate(designTemplate, load);
    if (!loaded.file)
        return preview;
    model::Design &design = loaded.file->design;
    design.layout = render::completeLayout(design, kinds->schemas());
    const io::ExportInput input = render::makeExportInput(design, kinds->catalog(), kinds);
    io::ExportOptions options;
    options.annotations = false; // figures are unreadable this small; they are in the text
    const render::DiagramRenderer renderer(input, options);
    preview.picture = QImage(pictureSize, QImage::Format_ARGB32_Premultiplied);
    preview.picture.fill(Qt::white);
    {
        QPainter painter(&preview.picture);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal scale = renderer.fitScale(QSizeF(pictureSize));
        renderer.paint(painter, QRectF(QPointF(0, 0), QSizeF(pictureSize)), scale);
    }
    const engine::Totals &totals = input.evaluation.totals;
    preview.figures =
        QCoreApplication::translate("TemplatePreview",
                                    "%1 a month  ·  availability %2  ·  worst failover %3  ·  "
                                    "data loss up to %4")
            .arg(render::fullUsd(totals.monthlyCostUsd),
                 render::availabilityPercent(totals.availability.modelled),
                 render::duration(totals.worstRtoSeconds),
                 render::duration(totals.worstRpoSeconds));
    preview.ok = true;
    return preview;
}

} // namespace archstudio::ui
