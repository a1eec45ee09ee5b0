#include "diagramscene.h"
#include "core/engine/kindset.h"

#include "componentitem.h"
#include "containeritem.h"
#include "farviewitem.h"
#include "linkitem.h"

#include "core/document/document.h"
#include "core/model/kindregistry.h"
#include "core/render/autolayout.h"
#include "core/render/diagramstyle.h"
#include "core/render/figureformat.h"
#include "core/render/linklabel.h"

namespace archstudio::ui {

using model::ComponentId;

DiagramScene::DiagramScene(QObject *parent) : QGraphicsScene(parent)
{
    // Qt's BSP index: a frame visits only the items in view. Without it each frame walked all
    // 22,000 items of the 10,000-component design: frames at 100% took 14–24 ms and while
    // dragging 11–16 ms, against 10 and 5 ms with it (bench_studio).
    setItemIndexMethod(BspTreeIndex);
    // Qt picks a tree's depth from the item count the first time it indexes, and keeps it: the
    // depth would depend on how the first items arrived. At 10,000 components its pick (15)
    // made a frame at fit 49 ms. Of depths 6, 9 and 12, 6 (an 8 × 8 grid) gave the fastest
    // frames at fit and while dragging, and 12 used 30 MB more (bench_studio, 2026-12-07).
    setBspTreeDepth(6);
    // A timer rather than posted calls: each step then gets a turn of the event loop of its
    // own, apart from the paint of what the step before made.
    mBuildSteps.setSingleShot(true);
    mBuildSteps.setInterval(0);
    connect(&mBuildSteps, &QTimer::timeout, this, &DiagramScene::buildStep);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (mFarView)
            applyFarViewFlags();
    });
}

DiagramScene::~DiagramScene()
{
    // QGraphicsScene's destructor deletes the items, and each selected one announces the
    // selection change: by then this object is only a QGraphicsScene, and must not hear it.
    disconnect(this, nullptr, this, nullptr);
}

void DiagramScene::setDocument(document::Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mHasEvaluation = false;
    if (mDocument) {
        connect(mDocument, &document::Document::designReplaced, this, [this] {
            mHasEvaluation = false;
            rebuild(Build::InSteps);
        });
        connect(mDocument, &document::Document::edited, this, &DiagramScene::onEdited);
    }
    rebuild();
}

void DiagramScene::setCatalog(const catalog::Catalog &catalog)
{
    mCatalog = catalog;
    updateLinkLabels();
}

void DiagramScene::setEvaluation(const engine::Evaluation &evaluation)
{
    mEvaluation = evaluation;
    mHasEvaluation = true;
    applyFigures();
}

void DiagramScene::setUpdating(bool updating)
{
    if (updating == mUpdating)
        return;
    mUpdating = updating;
    if (mBadgesVisible)
        update();
}

void DiagramScene::setBadgesVisible(bool visible)
{
    mBadgesVisible = visible;
    update();
}

void DiagramScene::setViewZoom(qreal zoom)
{
    mViewZoom = zoom;
    updateFarView(false);
}

void DiagramScene::updateFarView(bool designChanged)
{
    // The design's size, not the items': while a large design is built in steps, its first
    // cards already draw nothing far out.
    const bool far = mFarViewItem && mDocument &&
                     mDocument->design().components.size() >= kFarViewComponents &&
                     mViewZoom < render::style::kDetailZoom;
    if (mFarViewItem && designChanged && !mBuilding) {
        QRectF area;
        for (ComponentItem *item : std::as_const(mComponents))
            area |= item->sceneBoundingRect();
        mFarViewItem->setArea(area);
        mFarViewItem->invalidate();
    }
    if (far == mFarView)
        return;
    mFarView = far;
    mFarViewItem->setVisible(far);
    applyFarViewFlags();
    update();
}

bool DiagramScene::isComplete() const
{
    return !mBuilding && (!mFarView || mFarViewItem->isPictureCurrent());
}

