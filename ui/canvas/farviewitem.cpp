#include "farviewitem.h"

#include "diagramscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace archstudio::ui {

FarViewItem::FarViewItem(DiagramScene *scene) : mScene(scene)
{
    QObject::connect(&mRenderer, &OverviewRenderer::rendered, &mRenderer,
                     [this](const QImage &picture, const QTransform &sceneToImage) {
                         mPicture = picture;
                         mScale = sceneToImage.m11();
                         mPictureArea = sceneToImage.inverted().mapRect(
                             QRectF(QPointF(0, 0), QSizeF(picture.size())));
                         update();
                     });
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

void FarViewItem::requestPicture(qreal scale)
{
    mDirty = false;
    mRequestedScale = scale;
    const QSize size(qCeil(mArea.width() * scale), qCeil(mArea.height() * scale));
    QTransform sceneToImage;
    sceneToImage.scale(scale, scale);
    sceneToImage.translate(-mArea.left(), -mArea.top());
    // The regions and zones are items of their own, drawn under this one.
    mRenderer.request(OverviewSnapshot::of(*mScene), size, sceneToImage);
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
    if (mDirty || !qFuzzyCompare(scale, mRequestedScale))
        requestPicture(scale);
    if (mPicture.isNull())
        return;
    if (upright && qFuzzyCompare(mScale, zoom)) {
        painter->save();
        painter->resetTransform();
        painter->drawImage(world.map(mPictureArea.topLeft()).toPoint(), mPicture);
        painter->restore();
        return;
    }
    // Stretched until the picture at this zoom arrives.
    painter->drawImage(mPictureArea, mPicture);
}

} // namespace archstudio::ui
