#include "componentitem.h"

#include "diagramscene.h"

#include "core/render/diagramstyle.h"
#include "core/render/iconcache.h"

#include <QFont>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace archstudio::ui {

namespace {

constexpr qreal kHandleRadius = 6.0;
/// Room around the card for the badge (which may be wider than the card) and the handle.
const QRectF kBounds(-160.0, -render::style::kCardSize.height() / 2 - 4, 320.0,
                     render::style::kCardSize.height() + render::style::kBadgeGap +
                         render::style::kBadgeHeight + 8);

} // namespace

ComponentItem::ComponentItem(model::ComponentId id) : mId(std::move(id)), mBounds(kBounds)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
}

void ComponentItem::setContent(const render::CardContent &content)
{
    mContent = content;
    update();
}

void ComponentItem::setFigures(const QString &badge, bool singlePointOfFailure, bool saturated)
{
    if (mContent.badge == badge && mContent.singlePointOfFailure == singlePointOfFailure &&
        mContent.saturated == saturated)
        return;
    mContent.badge = badge;
    mContent.singlePointOfFailure = singlePointOfFailure;
    mContent.saturated = saturated;
    update();
}

QRectF ComponentItem::handleRect() const
{
    const qreal x = render::style::kCardSize.width() / 2;
    return QRectF(x - kHandleRadius, -kHandleRadius, 2 * kHandleRadius, 2 * kHandleRadius);
}

bool ComponentItem::isOnHandle(QPointF scenePos) const
{
    return handleRect().adjusted(-3, -3, 3, 3).contains(mapFromScene(scenePos));
}

QRectF ComponentItem::boundingRect() const
{
    return mBounds;
}

QPainterPath ComponentItem::shape() const
{
    QPainterPath path;
    path.addRect(render::cardRect(QPointF()).adjusted(0, 0, kHandleRadius, 0));
    return path;
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const DiagramScene *scene = diagram();
    if (scene && scene->isFarView() && !isSelected())
        return; // the scene's cached far view shows this card
    const render::CardColours colours = scene ? scene->cardColours() : render::CardColours::light();
    painter->setRenderHint(QPainter::Antialiasing, detail >= render::style::kDetailZoom);
    const QRectF card = render::cardRect(QPointF());
    render::paintCard(*painter, card, mContent, colours, detail, isSelected(),
                      render::IconCache::shared());
    if (!scene || scene->badgesVisible()) {
        // While a new evaluation runs the old figures stay, faded to say they are updating.
        painter->setOpacity(scene && scene->isUpdating() ? 0.45 : 1.0);
        render::paintBadge(*painter, card, mContent, detail);
        painter->setOpacity(1.0);
    }
    if ((mHovered || isSelected()) && detail >= render::style::kDetailZoom) {
        painter->setPen(QPen(colours.background, 2.0));
        painter->setBrush(colours.selection);
        painter->drawEllipse(handleRect());
    }
}

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    DiagramScene *scene = diagram();
    if (change == ItemPositionChange && scene)
        return scene->constrainedPosition(this, value.toPointF());
    if (change == ItemPositionHasChanged && scene)
        scene->componentMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void ComponentItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    mHovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void ComponentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    mHovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

DiagramScene *ComponentItem::diagram() const
{
    return static_cast<DiagramScene *>(scene());
}

} // namespace archstudio::ui
