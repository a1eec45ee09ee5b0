#pragma once

#include "core/document/designdelta.h"
#include "core/engine/evaluation.h"
#include "core/model/design.h"
#include "core/model/kindregistry.h"
#include "core/model/kindschema.h"

#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>

/// The studio's gestures as DesignDeltas over the current design: each function only reads the
/// design and returns what the gesture changes, so it is testable without a scene and one
/// gesture is one undo step (EditDesignCommand).
namespace archstudio::document::edits {

/// base, or base-2, base-3, ...: the first id no component of design has.
model::ComponentId uniqueComponentId(const model::Design &design, const QString &base);

/// A new component of a kind, named after it, with the placement a drop at (region, zone)
/// gives it: its zone, its zones (a workload) or its region only (a regional service).
model::Component newComponent(const model::Design &design, const model::KindSchema &schema,
                              const model::RegionId &region,
                              const std::optional<model::ZoneId> &zone);

/// Where a component of this kind goes when dropped at (region, zone); fails with a reason
/// when the drop is not allowed (a zonal component dropped outside any zone).
struct PlacementResult
{
    std::optional<model::Placement> placement;
    QString refusal;
};
PlacementResult placementFor(const model::KindSchema &schema, const model::Component *existing,
                             const model::RegionId &region,
                             const std::optional<model::ZoneId> &zone);

DesignDelta addComponent(const model::Design &design, const model::Component &component,
                         QPointF at);

/// A review finding's fix: its property values set on its component and, where it moves the
/// component to another zone, the card moved to the same place in that zone. Empty when the
/// component is gone.
DesignDelta applyFix(const model::Design &design, const engine::Patch &patch);

/// Deletes components (with their links and positions), links by index, and zones and regions
/// with everything in them.
struct Selection
{
    QSet<model::ComponentId> components;
    QSet<qsizetype> links;
    QSet<model::ZoneId> zones;
    QSet<model::RegionId> regions;
    QSet<qsizetype> notes; ///< by index
    bool isEmpty() const
    {
        return components.isEmpty() && links.isEmpty() && zones.isEmpty() && regions.isEmpty() &&
               notes.isEmpty();
    }
};
DesignDelta removeItems(const model::Design &design, const Selection &selection);

/// Moves components; a new placement (dropped into another zone) is applied with the move.
DesignDelta moveComponents(const model::Design &design, const QMap<model::ComponentId, QPointF> &to,
                           const QMap<model::ComponentId, model::Placement> &placements);

/// Moves or resizes a zone or region frame; what is inside moves by the same offset.
DesignDelta setZoneFrame(const model::Design &design, const model::ZoneId &zone, QRectF frame);
DesignDelta setRegionFrame(const model::Design &design, const model::RegionId &region,
                           QRectF frame);

DesignDelta addLink(const model::Design &design, const model::Link &link);
DesignDelta replaceLink(const model::Design &design, qsizetype index, const model::Link &link);

/// Part of a design on the clipboard: components, the links between them, their positions,
/// and the regions and zones they are placed in (with frames), so a paste into another design
/// brings what it needs.
struct Fragment
{
    model::Design design;
    bool isEmpty() const { return design.components.isEmpty() && design.notes.isEmpty(); }
};
/// The components ids, and the notes at noteIndexes, with what they need to be pasted.
Fragment copyFragment(const model::Design &design, const QSet<model::ComponentId> &ids,
                      const QSet<qsizetype> &noteIndexes = {});
/// Pastes a fragment: new ids where they clash (references between pasted components follow),
/// positions moved by offset, and regions and zones the design lacks added. With a card size,
/// each card is then fitted where its placement puts it (fitCard).
/// kinds tells which properties name other components.
DesignDelta pasteFragment(const model::Design &design, const model::KindRegistry &kinds,
                          const Fragment &fragment, QPointF offset,
                          QList<model::ComponentId> *pastedIds = nullptr, QSizeF cardSize = {});

/// The centre nearest to at where a card of cardSize lies wholly where its placement puts it:
/// inside its zone, below the zone's title (for a workload spread over zones, the one of them
/// at holds); or, for a component of the region (a regional service, a workload put outside
/// its zones), inside its region and clear of the region's zones.
/// Frames come from layout; at itself where the layout has none.
QPointF fitCard(const model::Layout &layout, const model::Design &design,
                const model::Placement &placement, QPointF at, QSizeF cardSize);
/// The region's frame grown just enough to hold a card centred at centre, with room for the
/// figures under it; nothing when it already does (or has no frame). fitCard puts a regional
/// card below the zones when the region has no room beside them.
std::optional<QRectF> regionFrameToHold(const model::Layout &layout, const model::RegionId &region,
                                        QPointF centre, QSizeF cardSize);

} // namespace archstudio::document::edits
