#include "designjson.h"

#include "designjsonfields.h"
#include "jsonvariant.h"

#include <QCoreApplication>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <initializer_list>

namespace archstudio::io {

using namespace archstudio::model;
namespace json = boost::json;

namespace {

/// Walks the JSON tree, collecting problems with their paths instead of stopping at the first.
class Reader : public JsonFieldReader
{
public:
    using JsonFieldReader::JsonFieldReader;

    void read(const json::value &root, Design &design)
    {
        const json::object *object = root.if_object();
        if (!object)
            return error({}, QCoreApplication::translate("Io", "expected a JSON object, got %1")
                                 .arg(describeJsonType(root)));
        checkKeys(*object, {},
                  {"format", "formatVersion", "name", "description", "catalog", "variant",
                   "catalogOverrides", "regions", "components", "links", "layout", "notes",
                   "variants", "exercise", "scenes"},
                  &design.extraKeys);

        const std::optional<QString> format = string(*object, "format", {}, true);
        if (format && *format != QLatin1String("archstudio-design"))
            error(QStringLiteral("format"),
                  QCoreApplication::translate(
                      "Io", "\"%1\" is not a design; expected \"archstudio-design\"")
                      .arg(*format));
        if (!object->contains("formatVersion"))
            error(QStringLiteral("formatVersion"),
                  QCoreApplication::translate("Io", "missing required key; expected 1"));
        design.name = string(*object, "name", {}, false).value_or(QString());
        design.description = string(*object, "description", {}, false).value_or(QString());
        design.catalog = string(*object, "catalog", {}, false).value_or(QStringLiteral("aws"));
        design.variantName =
            string(*object, "variant", {}, false).value_or(Design::defaultVariantName());
        readContent(*object, design);
        if (const json::array *variants = array(*object, "variants", {}, false))
            readVariants(*variants, design);
        if (const json::object *exercise = child(*object, "exercise", {}, false))
            design.exercise = readExercise(*exercise);
        if (const json::array *scenes = array(*object, "scenes", {}, false))
            readScenes(*scenes, design.scenes);
    }

private:
    /// The keys a variant has of its own (spec: docs/FILE-FORMAT.md).
    void readContent(const json::object &object, Design &design)
    {
        if (const json::object *overrides = child(object, "catalogOverrides", {}, false))
            readOverrides(*overrides, design.catalogOverrides);
        if (const json::array *regions = array(object, "regions", {}, true))
            readRegions(*regions, design);
        if (const json::array *components = array(object, "components", {}, true))
            readComponents(*components, design);
        if (const json::array *links = array(object, "links", {}, false))
            readLinks(*links, design);
        if (const json::object *layout = child(object, "layout", {}, false))
            readLayout(*layout, design.layout);
        if (const json::array *notes = array(object, "notes", {}, false))
            readNotes(*notes, design);
    }

    /// Each variant is read by a reader of its own, its problems' paths then put under
    /// "variants[i]".
    void readVariants(const json::array &variants, Design &design)
    {
        QStringList names{design.variantName};
        for (std::size_t i = 0; i < variants.size(); ++i) {
            const QString path = QStringLiteral("variants[%1]").arg(i);
            const json::object *o = element(variants[i], path);
            if (!o)
                continue;
            checkKeys(
                *o, path,
                {"name", "catalogOverrides", "regions", "components", "links", "layout", "notes"},
                nullptr);
            Variant variant;
            variant.name = string(*o, "name", path, true).value_or(QString());
            if (variant.name.trimmed().isEmpty() || names.contains(variant.name)) {
                error(joinPath(path, QStringLiteral("name")),
                      variant.name.trimmed().isEmpty()
                          ? QCoreApplication::translate("Io", "expected a variant name")
                          : QCoreApplication::translate(
                                "Io", "\"%1\" names another variant too; expected a name "
                                      "of its own")
                                .arg(variant.name));
            }
            names << variant.name;
            Problems own;
            Design body;
            Reader(mLimits, own).readContent(*o, body);
            for (Problem &p : own) {
                p.path = joinPath(path, p.path);
                mProblems.append(p);
            }
            variant.content = body;
            design.otherVariants.append(variant);
        }
    }

