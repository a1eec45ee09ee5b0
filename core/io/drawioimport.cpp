#include "drawioimport.h"

#include "drawiodecode.h"
#include "drawioimporter.h"

#include "core/catalog/catalog.h"
#include "core/catalog/catalogfile.h"
#include "core/engine/kindset.h"
#include "core/model/designvalidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtNumeric>

#include <algorithm>
#include <cmath>

namespace archstudio::io {

using namespace drawioimport;

namespace {

QString named(const QString &fileName, const QString &message)
{
    return fileName.isEmpty() ? message : QStringLiteral("%1: %2").arg(fileName, message);
}

} // namespace

namespace drawioimport {

void Importer::readComponents()
{
    for (qsizetype i = 0; i < mCells.size(); ++i) {
        if (mRoles.at(i) != Role::Component)
            continue;
        const DiagramCell &cell = mCells.at(i);
        const model::KindSchema &schema = *mMatches.at(i).schema;
        model::Component c;
        c.kind = schema.kind;
        c.name = cell.label;
        c.id = model::ComponentId(uniqueId(cell.label, schema.kind));
        c.properties = mMatches.at(i).properties;
        c.placement.region = model::RegionId(regionOf(i));
        model::Region &region = designRegion(c.placement.region.value());
        const bool regional =
            schema.placement == model::PlacementKind::Region ||
            (!schema.regionalWhenProperty.isEmpty() &&
             schema.valueOf(schema.regionalWhenProperty, c.properties).toString() ==
                 schema.regionalWhenValue);
        if (!regional) {
            const qsizetype group = container(i, Role::Zone);
            const Zone zone = mZones.value(group);
            QString code = zone.region == region.code.value() ? zone.code : QString();
            if (code.isEmpty()) {
                if (region.zones.isEmpty())
                    region.zones.append(model::ZoneId(mNaming.code(region.code.value(), 0)));
                code = region.zones.constFirst().value();
                mResult.warnings.append(
                    QCoreApplication::translate("Io", "%1: not inside an Availability Zone "
                                                      "group; placed in %2.")
                        .arg(cellSource(cell), code));
            }
            if (schema.placement == model::PlacementKind::Zones)
                c.placement.zones = {model::ZoneId(code)};
            else
                c.placement.zone = model::ZoneId(code);
        }
        const QPointF at = absolute(i)->center();
        if (std::abs(at.x()) < kMaxCoordinate && std::abs(at.y()) < kMaxCoordinate)
            mDrawnAt.insert(c.id, at);
        mComponentOfCell.insert(i, mDesign.components.size());
        mResult.imported.append({cellSource(cell), c.id, c.kind});
        mDesign.components.append(std::move(c));
    }
}

qsizetype Importer::endOf(const QString &id) const
{
    qsizetype at = mById.value(id, -1);
    for (int depth = 0; at >= 0 && depth < kMaxNesting; ++depth) {
        if (mComponentOfCell.contains(at))
            return mComponentOfCell.value(at);
        at = mById.value(mCells.at(at).parent, -1);
    }
    return -1;
}

/// A kind's name in the user's language.
static QString kindName(const model::KindSchema &schema)
{
    return QCoreApplication::translate("Kinds", schema.displayName.toUtf8().constData());
}

void Importer::resolveReferences()
{
    // Each component's edges to others: the other end, and the edge.
    QHash<qsizetype, QList<std::pair<qsizetype, qsizetype>>> edgesOf;
    for (qsizetype e = 0; e < mCells.size(); ++e) {
        if (!mCells.at(e).edge || mById.value(mCells.at(e).id, e) != e)
            continue;
        const qsizetype from = endOf(mCells.at(e).source);
        const qsizetype to = endOf(mCells.at(e).target);
        if (from >= 0 && to >= 0 && from != to) {
            edgesOf[from].append({to, e});
            edgesOf[to].append({from, e});
        }
    }
    QHash<std::pair<QString, model::RegionId>, QString> regional; // kind, region -> id
    for (const model::Component &c : std::as_const(mDesign.components))
        regional.insert({c.kind, c.placement.region}, c.id.value());
    QSet<qsizetype> dropped;
    const qsizetype drawn = mDesign.components.size();
    for (qsizetype c = 0; c < drawn; ++c) {
        const model::Component component = mDesign.components.at(c);
        const model::KindSchema *schema = mRegistry.schema(component.kind);
        for (const model::PropertySchema &property : schema->properties) {
            if (property.type != model::PropertyType::ComponentRef ||
                component.properties.contains(property.name) || dropped.contains(c))
                continue;
            QString target;
            for (const auto &[other, e] : edgesOf.value(c)) {
                if (target.isEmpty() && mDesign.components.at(other).kind == property.refKind) {
                    target = mDesign.components.at(other).id.value();
                    mUsedEdges.insert(e);
                }
            }
            const model::KindSchema *ref = mRegistry.schema(property.refKind);
            if (target.isEmpty() && ref && ref->placement == model::PlacementKind::Region) {
                // A regional parent (an Aurora cluster): the region's own, made when missing.
                target = regional.value({ref->kind, component.placement.region});
                if (target.isEmpty()) {
                    model::Component made;
                    made.kind = ref->kind;
                    made.placement.region = component.placement.region;
                    made.name = QCoreApplication::translate("Io", "%1 in %2")
                                    .arg(kindName(*ref), made.placement.region.value());
                    made.id = model::ComponentId(uniqueId(made.name, ref->kind));
                    target = made.id.value();
                    regional.insert({made.kind, made.placement.region}, target);
                    mResult.warnings.append(
                        QCoreApplication::translate("Io", "The diagram has no %1 in %2 for "
                                                          "%3; one was added as \"%4\".")
                            .arg(kindName(*ref), made.placement.region.value(),
                                 component.displayName(), made.name));
                    mResult.imported.append({QString(), made.id, made.kind});
                    mDesign.components.append(made);
                }
            }
            if (target.isEmpty())
                dropped.insert(c);
            else
                mDesign.components[c].properties.insert(property.name, target);
        }
    }
    // A reference that cannot be guessed: a read replica joined by no edge to its source.
    for (auto it = mComponentOfCell.cbegin(); it != mComponentOfCell.cend(); ++it) {
        if (dropped.contains(it.value()))
            skip(it.key(), QCoreApplication::translate("Io", "a %1 must be joined by an edge to "
                                                             "the component it belongs to, and "
                                                             "it is not")
                               .arg(kindName(*mMatches.at(it.key()).schema)));
    }
    removeComponents(dropped);
}

void Importer::removeComponents(const QSet<qsizetype> &indices)
{
    QSet<model::ComponentId> ids;
    for (qsizetype i : indices)
        ids.insert(mDesign.components.at(i).id);
    qsizetype at = 0;
    mDesign.components.removeIf([&](const model::Component &) { return indices.contains(at++); });
    for (const model::ComponentId &id : std::as_const(ids))
        mDesign.layout.componentPositions.remove(id);
    mDesign.links.removeIf(
        [&](const model::Link &l) { return ids.contains(l.from) || ids.contains(l.to); });
    mResult.imported.removeIf(
        [&](const ImportedItem &item) { return ids.contains(item.component); });
    // Indices after a removed one move down.
    QList<qsizetype> removed(indices.cbegin(), indices.cend());
    std::sort(removed.begin(), removed.end());
    QHash<qsizetype, qsizetype> shifted;
    for (auto it = mComponentOfCell.cbegin(); it != mComponentOfCell.cend(); ++it) {
        if (indices.contains(it.value()))
            continue;
        const auto below = std::lower_bound(removed.cbegin(), removed.cend(), it.value());
        shifted.insert(it.key(), it.value() - (below - removed.cbegin()));
    }
    mComponentOfCell = shifted;
}

void Importer::readEdges()
{
    QSet<std::pair<QString, QString>> linked;
    for (qsizetype e = 0; e < mCells.size(); ++e) {
        const DiagramCell &cell = mCells.at(e);
        if (!cell.edge || mUsedEdges.contains(e) || mById.value(cell.id, e) != e)
            continue;
        const qsizetype from = endOf(cell.source);
        const qsizetype to = endOf(cell.target);
        if (from < 0 || to < 0 || from == to) {
            skip(e, QCoreApplication::translate("Io", "an edge that does not join two imported "
                                                      "components"));
            continue;
        }
        const model::Component &a = mDesign.components.at(from);
        const model::Component &b = mDesign.components.at(to);
        const model::KindSchema *sa = mRegistry.schema(a.kind);
        const model::KindSchema *sb = mRegistry.schema(b.kind);
        model::Link link;
        if (sa->startsLinks && !sb->startsLinks) {
            link = {a.id, b.id, sb->linkTraffic, {}};
        } else if (sb->startsLinks && !sa->startsLinks) {
            link = {b.id, a.id, sa->linkTraffic, {}}; // drawn from the data store
        } else {
            skip(e, QCoreApplication::translate("Io", "links run from a workload to a data "
                                                      "store; %1 and %2 cannot be linked")
                        .arg(a.displayName(), b.displayName()));
            continue;
        }
        if (!linked.contains({link.from.value(), link.to.value()})) {
            linked.insert({link.from.value(), link.to.value()});
            mDesign.links.append(link);
        } else {
            skip(e, QCoreApplication::translate("Io", "a second edge between the same shapes"));
        }
    }
}

void Importer::validate()
{
    static const QRegularExpression component(QStringLiteral("^components\\[(\\d+)\\]"));
    const model::DesignValidator validator(mRegistry);
    // A component the validator refuses is skipped with its reason; those referring to it
    // follow in the next round.
    for (int round = 0; round < 8; ++round) {
        const model::Problems problems = validator.validate(mDesign);
        QHash<qsizetype, QString> bad;
        for (const model::Problem &p : problems) {
            const QRegularExpressionMatch m = component.match(p.path);
            const qsizetype index = m.hasMatch() ? m.captured(1).toLongLong() : -1;
            if (p.isError() && index >= 0 && index < mDesign.components.size()) {
                if (!bad.contains(index))
                    bad.insert(index, p.message);
            } else if (p.isError()) {
                mResult.error = p.toString();
                return;
            }
        }
        if (bad.isEmpty())
            return;
        for (auto it = mComponentOfCell.cbegin(); it != mComponentOfCell.cend(); ++it) {
            if (bad.contains(it.value()))
                skip(it.key(), bad.value(it.value()));
        }
        const QList<qsizetype> drawn = mComponentOfCell.values();
        const QSet<qsizetype> fromCells(drawn.cbegin(), drawn.cend());
        for (auto it = bad.cbegin(); it != bad.cend(); ++it) {
            if (!fromCells.contains(it.key()))
                mResult.skipped.append({mDesign.components.at(it.key()).displayName(), *it});
        }
        const QList<qsizetype> indices = bad.keys();
        removeComponents(QSet<qsizetype>(indices.cbegin(), indices.cend()));
    }
    mResult.error = QCoreApplication::translate("Io", "the imported design is not valid");
}

void Importer::sortInReadingOrder()
{
    // Shapes in one row of a drawing are rarely aligned to the pixel: a row is a band this high.
    constexpr double kRowHeight = 60.0;
    // Components the drawing has no shape for (a cluster added for its instances) go last.
    const auto key = [this](const model::Component &c) {
        const auto at = mDrawnAt.constFind(c.id);
        if (at == mDrawnAt.cend())
            return std::pair(qInf(), qInf());
        return std::pair(std::floor(at->y() / kRowHeight), at->x());
    };
    std::stable_sort(
        mDesign.components.begin(), mDesign.components.end(),
        [&](const model::Component &a, const model::Component &b) { return key(a) < key(b); });
}

void Importer::run(QList<DiagramCell> cells)
{
    mCells = std::move(cells);
    for (qsizetype i = 0; i < mCells.size(); ++i) {
        if (!mCells.at(i).id.isEmpty() && !mById.contains(mCells.at(i).id))
            mById.insert(mCells.at(i).id, i);
    }
    classify();
    readZones();
    readComponents();
    resolveReferences();
    readEdges();
    for (const QString &code : std::as_const(mRegionOrder))
        designRegion(code);
    for (model::Region &region : mDesign.regions)
        std::sort(region.zones.begin(), region.zones.end());
    validate();
    sortInReadingOrder();
    if (mDecorations > 0)
        mResult.warnings.append(
            QCoreApplication::translate("Io", "%1 unlabelled shapes were ignored as decoration.")
                .arg(mDecorations));
    if (mResult.error.isEmpty())
        mResult.design = std::move(mDesign);
}

} // namespace drawioimport

ImportResult importDrawioModel(const QByteArray &model, int pages, const QString &fileName,
                               const model::KindRegistry &registry, const catalog::Catalog &catalog,
                               const Limits &limits)
{
    ImportResult result;
    const DiagramCells parsed = parseDiagramCells(model, limits.maxDrawioCells());
    if (!parsed.error.isEmpty()) {
        result.error = named(fileName, parsed.error);
        return result;
    }
    Importer(registry, catalog, result).run(parsed.cells);
    if (pages > 1)
        result.warnings.prepend(
            QCoreApplication::translate("Io", "The file has %1 pages; only the first was "
                                              "imported.")
                .arg(pages));
    if (result.error.isEmpty() && result.design && result.design->components.isEmpty())
        result.error = QCoreApplication::translate(
            "Io", "this diagram was not written by ArchStudio, and none of its "
                  "shapes is one ArchStudio models");
    if (!result.error.isEmpty()) {
        result.error = named(fileName, result.error);
        result.design.reset();
    }
    return result;
}

ImportResult importDrawioDiagram(const QByteArray &bytes, const QString &fileName,
                                 const engine::KindSet &kinds)
{
    const Limits limits;
    const DecodedDrawio decoded = decodeDrawio(bytes, limits);
    if (!decoded.error.isEmpty()) {
        ImportResult result;
        result.error = named(fileName, decoded.error);
        return result;
    }
    return importDrawioModel(decoded.model, decoded.pages, fileName, kinds.schemas(),
                             kinds.catalog(), limits);
}

LoadResult loadImportedDrawio(const DecodedDrawio &decoded, const LoadOptions &options)
{
    const model::KindRegistry coreOnly;
    const ImportResult imported = importDrawioModel(
        decoded.model, decoded.pages, {}, options.registry ? *options.registry : coreOnly,
        options.catalog ? *options.catalog : catalog::bundledCatalog(), options.limits);
    if (!imported.design)
        return loadFailure({}, imported.error);
    model::Problems problems;
    for (const SkippedItem &item : imported.skipped)
        problems.append({model::Problem::Severity::Warning, item.source,
                         QCoreApplication::translate("Io", "not imported: %1").arg(item.reason)});
    for (const QString &warning : imported.warnings)
        problems.append({model::Problem::Severity::Warning, QString(), warning});
    DesignFile file;
    file.design = *imported.design;
    file.container = Container::Drawio;
    return checkLoadedDesign(std::move(file), std::move(problems), options);
}

} // namespace archstudio::io
