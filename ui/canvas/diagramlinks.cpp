#include "core/engine/kindset.h"
#include "diagramscene.h"

#include "componentitem.h"
#include "linkitem.h"

#include "core/model/kindregistry.h"
#include "core/render/linklabel.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <utility>

// The scene's links: traffic links from the design, replication links its components imply,
// their geometry and labels (part of DiagramScene, split from diagramscene.cpp).

namespace archstudio::ui {

using model::ComponentId;

namespace {

/// The components a component's ComponentRef properties name (a replica's source, an Aurora
/// instance's cluster): which property does is the kind schema's business.
QList<ComponentId> replicationSources(const model::Component &component,
                                      const model::KindSchema *schema)
{
    QList<ComponentId> sources;
    if (!schema)
        return sources;
    for (const model::PropertySchema &p : schema->properties) {
        if (p.type == model::PropertyType::ComponentRef)
            sources.append(ComponentId(component.properties.value(p.name).toString()));
    }
    return sources;
}

/// Past this many links in one frame, antialiased strokes cost more than a frame allows
/// (at 100% in the 10,000-component design, 1,300 links cross the view: docs/BENCHMARKS.md).
constexpr int kDenseLinks = 400;

} // namespace

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawBackground(painter, rect);
    // Counted over all the view shows, not only the part being repainted: a card dragged
    // across a dense area must not bring labels and smooth lines out around it alone.
    const QPaintDevice *device = painter->device();
    const QRectF visible = device ? painter->worldTransform().inverted().mapRect(
                                        QRectF(0, 0, device->width(), device->height()))
                                  : rect;
    // Far out, everything is in view: no need to count (nor to sort 20,000 items to do it).
    if (mFarView) {
        mDenseLinks = true;
        return;
    }
    int inView = 0;
    for (const QGraphicsItem *item : items(visible, Qt::IntersectsItemBoundingRect)) {
        if (item->type() == LinkItem::Type && ++inView > kDenseLinks)
            break;
    }
    mDenseLinks = inView > kDenseLinks;
}

void DiagramScene::addLinkItem(LinkItem *link)
{
    mLinks.append(link);
    mLinksOf.insert(link->from(), link);
    mLinksOf.insert(link->to(), link);
    link->setFlag(QGraphicsItem::ItemHasNoContents, mFarView); // the far view's picture has it
    addItem(link);
    link->setEnds(mComponents.value(link->from())->pos(), mComponents.value(link->to())->pos());
    updateLinkLabel(link);
}

void DiagramScene::rebuildLinks()
{
    for (LinkItem *link : std::as_const(mLinks))
        delete link;
    mLinks.clear();
    mLinksOf.clear();
    const model::Design &design = mDocument->design();
    for (qsizetype i = 0; i < design.links.size(); ++i)
        addTrafficLink(i);
    for (const model::Component &c : design.components)
        addReplicationLinks(c);
}

void DiagramScene::addTrafficLink(qsizetype index)
{
    const model::Link &link = mDocument->design().links.at(index);
    if (mComponents.contains(link.from) && mComponents.contains(link.to))
        addLinkItem(new LinkItem(LinkItem::Kind::Traffic, index, link.from, link.to));
}

void DiagramScene::addReplicationLinks(const model::Component &component)
{
    for (const ComponentId &source : replicationSources(component, schemaOf(component.kind))) {
        if (mComponents.contains(source))
            addLinkItem(new LinkItem(LinkItem::Kind::Replication, -1, source, component.id));
    }
}

bool DiagramScene::refreshLinksOf(const QSet<ComponentId> &ids)
{
    bool replicationChanged = false;
    for (const ComponentId &id : ids) {
        // The replication links into the component follow its properties: redo them if
        // the sources they name changed.
        QList<ComponentId> wanted;
        if (const model::Component *c = component(id)) {
            for (const ComponentId &source : replicationSources(*c, schemaOf(c->kind))) {
                if (mComponents.contains(source))
                    wanted.append(source);
            }
        }
        QList<LinkItem *> existing;
        QList<ComponentId> existingSources;
        for (auto it = mLinksOf.constFind(id); it != mLinksOf.cend() && it.key() == id; ++it) {
            if ((*it)->kind() == LinkItem::Kind::Replication && (*it)->to() == id) {
                existing.append(*it);
                existingSources.append((*it)->from());
            }
        }
        std::sort(existingSources.begin(), existingSources.end());
        std::sort(wanted.begin(), wanted.end());
        if (existingSources != wanted) {
            for (LinkItem *link : std::as_const(existing))
                removeLinkItem(link);
            for (const ComponentId &source : std::as_const(wanted))
                addLinkItem(new LinkItem(LinkItem::Kind::Replication, -1, source, id));
            replicationChanged = true;
        }
        updateLinkGeometry(id);
        for (auto it = mLinksOf.constFind(id); it != mLinksOf.cend() && it.key() == id; ++it)
            updateLinkLabel(*it);
    }
    return replicationChanged;
}

