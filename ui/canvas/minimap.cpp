#include "minimap.h"

#include "containeritem.h"
#include "diagramscene.h"
#include "diagramview.h"

#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>

namespace archstudio::ui {

MiniMap::MiniMap(DiagramView *view, QWidget *parent) : QWidget(parent), mView(view)
{
    setObjectName(QStringLiteral("minimap"));
    setMinimumSize(120, 80);
    setCursor(Qt::PointingHandCursor);
    mRefresh.setSingleShot(true);
    mRefresh.setInterval(250);
    connect(&mRefresh, &QTimer::timeout, this, &MiniMap::renderScene);
    connect(view->scene(), &QGraphicsScene::changed, &mRefresh, qOverload<>(&QTimer::start));
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            qOverload<>(&QWidget::update));
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            qOverload<>(&QWidget::update));
    connect(view, &DiagramView::zoomChanged, this, qOverload<>(&QWidget::update));
    connect(&mRenderer, &OverviewRenderer::rendered, this, [this](const QImage &cards) {
        mCards = cards;
        update();
    });
}

QRectF MiniMap::sceneBounds() const
{
    return mView && mView->scene() ? mView->scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40)
                                   : QRectF();
}

QTransform MiniMap::sceneToMap() const
{
    const QRectF &bounds = mBounds;
    if (bounds.isEmpty())
        return {};
    const qreal scale = std::min(width() / bounds.width(), height() / bounds.height());
    const QPointF offset((width() - bounds.width() * scale) / 2,
                         (height() - bounds.height() * scale) / 2);
    QTransform t;
    t.translate(offset.x(), offset.y());
    t.scale(scale, scale);
    t.translate(-bounds.left(), -bounds.top());
    return t;
}

void MiniMap::renderScene()
{
    const auto *scene = mView ? qobject_cast<const DiagramScene *>(mView->scene()) : nullptr;
    if (!scene || !isVisible())
        return;
    // Measured once per change, not on every scroll: a pass over every item of the scene.
    mBounds = sceneBounds();
    const qreal ratio = devicePixelRatioF();
    mPicture = QPixmap(size() * ratio);
    mPicture.setDevicePixelRatio(ratio);
    mPicture.fill(palette().base().color());
    QPainter painter(&mPicture);
    painter.setTransform(sceneToMap());
    // The regions and zones here, a few dozen items; the thousands of cards and links on a
    // worker (not QGraphicsScene::render(), which paints item by item).
    for (ContainerItem *container : scene->containerItems()) {
        QStyleOptionGraphicsItem option;
        option.exposedRect = container->boundingRect();
        painter.save();
        painter.translate(container->pos());
        container->paint(&painter, &option, nullptr);
        painter.restore();
    }
    QTransform toPixels = sceneToMap();
    toPixels *= QTransform::fromScale(ratio, ratio);
    mRenderer.request(OverviewSnapshot::of(*scene), mPicture.size(), toPixels);
    update();
}

void MiniMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!mPicture.isNull())
        painter.drawPixmap(0, 0, mPicture);
    if (!mCards.isNull())
        painter.drawImage(QRectF(rect()), mCards);
    if (!mView)
        return;
    const QRectF visible = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    painter.setPen(QPen(palette().highlight().color(), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(sceneToMap().mapRect(visible));
    painter.setPen(palette().mid().color());
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void MiniMap::centreViewAt(QPoint at)
{
    bool invertible = false;
    const QTransform back = sceneToMap().inverted(&invertible);
    if (mView && invertible)
        mView->centerOn(back.map(QPointF(at)));
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    centreViewAt(event->position().toPoint());
}

void MiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position().toPoint());
}

void MiniMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    mRefresh.start();
}

} // namespace archstudio::ui
