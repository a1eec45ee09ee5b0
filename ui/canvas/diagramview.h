#pragma once

#include <QGraphicsView>

namespace archstudio::ui {

class DiagramScene;

/// The canvas view: zoom (Ctrl+wheel, pinch, fit, 100%), pan (middle drag, Space+drag,
/// wheel), rubber-band selection, palette drops and arrow-key nudging.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagram() const;
    qreal zoom() const { return transform().m11(); }

public slots:
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    /// Fits the whole design in the view, and keeps it fitted while the view is resized
    /// (docks settling after a file opens, the window resized) until the user zooms or
    /// scrolls.
    void zoomToFit();
    void zoomToActual();
    /// Centres the view on the given items' bounding box without changing the zoom.
    void centreOnSelection();

signals:
    void zoomChanged(qreal zoom);
    /// Local files dropped on the canvas (the main window opens a design file).
    void filesDropped(const QStringList &paths);

protected:
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool isTypingInScene() const;
    void zoomBy(qreal factor, QPoint anchor);
    void startPan(QPoint at);

    bool mKeepsFit = false; ///< zoomToFit() was the last word on zoom and scroll
    bool mFitting = false;  ///< zooming and scrolling by zoomToFit() or a resize, not the user
    bool mSpaceHeld = false;
    bool mPanning = false;
    QPoint mPanFrom;
};

} // namespace archstudio::ui
