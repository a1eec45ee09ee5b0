#include "designedits.h"

#include "noteedits.h"

#include "core/model/kindregistry.h"

#include <QCoreApplication>
#include <QLineF>

#include <algorithm>
#include <optional>

namespace archstudio::document::edits {

using model::ComponentId;
using model::Design;
using model::RegionId;
using model::ZoneId;

namespace {

bool isRegional(const model::KindSchema &schema, const model::Component *component)
{
    if (schema.placement == model::PlacementKind::Region)
        return true;
    if (schema.regionalWhenProperty.isEmpty())
        return false;
    const QVariant value = schema.valueOf(schema.regionalWhenProperty,
                                          component ? component->properties : model::PropertyMap());
    return value.toString() == schema.regionalWhenValue;
}

/// The components whose canvas position lies inside frame.
QList<ComponentId> componentsInside(const Design &design, const QRectF &frame)
{
    QList<ComponentId> inside;
    for (auto it = design.layout.componentPositions.cbegin();
         it != design.layout.componentPositions.cend(); ++it) {
        if (frame.contains(*it))
            inside.append(it.key());
    }
    return inside;
}

void moveContents(DesignDelta &delta, const Design &design, const QRectF &oldFrame, QPointF by)
{
    if (by.isNull())
        return;
    for (const ComponentId &id : componentsInside(design, oldFrame))
        delta.setPosition(design, id, design.layout.componentPositions.value(id) + by);
}

/// Where a pasted component goes: the same place relative to its zone (or region) as where it
/// was copied, in the target design's frame of that zone, so a paste into another design whose
/// zones are laid out elsewhere still lands inside the right one.
QPointF pastedPosition(const Design &design, const Design &source, const model::Component &c)
{
    const QPointF was = source.layout.componentPositions.value(c.id);
    const auto relativeTo = [&](const QRectF &from, const QRectF &to) {
        return from.isValid() && to.isValid() ? to.topLeft() + (was - from.topLeft()) : was;
    };
    if (c.placement.zone)
        return relativeTo(source.layout.zoneFrames.value(*c.placement.zone),
                          design.layout.zoneFrames.value(*c.placement.zone));
    return relativeTo(source.layout.regionFrames.value(c.placement.region),
                      design.layout.regionFrames.value(c.placement.region));
}

} // namespace

namespace {

QSet<QString> idsOf(const Design &design)
{
    QSet<QString> ids;
    ids.reserve(design.components.size());
    for (const model::Component &c : design.components)
        ids.insert(c.id.value());
    return ids;
}

/// base, or base-2, base-3, ...: the first not in taken.
ComponentId firstFree(const QSet<QString> &taken, const QString &base)
{
    if (!taken.contains(base))
        return ComponentId(base);
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(n);
        if (!taken.contains(candidate))
            return ComponentId(candidate);
    }
}

} // namespace

ComponentId uniqueComponentId(const Design &design, const QString &base)
{
    return firstFree(idsOf(design), base);
}

PlacementResult placementFor(const model::KindSchema &schema, const model::Component *existing,
                             const RegionId &region, const std::optional<ZoneId> &zone)
{
    PlacementResult result;
    if (region.isEmpty()) {
        result.refusal =
            QCoreApplication::translate(
                "Document", "%1 must be placed in a region: drop it into a region or one of "
                            "its Availability Zones.")
                .arg(schema.displayName);
        return result;
    }
    model::Placement placement;
    placement.region = region;
    if (isRegional(schema, existing)) {
        result.placement = placement;
        return result;
    }
    if (schema.placement == model::PlacementKind::Zones) {
        // A workload keeps the zones it spans while it moves around its own region.
        if (existing && existing->placement.region == region &&
            !existing->placement.zones.isEmpty())
            placement.zones = existing->placement.zones;
        else if (zone)
            placement.zones = {*zone};
        else {
            result.refusal = QCoreApplication::translate(
                                 "Document", "%1 runs in Availability Zones: drop it into a zone.")
                                 .arg(schema.displayName);
            return result;
        }
        result.placement = placement;
        return result;
    }
    if (!zone) {
        result.refusal =
            QCoreApplication::translate(
                "Document", "%1 lives in one Availability Zone: drop it into a zone, not on the "
                            "region itself.")
                .arg(schema.displayName);
        return result;
    }
    placement.zone = zone;
    result.placement = placement;
    return result;
}

