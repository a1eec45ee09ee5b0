#include "linkitem.h"

#include "diagramscene.h"

#include "core/render/diagramstyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace archstudio::ui {

namespace {

/// One font for every link label: a design has thousands of links.
const QFont &labelFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(7.5);
        return f;
    }();
    return font;
}

/// The size of a label's text. Thousands of links share a few dozen labels ("reads + writes ·
/// same AZ 0.50 ms"), and measuring text is shaping it: each text is measured once. Only the
/// GUI thread draws and places labels.
QSizeF labelTextSize(const QString &text)
{
    static QHash<QString, QSizeF> sizes;
    if (sizes.size() > 4096) // labels name latencies, so a long session makes new ones
        sizes.clear();
    auto it = sizes.find(text);
    if (it == sizes.end())
        it = sizes.insert(text, QFontMetricsF(labelFont()).size(Qt::TextSingleLine, text));
    return *it;
}

constexpr qreal kArrow = 9.0;
constexpr qreal kLabelRoom = 120.0;

/// The part of a segment inside a rectangle (Liang-Barsky); the segment itself when it is
/// wholly inside, a null line when it misses.
QLineF clipped(const QLineF &line, const QRectF &rect)
{
    if (rect.isEmpty())
        return line;
    qreal t0 = 0.0, t1 = 1.0;
    const qreal dx = line.dx(), dy = line.dy();
    const qreal p[] = {-dx, dx, -dy, dy};
    const qreal q[] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                       rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return {};
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return {};
    }
    return QLineF(line.pointAt(t0), line.pointAt(t1));
}

} // namespace

LinkItem::LinkItem(Kind kind, qsizetype linkIndex, model::ComponentId from, model::ComponentId to)
    : mKind(kind), mLinkIndex(linkIndex), mFrom(std::move(from)), mTo(std::move(to))
{
    setZValue(-5);
    setFlag(ItemUsesExtendedStyleOption); // exposedRect, to stroke only what shows
    if (kind == Kind::Traffic)
        setFlags(ItemIsSelectable | ItemIsFocusable);
}

void LinkItem::setEnds(QPointF from, QPointF to)
{
    prepareGeometryChange();
    mLine = QLineF(from, to);
    mLabelCentre.reset(); // placed again by the scene
}

bool LinkItem::setLabel(const QString &label, Reach reach)
{
    if (label == mLabel && reach == mReach)
        return false;
    const bool textChanged = label != mLabel;
    mLabel = label;
    mReach = reach;
    mLabelPrepared = false;
    mLabelBoxSize = {};
    update();
    return textChanged;
}

QSizeF LinkItem::labelBoxSize() const
{
    if (mLabelBoxSize.isEmpty() && !mLabel.isEmpty())
        mLabelBoxSize = labelTextSize(mLabel) + QSizeF(10, 4);
    return mLabelBoxSize;
}

void LinkItem::setLabelCentre(QPointF centre)
{
    if (mLabelCentre == centre)
        return;
    mLabelCentre = centre;
    update();
}

QColor LinkItem::colour() const
{
    return mKind == Kind::Replication ? render::style::replicationColour()
                                      : render::reachColour(mReach);
}

QLineF LinkItem::visibleLine() const
{
    return QLineF(render::cardExit(mLine.p1(), mLine.p2()),
                  render::cardExit(mLine.p2(), mLine.p1()));
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
    if (!detailed && !isSelected() && scene() &&
        static_cast<const DiagramScene *>(scene())->isFarView())
        return; // the scene's cached far view shows this link
    const QLineF line = visibleLine();
    if (line.length() < 1.0)
        return;
    const QColor colour = isSelected() ? QColor(0x31, 0x82, 0xCE) : this->colour();
    const auto *diagram = static_cast<const DiagramScene *>(scene());
    // Hundreds of links across the view: plain strokes, and labels only on the selection,
    // as a thousand labels piled on one another say nothing anyway.
    const bool dense = diagram && diagram->linksAreDense();
    painter->setRenderHint(QPainter::Antialiasing, detailed && !dense);
    if (!detailed) {
        // Far out: a hairline, the rasteriser's fastest stroke; no dashes, no arrow, no label.
        painter->setPen(QPen(colour, 0));
        painter->drawLine(line);
        return;
    }
    // One-pixel cosmetic pens go through the rasteriser's fast line path; wider ones are
    // stroked as polygons, several times dearer with hundreds of links in view. Distance is
    // told by colour; only the selection is wide.
    QPen pen(colour, isSelected() ? 3.0 : 1.0);
    pen.setCosmetic(true);
    if (mKind == Kind::Replication)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    // A dashed line is stroked dash by dash along its whole length, even off screen: stroke
    // only the part the view exposes, and skip what it does not.
    const QRectF exposed = option->exposedRect.adjusted(-12, -12, 12, 12);
    const QLineF shown = clipped(line, exposed);
    if (shown.isNull())
        return;
    painter->drawLine(shown);

    // Arrow head at the target end.
    const QPointF tip = line.p2();
    if (exposed.contains(tip)) {
        const qreal angle = std::atan2(-line.dy(), line.dx());
        const QPointF a = tip - QPointF(std::cos(angle - M_PI / 7) * kArrow,
                                        -std::sin(angle - M_PI / 7) * kArrow);
        const QPointF b = tip - QPointF(std::cos(angle + M_PI / 7) * kArrow,
                                        -std::sin(angle + M_PI / 7) * kArrow);
        painter->setBrush(colour);
        painter->setPen(Qt::NoPen);
        painter->drawPolygon(QPolygonF{tip, a, b});
    }

    if (mLabel.isEmpty() || (dense && !isSelected()))
        return;
    if (!mLabelPrepared) {
        mStaticLabel.setText(mLabel);
        mStaticLabel.setTextFormat(Qt::PlainText);
        mStaticLabel.setPerformanceHint(QStaticText::AggressiveCaching);
        mStaticLabel.prepare(QTransform(), labelFont());
        mLabelPrepared = true;
    }
    const QSizeF size = mStaticLabel.size();
    // Clear of the figures badges under the cards at either end, and of other labels once
    // the scene has placed them.
    const QPointF mid = mLabelCentre.value_or(
        render::linkLabelCentre(line, mLine.p1(), mLine.p2(), size + QSizeF(10, 4)));
    if (!exposed.contains(mid))
        return;
    const QRectF box(mid.x() - size.width() / 2 - 5, mid.y() - size.height() / 2 - 2,
                     size.width() + 10, size.height() + 4);
    painter->setBrush(option->palette.base());
    painter->setPen(QPen(colour, 1.0));
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(option->palette.text().color());
    painter->setFont(labelFont());
    painter->drawStaticText(box.topLeft() + QPointF(5, 2), mStaticLabel);
}

} // namespace archstudio::ui
