#include "workloadedits.h"

#include "designedits.h"

#include "core/engine/workloadkind.h"

#include <QCoreApplication>
#include <QSet>

namespace archstudio::document::edits {

namespace {

/// Components another component names in a reference property (a replica's source, an
/// instance's cluster).
QSet<model::ComponentId> referenced(const model::Design &design, const model::KindRegistry &kinds)
{
    QSet<model::ComponentId> ids;
    for (const model::Component &c : design.components) {
        const model::KindSchema *schema = kinds.schema(c.kind);
        if (!schema)
            continue;
        for (const model::PropertySchema &p : schema->properties) {
            if (p.type == model::PropertyType::ComponentRef && c.properties.contains(p.name))
                ids.insert(model::ComponentId(c.properties.value(p.name).toString()));
        }
    }
    return ids;
}

} // namespace

QList<model::Link> linksToEveryStore(const model::Design &design, const model::KindRegistry &kinds,
                                     const model::ComponentId &workload)
{
    const QSet<model::ComponentId> reachedThroughOthers = referenced(design, kinds);
    QList<model::Link> links;
    for (const model::Component &c : design.components) {
        const model::KindSchema *schema = kinds.schema(c.kind);
        if (!schema || schema->startsLinks || c.id == workload)
            continue;
        if (schema->placement == model::PlacementKind::Region &&
            reachedThroughOthers.contains(c.id))
            continue;
        model::Link link{workload, c.id, schema->linkTraffic, std::nullopt};
        const QVariant role = schema->valueOf(QStringLiteral("role"), c.properties);
        if (role.toString() == QLatin1String("reader"))
            link.traffic = model::Traffic::Reads;
        links.append(link);
    }
    return links;
}

DesignDelta addWorkloadToEveryStore(const model::Design &design, const model::KindRegistry &kinds,
                                    QSizeF cardSize)
{
    const model::KindSchema *schema = kinds.schema(engine::kWorkloadKind);
    if (!schema || design.regions.isEmpty())
        return {};
    const model::Region &region = design.regions.first();
    model::Component workload = newComponent(design, *schema, region.code, std::nullopt);
    workload.placement = {region.code, std::nullopt, region.zones};
    workload.name = QCoreApplication::translate("Document", "Application");
    const QList<model::Link> added = linksToEveryStore(design, kinds, workload.id);
    if (added.isEmpty())
        return {};
    // Above the region's zones, where the automatic layout puts workloads.
    const QRectF frame = design.layout.regionFrames.value(region.code);
    const QPointF at = frame.isValid()
                           ? QPointF(frame.center().x(), frame.top() + cardSize.height())
                           : QPointF(0.0, 0.0);
    DesignDelta delta;
    delta.addComponent(workload, fitCard(design.layout, design, workload.placement, at, cardSize));
    delta.setLinks(design, design.links + added);
    return delta;
}

} // namespace archstudio::document::edits
