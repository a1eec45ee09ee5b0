#include "diagramtitle.h"

#include "figureformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace archstudio::render {

QString diagramCaption(const io::ExportInput &input)
{
    QStringList regions;
    for (const model::Region &r : input.design.regions)
        regions << r.code.value();
    QStringList parts;
    if (!regions.isEmpty())
        parts << regions.join(QStringLiteral(", "));
    parts << QCoreApplication::translate("Render", "%1 a month")
                 .arg(fullUsd(input.evaluation.totals.monthlyCostUsd));
    parts << QCoreApplication::translate("Render", "catalog %1 %2")
                 .arg(input.evaluation.catalogId, input.evaluation.catalogDate);
    parts << input.date.toString(Qt::ISODate);
    return parts.join(QStringLiteral(" · "));
}

QRectF paintDiagramTitle(QPainter &painter, const QRectF &page, const io::ExportInput &input)
{
    painter.save();
    QFont title = painter.font();
    title.setPointSizeF(14);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(QColor(0x1A, 0x20, 0x2C));
    const qreal titleHeight = QFontMetricsF(title).height();
    const QString name = input.design.name.isEmpty()
                             ? QCoreApplication::translate("Render", "Untitled design")
                             : input.design.name;
    painter.drawText(QRectF(page.left(), page.top(), page.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(title).elidedText(name, Qt::ElideRight, page.width()));
    QFont caption = title;
    caption.setPointSizeF(8.5);
    caption.setBold(false);
    painter.setFont(caption);
    painter.setPen(QColor(0x71, 0x80, 0x96));
    const qreal captionHeight = QFontMetricsF(caption).height();
    painter.drawText(
        QRectF(page.left(), page.top() + titleHeight + 2, page.width(), captionHeight),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(caption).elidedText(diagramCaption(input), Qt::ElideRight, page.width()));
    painter.restore();
    const qreal used = titleHeight + captionHeight + 12;
    return page.adjusted(0, used, 0, 0);
}

} // namespace archstudio::render