    void readOverrides(const json::object &o, QMap<QString, double> &overrides)
    {
        for (const auto &kv : o) {
            const QString key = toQString(kv.key());
            if (std::optional<double> v =
                    number(kv.value(), joinPath(QStringLiteral("catalogOverrides"), key)))
                overrides.insert(key, *v);
        }
    }

    void readRegions(const json::array &regions, Design &design)
    {
        for (std::size_t i = 0; i < regions.size(); ++i) {
            const QString path = indexPath(QStringLiteral("regions"), qsizetype(i));
            const json::object *o = element(regions[i], path);
            if (!o)
                continue;
            checkKeys(*o, path, {"code", "zones"}, nullptr);
            Region region;
            region.code = RegionId(string(*o, "code", path, true).value_or(QString()));
            if (const json::array *zones = array(*o, "zones", path, false))
                region.zones = zoneList(*zones, joinPath(path, QStringLiteral("zones")));
            design.regions.append(region);
        }
    }

    void readComponents(const json::array &components, Design &design)
    {
        if (qsizetype(components.size()) > mLimits.maxComponents) {
            error(QStringLiteral("components"),
                  QCoreApplication::translate("Io", "%1 components is more than the limit of %2")
                      .arg(components.size())
                      .arg(mLimits.maxComponents));
            return;
        }
        design.components.reserve(qsizetype(components.size()));
        for (std::size_t i = 0; i < components.size(); ++i) {
            const QString path = indexPath(QStringLiteral("components"), qsizetype(i));
            const json::object *o = element(components[i], path);
            if (!o)
                continue;
            Component c;
            checkKeys(*o, path, {"id", "kind", "name", "placement", "properties"}, &c.extraKeys);
            c.id = ComponentId(string(*o, "id", path, true).value_or(QString()));
            c.kind = string(*o, "kind", path, true).value_or(QString());
            c.name = string(*o, "name", path, false).value_or(QString());
            if (const json::object *placement = child(*o, "placement", path, true))
                readPlacement(*placement, joinPath(path, QStringLiteral("placement")), c.placement);
            if (const json::object *properties = child(*o, "properties", path, false)) {
                QList<PropertyMap::Entry> entries;
                entries.reserve(qsizetype(properties->size()));
                for (const auto &kv : *properties)
                    entries.append({toQString(kv.key()), toVariant(kv.value())});
                c.properties.insertMany(std::move(entries));
            }
            design.components.append(std::move(c));
        }
    }

    void readPlacement(const json::object &o, const QString &path, Placement &placement)
    {
        checkKeys(o, path, {"region", "zone", "zones"}, nullptr);
        placement.region = RegionId(string(o, "region", path, true).value_or(QString()));
        if (std::optional<QString> zone = string(o, "zone", path, false))
            placement.zone = ZoneId(*zone);
        if (const json::array *zones = array(o, "zones", path, false))
            placement.zones = zoneList(*zones, joinPath(path, QStringLiteral("zones")));
    }

    void readLinks(const json::array &links, Design &design)
    {
        for (std::size_t i = 0; i < links.size(); ++i) {
            const QString path = indexPath(QStringLiteral("links"), qsizetype(i));
            const json::object *o = element(links[i], path);
            if (!o)
                continue;
            checkKeys(*o, path, {"from", "to", "traffic", "readShare"}, nullptr);
            Link link;
            link.from = ComponentId(string(*o, "from", path, true).value_or(QString()));
            link.to = ComponentId(string(*o, "to", path, true).value_or(QString()));
            if (std::optional<QString> traffic = string(*o, "traffic", path, true)) {
                if (std::optional<Traffic> t = trafficFromName(*traffic))
                    link.traffic = *t;
                else
                    error(joinPath(path, QStringLiteral("traffic")),
                          QCoreApplication::translate(
                              "Io", "unknown traffic \"%1\"; expected reads, writes or "
                                    "reads-writes")
                              .arg(*traffic));
            }
            if (const json::value *share = o->if_contains("readShare"))
                link.readShare = number(*share, joinPath(path, QStringLiteral("readShare")));
            design.links.append(link);
        }
    }

