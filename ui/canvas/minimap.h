#pragma once

#include "overviewpicture.h"

#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace archstudio::ui {

class DiagramView;

/// An overview of the whole design with the visible area marked; click or drag in it to move
/// the view. The design is drawn into a cached picture only after it changes (debounced): the
/// regions and zones here, the cards and links on a worker as the far view draws them
/// (OverviewRenderer), so scrolling a 10,000-component design costs one rectangle per frame.
class MiniMap : public QWidget
{
    Q_OBJECT

public:
    explicit MiniMap(DiagramView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {220, 150}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void renderScene();
    QRectF sceneBounds() const;
    QTransform sceneToMap() const;
    void centreViewAt(QPoint at);

    QPointer<DiagramView> mView;
    QPixmap mPicture; ///< the background and the regions and zones
    QImage mCards;    ///< the cards and links over them, from mRenderer
    OverviewRenderer mRenderer;
    QRectF mBounds; ///< the scene area shown, as of the last render
    QTimer mRefresh;
};

} // namespace archstudio::ui
