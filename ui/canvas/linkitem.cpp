#include "linkitem.h"

#include "core/render/diagramstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace archstudio::ui {

namespace {

constexpr qreal kArrow = 9.0;
constexpr qreal kLabelRoom = 120.0;

QColor reachColour(LinkItem::Reach reach)
{
    switch (reach) {
    case LinkItem::Reach::SameZone:
        return QColor(0x71, 0x80, 0x96);
    case LinkItem::Reach::CrossZone:
        return render::style::warningColour();
    case LinkItem::Reach::CrossRegion:
        return render::style::saturatedColour();
    }
    return Qt::gray;
}

/// Where the segment from a card's centre towards target leaves the card's rectangle.
QPointF cardExit(QPointF centre, QPointF target)
{
    const QSizeF half = render::style::kCardSize / 2;
    const QPointF d = target - centre;
    if (d.isNull())
        return centre;
    const qreal tx = d.x() != 0 ? half.width() / std::abs(d.x()) : 1e9;
    const qreal ty = d.y() != 0 ? half.height() / std::abs(d.y()) : 1e9;
    return centre + d * std::min({tx, ty, 1.0});
}

} // namespace

LinkItem::LinkItem(Kind kind, qsizetype linkIndex, model::ComponentId from, model::ComponentId to)
    : mKind(kind), mLinkIndex(linkIndex), mFrom(std::move(from)), mTo(std::move(to))
{
    setZValue(-5);
    if (kind == Kind::Traffic)
        setFlags(ItemIsSelectable | ItemIsFocusable);
}

void LinkItem::setEnds(QPointF from, QPointF to)
{
    prepareGeometryChange();
    mLine = QLineF(from, to);
}

void LinkItem::setLabel(const QString &label, Reach reach)
{
    mLabel = label;
    mReach = reach;
    update();
}

QLineF LinkItem::visibleLine() const
{
    return QLineF(cardExit(mLine.p1(), mLine.p2()), cardExit(mLine.p2(), mLine.p1()));
}

QRectF LinkItem::boundingRect() const
{
    return QRectF(mLine.p1(), mLine.p2()).normalized().adjusted(-kLabelRoom, -20, kLabelRoom, 20);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(mLine.p1());
    path.lineTo(mLine.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool detailed = detail >= render::style::kDetailZoom;
    const QLineF line = visibleLine();
    if (line.length() < 1.0)
        return;
    QColor colour = mKind == Kind::Replication
                        ? render::style::categoryColour(QStringLiteral("rds"))
                        : reachColour(mReach);
    if (isSelected())
        colour = QColor(0x31, 0x82, 0xCE);
    QPen pen(colour, mKind == Kind::Traffic && mReach != Reach::SameZone ? 2.2 : 1.5);
    if (mKind == Kind::Replication)
        pen.setStyle(Qt::DashLine);
    if (isSelected())
        pen.setWidthF(3.0);
    pen.setCosmetic(!detailed);
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    painter->setPen(pen);
    painter->drawLine(line);
    if (!detailed)
        return;

    // Arrow head at the target end.
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const QPointF tip = line.p2();
    const QPointF a =
        tip - QPointF(std::cos(angle - M_PI / 7) * kArrow, -std::sin(angle - M_PI / 7) * kArrow);
    const QPointF b =
        tip - QPointF(std::cos(angle + M_PI / 7) * kArrow, -std::sin(angle + M_PI / 7) * kArrow);
    painter->setBrush(colour);
    painter->setPen(Qt::NoPen);
    painter->drawPolygon(QPolygonF{tip, a, b});

    if (mLabel.isEmpty())
        return;
    QFont font = painter->font();
    font.setPointSizeF(7.5);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const QPointF mid = line.center();
    const QRectF box(mid.x() - metrics.horizontalAdvance(mLabel) / 2 - 5,
                     mid.y() - metrics.height() / 2 - 2, metrics.horizontalAdvance(mLabel) + 10,
                     metrics.height() + 4);
    painter->setBrush(option->palette.base());
    painter->setPen(QPen(colour, 1.0));
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(option->palette.text().color());
    painter->drawText(box, Qt::AlignCenter, mLabel);
}

} // namespace archstudio::ui
