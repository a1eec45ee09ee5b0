#include "diagramview.h"

#include "diagramscene.h"
#include "palettemime.h"

#include <QGestureEvent>
#include <QGraphicsItem>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace archstudio::ui {

namespace {

constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kWheelStep = 1.0015; // per eighth of a degree: one notch is about 20%

} // namespace

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("canvas"));
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Items paint their own level of detail; saving painter state per item is wasted work.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setViewportUpdateMode(SmartViewportUpdate);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    // A scroll bar moved by the user ends a fit (actionTriggered comes from the user only, not
    // from a scene that grows or a resize).
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QAbstractSlider::actionTriggered, this, [this] { mKeepsFit = false; });
}

DiagramScene *DiagramView::diagram() const
{
    return static_cast<DiagramScene *>(scene());
}

void DiagramView::setZoom(qreal zoom)
{
    if (!mFitting)
        mKeepsFit = false;
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    diagram()->setViewZoom(zoom);
    emit zoomChanged(zoom);
}

void DiagramView::zoomBy(qreal factor, QPoint anchor)
{
    const QPointF before = mapToScene(anchor);
    setZoom(zoom() * factor);
    // Keep the point under the cursor in place.
    const QPointF after = mapToScene(anchor);
    const QPointF shift = (after - before) * zoom();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - qRound(shift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - qRound(shift.y()));
}

void DiagramView::zoomIn()
{
    zoomBy(1.25, viewport()->rect().center());
}

void DiagramView::zoomOut()
{
    zoomBy(0.8, viewport()->rect().center());
}

void DiagramView::zoomToFit()
{
    if (!scene())
        return;
    const QRectF bounds = diagram()->designBounds().adjusted(-40, -40, 40, 40);
    if (bounds.isEmpty())
        return zoomToActual();
    const qreal zoom =
        std::min(viewport()->width() / bounds.width(), viewport()->height() / bounds.height());
    {
        const QScopedValueRollback fitting(mFitting, true);
        setZoom(std::min(zoom, 1.0));
        centerOn(bounds.center());
    }
    mKeepsFit = true;
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    const bool keepsFit = mKeepsFit;
    {
        const QScopedValueRollback fitting(mFitting, true);
        QGraphicsView::resizeEvent(event);
    }
    if (keepsFit)
        zoomToFit();
}

void DiagramView::zoomToActual()
{
    setZoom(1.0);
}

void DiagramView::centreOnSelection()
{
    QRectF bounds;
    for (QGraphicsItem *item : scene()->selectedItems())
        bounds |= item->sceneBoundingRect();
    if (!bounds.isEmpty())
        centerOn(bounds.center());
}

bool DiagramView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position().toPoint());
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(kWheelStep, event->angleDelta().y()), event->position().toPoint());
        event->accept();
        return;
    }
    mKeepsFit = false; // scrolled by the user
    QGraphicsView::wheelEvent(event);
}

void DiagramView::startPan(QPoint at)
{
    mKeepsFit = false;
    mPanning = true;
    mPanFrom = at;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (mSpaceHeld && event->button() == Qt::LeftButton)) {
        startPan(event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (mPanning) {
        const QPoint delta = event->position().toPoint() - mPanFrom;
        mPanFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning) {
        mPanning = false;
        viewport()->setCursor(mSpaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

bool DiagramView::isTypingInScene() const
{
    // A note's text being edited in place takes every key: Space, arrows and the rest.
    const QGraphicsItem *focus = scene() ? scene()->focusItem() : nullptr;
    return focus && focus->type() == QGraphicsTextItem::Type;
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (isTypingInScene()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    // Arrow keys nudge the selection by one unit, or by a grid step with Shift.
    const qreal step = (event->modifiers() & Qt::ShiftModifier) ? 10.0 : 1.0;
    QPointF by;
    switch (event->key()) {
    case Qt::Key_Left:
        by = {-step, 0};
        break;
    case Qt::Key_Right:
        by = {step, 0};
        break;
    case Qt::Key_Up:
        by = {0, -step};
        break;
    case Qt::Key_Down:
        by = {0, step};
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (diagram()->selectedComponents().isEmpty()) {
        QGraphicsView::keyPressEvent(event); // scroll
        return;
    }
    diagram()->nudgeSelection(by);
    event->accept();
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && mSpaceHeld) {
        mSpaceHeld = false;
        if (!mPanning)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(kPaletteMimeType) || event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        event->ignore();
}

void DiagramView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls() && !event->mimeData()->hasFormat(kPaletteMimeType)) {
        event->acceptProposedAction();
        return;
    }
    const QString entry = paletteEntry(event->mimeData());
    const bool accepts = !entry.isEmpty() && diagram()->previewPaletteDrop(
                                                 entry, mapToScene(event->position().toPoint()));
    // A refused place still keeps the drag alive, so the user sees the red zone and moves on.
    event->setDropAction(accepts ? Qt::CopyAction : Qt::IgnoreAction);
    event->accept();
}

void DiagramView::dragLeaveEvent(QDragLeaveEvent *event)
{
    diagram()->clearDropPreview();
    QGraphicsView::dragLeaveEvent(event);
}

void DiagramView::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(kPaletteMimeType)) {
        diagram()->dropPaletteEntry(paletteEntry(mime), mapToScene(event->position().toPoint()));
        setFocus();
        event->acceptProposedAction();
        return;
    }
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        emit filesDropped(paths);
        event->acceptProposedAction();
    }
}

} // namespace archstudio::ui