    /// layout.<group> is an object of id -> { key: value }; read calls back for each entry.
    template <typename Fn>
    void readLayoutGroup(const json::object &layout, json::string_view group, json::string_view key,
                         Fn &&read)
    {
        const QString groupPath = joinPath(QStringLiteral("layout"), toQString(group));
        const json::object *entries = child(layout, group, QStringLiteral("layout"), false);
        if (!entries)
            return;
        for (const auto &kv : *entries) {
            const QString path = joinPath(groupPath, toQString(kv.key()));
            const json::object *entry = element(kv.value(), path);
            if (!entry)
                continue;
            checkKeys(*entry, path, {key}, nullptr);
            if (const json::value *v = value(*entry, key, path, true,
                                             key == "at" ? "[x, y]" : "[x, y, width, height]"))
                read(toQString(kv.key()), *v, joinPath(path, toQString(key)));
        }
    }

    void readLayout(const json::object &o, Layout &layout)
    {
        checkKeys(o, QStringLiteral("layout"), {"regions", "zones", "components"}, nullptr);
        readLayoutGroup(o, "regions", "frame",
                        [&](const QString &id, const json::value &v, const QString &path) {
                            if (auto rect = frame(v, path))
                                layout.regionFrames.insert(RegionId(id), *rect);
                        });
        readLayoutGroup(o, "zones", "frame",
                        [&](const QString &id, const json::value &v, const QString &path) {
                            if (auto rect = frame(v, path))
                                layout.zoneFrames.insert(ZoneId(id), *rect);
                        });
        readLayoutGroup(o, "components", "at",
                        [&](const QString &id, const json::value &v, const QString &path) {
                            if (auto at = point(v, path))
                                layout.componentPositions.insert(ComponentId(id), *at);
                        });
    }

    void readNotes(const json::array &notes, Design &design)
    {
        for (std::size_t i = 0; i < notes.size(); ++i) {
            const QString path = indexPath(QStringLiteral("notes"), qsizetype(i));
            const json::object *o = element(notes[i], path);
            if (!o)
                continue;
            checkKeys(*o, path, {"id", "text", "at", "size", "colour", "pointsTo"}, nullptr);
            Note note;
            note.id = string(*o, "id", path, false).value_or(QString());
            note.text = string(*o, "text", path, true).value_or(QString());
            if (const json::value *at = o->if_contains("at"))
                note.at = point(*at, joinPath(path, QStringLiteral("at"))).value_or(QPointF());
            if (const json::value *size = o->if_contains("size"))
                note.size = noteSize(*size, joinPath(path, QStringLiteral("size")));
            if (const std::optional<QString> colour = string(*o, "colour", path, false)) {
                if (const auto known = noteColourFromName(*colour))
                    note.colour = *known;
                else
                    error(joinPath(path, QStringLiteral("colour")),
                          QCoreApplication::translate(
                              "Io", "unknown colour \"%1\"; expected one of yellow, blue, "
                                    "green, pink, grey")
                              .arg(*colour));
            }
            if (const std::optional<QString> target = string(*o, "pointsTo", path, false)) {
                note.pointsTo = NoteTarget::parse(*target);
                if (!note.pointsTo)
                    error(joinPath(path, QStringLiteral("pointsTo")),
                          QCoreApplication::translate(
                              "Io", "expected component:ID, zone:CODE or region:CODE, got "
                                    "\"%1\"")
                              .arg(*target));
            }
            design.notes.append(note);
        }
    }