void DiagramScene::applyFarViewFlags()
{
    // Cards and links stay selectable in the far view, but tell the view they draw nothing,
    // so it skips even setting up their paint: 20,000 empty paints are most of a frame.
    // Selected ones still draw themselves, over the picture.
    for (ComponentItem *item : std::as_const(mComponents))
        item->setFlag(QGraphicsItem::ItemHasNoContents, mFarView && !item->isSelected());
    for (LinkItem *item : std::as_const(mLinks))
        item->setFlag(QGraphicsItem::ItemHasNoContents, mFarView && !item->isSelected());
}

void DiagramScene::setCardColours(const render::CardColours &colours)
{
    mColours = colours;
    update();
}

DiagramScene::Target DiagramScene::containerAt(QPointF scenePos) const
{
    Target target;
    for (ContainerItem *zone : mZones) {
        if (zone->frame().contains(scenePos)) {
            target.zone = zone->zoneId();
            if (mDocument)
                if (const model::Region *r = mDocument->design().regionOfZone(zone->zoneId()))
                    target.region = r->code;
            return target;
        }
    }
    for (ContainerItem *region : mRegions) {
        if (region->frame().contains(scenePos)) {
            target.region = region->regionId();
            return target;
        }
    }
    return target;
}

const model::KindSchema *DiagramScene::schemaOf(const QString &kind) const
{
    return mDocument ? mDocument->kinds().schemas().schema(kind) : nullptr;
}

const model::Component *DiagramScene::component(const ComponentId &id) const
{
    if (!mDocument)
        return nullptr;
    const qsizetype index = mIndexOf.value(id, -1);
    const QList<model::Component> &components = mDocument->design().components;
    return index >= 0 && index < components.size() && components.at(index).id == id
               ? &components.at(index)
               : nullptr;
}

void DiagramScene::reindex()
{
    mIndexOf.clear();
    if (!mDocument)
        return;
    const QList<model::Component> &components = mDocument->design().components;
    mIndexOf.reserve(components.size());
    for (qsizetype i = 0; i < components.size(); ++i)
        mIndexOf.insert(components.at(i).id, i);
}

void DiagramScene::onEdited(const document::ChangeScope &scope)
{
    finishBuilding(); // an edit in the moment after opening: every item first, then the edit
    if (scope.everything) {
        rebuild();
        return;
    }
    const model::Design &design = mDocument->design();
    // The usual edit (a property, a move) changes components in place: then only their
    // links are redone, not the design's thousands of others.
    const bool inPlace = !scope.links && !scope.containers && changedInPlace(scope.components);
    if (!scope.components.isEmpty() && !inPlace)
        reindex();
    if (scope.containers) {
        mLayout = render::completeLayout(design, mDocument->kinds().schemas());
        syncContainers();
    }
    bool moved = false;
    for (const ComponentId &id : scope.components) {
        if (const auto it = design.layout.componentPositions.constFind(id);
            it != design.layout.componentPositions.cend())
            mLayout.componentPositions.insert(id, *it);
        const ComponentItem *item = mComponents.value(id);
        const QPointF before = item ? item->pos() : QPointF();
        syncComponent(id); // may delete the item, or make one
        const ComponentItem *synced = mComponents.value(id);
        moved |= !item || !synced || synced->pos() != before;
    }
    bool pictureChanged = moved || scope.containers;
    if (inPlace) {
        pictureChanged |= refreshLinksOf(scope.components);
    } else if (scope.links || !scope.components.isEmpty() || scope.containers) {
        rebuildLinks();
        pictureChanged = true;
    }
    // The figures are the last evaluation's until the next one arrives: only new or
    // changed cards need theirs, not the thousands of others.
    applyFigures(inPlace ? &scope.components : nullptr);
    // The far view's picture shows positions, kinds and links: a property edit keeps it.
    updateFarView(pictureChanged);
    if (mFarView)
        applyFarViewFlags(); // new items draw nothing far out either
    syncNotes();             // notes, and the arrows of callouts to what moved
    const QRectF bounds = itemsBoundingRect();
    if (!sceneRect().contains(bounds))
        setSceneRect(sceneRect().united(
            bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin)));
}

