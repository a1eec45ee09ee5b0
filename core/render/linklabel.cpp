#include "linklabel.h"

#include "diagramstyle.h"
#include "figureformat.h"

#include <QColor>
#include <QCoreApplication>

#include <algorithm>

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

QPointF linkLabelCentre(const QLineF &visible, QPointF fromCard, QPointF toCard, QSizeF label)
{
    // The badge hangs under its card's middle; a label over it would hide the figures.
    const auto badgeArea = [](QPointF card) {
        const QSizeF size = style::kCardSize;
        return QRectF(card.x() - size.width() / 2, card.y() + size.height() / 2, size.width(),
                      style::kBadgeGap + style::kBadgeHeight);
    };
    const QRectF from = badgeArea(fromCard), to = badgeArea(toCard);
    const auto clearAt = [&](qreal t) {
        const QPointF centre = visible.pointAt(t);
        const QRectF box(centre.x() - label.width() / 2, centre.y() - label.height() / 2,
                         label.width(), label.height());
        return !box.intersects(from) && !box.intersects(to);
    };
    // From the middle outwards, in steps of a twentieth of the line.
    for (int step = 0; step <= 9; ++step) {
        for (const qreal t : {0.5 + step * 0.05, 0.5 - step * 0.05}) {
            if (clearAt(t))
                return visible.pointAt(t);
        }
    }
    return visible.center();
}

} // namespace archstudio::render