void DiagramScene::removeLinkItem(LinkItem *link)
{
    mLinks.removeOne(link);
    mLinksOf.remove(link->from(), link);
    mLinksOf.remove(link->to(), link);
    scheduleLabelPlacement(link->from());
    delete link;
}

void DiagramScene::updateLinkGeometry(const ComponentId &id)
{
    const auto range = mLinksOf.equal_range(id);
    for (auto it = range.first; it != range.second; ++it) {
        LinkItem *link = *it;
        link->setEnds(mComponents.value(link->from())->pos(), mComponents.value(link->to())->pos());
        scheduleLabelPlacement(link->from());
    }
}

void DiagramScene::updateLinkLabels()
{
    if (!mDocument)
        return;
    for (LinkItem *item : std::as_const(mLinks))
        updateLinkLabel(item);
}

void DiagramScene::updateLinkLabel(LinkItem *item)
{
    const model::Component *from = component(item->from());
    const model::Component *to = component(item->to());
    if (!from || !to) {
        item->setLabel(QString(), LinkItem::Reach::SameZone);
        return;
    }
    // The rules are render's, shared with the exported diagrams.
    const render::LinkLabel label =
        item->kind() == LinkItem::Kind::Replication
            ? render::replicationLabel(*from, *to)
            : render::linkLabel(*from, *to, mDocument->design().links.at(item->linkIndex()),
                                mCatalog, mDocument->kinds().schemas());
    // Most edits change no link's label: only a changed one is placed again.
    if (item->setLabel(label.text, label.reach))
        scheduleLabelPlacement(item->from());
}

void DiagramScene::scheduleLabelPlacement(const ComponentId &source)
{
    mLabelSources.insert(source);
    if (mLabelPlacementPending)
        return;
    mLabelPlacementPending = true;
    QTimer::singleShot(0, this, &DiagramScene::placeLinkLabels);
}

void DiagramScene::placeLinkLabels()
{
    mLabelPlacementPending = false;
    const QSet<ComponentId> sources = std::exchange(mLabelSources, {});
    const model::Design *design = mDocument ? &mDocument->design() : nullptr;
    QHash<ComponentId, qsizetype> componentOrder; // built on the first replication link
    const auto orderOf = [&](const ComponentId &id) -> qsizetype {
        if (!design)
            return 0;
        if (componentOrder.isEmpty()) {
            for (qsizetype i = 0; i < design->components.size(); ++i)
                componentOrder.insert(design->components.at(i).id, i);
        }
        return design->links.size() + componentOrder.value(id);
    };
    for (const ComponentId &source : sources) {
        // The links leaving the card: traffic in the design's order, then replication in the
        // order of the replicas, as DiagramRenderer paints them.
        QList<std::pair<qsizetype, LinkItem *>> leaving;
        for (auto it = mLinksOf.constFind(source); it != mLinksOf.cend() && it.key() == source;
             ++it) {
            LinkItem *link = *it;
            if (link->from() != source || link->label().isEmpty())
                continue;
            const qsizetype rank =
                link->kind() == LinkItem::Kind::Traffic ? link->linkIndex() : orderOf(link->to());
            leaving.append({rank, link});
        }
        std::sort(leaving.begin(), leaving.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        render::LinkLabelPlacer placer;
        for (const auto &[rank, link] : std::as_const(leaving)) {
            const QLineF ends = link->ends();
            link->setLabelCentre(
                placer.place(link->visibleLine(), ends.p1(), ends.p2(), link->labelBoxSize()));
        }
    }
}

} // namespace archstudio::ui
