#include "containeritem.h"

#include "diagramscene.h"

#include "core/render/diagramstyle.h"
#include "core/render/iconcache.h"

#include <QCursor>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace archstudio::ui {

namespace {

constexpr qreal kGrip = 14.0;
constexpr qreal kMinimumSide = 120.0;

} // namespace

ContainerItem::ContainerItem(Kind kind, QString code, QString title)
    : mKind(kind), mCode(std::move(code)), mTitle(std::move(title))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(kind == Kind::Region ? -20 : -10);
}

void ContainerItem::setFrame(const QRectF &frame)
{
    if (frame.size() != mSize) {
        prepareGeometryChange();
        mSize = frame.size();
    }
    setPos(frame.topLeft());
}

void ContainerItem::setTitle(const QString &title)
{
    mTitle = title;
    update();
}

void ContainerItem::setDropState(DropState state)
{
    if (state == mDropState)
        return;
    mDropState = state;
    update();
}

bool ContainerItem::isOnResizeGrip(QPointF scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    return p.x() >= mSize.width() - kGrip && p.y() >= mSize.height() - kGrip &&
           p.x() <= mSize.width() && p.y() <= mSize.height();
}

QRectF ContainerItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), mSize + QSizeF(4, 4));
}

void ContainerItem::setFailed(bool failed)
{
    if (mFailed == failed)
        return;
    mFailed = failed;
    update();
}

void ContainerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    using namespace render::style;
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const DiagramScene *scene = diagram();
    const render::CardColours colours = scene ? scene->cardColours() : render::CardColours::light();
    const QColor accent = mKind == Kind::Region ? regionColour() : zoneColour();
    const QRectF rect(QPointF(), mSize);

    QColor fill = containerFill(mKind == Kind::Region, colours.background);
    if (mDropState == DropState::Accepts)
        fill = QColor(0x38, 0xA1, 0x69, 60);
    else if (mDropState == DropState::Refuses)
        fill = QColor(0xE5, 0x3E, 0x3E, 60);
    // Solid outlines only: a dashed frame is stroked dash by dash along its whole perimeter,
    // which for a zone of a 10,000-component design costs more than everything in view.
    QPen pen(isSelected() ? colours.selection : accent, isSelected() ? 2.5 : 1.2);
    if (mKind == Kind::Zone && !isSelected())
        pen.setColor(QColor(accent.red(), accent.green(), accent.blue(), 150));
    pen.setCosmetic(detail < kDetailZoom);
    painter->setRenderHint(QPainter::Antialiasing, detail >= kDetailZoom);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, 10, 10);
    if (mFailed) {
        QPen failedPen(QColor(0xC5, 0x30, 0x30), 3.0);
        failedPen.setCosmetic(detail < kDetailZoom);
        painter->setPen(failedPen);
        painter->setBrush(QBrush(QColor(0xC5, 0x30, 0x30, 70), Qt::BDiagPattern));
        painter->drawRoundedRect(rect, 10, 10);
    }
    if (detail < kHeaderZoom)
        return;

    // Header: icon and title, scaled up when zoomed out so a far view still names its regions.
    const qreal scale = detail < kDetailZoom ? kDetailZoom / detail * 0.6 : 1.0;
    painter->save();
    painter->scale(scale, scale);
    const QRectF header(8, 4, mSize.width() / scale - 16, kContainerHeader - 8);
    const QString icon = mKind == Kind::Region ? QStringLiteral(":/icons/region.svg")
                                               : QStringLiteral(":/icons/zone.svg");
    painter->drawPixmap(QRectF(header.left(), header.top() + 1, 20, 20),
                        render::IconCache::shared().pixmap(icon, 40), QRectF());
    QFont font = painter->font();
    font.setPointSizeF(mKind == Kind::Region ? 11 : 9.5);
    font.setBold(true);
    painter->setFont(font);
    // The accent, unless it would not read on this theme's canvas (WCAG AA).
    painter->setPen(containerTitleColour(mKind == Kind::Region, colours.background));
    painter->drawText(
        header.adjusted(26, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(font).elidedText(mFailed ? mTitle + QStringLiteral(" \u2014 failed") : mTitle,
                                       Qt::ElideRight, header.width() - 26));
    painter->restore();

    if (detail >= kDetailZoom) {
        painter->setPen(QPen(accent, 1.2));
        for (int i = 1; i <= 3; ++i) {
            const qreal d = i * 4.0;
            painter->drawLine(QPointF(mSize.width() - d, mSize.height() - 2),
                              QPointF(mSize.width() - 2, mSize.height() - d));
        }
    }
}

QVariant ContainerItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    DiagramScene *scene = diagram();
    if (change == ItemPositionChange && scene && !mResizing)
        return scene->snapped(value.toPointF());
    if (change == ItemPositionHasChanged && scene)
        scene->containerMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

bool ContainerItem::isOnHeader(QPointF scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    return p.y() >= 0 && p.y() <= render::style::kContainerHeader && p.x() >= 0 &&
           p.x() <= mSize.width();
}

void ContainerItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // A container is grabbed by its header (to move it) or its grip (to resize it); a press
    // anywhere else inside it goes through to the canvas, which starts a rubber band there.
    if (!isOnHeader(event->scenePos()) && !isOnResizeGrip(event->scenePos())) {
        event->ignore();
        return;
    }
    mResizing = event->button() == Qt::LeftButton && isOnResizeGrip(event->scenePos());
    if (DiagramScene *scene = diagram())
        scene->containerPressed(this);
    QGraphicsItem::mousePressEvent(event);
}

void ContainerItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!mResizing) {
        QGraphicsItem::mouseMoveEvent(event);
        return;
    }
    const QPointF corner = diagram() ? diagram()->snapped(event->scenePos()) : event->scenePos();
    const QSizeF size(std::max(kMinimumSide, corner.x() - pos().x()),
                      std::max(kMinimumSide, corner.y() - pos().y()));
    prepareGeometryChange();
    mSize = size;
    update();
}

void ContainerItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (DiagramScene *scene = diagram())
        scene->containerReleased(this);
    mResizing = false;
}

void ContainerItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(isOnResizeGrip(event->scenePos()) ? Qt::SizeFDiagCursor
              : isOnHeader(event->scenePos())   ? Qt::SizeAllCursor
                                                : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

DiagramScene *ContainerItem::diagram() const
{
    return static_cast<DiagramScene *>(scene());
}

} // namespace archstudio::ui
