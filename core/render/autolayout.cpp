#include "autolayout.h"

#include "diagramstyle.h"

#include "core/engine/workloadkind.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace archstudio::render {

namespace {

using namespace style;

constexpr qreal kCellWidth = 240.0;  // a card and room for its badge
constexpr qreal kCellHeight = 100.0; // a card, its badge and a gap
constexpr qreal kRegionGap = 80.0;
constexpr qreal kZoneGap = 20.0;
constexpr qreal kMinZoneWidth = 240.0;
constexpr qreal kMinZoneHeight = 240.0;

enum class Band { Top, Zone, Bottom };

Band bandOf(const model::Component &c, const model::KindRegistry &registry)
{
    const model::KindSchema *schema = registry.schema(c.kind);
    if (c.placement.zone && !(schema && schema->placement == model::PlacementKind::Region))
        return Band::Zone;
    if (c.placement.zones.size() == 1) // a workload in one zone sits in it
        return Band::Zone;
    if (!c.placement.zones.isEmpty() || c.kind == engine::kWorkloadKind)
        return Band::Top;
    return Band::Bottom;
}

/// Columns for n cells: a roughly square grid, never wider than maxColumns.
int columnsFor(qsizetype n, int maxColumns)
{
    return std::clamp(static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n)))), 1,
                      std::max(1, maxColumns));
}

QPointF cellCentre(QPointF origin, qsizetype index, int columns)
{
    const qsizetype row = index / columns;
    const qsizetype column = index % columns;
    return origin +
           QPointF(column * kCellWidth + kCellWidth / 2, row * kCellHeight + kCellHeight / 2);
}

model::Layout layOut(const model::Design &design, const model::KindRegistry &registry,
                     const model::Layout &keep)
{
    model::Layout layout = keep;
    // What goes where, in design order.
    QHash<model::RegionId, QList<const model::Component *>> top, bottom;
    QHash<model::ZoneId, QList<const model::Component *>> inZone;
    for (const model::Component &c : design.components) {
        switch (bandOf(c, registry)) {
        case Band::Zone:
            inZone[c.placement.zone ? *c.placement.zone : c.placement.zones.first()].append(&c);
            break;
        case Band::Top:
            top[c.placement.region].append(&c);
            break;
        case Band::Bottom:
            bottom[c.placement.region].append(&c);
            break;
        }
    }

    qreal x = 0.0;
    for (const model::Region &region : design.regions) {
        const QRectF kept = keep.regionFrames.value(region.code);
        const QPointF regionOrigin = kept.isValid() ? kept.topLeft() : QPointF(x, 0.0);

        // Zone sizes from their contents; every zone of a region as tall as the tallest.
        QList<int> columns;
        qreal zoneHeight = kMinZoneHeight;
        for (const model::ZoneId &zone : region.zones) {
            const qsizetype n = inZone.value(zone).size();
            columns.append(columnsFor(n, 6));
            const qsizetype rows = (n + columns.last() - 1) / columns.last();
            zoneHeight =
                std::max(zoneHeight, kContainerHeader + kContainerPadding + rows * kCellHeight);
        }
        const qsizetype topCount = top.value(region.code).size();
        const qsizetype bottomCount = bottom.value(region.code).size();
        qreal zonesWidth = 0.0;
        for (int c : columns)
            zonesWidth += std::max(kMinZoneWidth, c * kCellWidth + kContainerPadding) + kZoneGap;
        const int bandColumns =
            std::max(1, static_cast<int>(std::max(zonesWidth, kCellWidth) / kCellWidth));
        const qreal topHeight =
            topCount ? ((topCount + bandColumns - 1) / bandColumns) * kCellHeight : 0.0;
        const qreal bottomHeight =
            bottomCount ? ((bottomCount + bandColumns - 1) / bandColumns) * kCellHeight : 0.0;

        QPointF cursor = regionOrigin + QPointF(kContainerPadding, kContainerHeader + topHeight);
        for (qsizetype z = 0; z < region.zones.size(); ++z) {
            const model::ZoneId &zone = region.zones.at(z);
            const qreal width =
                std::max(kMinZoneWidth, columns.at(z) * kCellWidth + kContainerPadding);
            QRectF frame = keep.zoneFrames.value(zone);
            if (!frame.isValid())
                frame = QRectF(cursor, QSizeF(width, zoneHeight));
            layout.zoneFrames.insert(zone, frame);
            const QPointF cellOrigin =
                frame.topLeft() + QPointF(kContainerPadding / 2, kContainerHeader);
            const auto &members = inZone.value(zone);
            for (qsizetype i = 0; i < members.size(); ++i) {
                if (!keep.componentPositions.contains(members.at(i)->id))
                    layout.componentPositions.insert(members.at(i)->id,
                                                     cellCentre(cellOrigin, i, columns.at(z)));
            }
            cursor.rx() += width + kZoneGap;
        }

        const qreal regionWidth =
            std::max(zonesWidth + kContainerPadding, kCellWidth + 2 * kContainerPadding);
        const qreal regionHeight = kContainerHeader + topHeight + zoneHeight + kContainerPadding +
                                   bottomHeight + kContainerPadding;
        const QRectF frame =
            kept.isValid() ? kept : QRectF(regionOrigin, QSizeF(regionWidth, regionHeight));
        layout.regionFrames.insert(region.code, frame);

        const QPointF topOrigin = frame.topLeft() + QPointF(kContainerPadding, kContainerHeader);
        const auto &tops = top.value(region.code);
        for (qsizetype i = 0; i < tops.size(); ++i) {
            if (!keep.componentPositions.contains(tops.at(i)->id))
                layout.componentPositions.insert(tops.at(i)->id,
                                                 cellCentre(topOrigin, i, bandColumns));
        }
        const QPointF bottomOrigin =
            frame.topLeft() + QPointF(kContainerPadding, kContainerHeader + topHeight + zoneHeight +
                                                             kContainerPadding);
        const auto &bottoms = bottom.value(region.code);
        for (qsizetype i = 0; i < bottoms.size(); ++i) {
            if (!keep.componentPositions.contains(bottoms.at(i)->id))
                layout.componentPositions.insert(bottoms.at(i)->id,
                                                 cellCentre(bottomOrigin, i, bandColumns));
        }
        x = std::max(x, frame.right()) + kRegionGap;
    }

    // Components placed in a region the design does not declare still get a place, to the right.
    qsizetype stray = 0;
    for (const model::Component &c : design.components) {
        if (!layout.componentPositions.contains(c.id))
            layout.componentPositions.insert(c.id, cellCentre(QPointF(x, 0.0), stray++, 4));
    }
    return layout;
}

} // namespace

model::Layout completeLayout(const model::Design &design, const model::KindRegistry &registry)
{
    return layOut(design, registry, design.layout);
}

model::Layout arrangeLayout(const model::Design &design, const model::KindRegistry &registry)
{
    return layOut(design, registry, model::Layout{});
}

} // namespace archstudio::render