    void readScenes(const json::array &scenes, QList<Scene> &into)
    {
        for (std::size_t i = 0; i < scenes.size(); ++i) {
            const QString path = indexPath(QStringLiteral("scenes"), qsizetype(i));
            const json::object *o = element(scenes[i], path);
            if (!o)
                continue;
            checkKeys(*o, path,
                      {"caption", "viewpoint", "variant", "loadFactor", "failure", "hidden"},
                      nullptr);
            Scene scene;
            scene.caption = string(*o, "caption", path, false).value_or(QString());
            if (const json::value *view = o->if_contains("viewpoint"))
                scene.viewpoint = frame(*view, joinPath(path, QStringLiteral("viewpoint")));
            scene.variant = string(*o, "variant", path, false).value_or(QString());
            if (const json::value *load = o->if_contains("loadFactor")) {
                const QString at = joinPath(path, QStringLiteral("loadFactor"));
                const double factor = number(*load, at).value_or(1.0);
                if (factor < kSceneMinimumLoad || factor > kSceneMaximumLoad)
                    error(at,
                          QCoreApplication::translate("Io", "%1 is out of range; expected %2 to %3")
                              .arg(factor)
                              .arg(kSceneMinimumLoad)
                              .arg(kSceneMaximumLoad));
                else
                    scene.loadFactor = factor;
            }
            if (const json::object *failure = child(*o, "failure", path, false))
                scene.failure =
                    readSceneFailure(*failure, joinPath(path, QStringLiteral("failure")));
            if (const json::array *hidden = array(*o, "hidden", path, false)) {
                for (std::size_t h = 0; h < hidden->size(); ++h) {
                    const QString at =
                        indexPath(joinPath(path, QStringLiteral("hidden")), qsizetype(h));
                    const json::string *key = (*hidden)[h].if_string();
                    const QString text =
                        key ? QString::fromStdString(std::string(*key)) : QString();
                    if (text.startsWith(QLatin1String("component:")) ||
                        text.startsWith(QLatin1String("note:")))
                        scene.hidden.append(text);
                    else
                        error(at, QCoreApplication::translate("Io",
                                                              "expected component:ID or note:ID"));
                }
            }
            into.append(scene);
        }
    }

    std::optional<SceneFailure> readSceneFailure(const json::object &o, const QString &path)
    {
        checkKeys(o, path, {"target", "at"}, nullptr);
        const QString text = string(o, "target", path, true).value_or(QString());
        const std::optional<NoteTarget> target = NoteTarget::parse(text);
        if (!target) {
            error(joinPath(path, QStringLiteral("target")),
                  QCoreApplication::translate(
                      "Io", "expected zone:CODE, region:CODE or component:ID, got \"%1\"")
                      .arg(text));
            return std::nullopt;
        }
        double at = 0.0;
        if (const json::value *seconds = o.if_contains("at")) {
            at = number(*seconds, joinPath(path, QStringLiteral("at"))).value_or(0.0);
            if (at < 0) {
                error(joinPath(path, QStringLiteral("at")),
                      QCoreApplication::translate("Io",
                                                  "%1 s is before the failure; expected 0 or more")
                          .arg(at));
                at = 0.0;
            }
        }
        return SceneFailure{*target, at};
    }

