#include "farviewitem.h"

#include "componentitem.h"
#include "diagramscene.h"
#include "linkitem.h"

#include "core/render/diagramstyle.h"

#include <QPainter>

namespace archstudio::ui {

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

void FarViewItem::render()
{
    mDirty = false;
    if (mArea.isEmpty()) {
        mPicture = QImage();
        return;
    }
    const qreal scale = std::min<qreal>(1.0, kMaxPixels / std::max(mArea.width(), mArea.height()));
    mPicture = QImage(QSize(qCeil(mArea.width() * scale), qCeil(mArea.height() * scale)),
                      QImage::Format_ARGB32_Premultiplied);
    mPicture.fill(Qt::transparent);
    QPainter painter(&mPicture);
    painter.scale(scale, scale);
    painter.translate(-mArea.topLeft());
    // The same picture the items draw far out: hairline links under plain coloured cards.
    for (const LinkItem *link : mScene->linkItems()) {
        const ComponentItem *from = mScene->componentItem(link->from());
        const ComponentItem *to = mScene->componentItem(link->to());
        if (!from || !to)
            continue;
        painter.setPen(QPen(link->colour(), 0));
        painter.drawLine(from->pos(), to->pos());
    }
    const QSizeF card = render::style::kCardSize;
    for (const ComponentItem *component : mScene->componentItems()) {
        painter.fillRect(
            QRectF(component->pos() - QPointF(card.width() / 2, card.height() / 2), card),
            render::style::categoryColour(component->content().kind));
    }
}

void FarViewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mDirty) {
        render();
        mScaled = QPixmap();
    }
    if (mPicture.isNull())
        return;
    const QTransform world = painter->worldTransform();
    if (world.isScaling() && !world.isRotating()) {
        const QRectF device = world.mapRect(mArea);
        if (mScaled.size() != device.size().toSize())
            mScaled = QPixmap::fromImage(mPicture.scaled(
                device.size().toSize(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        painter->save();
        painter->resetTransform();
        painter->drawPixmap(device.topLeft(), mScaled);
        painter->restore();
        return;
    }
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(mArea, mPicture);
}

} // namespace archstudio::ui
