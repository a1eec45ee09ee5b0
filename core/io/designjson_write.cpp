#include "designjson.h"

#include "jsonvariant.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace archstudio::io {

using namespace archstudio::model;
namespace json = boost::json;

namespace {

json::string str(const QString &s)
{
    return json::string(s.toStdString());
}

json::array zoneArray(const QList<ZoneId> &zones)
{
    json::array a;
    for (const ZoneId &z : zones)
        a.push_back(str(z.value()));
    return a;
}

void appendExtras(json::object &o, const PropertyMap &extras)
{
    for (auto it = extras.cbegin(); it != extras.cend(); ++it)
        o[it.key().toStdString()] = toJson(it.value());
}

json::object componentToJson(const Component &c)
{
    json::object o;
    o["id"] = str(c.id.value());
    o["kind"] = str(c.kind);
    if (!c.name.isEmpty())
        o["name"] = str(c.name);
    json::object placement;
    placement["region"] = str(c.placement.region.value());
    if (c.placement.zone)
        placement["zone"] = str(c.placement.zone->value());
    if (!c.placement.zones.isEmpty())
        placement["zones"] = zoneArray(c.placement.zones);
    o["placement"] = std::move(placement);
    if (!c.properties.isEmpty()) {
        json::object properties;
        for (auto it = c.properties.cbegin(); it != c.properties.cend(); ++it)
            properties[it.key().toStdString()] = toJson(it.value());
        o["properties"] = std::move(properties);
    }
    appendExtras(o, c.extraKeys);
    return o;
}

json::object linkToJson(const Link &link)
{
    json::object o;
    o["from"] = str(link.from.value());
    o["to"] = str(link.to.value());
    o["traffic"] = str(trafficName(link.traffic));
    if (link.readShare)
        o["readShare"] = *link.readShare;
    return o;
}

json::array rectArray(const QRectF &r)
{
    return {r.x(), r.y(), r.width(), r.height()};
}

json::object layoutToJson(const Layout &layout)
{
    json::object o;
    const auto group = [&](const char *name, const auto &map, const char *key, auto toArray) {
        if (map.isEmpty())
            return;
        json::object entries;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            entries[it.key().value().toStdString()] = json::object{{key, toArray(it.value())}};
        o[name] = std::move(entries);
    };
    group("regions", layout.regionFrames, "frame", rectArray);
    group("zones", layout.zoneFrames, "frame", rectArray);
    group("components", layout.componentPositions, "at", [](const QPointF &p) {
        return json::array{p.x(), p.y()};
    });
    return o;
}

/// The keys a variant has of its own, in the order of docs/FILE-FORMAT.md.
void appendContent(json::object &root, const DesignContent &design)
{
    if (!design.catalogOverrides.isEmpty()) {
        json::object overrides;
        for (auto it = design.catalogOverrides.cbegin(); it != design.catalogOverrides.cend(); ++it)
            overrides[it.key().toStdString()] = it.value();
        root["catalogOverrides"] = std::move(overrides);
    }

    json::array regions;
    for (const Region &r : design.regions)
        regions.push_back(
            json::object{{"code", str(r.code.value())}, {"zones", zoneArray(r.zones)}});
    root["regions"] = std::move(regions);

    json::array components;
    components.reserve(std::size_t(design.components.size()));
    for (const Component &c : design.components)
        components.push_back(componentToJson(c));
    root["components"] = std::move(components);

    if (!design.links.isEmpty()) {
        json::array links;
        for (const Link &l : design.links)
            links.push_back(linkToJson(l));
        root["links"] = std::move(links);
    }
    if (!design.layout.isEmpty())
        root["layout"] = layoutToJson(design.layout);
    if (!design.notes.isEmpty()) {
        json::array notes;
        for (const Note &n : design.notes) {
            // What a note leaves at its default is not written: older files stay byte-stable.
            json::object note;
            if (!n.id.isEmpty()) // named only when a scene hides it
                note["id"] = str(n.id);
            note["text"] = str(n.text);
            note["at"] = json::array{n.at.x(), n.at.y()};
            if (n.size != Note::kDefaultSize)
                note["size"] = json::array{n.size.width(), n.size.height()};
            if (n.colour != NoteColour::Yellow)
                note["colour"] = str(noteColourName(n.colour));
            if (n.pointsTo)
                note["pointsTo"] = str(n.pointsTo->toString());
            notes.push_back(std::move(note));
        }
        root["notes"] = std::move(notes);
    }
}

json::array scenesToJson(const QList<Scene> &scenes)
{
    json::array array;
    for (const Scene &scene : scenes) {
        json::object o;
        o["caption"] = str(scene.caption);
        if (scene.viewpoint)
            o["viewpoint"] = rectArray(*scene.viewpoint);
        if (!scene.variant.isEmpty())
            o["variant"] = str(scene.variant);
        if (scene.loadFactor != 1.0)
            o["loadFactor"] = scene.loadFactor;
        if (scene.failure)
            o["failure"] = json::object{{"target", str(scene.failure->target.toString())},
                                        {"at", scene.failure->atSeconds}};
        if (!scene.hidden.isEmpty()) {
            json::array hidden;
            for (const QString &key : scene.hidden)
                hidden.push_back(str(key));
            o["hidden"] = std::move(hidden);
        }
        array.push_back(std::move(o));
    }
    return array;
}

json::object exerciseToJson(const Exercise &exercise)
{
    json::array goals;
    for (const Goal &g : exercise.goals) {
        json::object goal{{"kind", str(goalKindName(g.kind))}, {"value", g.value}};
        if (!g.workload.isEmpty())
            goal["workload"] = str(g.workload);
        if (g.operation != Goal::Operation::Both)
            goal["operation"] = str(goalOperationName(g.operation));
        if (g.slaFloor)
            goal["measure"] = "sla-floor";
        goals.push_back(std::move(goal));
    }
    json::object o;
    if (!exercise.brief.isEmpty())
        o["brief"] = str(exercise.brief);
    o["goals"] = std::move(goals);
    if (!exercise.hints.isEmpty()) {
        json::array hints;
        for (const QString &h : exercise.hints)
            hints.push_back(str(h));
        o["hints"] = std::move(hints);
    }
    return o;
}

} // namespace

int formatVersionFor(const Design &design)
{
    // A design of one variant is written as version 1, which older builds and scripts read;
    // version 2 added variants, version 3 scenes.
    if (!design.scenes.isEmpty())
        return 3;
    const bool variants =
        !design.otherVariants.isEmpty() || design.variantName != Design::defaultVariantName();
    return variants ? 2 : 1;
}

json::value designToJson(const Design &design)
{
    json::object root;
    root["format"] = "archstudio-design";
    root["formatVersion"] = formatVersionFor(design);
    if (!design.name.isEmpty())
        root["name"] = str(design.name);
    if (!design.description.isEmpty())
        root["description"] = str(design.description);
    root["catalog"] = str(design.catalog);
    if (formatVersionFor(design) > 1)
        root["variant"] = str(design.variantName);
    appendContent(root, design);
    if (!design.otherVariants.isEmpty()) {
        json::array variants;
        for (const Variant &v : design.otherVariants) {
            json::object o;
            o["name"] = str(v.name);
            appendContent(o, v.content);
            variants.push_back(std::move(o));
        }
        root["variants"] = std::move(variants);
    }
    if (design.exercise)
        root["exercise"] = exerciseToJson(*design.exercise);
    if (!design.scenes.isEmpty())
        root["scenes"] = scenesToJson(design.scenes);
    appendExtras(root, design.extraKeys);
    return root;
}

} // namespace archstudio::io
