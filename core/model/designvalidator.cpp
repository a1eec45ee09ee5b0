#include "designvalidator.h"

#include "propertycheck.h"

#include <QCoreApplication>
#include <QSet>

namespace archstudio::model {

namespace {

void error(Problems &problems, const QString &path, const QString &message)
{
    problems.append({Problem::Severity::Error, path, message});
}

void warning(Problems &problems, const QString &path, const QString &message)
{
    problems.append({Problem::Severity::Warning, path, message});
}

QString zoneList(const Region &region)
{
    QStringList codes;
    for (const ZoneId &z : region.zones)
        codes << z.value();
    return codes.join(QStringLiteral(", "));
}

} // namespace

Problems DesignValidator::validate(const Design &design) const
{
    Problems problems;
    checkRegions(design, problems);
    const QHash<ComponentId, qsizetype> index = indexIds(design, problems);
    for (qsizetype i = 0; i < design.components.size(); ++i) {
        const Component &c = design.components.at(i);
        PropertyContext context{&design, &index, design.findRegion(c.placement.region)};
        checkComponent(design, i, context, problems);
    }
    checkLinks(design, index, problems);
    checkLayout(design, index, problems);
    checkNotes(design, problems);
    return problems;
}

void DesignValidator::checkNotes(const Design &design, Problems &problems) const
{
    // A callout whose target went away is still a note: a warning, and the arrow is not drawn.
    for (qsizetype i = 0; i < design.notes.size(); ++i) {
        const std::optional<NoteTarget> &target = design.notes.at(i).pointsTo;
        if (target && !design.hasNoteTarget(*target))
            warning(problems,
                    joinPath(indexPath(QStringLiteral("notes"), i), QStringLiteral("pointsTo")),
                    QCoreApplication::translate(
                        "Model", "points to %1, which the design does not have; the note is "
                                 "shown without its arrow")
                        .arg(target->toString()));
    }
}

Problems DesignValidator::validateComponent(const Design &design, qsizetype index) const
{
    Problems problems;
    if (index < 0 || index >= design.components.size())
        return problems;
    const QHash<ComponentId, qsizetype> ids = indexIds(design, problems, index);
    const Component &c = design.components.at(index);
    PropertyContext context{&design, &ids, design.findRegion(c.placement.region)};
    checkComponent(design, index, context, problems);
    return problems;
}

QHash<ComponentId, qsizetype> DesignValidator::indexIds(const Design &design, Problems &problems,
                                                        qsizetype only) const
{
    QHash<ComponentId, qsizetype> index;
    index.reserve(design.components.size());
    for (qsizetype i = 0; i < design.components.size(); ++i) {
        const Component &c = design.components.at(i);
        const bool report = only < 0 || i == only;
        const QString path =
            report ? joinPath(indexPath(QStringLiteral("components"), i), QStringLiteral("id"))
                   : QString();
        if (c.id.isEmpty()) {
            if (report)
                error(problems, path,
                      QCoreApplication::translate("Model",
                                                  "empty id; expected a unique, non-empty string"));
            continue;
        }
        const auto it = index.constFind(c.id);
        if (it == index.cend())
            index.insert(c.id, i);
        else if (report)
            error(problems, path,
                  QCoreApplication::translate("Model",
                                              "duplicate id \"%1\"; components[%2] has it already")
                      .arg(c.id.value())
                      .arg(*it));
    }
    return index;
}

void DesignValidator::checkRegions(const Design &design, Problems &problems) const
{
    QSet<RegionId> seenRegions;
    QHash<ZoneId, RegionId> zoneOwner;
    for (qsizetype r = 0; r < design.regions.size(); ++r) {
        const Region &region = design.regions.at(r);
        const QString path = indexPath(QStringLiteral("regions"), r);
        if (region.code.isEmpty())
            error(problems, joinPath(path, QStringLiteral("code")),
                  QCoreApplication::translate("Model",
                                              "empty region code; expected e.g. \"us-east-1\""));
        else if (seenRegions.contains(region.code))
            error(problems, joinPath(path, QStringLiteral("code")),
                  QCoreApplication::translate("Model", "region \"%1\" is listed twice")
                      .arg(region.code.value()));
        seenRegions.insert(region.code);

        for (qsizetype z = 0; z < region.zones.size(); ++z) {
            const ZoneId &zone = region.zones.at(z);
            const QString zonePath = indexPath(joinPath(path, QStringLiteral("zones")), z);
            // Whether the code is one its region's zones can have is the catalog's to say
            // (io::checkLoadedDesign): the provider names the zones.
            if (zone.isEmpty())
                error(problems, zonePath,
                      QCoreApplication::translate("Model",
                                                  "empty zone code; expected a zone of region %1")
                          .arg(region.code.value()));
            const auto owner = zoneOwner.constFind(zone);
            if (owner != zoneOwner.cend()) {
                error(problems, zonePath,
                      QCoreApplication::translate("Model",
                                                  "zone \"%1\" is already listed under region %2")
                          .arg(zone.value(), owner->value()));
            }
            zoneOwner.insert(zone, region.code);
        }
    }
}

void DesignValidator::checkComponent(const Design &design, qsizetype index,
                                     const PropertyContext &context, Problems &problems) const
{
    const Component &component = design.components.at(index);
    const QString path = indexPath(QStringLiteral("components"), index);
    const KindSchema *schema = mRegistry.schema(component.kind);
    if (!schema) {
        warning(problems, joinPath(path, QStringLiteral("kind")),
                QCoreApplication::translate(
                    "Model", "unknown kind \"%1\"; it is kept as is but not evaluated "
                             "(known kinds: %2)")
                    .arg(component.kind, mRegistry.kinds().join(QStringLiteral(", "))));
    }
    checkPlacement(design, component, schema, joinPath(path, QStringLiteral("placement")),
                   problems);
    if (!schema)
        return;

    const QString propertiesPath = joinPath(path, QStringLiteral("properties"));
    for (const PropertySchema &property : schema->properties) {
        const auto it = component.properties.constFind(property.name);
        if (it != component.properties.cend())
            checkProperty(property, *it, joinPath(propertiesPath, property.name), context,
                          problems);
        else if (property.required)
            error(problems, joinPath(propertiesPath, property.name),
                  QCoreApplication::translate("Model", "missing; a \"%1\" needs it (%2)")
                      .arg(component.kind, property.help));
    }
    for (auto it = component.properties.cbegin(); it != component.properties.cend(); ++it) {
        const PropertySchema *property = schema->property(it.key());
        if (!property) {
            warning(problems, joinPath(propertiesPath, it.key()),
                    QCoreApplication::translate(
                        "Model", "unknown property of a \"%1\"; it is kept but ignored")
                        .arg(component.kind));
        } else if (!schema->applies(it.key(), component.properties)) {
            warning(problems, joinPath(propertiesPath, it.key()),
                    QCoreApplication::translate(
                        "Model", "does not apply unless %1 is %2; it is kept but ignored")
                        .arg(property->appliesWhenProperty,
                             property->appliesWhenValues.join(QCoreApplication::translate(
                                 "Model", " or ", "between choice values: \"a\" or \"b\""))));
        }
    }
}

void DesignValidator::checkPlacement(const Design &design, const Component &component,
                                     const KindSchema *schema, const QString &path,
                                     Problems &problems) const
{
    const Placement &placement = component.placement;
    const Region *region = design.findRegion(placement.region);
    if (placement.region.isEmpty()) {
        error(problems, joinPath(path, QStringLiteral("region")),
              QCoreApplication::translate("Model",
                                          "missing; expected one of the design's region codes"));
        return;
    }
    if (!region) {
        error(problems, joinPath(path, QStringLiteral("region")),
              QCoreApplication::translate(
                  "Model", "unknown region \"%1\"; expected a region listed in \"regions\"")
                  .arg(placement.region.value()));
        return;
    }

    const auto checkZone = [&](const ZoneId &zone, const QString &zonePath) {
        if (region->hasZone(zone))
            return;
        if (const Region *other = design.regionOfZone(zone)) {
            error(problems, zonePath,
                  QCoreApplication::translate(
                      "Model", "zone \"%1\" belongs to region %2, not to the placement's "
                               "region %3")
                      .arg(zone.value(), other->code.value(), region->code.value()));
        } else {
            error(problems, zonePath,
                  QCoreApplication::translate(
                      "Model", "unknown zone \"%1\"; expected one of the zones of region %2 (%3)")
                      .arg(zone.value(), region->code.value(), zoneList(*region)));
        }
    };
    if (placement.zone)
        checkZone(*placement.zone, joinPath(path, QStringLiteral("zone")));
    for (qsizetype i = 0; i < placement.zones.size(); ++i)
        checkZone(placement.zones.at(i), indexPath(joinPath(path, QStringLiteral("zones")), i));

    if (!schema)
        return;
    PlacementKind expected = schema->placement;
    if (!schema->regionalWhenProperty.isEmpty() &&
        component.properties.value(schema->regionalWhenProperty).toString() ==
            schema->regionalWhenValue)
        expected = PlacementKind::Region;
    switch (expected) {
    case PlacementKind::Zone:
        if (!placement.zone)
            error(problems, joinPath(path, QStringLiteral("zone")),
                  QCoreApplication::translate("Model",
                                              "missing; a \"%1\" lives in one Availability Zone")
                      .arg(component.kind));
        break;
    case PlacementKind::Zones:
        if (!placement.zone && placement.zones.isEmpty())
            error(problems, joinPath(path, QStringLiteral("zones")),
                  QCoreApplication::translate(
                      "Model", "missing; a \"%1\" needs the Availability Zones it runs in")
                      .arg(component.kind));
        break;
    case PlacementKind::Region:
        if (placement.zone || !placement.zones.isEmpty())
            warning(problems, path,
                    QCoreApplication::translate(
                        "Model", "a \"%1\" is a regional service; its zones are ignored")
                        .arg(component.kind));
        break;
    }
}

void DesignValidator::checkLinks(const Design &design, const QHash<ComponentId, qsizetype> &index,
                                 Problems &problems) const
{
    QSet<QPair<ComponentId, ComponentId>> seen;
    for (qsizetype i = 0; i < design.links.size(); ++i) {
        const Link &link = design.links.at(i);
        const QString path = indexPath(QStringLiteral("links"), i);
        bool resolved = true;
        for (const auto &[key, id] : {std::pair{QStringLiteral("from"), link.from},
                                      std::pair{QStringLiteral("to"), link.to}}) {
            if (!index.contains(id)) {
                error(problems, joinPath(path, key),
                      QCoreApplication::translate(
                          "Model", "unknown component \"%1\"; expected the id of a component "
                                   "of this design")
                          .arg(id.value()));
                resolved = false;
            }
        }
        if (resolved && link.from == link.to)
            error(problems, path,
                  QCoreApplication::translate(
                      "Model", "links \"%1\" to itself; expected two different components")
                      .arg(link.from.value()));
        if (link.readShare && (*link.readShare < 0.0 || *link.readShare > 1.0))
            error(problems, joinPath(path, QStringLiteral("readShare")),
                  QCoreApplication::translate(
                      "Model", "%1 is out of range; expected a share between 0 and 1")
                      .arg(*link.readShare));
        if (seen.contains({link.from, link.to}))
            warning(problems, path,
                    QCoreApplication::translate(
                        "Model", "a second link from \"%1\" to \"%2\"; only one is needed")
                        .arg(link.from.value(), link.to.value()));
        seen.insert({link.from, link.to});
    }
}

void DesignValidator::checkLayout(const Design &design, const QHash<ComponentId, qsizetype> &index,
                                  Problems &problems) const
{
    const Layout &layout = design.layout;
    for (auto it = layout.regionFrames.cbegin(); it != layout.regionFrames.cend(); ++it) {
        if (!design.findRegion(it.key()))
            warning(problems, QStringLiteral("layout.regions.%1").arg(it.key().value()),
                    QCoreApplication::translate(
                        "Model", "no such region in the design; the frame is ignored"));
    }
    for (auto it = layout.zoneFrames.cbegin(); it != layout.zoneFrames.cend(); ++it) {
        if (!design.regionOfZone(it.key()))
            warning(problems, QStringLiteral("layout.zones.%1").arg(it.key().value()),
                    QCoreApplication::translate(
                        "Model", "no such zone in the design; the frame is ignored"));
    }
    for (auto it = layout.componentPositions.cbegin(); it != layout.componentPositions.cend();
         ++it) {
        if (!index.contains(it.key()))
            warning(problems, QStringLiteral("layout.components.%1").arg(it.key().value()),
                    QCoreApplication::translate(
                        "Model", "no such component in the design; the position is ignored"));
    }
}

} // namespace archstudio::model