model::Component newComponent(const Design &design, const model::KindSchema &schema,
                              const RegionId &region, const std::optional<ZoneId> &zone)
{
    model::Component component;
    component.id = uniqueComponentId(design, schema.kind);
    component.kind = schema.kind;
    if (const auto placed = placementFor(schema, nullptr, region, zone).placement)
        component.placement = *placed;
    else
        component.placement.region = region;
    // Required properties without a default get a value the user will surely change, rather
    // than a component that is invalid from birth.
    for (const model::PropertySchema &p : schema.properties) {
        if (p.required && !p.defaultValue.isValid() && p.type == model::PropertyType::Enum &&
            !p.allowedValues.isEmpty())
            component.properties.insert(p.name, p.allowedValues.first());
        // A replica or an Aurora instance joins the first source of its region (else any).
        if (p.required && p.type == model::PropertyType::ComponentRef) {
            const model::Component *source = nullptr;
            for (const model::Component &c : design.components) {
                if (c.kind != p.refKind)
                    continue;
                if (c.placement.region == region) {
                    source = &c;
                    break;
                }
                if (!source)
                    source = &c;
            }
            if (source)
                component.properties.insert(p.name, source->id.value());
        }
    }
    return component;
}

DesignDelta addComponent(const Design &, const model::Component &component, QPointF at)
{
    DesignDelta delta;
    delta.addComponent(component, at);
    return delta;
}

DesignDelta removeItems(const Design &design, const Selection &selection)
{
    DesignDelta delta;
    QSet<ComponentId> doomed = selection.components;
    QSet<ZoneId> doomedZones = selection.zones;
    QList<model::Region> regions;
    for (const model::Region &region : design.regions) {
        if (selection.regions.contains(region.code)) {
            for (const ZoneId &zone : region.zones)
                doomedZones.insert(zone);
            delta.setRegionFrame(design, region.code, std::nullopt);
            continue;
        }
        model::Region kept = region;
        kept.zones.removeIf([&](const ZoneId &z) { return doomedZones.contains(z); });
        regions.append(kept);
    }
    for (const ZoneId &zone : doomedZones)
        delta.setZoneFrame(design, zone, std::nullopt);
    if (regions != design.regions)
        delta.setRegions(design, regions);

    for (const model::Component &c : design.components) {
        if (selection.regions.contains(c.placement.region) ||
            (c.placement.zone && doomedZones.contains(*c.placement.zone))) {
            doomed.insert(c.id);
        } else if (!c.placement.zones.isEmpty() && !doomed.contains(c.id)) {
            model::Component changed = c;
            changed.placement.zones.removeIf(
                [&](const ZoneId &z) { return doomedZones.contains(z); });
            if (changed.placement.zones.isEmpty())
                doomed.insert(c.id);
            else if (changed != c)
                delta.replaceComponent(design, changed);
        }
    }
    for (const ComponentId &id : std::as_const(doomed))
        delta.removeComponent(design, id);

    QList<model::Link> links;
    for (qsizetype i = 0; i < design.links.size(); ++i) {
        const model::Link &link = design.links.at(i);
        if (!selection.links.contains(i) && !doomed.contains(link.from) &&
            !doomed.contains(link.to))
            links.append(link);
    }
    if (links.size() != design.links.size())
        delta.setLinks(design, links);
    removeNotes(design, selection.notes, {doomed, doomedZones, selection.regions}, delta);
    return delta;
}