bool DiagramScene::changedInPlace(const QSet<ComponentId> &ids) const
{
    // Same count and each changed id still at the index it had: nothing added, removed or
    // reordered, so mIndexOf and every other item stay valid.
    const QList<model::Component> &components = mDocument->design().components;
    if (components.size() != mComponents.size())
        return false;
    for (const ComponentId &id : ids) {
        const qsizetype index = mIndexOf.value(id, -1);
        if (index < 0 || index >= components.size() || components.at(index).id != id ||
            !mComponents.contains(id))
            return false;
    }
    return true;
}

void DiagramScene::syncContainers()
{
    const model::Design &design = mDocument->design();
    QSet<model::RegionId> regions;
    QSet<model::ZoneId> zones;
    mSyncing = true;
    for (const model::Region &region : design.regions) {
        regions.insert(region.code);
        ContainerItem *&item = mRegions[region.code];
        if (!item) {
            item = new ContainerItem(ContainerItem::Kind::Region, region.code.value(),
                                     region.code.value());
            addItem(item);
        }
        item->setFrame(mLayout.regionFrames.value(region.code));
        for (const model::ZoneId &zone : region.zones) {
            zones.insert(zone);
            ContainerItem *&zoneItem = mZones[zone];
            if (!zoneItem) {
                zoneItem = new ContainerItem(ContainerItem::Kind::Zone, zone.value(), zone.value());
                addItem(zoneItem);
            }
            zoneItem->setFrame(mLayout.zoneFrames.value(zone));
        }
    }
    mSyncing = false;
    for (auto it = mRegions.begin(); it != mRegions.end();) {
        if (regions.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = mRegions.erase(it);
    }
    for (auto it = mZones.begin(); it != mZones.end();) {
        if (zones.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = mZones.erase(it);
    }
}

void DiagramScene::syncComponent(const ComponentId &id)
{
    const model::Component *component = this->component(id);
    ComponentItem *item = mComponents.value(id);
    if (!component) {
        if (item) {
            mComponents.remove(id);
            delete item;
        }
        return;
    }
    if (!item) {
        item = new ComponentItem(id);
        item->setFlag(QGraphicsItem::ItemHasNoContents, mFarView); // the far view's picture has it
        mComponents.insert(id, item);
        addItem(item);
    }
    const render::CardContent old = item->content();
    render::CardContent content = render::cardContent(*component, schemaOf(component->kind));
    content.badge = old.badge;
    content.singlePointOfFailure = old.singlePointOfFailure;
    content.saturated = old.saturated;
    item->setContent(content);
    mSyncing = true;
    item->setPos(mLayout.componentPositions.value(id));
    mSyncing = false;
}

void DiagramScene::applyFigures(const QSet<ComponentId> *only)
{
    if (!mDocument)
        return;
    const auto wanted = [only](const ComponentId &id) {
        return !only || only->contains(id);
    };
    if (!mHasEvaluation) {
        for (ComponentItem *item : std::as_const(mComponents)) {
            if (wanted(item->id()))
                item->setFigures(QString(), false, false);
        }
        return;
    }
    QHash<ComponentId, const engine::WorkloadResult *> workloads;
    for (const engine::WorkloadResult &w : mEvaluation.workloads) {
        if (wanted(w.id))
            workloads.insert(w.id, &w);
    }
    QSet<ComponentId> shown;
    for (const engine::ComponentResult &result : mEvaluation.components) {
        if (!wanted(result.id))
            continue;
        ComponentItem *item = mComponents.value(result.id);
        if (!item)
            continue;
        shown.insert(result.id);
        item->setFigures(render::badgeText(result, workloads.value(result.id)),
                         result.singlePointOfFailure,
                         result.evaluated && result.utilization >= 1.0);
    }
    const auto clearUnshown = [&shown](ComponentItem *item) {
        if (item && !shown.contains(item->id()))
            item->setFigures(QString(), false, false);
    };
    if (only) {
        for (const ComponentId &id : *only)
            clearUnshown(mComponents.value(id));
    } else {
        for (ComponentItem *item : std::as_const(mComponents))
            clearUnshown(item);
    }
}

} // namespace archstudio::ui
