#pragma once

#include <QGraphicsItem>
#include <QImage>

class QPainter;

namespace archstudio::ui {

class DiagramScene;

/// The design as the far view and the Overview panel draw it, in scene coordinates: hairline
/// links under cards drawn as blocks in their kind's colour, over the regions and zones when
/// withContainers. One pass over plain data, however many items the scene holds.
void paintOverview(QPainter &painter, const DiagramScene &scene, bool withContainers);

/// The whole diagram as one cached picture, shown instead of thousands of tiny cards and links
/// when a large design is zoomed far out (DiagramScene::isFarView). Painting 10,000 items costs
/// far more than one image; the picture is drawn at the size it is shown at (so a frame is one
/// unscaled blit) and redrawn only after the design or the zoom changes.
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

    /// The picture's size in pixels, for tests (empty until it is first painted).
    QSize pictureSize() const { return mPicture.size(); }

private:
    /// Draws the picture with scene units scaled to pixels by `scale`.
    void render(qreal scale);

    DiagramScene *mScene;
    QRectF mArea;
    QImage mPicture;
    qreal mScale = 0.0; ///< the scale mPicture was drawn at
    bool mDirty = true;
};

} // namespace archstudio::ui