DesignDelta moveComponents(const Design &design, const QMap<ComponentId, QPointF> &to,
                           const QMap<ComponentId, model::Placement> &placements)
{
    DesignDelta delta;
    for (auto it = to.cbegin(); it != to.cend(); ++it)
        delta.setPosition(design, it.key(), *it);
    for (auto it = placements.cbegin(); it != placements.cend(); ++it) {
        const model::Component *current = design.findComponent(it.key());
        if (!current || current->placement == *it)
            continue;
        model::Component moved = *current;
        moved.placement = *it;
        delta.replaceComponent(design, moved);
    }
    return delta;
}

DesignDelta applyFix(const Design &design, const engine::Patch &patch)
{
    DesignDelta delta;
    const model::Component *current = design.findComponent(patch.component);
    if (!current)
        return delta;
    model::Component fixed = *current;
    for (auto it = patch.properties.cbegin(); it != patch.properties.cend(); ++it)
        fixed.properties.insert(it.key(), it.value());
    if (patch.moveToZone && current->placement.zone != patch.moveToZone) {
        fixed.placement.zone = patch.moveToZone;
        // A card drawn in its zone keeps its place in the new one; one drawn elsewhere stays.
        const QRectF from = current->placement.zone
                                ? design.layout.zoneFrames.value(*current->placement.zone)
                                : QRectF();
        const QRectF to = design.layout.zoneFrames.value(*patch.moveToZone);
        const auto position = design.layout.componentPositions.constFind(patch.component);
        if (position != design.layout.componentPositions.cend() && from.contains(*position) &&
            to.isValid())
            delta.setPosition(design, patch.component, to.topLeft() + (*position - from.topLeft()));
    }
    if (fixed.properties != current->properties || fixed.placement != current->placement)
        delta.replaceComponent(design, fixed);
    return delta;
}

DesignDelta setZoneFrame(const Design &design, const ZoneId &zone, QRectF frame)
{
    DesignDelta delta;
    const QRectF old = design.layout.zoneFrames.value(zone);
    if (old.isValid() && old.size() == frame.size())
        moveContents(delta, design, old, frame.topLeft() - old.topLeft());
    delta.setZoneFrame(design, zone, frame);
    return delta;
}

DesignDelta setRegionFrame(const Design &design, const RegionId &region, QRectF frame)
{
    DesignDelta delta;
    const QRectF old = design.layout.regionFrames.value(region);
    if (old.isValid() && old.size() == frame.size()) {
        const QPointF by = frame.topLeft() - old.topLeft();
        moveContents(delta, design, old, by);
        if (const model::Region *r = design.findRegion(region)) {
            for (const ZoneId &zone : r->zones) {
                if (const auto it = design.layout.zoneFrames.constFind(zone);
                    it != design.layout.zoneFrames.cend())
                    delta.setZoneFrame(design, zone, it->translated(by));
            }
        }
    }
    delta.setRegionFrame(design, region, frame);
    return delta;
}

DesignDelta addLink(const Design &design, const model::Link &link)
{
    DesignDelta delta;
    if (link.from == link.to)
        return delta;
    for (const model::Link &existing : design.links) {
        if (existing.from == link.from && existing.to == link.to)
            return delta;
    }
    QList<model::Link> links = design.links;
    links.append(link);
    delta.setLinks(design, links);
    return delta;
}

DesignDelta replaceLink(const Design &design, qsizetype index, const model::Link &link)
{
    DesignDelta delta;
    if (index < 0 || index >= design.links.size())
        return delta;
    QList<model::Link> links = design.links;
    links[index] = link;
    delta.setLinks(design, links);
    return delta;
}

