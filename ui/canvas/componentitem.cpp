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
/// Room around the card for the badge (which may be wider than the card), the handle and
/// a failure note above it.
const QRectF kBounds(-160.0, -render::style::kCardSize.height() / 2 - 28, 320.0,
                     render::style::kCardSize.height() + render::style::kBadgeGap +
                         render::style::kBadgeHeight + 32);

/// A failure played back: down is greyed and crossed out, a component that took over is
/// outlined in green, a cold cache in blue; the note sits in a pill above the card.
void paintFault(QPainter &painter, const QRectF &card, ComponentItem::Fault fault,
                const QString &note)
{
    using Fault = ComponentItem::Fault;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor colour;
    if (fault == Fault::Down) {
        colour = QColor(0xC5, 0x30, 0x30);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(90, 90, 90, 150));
        painter.drawRoundedRect(card, 6, 6);
        painter.setPen(QPen(colour, 3.0, Qt::SolidLine, Qt::RoundCap));
        const QRectF cross = card.adjusted(card.width() / 2 - card.height() / 2 + 8, 8,
                                           -(card.width() / 2 - card.height() / 2 + 8), -8);
        painter.drawLine(cross.topLeft(), cross.bottomRight());
        painter.drawLine(cross.topRight(), cross.bottomLeft());
    } else {
        colour = fault == Fault::TookOver ? QColor(0x2F, 0x85, 0x5A) : QColor(0x2B, 0x6C, 0xB0);
        painter.setPen(QPen(colour, 3.0, fault == Fault::Cold ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(card.adjusted(-3, -3, 3, 3), 8, 8);
    }
    if (!note.isEmpty()) {
        QFont font = painter.font();
        font.setPointSizeF(8.0);
        font.setBold(true);
        painter.setFont(font);
        const QFontMetricsF metrics(font);
        const qreal width = metrics.horizontalAdvance(note) + 12;
        const QRectF pill(card.center().x() - width / 2, card.top() - metrics.height() - 8, width,
                          metrics.height() + 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter.setPen(Qt::white);
        painter.drawText(pill, Qt::AlignCenter, note);
    }
    painter.restore();
}

} // namespace

ComponentItem::ComponentItem(model::ComponentId id) : mId(std::move(id)), mBounds(kBounds)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
}

void ComponentItem::setContent(const render::CardContent &content)
{
    mContent = content;
    // The card may have to elide a long name: the tooltip always has all of it.
    setToolTip(content.subtitle.isEmpty() ? content.title
                                          : content.title + QLatin1Char('\n') + content.subtitle);
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

void ComponentItem::setFault(Fault fault, const QString &note)
{
    if (mFault == fault && mFaultNote == note)
        return;
    mFault = fault;
    mFaultNote = note;
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
    if (mFault != Fault::None)
        paintFault(*painter, card, mFault, mFaultNote);
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
