#pragma once

#include <QGraphicsItem>
#include <QImage>
#include <QPixmap>

namespace archstudio::ui {

class DiagramScene;

/// The whole diagram as one cached picture, shown instead of thousands of tiny cards and links
/// when a large design is zoomed far out (DiagramScene::isFarView). Painting 10,000 items costs
/// far more than one scaled image; the picture is redrawn only after the design changes.
class FarViewItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    /// The cache's longest side in pixels: sharp at up to this many screen pixels.
    static constexpr int kMaxPixels = 4096;

    explicit FarViewItem(DiagramScene *scene);

    int type() const override { return Type; }
    /// The design changed: redraw the picture before it is next shown.
    void invalidate();
    void setArea(const QRectF &area);

    QRectF boundingRect() const override { return mArea; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void render();

    DiagramScene *mScene;
    QRectF mArea;
    QImage mPicture;
    /// mPicture scaled to the view's current zoom, so a frame is one unscaled blit.
    QPixmap mScaled;
    bool mDirty = true;
};

} // namespace archstudio::ui
