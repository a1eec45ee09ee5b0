#include "designdelta.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace archstudio::document {

namespace {

template <typename Key, typename Value>
std::optional<Value> lookup(const QMap<Key, Value> &map, const Key &key)
{
    const auto it = map.constFind(key);
    return it == map.cend() ? std::nullopt : std::optional<Value>(*it);
}

template <typename Key, typename Value>
void assign(QMap<Key, Value> &map, const Key &key, const std::optional<Value> &value)
{
    if (value)
        map.insert(key, *value);
    else
        map.remove(key);
}

} // namespace

void DesignDelta::addComponent(const model::Component &component, std::optional<QPointF> position)
{
    if (!mComponents.contains(component.id))
        mOrder.append(component.id);
    mComponents[component.id].after = component;
    if (position)
        mPositions[component.id].after = position;
}

void DesignDelta::removeComponent(const model::Design &base, const model::ComponentId &id)
{
    const qsizetype index = base.indexOfComponent(id);
    if (index < 0)
        return;
    if (!mComponents.contains(id))
        mOrder.append(id);
    ComponentEdit &edit = mComponents[id];
    edit.before = base.components.at(index);
    edit.after.reset();
    edit.baseIndex = index;
    setPosition(base, id, std::nullopt);
}

void DesignDelta::replaceComponent(const model::Design &base, const model::Component &after)
{
    const model::Component *current = base.findComponent(after.id);
    if (!current)
        return;
    if (!mComponents.contains(after.id)) {
        mOrder.append(after.id);
        mComponents[after.id].before = *current;
    }
    mComponents[after.id].after = after;
}

void DesignDelta::setPosition(const model::Design &base, const model::ComponentId &id,
                              std::optional<QPointF> position)
{
    if (!mPositions.contains(id))
        mPositions[id].before = lookup(base.layout.componentPositions, id);
    mPositions[id].after = position;
}

void DesignDelta::setZoneFrame(const model::Design &base, const model::ZoneId &zone,
                               std::optional<QRectF> frame)
{
    if (!mZoneFrames.contains(zone))
        mZoneFrames[zone].before = lookup(base.layout.zoneFrames, zone);
    mZoneFrames[zone].after = frame;
}

void DesignDelta::setRegionFrame(const model::Design &base, const model::RegionId &region,
                                 std::optional<QRectF> frame)
{
    if (!mRegionFrames.contains(region))
        mRegionFrames[region].before = lookup(base.layout.regionFrames, region);
    mRegionFrames[region].after = frame;
}

void DesignDelta::setRegions(const model::Design &base, const QList<model::Region> &regions)
{
    if (!mRegions)
        mRegions = Change<QList<model::Region>>{base.regions, {}};
    mRegions->after = regions;
}

void DesignDelta::setLinks(const model::Design &base, const QList<model::Link> &links)
{
    if (!mLinks)
        mLinks = Change<QList<model::Link>>{base.links, {}};
    mLinks->after = links;
}

void DesignDelta::setNotes(const model::Design &base, const QList<model::Note> &notes)
{
    if (!mNotes)
        mNotes = Change<QList<model::Note>>{base.notes, {}};
    mNotes->after = notes;
}

void DesignDelta::setNameAndDescription(const model::Design &base, const QString &name,
                                        const QString &description)
{
    if (!mNameAndDescription)
        mNameAndDescription =
            Change<std::pair<QString, QString>>{std::pair(base.name, base.description), {}};
    mNameAndDescription->after = std::pair(name, description);
}

bool DesignDelta::isEmpty() const
{
    const auto unchanged = [](const auto &change) {
        return change.before == change.after;
    };
    return std::all_of(mComponents.cbegin(), mComponents.cend(), unchanged) &&
           std::all_of(mPositions.cbegin(), mPositions.cend(), unchanged) &&
           std::all_of(mZoneFrames.cbegin(), mZoneFrames.cend(), unchanged) &&
           std::all_of(mRegionFrames.cbegin(), mRegionFrames.cend(), unchanged) &&
           (!mRegions || unchanged(*mRegions)) && (!mLinks || unchanged(*mLinks)) &&
           (!mNotes || unchanged(*mNotes)) &&
           (!mNameAndDescription || unchanged(*mNameAndDescription));
}

void DesignDelta::apply(model::Design &design) const
{
    applyOneWay(design, true);
}

void DesignDelta::revert(model::Design &design) const
{
    applyOneWay(design, false);
}

void DesignDelta::applyOneWay(model::Design &design, bool forward) const
{
    const auto target = [forward](const auto &change) {
        return forward ? change.after : change.before;
    };

    // Components: replace those that stay, drop those that go (one pass, so a large delete
    // stays linear), then insert the rest. Reinserted components go back at their base index
    // in ascending order, so each lands where it was.
    QHash<model::ComponentId, qsizetype> indexOf;
    if (!mOrder.isEmpty()) {
        indexOf.reserve(design.components.size());
        for (qsizetype i = 0; i < design.components.size(); ++i)
            indexOf.insert(design.components.at(i).id, i);
    }
    QSet<model::ComponentId> dropped;
    QList<std::pair<qsizetype, model::Component>> inserts;
    for (const model::ComponentId &id : mOrder) {
        const ComponentEdit &edit = mComponents[id];
        const std::optional<model::Component> &next = forward ? edit.after : edit.before;
        const qsizetype index = indexOf.value(id, -1);
        if (index >= 0 && next)
            design.components[index] = *next;
        else if (index >= 0)
            dropped.insert(id);
        else if (next)
            inserts.append({edit.baseIndex, *next});
    }
    if (!dropped.isEmpty())
        design.components.removeIf(
            [&dropped](const model::Component &c) { return dropped.contains(c.id); });
    std::stable_sort(inserts.begin(), inserts.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[index, component] : inserts) {
        if (index < 0 || index > design.components.size())
            design.components.append(component);
        else
            design.components.insert(index, component);
    }

    for (auto it = mPositions.cbegin(); it != mPositions.cend(); ++it)
        assign(design.layout.componentPositions, it.key(), target(*it));
    for (auto it = mZoneFrames.cbegin(); it != mZoneFrames.cend(); ++it)
        assign(design.layout.zoneFrames, it.key(), target(*it));
    for (auto it = mRegionFrames.cbegin(); it != mRegionFrames.cend(); ++it)
        assign(design.layout.regionFrames, it.key(), target(*it));
    if (mRegions)
        design.regions = *target(*mRegions);
    if (mLinks)
        design.links = *target(*mLinks);
    if (mNotes)
        design.notes = *target(*mNotes);
    if (mNameAndDescription)
        std::tie(design.name, design.description) = *target(*mNameAndDescription);
}

ChangeScope DesignDelta::scope() const
{
    ChangeScope scope;
    for (const model::ComponentId &id : mOrder)
        scope.components.insert(id);
    for (auto it = mPositions.cbegin(); it != mPositions.cend(); ++it)
        scope.components.insert(it.key());
    scope.links = mLinks.has_value();
    scope.notes = mNotes.has_value();
    scope.containers = mRegions || !mZoneFrames.isEmpty() || !mRegionFrames.isEmpty();
    return scope;
}

} // namespace archstudio::document
