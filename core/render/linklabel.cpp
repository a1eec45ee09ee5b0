#include "linklabel.h"

#include "diagramstyle.h"
#include "figureformat.h"

#include <QColor>
#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>

namespace archstudio::render {

LinkLabel linkLabel(const model::Component &fromComponent, const model::Component &toComponent,
                    const model::Link &link, const catalog::Catalog &catalog,
                    const model::KindRegistry &kinds)
{
    const model::Component *from = &fromComponent;
    const model::Component *to = &toComponent;
    const QString traffic = link.traffic == model::Traffic::Reads
                                ? QCoreApplication::translate("Render", "reads")
                            : link.traffic == model::Traffic::Writes
                                ? QCoreApplication::translate("Render", "writes")
                                : QCoreApplication::translate("Render", "reads + writes");
    const auto rtt = [&](const QString &key) {
        const std::optional<double> ms = catalog.value(key);
        return ms ? QStringLiteral(" %1").arg(latencyMs(*ms)) : QString();
    };
    // A service with a replica in the caller's region (a global table) answers there.
    const model::KindSchema *targetKind = kinds.schema(to->kind);
    if (from->placement.region != to->placement.region && targetKind &&
        !targetKind->localInRegionsProperty.isEmpty() &&
        to->properties.value(targetKind->localInRegionsProperty)
            .toStringList()
            .contains(from->placement.region.value()))
        return {QCoreApplication::translate("Render", "%1 · regional replica").arg(traffic),
                LinkReach::SameZone};
    if (from->placement.region != to->placement.region)
        //: link label: %1 is the traffic (reads, writes...), %2 the round-trip time with a leading
        //: space, or empty
        return {QCoreApplication::translate("Render", "%1 · cross-region%2")
                    .arg(traffic, rtt(QStringLiteral("rtt.%1.%2")
                                          .arg(from->placement.region.value(),
                                               to->placement.region.value()))),
                LinkReach::CrossRegion};
    QList<model::ZoneId> fromZones = from->placement.zones;
    if (from->placement.zone)
        fromZones = {*from->placement.zone};
    if (!to->placement.zone || fromZones.isEmpty())
        return {QCoreApplication::translate("Render", "%1 · regional").arg(traffic),
                LinkReach::SameZone};
    const qsizetype remote =
        std::count_if(fromZones.cbegin(), fromZones.cend(),
                      [&](const model::ZoneId &z) { return z != *to->placement.zone; });
    if (remote == 0)
        //: link label: %1 is the traffic (reads, writes...), %2 the round-trip time with a leading
        //: space, or empty
        return {QCoreApplication::translate("Render", "%1 · same AZ%2")
                    .arg(traffic, rtt(QStringLiteral("latency.same-az-rtt-ms"))),
                LinkReach::SameZone};
    const QString share = remote == fromZones.size()
                              ? QString()
                              : percent(double(remote) / fromZones.size()) + QLatin1Char(' ');
    //: link label: %1 is the traffic, %2 the share of zones that cross ("50% ") or empty, %3 the
    //: round-trip time with a leading space, or empty
    return {QCoreApplication::translate("Render", "%1 · %2cross-AZ%3")
                .arg(traffic, share, rtt(QStringLiteral("latency.cross-az-rtt-ms"))),
            LinkReach::CrossZone};
}

LinkLabel replicationLabel(const model::Component &source, const model::Component &replica)
{
    if (source.placement.region != replica.placement.region)
        return {QCoreApplication::translate("Render", "cross-region replication"),
                LinkReach::CrossRegion};
    return {QString(), LinkReach::SameZone};
}

QColor reachColour(LinkReach reach)
{
    switch (reach) {
    case LinkReach::SameZone:
        return QColor(0x71, 0x80, 0x96);
    case LinkReach::CrossZone:
        return style::warningColour();
    case LinkReach::CrossRegion:
        return style::saturatedColour();
    }
    return QColor(0x71, 0x80, 0x96);
}

namespace {

QRectF boxAt(QPointF centre, QSizeF label)
{
    return {centre.x() - label.width() / 2, centre.y() - label.height() / 2, label.width(),
            label.height()};
}

/// The point of visible nearest its middle, in steps of a twentieth of the line, where a label
/// of that size is clear of the figures badges under both cards and isClear(box) holds;
/// nothing when there is none.
template <typename Clear>
std::optional<QPointF> clearPoint(const QLineF &visible, QPointF fromCard, QPointF toCard,
                                  QSizeF label, Clear isClear)
{
    // The badge hangs under its card's middle; a label over it would hide the figures.
    const auto badgeArea = [](QPointF card) {
        const QSizeF size = style::kCardSize;
        return QRectF(card.x() - size.width() / 2, card.y() + size.height() / 2, size.width(),
                      style::kBadgeGap + style::kBadgeHeight);
    };
    const QRectF from = badgeArea(fromCard), to = badgeArea(toCard);
    for (int step = 0; step <= 9; ++step) {
        for (const qreal t : {0.5 + step * 0.05, 0.5 - step * 0.05}) {
            const QRectF box = boxAt(visible.pointAt(t), label);
            if (!box.intersects(from) && !box.intersects(to) && isClear(box))
                return visible.pointAt(t);
        }
    }
    return std::nullopt;
}

constexpr qreal kPlacerCell = 256.0;

/// The grid cells a box touches, as keys.
template <typename Visit> void forCells(const QRectF &box, Visit visit)
{
    const auto cell = [](qreal v) {
        return static_cast<qint64>(std::floor(v / kPlacerCell));
    };
    for (qint64 x = cell(box.left()); x <= cell(box.right()); ++x) {
        for (qint64 y = cell(box.top()); y <= cell(box.bottom()); ++y)
            visit((static_cast<quint64>(static_cast<quint32>(x)) << 32) | static_cast<quint32>(y));
    }
}

} // namespace

QPointF linkLabelCentre(const QLineF &visible, QPointF fromCard, QPointF toCard, QSizeF label)
{
    return clearPoint(visible, fromCard, toCard, label, [](const QRectF &) { return true; })
        .value_or(visible.center());
}

QPointF LinkLabelPlacer::place(const QLineF &visible, QPointF fromCard, QPointF toCard,
                               QSizeF label)
{
    const QPointF centre = clearPoint(visible, fromCard, toCard, label, [this](const QRectF &box) {
                               return !isTaken(box);
                           }).value_or(linkLabelCentre(visible, fromCard, toCard, label));
    take(boxAt(centre, label));
    return centre;
}

bool LinkLabelPlacer::isTaken(const QRectF &box) const
{
    bool taken = false;
    forCells(box, [&](quint64 key) {
        if (taken)
            return;
        const auto it = mCells.constFind(key);
        if (it == mCells.cend())
            return;
        taken = std::any_of(it->cbegin(), it->cend(),
                            [&](const QRectF &other) { return other.intersects(box); });
    });
    return taken;
}

void LinkLabelPlacer::take(const QRectF &box)
{
    forCells(box, [&](quint64 key) { mCells[key].append(box); });
}

} // namespace archstudio::render
