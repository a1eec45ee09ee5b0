#include "farviewitem.h"

#include "componentitem.h"
#include "containeritem.h"
#include "diagramscene.h"
#include "linkitem.h"

#include "core/render/diagramstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace archstudio::ui {

void paintOverview(QPainter &painter, const DiagramScene &scene, bool withContainers)
{
    if (withContainers) {
        for (ContainerItem *container : scene.containerItems()) {
            QStyleOptionGraphicsItem option;
            option.exposedRect = container->boundingRect();
            painter.save();
            painter.translate(container->pos());
            container->paint(&painter, &option, nullptr);
            painter.restore();
        }
    }
    // The same picture the items draw far out: hairline links under plain coloured cards.
    for (const LinkItem *link : scene.linkItems()) {
        const ComponentItem *from = scene.componentItem(link->from());
        const ComponentItem *to = scene.componentItem(link->to());
        if (!from || !to)
            continue;
        painter.setPen(QPen(link->colour(), 0));
        painter.drawLine(from->pos(), to->pos());
    }
    const QSizeF card = render::style::kCardSize;
    for (const ComponentItem *component : scene.componentItems()) {
        painter.fillRect(
            QRectF(component->pos() - QPointF(card.width() / 2, card.height() / 2), card),
            render::style::categoryColour(component->content().kind));
    }
}

FarViewItem::FarViewItem(DiagramScene *scene) : mScene(scene)
{
    setZValue(-1); // above the containers, below every card and link
    setAcceptedMouseButtons(Qt::NoButton);
    setVisible(false);
}

void FarViewItem::invalidate()
{
    mDirty = true;
    if (isVisible())
        update();
}

void FarViewItem::setArea(const QRectF &area)
{
    if (area == mArea)
        return;
    prepareGeometryChange();
    mArea = area;
    mDirty = true;
}

void FarViewItem::render(qreal scale)
{
    mDirty = false;
    mScale = scale;
    if (mArea.isEmpty()) {
        mPicture = QImage();
        return;
    }
    mPicture = QImage(QSize(qCeil(mArea.width() * scale), qCeil(mArea.height() * scale)),
                      QImage::Format_ARGB32_Premultiplied);
    mPicture.fill(Qt::transparent);
    QPainter painter(&mPicture);
    painter.scale(scale, scale);
    painter.translate(-mArea.topLeft());
    // The regions and zones are items of their own, drawn under this one.
    paintOverview(painter, *mScene, false);
}

void FarViewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mArea.isEmpty())
        return;
    const QTransform world = painter->worldTransform();
    const bool upright = !world.isRotating();
    // Drawn at the view's zoom, capped: a frame is then one unscaled copy of it.
    const qreal zoom = upright ? world.m11() : 1.0;
    const qreal scale = std::min(zoom, kMaxPixels / std::max(mArea.width(), mArea.height()));
    if (mDirty || !qFuzzyCompare(scale, mScale))
        render(scale);
    if (mPicture.isNull())
        return;
    if (upright && qFuzzyCompare(scale, zoom)) {
        painter->save();
        painter->resetTransform();
        painter->drawImage(world.map(mArea.topLeft()).toPoint(), mPicture);
        painter->restore();
        return;
    }
    painter->drawImage(mArea, mPicture);
}

} // namespace archstudio::ui