Fragment copyFragment(const Design &design, const QSet<ComponentId> &ids,
                      const QSet<qsizetype> &noteIndexes)
{
    Fragment fragment;
    Design &out = fragment.design;
    QSet<RegionId> regions;
    for (const model::Component &c : design.components) {
        if (!ids.contains(c.id))
            continue;
        out.components.append(c);
        regions.insert(c.placement.region);
        if (const auto it = design.layout.componentPositions.constFind(c.id);
            it != design.layout.componentPositions.cend())
            out.layout.componentPositions.insert(c.id, *it);
    }
    for (const model::Link &link : design.links) {
        if (ids.contains(link.from) && ids.contains(link.to))
            out.links.append(link);
    }
    for (const model::Region &region : design.regions) {
        if (!regions.contains(region.code))
            continue;
        out.regions.append(region);
        if (design.layout.regionFrames.contains(region.code))
            out.layout.regionFrames.insert(region.code,
                                           design.layout.regionFrames.value(region.code));
        for (const ZoneId &zone : region.zones) {
            if (design.layout.zoneFrames.contains(zone))
                out.layout.zoneFrames.insert(zone, design.layout.zoneFrames.value(zone));
        }
    }
    copyNotes(design, noteIndexes, out);
    return fragment;
}

namespace {

/// Where a card's centre may go so that the card stays inside frame (shrunk by the margins);
/// the frame's centre when the card is larger.
QPointF clampCentre(QPointF at, const QRectF &frame, QSizeF card)
{
    const QRectF room(frame.left() + card.width() / 2, frame.top() + card.height() / 2,
                      frame.width() - card.width(), frame.height() - card.height());
    if (room.width() < 0 || room.height() < 0)
        return frame.center();
    return {std::clamp(at.x(), room.left(), room.right()),
            std::clamp(at.y(), room.top(), room.bottom())};
}

QRectF cardAt(QPointF centre, QSizeF card)
{
    return {centre.x() - card.width() / 2, centre.y() - card.height() / 2, card.width(),
            card.height()};
}

} // namespace

QPointF fitCard(const model::Layout &layout, const Design &design,
                const model::Placement &placement, QPointF at, QSizeF cardSize)
{
    using namespace archstudio::model;
    // The containers' titles sit in a band at their top; a margin keeps cards off the border.
    constexpr qreal kHeader = 30.0;
    constexpr qreal kMargin = 10.0;
    const auto inner = [](const QRectF &frame) {
        return frame.adjusted(kMargin, kHeader, -kMargin, -kMargin);
    };
    // A component of one zone stays in it; one spread over zones (a workload) stays in the
    // one of them it was put in, if any.
    std::optional<ZoneId> home = placement.zone;
    for (const ZoneId &zone : placement.zones) {
        if (!home && layout.zoneFrames.value(zone).contains(at))
            home = zone;
    }
    if (home) {
        const QRectF zone = layout.zoneFrames.value(*home);
        return zone.isValid() ? clampCentre(at, inner(zone), cardSize) : at;
    }
    const QRectF region = layout.regionFrames.value(placement.region);
    if (!region.isValid())
        return at;
    QList<QRectF> zones;
    if (const Region *r = design.findRegion(placement.region)) {
        for (const ZoneId &zone : r->zones) {
            if (layout.zoneFrames.contains(zone))
                zones << layout.zoneFrames.value(zone).adjusted(-kMargin, -kMargin, kMargin,
                                                                kMargin);
        }
    }
    const auto clear = [&](QPointF centre) {
        const QRectF card = cardAt(centre, cardSize);
        return inner(region).contains(card) &&
               std::none_of(zones.cbegin(), zones.cend(),
                            [&](const QRectF &z) { return z.intersects(card); });
    };
    const QPointF inside = clampCentre(at, inner(region), cardSize);
    if (clear(inside) || zones.isEmpty())
        return inside;
    // Out of the zones: above, below, left or right of them, whichever is nearest.
    QRectF all;
    for (const QRectF &z : std::as_const(zones))
        all = all.united(z);
    const QList<QPointF> sides{
        {inside.x(), all.bottom() + cardSize.height() / 2},
        {inside.x(), all.top() - cardSize.height() / 2},
        {all.right() + cardSize.width() / 2, inside.y()},
        {all.left() - cardSize.width() / 2, inside.y()},
    };
    std::optional<QPointF> best;
    for (const QPointF &side : sides) {
        const QPointF candidate = clampCentre(side, inner(region), cardSize);
        if (!clear(candidate))
            continue;
        if (!best || QLineF(at, candidate).length() < QLineF(at, *best).length())
            best = candidate;
    }
    // No room beside the zones: below them, where the region can grow.
    return best.value_or(sides.first());
}

