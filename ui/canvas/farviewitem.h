#pragma once

#include "overviewpicture.h"

#include <QGraphicsItem>
#include <QImage>

namespace archstudio::ui {

class DiagramScene;

/// The whole diagram as one cached picture, shown instead of thousands of tiny cards and links
/// when a large design is zoomed far out (DiagramScene::isFarView). Painting 10,000 items costs
/// far more than one image; the picture is drawn at the size it is shown at (so a frame is one
/// unscaled blit) and redrawn only after the design or the zoom changes, on a worker thread:
/// meanwhile the last picture is shown stretched (or, just after opening, none).
class FarViewItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    /// The cache's longest side in pixels: beyond it (a huge screen, or a zoom just under the
    /// far view's threshold) the picture is stretched rather than grown without bound.
    static constexpr int kMaxPixels = 4096;

    explicit FarViewItem(DiagramScene *scene);

    int type() const override { return Type; }
    /// The design changed: redraw the picture before it is next shown.
    void invalidate();
    void setArea(const QRectF &area);

    QRectF boundingRect() const override { return mArea; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The picture's size in pixels, for tests (empty until the first one has arrived).
    QSize pictureSize() const { return mPicture.size(); }
    /// Whether the picture shows the design as it is, at the scale last painted at.
    bool isPictureCurrent() const
    {
        return !mDirty && !mRenderer.isBusy() && qFuzzyCompare(mScale, mRequestedScale);
    }

private:
    /// Asks the worker for the picture with scene units scaled to pixels by `scale`.
    void requestPicture(qreal scale);

    DiagramScene *mScene;
    QRectF mArea;
    QImage mPicture;
    QRectF mPictureArea;         ///< the part of the scene mPicture shows
    qreal mScale = 0.0;          ///< the scale mPicture was drawn at
    qreal mRequestedScale = 0.0; ///< the scale of the latest picture asked for
    bool mDirty = true;
    OverviewRenderer mRenderer;
};

} // namespace archstudio::ui