    Exercise readExercise(const json::object &o)
    {
        const QString path = QStringLiteral("exercise");
        checkKeys(o, path, {"brief", "goals", "hints"}, nullptr);
        Exercise exercise;
        exercise.brief = string(o, "brief", path, false).value_or(QString());
        if (const json::array *hints = array(o, "hints", path, false)) {
            for (std::size_t i = 0; i < hints->size(); ++i) {
                const QString at = indexPath(joinPath(path, QStringLiteral("hints")), qsizetype(i));
                if ((*hints)[i].is_string())
                    exercise.hints.append(toQString((*hints)[i].get_string()));
                else
                    wrongType(at, QCoreApplication::translate("Io", "a string"), (*hints)[i]);
            }
        }
        if (const json::array *goals = array(o, "goals", path, true)) {
            for (std::size_t i = 0; i < goals->size(); ++i) {
                const QString at = indexPath(joinPath(path, QStringLiteral("goals")), qsizetype(i));
                if (const json::object *g = element((*goals)[i], at))
                    if (const std::optional<Goal> goal = readGoal(*g, at))
                        exercise.goals.append(*goal);
            }
        }
        return exercise;
    }

    std::optional<Goal> readGoal(const json::object &o, const QString &path)
    {
        checkKeys(o, path, {"kind", "value", "workload", "operation", "measure"}, nullptr);
        Goal goal;
        const std::optional<QString> kind = string(o, "kind", path, true);
        if (!kind)
            return std::nullopt;
        const std::optional<Goal::Kind> known = goalKindFromName(*kind);
        if (!known) {
            error(joinPath(path, QStringLiteral("kind")),
                  QCoreApplication::translate(
                      "Io", "unknown goal \"%1\"; expected max-monthly-cost, max-p99-ms, "
                            "min-availability, survives-zone-loss, survives-region-loss, "
                            "max-rpo-seconds or max-components")
                      .arg(*kind));
            return std::nullopt;
        }
        goal.kind = *known;
        const json::value *value = o.if_contains("value");
        if (!value) {
            error(joinPath(path, QStringLiteral("value")),
                  QCoreApplication::translate("Io", "missing required key"));
            return std::nullopt;
        }
        const std::optional<double> number =
            this->number(*value, joinPath(path, QStringLiteral("value")));
        if (!number || *number < 0) {
            if (number)
                error(joinPath(path, QStringLiteral("value")),
                      QCoreApplication::translate("Io", "expected a number of 0 or more, got %1")
                          .arg(*number));
            return std::nullopt;
        }
        goal.value = *number;
        goal.workload = string(o, "workload", path, false).value_or(QString());
        if (const auto op = string(o, "operation", path, false)) {
            const auto parsed = goalOperationFromName(*op);
            if (!parsed)
                error(
                    joinPath(path, QStringLiteral("operation")),
                    QCoreApplication::translate("Io", "expected reads, writes or both, got \"%1\"")
                        .arg(*op));
            goal.operation = parsed.value_or(Goal::Operation::Both);
        }
        if (const auto measure = string(o, "measure", path, false)) {
            if (*measure != QLatin1String("modelled") && *measure != QLatin1String("sla-floor"))
                error(
                    joinPath(path, QStringLiteral("measure")),
                    QCoreApplication::translate("Io", "expected modelled or sla-floor, got \"%1\"")
                        .arg(*measure));
            goal.slaFloor = *measure == QLatin1String("sla-floor");
        }
        return goal;
    }

    QSizeF noteSize(const json::value &v, const QString &path)
    {
        const std::optional<QPointF> size = point(v, path);
        if (!size)
            return Note::kDefaultSize;
        const auto fits = [](qreal side) {
            return side >= Note::kMinimumSide && side <= Note::kMaximumSide;
        };
        if (!fits(size->x()) || !fits(size->y())) {
            error(path, QCoreApplication::translate(
                            "Io", "expected a width and height from %1 to %2, got [%3, %4]")
                            .arg(Note::kMinimumSide)
                            .arg(Note::kMaximumSide)
                            .arg(size->x())
                            .arg(size->y()));
            return Note::kDefaultSize;
        }
        return QSizeF(size->x(), size->y());
    }
};

} // namespace

DesignJsonResult designFromJson(const json::value &root, const Limits &limits)
{
    DesignJsonResult result;
    Reader(limits, result.problems).read(root, result.design);
    return result;
}

} // namespace archstudio::io