std::optional<QRectF> regionFrameToHold(const model::Layout &layout, const RegionId &region,
                                        QPointF centre, QSizeF cardSize)
{
    // Beside and above: the margin fitCard keeps; below: the figures' badge as well.
    constexpr qreal kMargin = 10.0;
    constexpr qreal kBelow = 40.0;
    const QRectF frame = layout.regionFrames.value(region);
    if (!frame.isValid())
        return std::nullopt;
    const QRectF needed = cardAt(centre, cardSize).adjusted(-kMargin, -kMargin, kMargin, kBelow);
    if (frame.contains(needed))
        return std::nullopt;
    return frame.united(needed);
}

DesignDelta pasteFragment(const Design &design, const model::KindRegistry &kinds,
                          const Fragment &fragment, QPointF offset, QList<ComponentId> *pastedIds,
                          QSizeF cardSize)
{
    DesignDelta delta;
    const Design &source = fragment.design;

    // New ids where they clash; references between pasted components follow their targets.
    // One set of taken ids for the whole paste: a paste of m components into n stays O(n + m).
    QSet<QString> taken = idsOf(design);
    QMap<ComponentId, ComponentId> renamed;
    for (const model::Component &c : source.components) {
        const ComponentId id = firstFree(taken, c.id.value());
        renamed.insert(c.id, id);
        taken.insert(id.value());
    }
    // Frames the paste brings count too: a card goes where its zone will be.
    model::Layout layout = source.layout;
    layout.regionFrames.insert(design.layout.regionFrames);
    layout.zoneFrames.insert(design.layout.zoneFrames);
    for (model::Component c : source.components) {
        QPointF at = pastedPosition(design, source, c) + offset;
        if (cardSize.isValid())
            at = fitCard(layout, design, c.placement, at, cardSize);
        c.id = renamed.value(c.id);
        if (const model::KindSchema *schema = kinds.schema(c.kind)) {
            for (const model::PropertySchema &p : schema->properties) {
                if (p.type != model::PropertyType::ComponentRef)
                    continue;
                const ComponentId target(c.properties.value(p.name).toString());
                if (renamed.contains(target))
                    c.properties.insert(p.name, renamed.value(target).value());
            }
        }
        delta.addComponent(c, at);
        if (pastedIds)
            pastedIds->append(c.id);
    }

    QList<model::Link> links = design.links;
    for (model::Link link : source.links) {
        link.from = renamed.value(link.from);
        link.to = renamed.value(link.to);
        links.append(link);
    }
    if (links.size() != design.links.size())
        delta.setLinks(design, links);
    pasteNotes(design, source, offset, renamed, delta);

    // Regions and zones the design lacks come with the paste, where they were.
    QList<model::Region> regions = design.regions;
    for (const model::Region &region : source.regions) {
        qsizetype at = -1;
        for (qsizetype i = 0; i < regions.size(); ++i) {
            if (regions.at(i).code == region.code)
                at = i;
        }
        if (at < 0) {
            model::Region added = region;
            added.zones.clear();
            regions.append(added);
            at = regions.size() - 1;
            if (source.layout.regionFrames.contains(region.code))
                delta.setRegionFrame(design, region.code,
                                     source.layout.regionFrames.value(region.code));
        }
        model::Region &target = regions[at];
        for (const ZoneId &zone : region.zones) {
            if (!target.zones.contains(zone) && !design.regionOfZone(zone))
                target.zones.append(zone);
            if (!design.layout.zoneFrames.contains(zone) && source.layout.zoneFrames.contains(zone))
                delta.setZoneFrame(design, zone, source.layout.zoneFrames.value(zone));
        }
    }
    if (regions != design.regions)
        delta.setRegions(design, regions);
    return delta;
}

} // namespace archstudio::document::edits
