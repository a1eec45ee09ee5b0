#include "design.h"

#include <algorithm>

namespace archstudio::model {

const Region *Design::findRegion(const RegionId &code) const
{
    auto it = std::find_if(regions.cbegin(), regions.cend(),
                           [&](const Region &r) { return r.code == code; });
    return it == regions.cend() ? nullptr : &*it;
}

const Region *Design::regionOfZone(const ZoneId &zone) const
{
    auto it = std::find_if(regions.cbegin(), regions.cend(),
                           [&](const Region &r) { return r.hasZone(zone); });
    return it == regions.cend() ? nullptr : &*it;
}

const Component *Design::findComponent(const ComponentId &id) const
{
    const qsizetype index = indexOfComponent(id);
    return index < 0 ? nullptr : &components.at(index);
}

qsizetype Design::indexOfComponent(const ComponentId &id) const
{
    for (qsizetype i = 0; i < components.size(); ++i) {
        if (components.at(i).id == id)
            return i;
    }
    return -1;
}

bool Design::hasNoteTarget(const NoteTarget &target) const
{
    switch (target.kind) {
    case NoteTarget::Kind::Component:
        return findComponent(ComponentId(target.id)) != nullptr;
    case NoteTarget::Kind::Zone:
        return regionOfZone(ZoneId(target.id)) != nullptr;
    case NoteTarget::Kind::Region:
        break;
    }
    return findRegion(RegionId(target.id)) != nullptr;
}

QHash<ComponentId, QString> displayNamesById(const Design &design)
{
    QHash<ComponentId, QString> names;
    names.reserve(design.components.size());
    for (const Component &component : design.components)
        names.insert(component.id, component.displayName());
    return names;
}

QString trafficName(Traffic traffic)
{
    switch (traffic) {
    case Traffic::Reads:
        return QStringLiteral("reads");
    case Traffic::Writes:
        return QStringLiteral("writes");
    case Traffic::ReadsWrites:
        break;
    }
    return QStringLiteral("reads-writes");
}

std::optional<Traffic> trafficFromName(const QString &name)
{
    for (Traffic t : {Traffic::Reads, Traffic::Writes, Traffic::ReadsWrites}) {
        if (trafficName(t) == name)
            return t;
    }
    return std::nullopt;
}

} // namespace archstudio::model
