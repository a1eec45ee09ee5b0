#include "notepainter.h"

#include "componentcard.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace archstudio::render {

namespace {

constexpr qreal kPadding = 8.0;
constexpr qreal kArrowHead = 10.0;

/// Where the ray from box's centre toward `toward` leaves the box.
QPointF borderPoint(const QRectF &box, QPointF toward)
{
    const QPointF centre = box.center();
    const QPointF d = toward - centre;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return centre;
    const qreal tx = qFuzzyIsNull(d.x()) ? qInf() : (box.width() / 2) / std::abs(d.x());
    const qreal ty = qFuzzyIsNull(d.y()) ? qInf() : (box.height() / 2) / std::abs(d.y());
    return centre + d * std::min(tx, ty);
}

} // namespace

std::optional<QRectF> calloutTargetBox(const model::Note &note, const model::Layout &layout)
{
    if (!note.pointsTo)
        return std::nullopt;
    const model::NoteTarget &target = *note.pointsTo;
    switch (target.kind) {
    case model::NoteTarget::Kind::Component: {
        const auto it = layout.componentPositions.constFind(model::ComponentId(target.id));
        if (it == layout.componentPositions.cend())
            return std::nullopt;
        return cardRect(*it);
    }
    case model::NoteTarget::Kind::Zone: {
        const auto it = layout.zoneFrames.constFind(model::ZoneId(target.id));
        return it == layout.zoneFrames.cend() ? std::nullopt : std::optional<QRectF>(*it);
    }
    case model::NoteTarget::Kind::Region:
        break;
    }
    const auto it = layout.regionFrames.constFind(model::RegionId(target.id));
    return it == layout.regionFrames.cend() ? std::nullopt : std::optional<QRectF>(*it);
}

QLineF calloutLine(const QRectF &noteBox, const QRectF &targetBox)
{
    if (noteBox.intersects(targetBox))
        return {};
    return QLineF(borderPoint(noteBox, targetBox.center()),
                  borderPoint(targetBox, noteBox.center()));
}

void paintNote(QPainter &painter, const model::Note &note, const std::optional<QRectF> &targetBox)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF box(note.at, note.size);
    const QColor ink(0x3C, 0x40, 0x43);
    if (targetBox) {
        const QLineF line = calloutLine(box, *targetBox);
        if (!line.isNull()) {
            painter.setPen(QPen(ink, 1.6));
            painter.drawLine(line);
            // The head: a filled triangle at the target's end.
            const qreal angle = std::atan2(-line.dy(), line.dx());
            const QPointF tip = line.p2();
            const auto corner = [&](qreal offset) {
                return tip - QPointF(std::cos(angle + offset) * kArrowHead,
                                     -std::sin(angle + offset) * kArrowHead);
            };
            QPainterPath head;
            head.moveTo(tip);
            head.lineTo(corner(M_PI / 7));
            head.lineTo(corner(-M_PI / 7));
            head.closeSubpath();
            painter.fillPath(head, ink);
        }
    }
    const QColor fill(model::noteFillHex(note.colour));
    painter.setPen(QPen(fill.darker(135), 1.0));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 4, 4);
    QFont font = painter.font();
    font.setPointSizeF(10.0);
    painter.setFont(font);
    painter.setPen(ink);
    painter.setClipRect(box.adjusted(kPadding, kPadding, -kPadding, -kPadding));
    painter.drawText(box.adjusted(kPadding, kPadding, -kPadding, -kPadding),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, note.text);
    painter.restore();
}

} // namespace archstudio::render
