#pragma once

#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace archstudio::ui {

class DiagramView;

/// An overview of the whole design with the visible area marked; click or drag in it to move
/// the view. The design is drawn into a cached pixmap only after it changes (debounced), as the
/// far view draws it (paintOverview), so scrolling a 10,000-component design costs one
/// rectangle per frame here.
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
    QPixmap mPicture;
    QRectF mBounds; ///< the scene area shown, as of the last render
    QTimer mRefresh;
};

} // namespace archstudio::ui
