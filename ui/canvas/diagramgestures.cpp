// The gestures of DiagramScene: drops from the palette, moves, container drags and resizes,
// link drags, deletes and nudges. Each ends in at most one EditDesignCommand.
#include "core/engine/kindset.h"
#include "diagramscene.h"

#include "componentitem.h"
#include "containeritem.h"
#include "linkitem.h"
#include "noteitem.h"

#include "core/document/commands/editdesigncommand.h"
#include "core/document/document.h"
#include "core/document/regionedits.h"
#include "core/model/kindregistry.h"
#include "core/render/autolayout.h"
#include "core/render/diagramstyle.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QUndoStack>

#include <cmath>

namespace archstudio::ui {

using model::ComponentId;
namespace edits = document::edits;

namespace {

constexpr qreal kGuideTolerance = 6.0;
constexpr QSizeF kNewZoneSize{260.0, 280.0};

} // namespace

void DiagramScene::pushEdit(const QString &text, document::DesignDelta delta)
{
    if (mDocument && !delta.isEmpty())
        mDocument->undoStack()->push(
            new document::EditDesignCommand(mDocument, text, std::move(delta)));
}

QString DiagramScene::refuse(const QString &why)
{
    emit statusMessage(why);
    return why;
}

QPointF DiagramScene::snapped(QPointF point) const
{
    if (!mSnapToGrid || mSyncing)
        return point;
    const qreal g = render::style::kGrid;
    return QPointF(std::round(point.x() / g) * g, std::round(point.y() / g) * g);
}

QPointF DiagramScene::constrainedPosition(ComponentItem *item, QPointF proposed)
{
    if (mSyncing)
        return proposed;
    QPointF p = snapped(proposed);
    // Alignment guides, for the item under the mouse only: snap its centre to another card's
    // centre line when within a few units, and draw the line.
    if (mouseGrabberItem() != item)
        return p;
    const QList<QLineF> oldGuides = mGuides;
    mGuides.clear();
    std::optional<qreal> alignX, alignY;
    for (ComponentItem *other : std::as_const(mComponents)) {
        if (other == item || other->isSelected())
            continue;
        const QPointF o = other->pos();
        if (!alignX && std::abs(o.x() - p.x()) < kGuideTolerance)
            alignX = o.x();
        if (!alignY && std::abs(o.y() - p.y()) < kGuideTolerance)
            alignY = o.y();
        if (alignX && alignY)
            break;
    }
    if (alignX) {
        p.setX(*alignX);
        mGuides.append(QLineF(p.x(), sceneRect().top(), p.x(), sceneRect().bottom()));
    }
    if (alignY) {
        p.setY(*alignY);
        mGuides.append(QLineF(sceneRect().left(), p.y(), sceneRect().right(), p.y()));
    }
    if (mGuides != oldGuides)
        update();
    return p;
}

void DiagramScene::componentMoved(ComponentItem *item)
{
    updateLinkGeometry(item->id());
    if (!mNotes.isEmpty())
        updateNoteTargets();
    if (mSyncing || mouseGrabberItem() != item || !mDocument)
        return;
    // Show where the card would land: its container accepts it or refuses it.
    const model::Component *component = this->component(item->id());
    const model::KindSchema *schema = component ? schemaOf(component->kind) : nullptr;
    const Target target = containerAt(item->pos());
    ContainerItem *over = target.zone ? mZones.value(*target.zone) : mRegions.value(target.region);
    const bool accepts =
        schema && edits::placementFor(*schema, component, target.region, target.zone).placement;
    setDropPreview(over, accepts);
}

void DiagramScene::setDropPreview(ContainerItem *item, bool accepts)
{
    if (mDropPreview && mDropPreview != item)
        mDropPreview->setDropState(ContainerItem::DropState::None);
    mDropPreview = item;
    if (item)
        item->setDropState(accepts ? ContainerItem::DropState::Accepts
                                   : ContainerItem::DropState::Refuses);
}

void DiagramScene::clearDropPreview()
{
    setDropPreview(nullptr, false);
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mMovingComponents = false;
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem *item : items(event->scenePos())) {
            if (item->type() != ComponentItem::Type)
                continue;
            auto *component = static_cast<ComponentItem *>(item);
            if (component->isOnHandle(event->scenePos())) {
                // Start a link: a rubber line follows the mouse until release.
                mLinkFrom = component->id();
                mLinkPreview = addLine(QLineF(component->pos(), event->scenePos()),
                                       QPen(mColours.selection, 2, Qt::DashLine));
                mLinkPreview->setZValue(100);
                event->accept();
                return;
            }
            mMovingComponents = true;
            break;
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (mLinkPreview) {
        mLinkPreview->setLine(QLineF(mLinkPreview->line().p1(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (mLinkPreview) {
        delete mLinkPreview;
        mLinkPreview = nullptr;
        const ComponentId from = std::exchange(mLinkFrom, {});
        for (QGraphicsItem *item : items(event->scenePos())) {
            if (item->type() == ComponentItem::Type) {
                addLink(from, static_cast<ComponentItem *>(item)->id());
                return;
            }
        }
        emit statusMessage(tr("Drop the link on another component to connect them."));
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    const bool notesMoved = std::exchange(mMovingNotes, false);
    if (std::exchange(mMovingComponents, false) || notesMoved)
        commitComponentMoves();
    if (!mGuides.isEmpty()) {
        mGuides.clear();
        update();
    }
    clearDropPreview();
}

void DiagramScene::commitComponentMoves()
{
    if (!mDocument)
        return;
    const model::Design &design = mDocument->design();
    QMap<ComponentId, QPointF> positions;
    QMap<ComponentId, model::Placement> placements;
    for (ComponentItem *item : std::as_const(mComponents)) {
        if (!item->isSelected() && mouseGrabberItem() != item)
            continue;
        const auto known = mLayout.componentPositions.constFind(item->id());
        if (known != mLayout.componentPositions.cend() && *known == item->pos())
            continue;
        const model::Component *component = this->component(item->id());
        const model::KindSchema *schema = component ? schemaOf(component->kind) : nullptr;
        positions.insert(item->id(), item->pos());
        if (!schema)
            continue;
        const Target target = containerAt(item->pos());
        const auto placed = edits::placementFor(*schema, component, target.region, target.zone);
        if (!placed.placement) {
            resyncPositions();
            refuse(placed.refusal);
            return;
        }
        placements.insert(item->id(), *placed.placement);
    }
    // Notes dragged along (or alone) move in the same undo step.
    bool notesMoved = false;
    const QList<model::Note> notes = drawnNotes(&notesMoved);
    if (positions.isEmpty() && !notesMoved)
        return;
    document::DesignDelta delta = edits::moveComponents(design, positions, placements);
    if (notesMoved)
        delta.setNotes(design, notes);
    QString text = tr("Move note");
    if (positions.size() == 1)
        text = tr("Move %1").arg(component(positions.firstKey())->displayName());
    else if (positions.size() > 1)
        text = tr("Move %1 components").arg(positions.size());
    pushEdit(text, std::move(delta));
}

void DiagramScene::resyncPositions()
{
    mSyncing = true;
    for (ComponentItem *item : std::as_const(mComponents))
        item->setPos(mLayout.componentPositions.value(item->id()));
    mSyncing = false;
}

void DiagramScene::nudgeSelection(QPointF by)
{
    const QList<ComponentId> ids = selectedComponents();
    if (ids.isEmpty() || !mDocument)
        return;
    mSyncing = true; // a nudge is exact: no snapping, no guides
    for (const ComponentId &id : ids)
        mComponents.value(id)->moveBy(by.x(), by.y());
    mSyncing = false;
    commitComponentMoves();
}

void DiagramScene::containerPressed(ContainerItem *item)
{
    mContainerDrag = {};
    mContainerDrag.item = item;
    mContainerDrag.startFrame = item->frame();
    if (item->isResizing())
        return;
    for (ComponentItem *component : std::as_const(mComponents)) {
        if (mContainerDrag.startFrame.contains(component->pos()))
            mContainerDrag.contents.append({component, component->pos()});
    }
    if (item->kind() == ContainerItem::Kind::Region && mDocument) {
        if (const model::Region *region = mDocument->design().findRegion(item->regionId())) {
            for (const model::ZoneId &zone : region->zones) {
                if (ContainerItem *z = mZones.value(zone))
                    mContainerDrag.contents.append({z, z->pos()});
            }
        }
    }
}

void DiagramScene::containerMoved(ContainerItem *item)
{
    if (mSyncing || item != mContainerDrag.item || item->isResizing())
        return;
    const QPointF by = item->pos() - mContainerDrag.startFrame.topLeft();
    mSyncing = true;
    for (const auto &[content, start] : std::as_const(mContainerDrag.contents))
        content->setPos(start + by);
    mSyncing = false;
    for (const auto &[content, start] : std::as_const(mContainerDrag.contents)) {
        if (content->type() == ComponentItem::Type)
            updateLinkGeometry(static_cast<ComponentItem *>(content)->id());
    }
    if (!mNotes.isEmpty())
        updateNoteTargets();
}

void DiagramScene::containerReleased(ContainerItem *item)
{
    const ContainerDrag drag = std::exchange(mContainerDrag, {});
    if (item != drag.item || !mDocument || item->frame() == drag.startFrame)
        return;
    const model::Design &design = mDocument->design();
    const bool resized = item->frame().size() != drag.startFrame.size();
    const QString text = item->kind() == ContainerItem::Kind::Region
                             ? (resized ? tr("Resize region %1") : tr("Move region %1"))
                             : (resized ? tr("Resize zone %1") : tr("Move zone %1"));
    // The model's frame may be absent (laid out automatically): record the drawn one first,
    // so moving contents works from what the user saw.
    model::Design seen = design;
    seen.layout = mLayout;
    document::DesignDelta delta = item->kind() == ContainerItem::Kind::Region
                                      ? edits::setRegionFrame(seen, item->regionId(), item->frame())
                                      : edits::setZoneFrame(seen, item->zoneId(), item->frame());
    // A zone moved or grown past its region's edge takes the region's edge with it.
    if (item->kind() == ContainerItem::Kind::Zone) {
        if (const model::Region *region = design.regionOfZone(item->zoneId())) {
            const QRectF frame = mLayout.regionFrames.value(region->code);
            const qreal pad = render::style::kContainerPadding;
            const QRectF grown = frame.united(item->frame().adjusted(-pad, -pad, pad, pad));
            if (frame.isValid() && grown != frame)
                delta.setRegionFrame(seen, region->code, grown);
        }
    }
    pushEdit(text.arg(item->code()), std::move(delta));
}

QString DiagramScene::addLink(const ComponentId &from, const ComponentId &to)
{
    if (!mDocument)
        return {};
    const model::Design &design = mDocument->design();
    const model::Component *source = component(from);
    const model::Component *target = component(to);
    if (!source || !target || from == to)
        return refuse(tr("A link joins two different components."));
    const model::KindSchema *sourceKind = schemaOf(source->kind);
    if (!sourceKind || !sourceKind->startsLinks)
        return refuse(tr("Links carry a workload's traffic: start the link from a workload."));
    const model::KindSchema *targetKind = schemaOf(target->kind);
    model::Link link{from, to, targetKind ? targetKind->linkTraffic : model::Traffic::ReadsWrites,
                     std::nullopt};
    document::DesignDelta delta = edits::addLink(design, link);
    if (delta.isEmpty())
        return refuse(
            tr("%1 is already linked to %2.").arg(source->displayName(), target->displayName()));
    pushEdit(tr("Link %1 to %2").arg(source->displayName(), target->displayName()),
             std::move(delta));
    return {};
}

edits::Selection DiagramScene::selection() const
{
    edits::Selection selection;
    for (QGraphicsItem *item : selectedItems()) {
        switch (item->type()) {
        case ComponentItem::Type:
            selection.components.insert(static_cast<ComponentItem *>(item)->id());
            break;
        case ContainerItem::Type: {
            auto *container = static_cast<ContainerItem *>(item);
            if (container->kind() == ContainerItem::Kind::Region)
                selection.regions.insert(container->regionId());
            else
                selection.zones.insert(container->zoneId());
            break;
        }
        case LinkItem::Type:
            if (static_cast<LinkItem *>(item)->kind() == LinkItem::Kind::Traffic)
                selection.links.insert(static_cast<LinkItem *>(item)->linkIndex());
            break;
        case NoteItem::Type:
            selection.notes.insert(static_cast<NoteItem *>(item)->index());
            break;
        default:
            break;
        }
    }
    return selection;
}

QList<ComponentId> DiagramScene::selectedComponents() const
{
    QList<ComponentId> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ComponentItem::Type)
            ids.append(static_cast<ComponentItem *>(item)->id());
    }
    return ids;
}

void DiagramScene::selectComponents(const QList<ComponentId> &ids)
{
    finishBuilding(); // every card to select exists
    clearSelection();
    for (const ComponentId &id : ids) {
        if (ComponentItem *item = mComponents.value(id))
            item->setSelected(true);
    }
}

void DiagramScene::deleteSelection()
{
    const edits::Selection selected = selection();
    if (selected.isEmpty() || !mDocument)
        return;
    const qsizetype count = selected.components.size() + selected.links.size() +
                            selected.zones.size() + selected.regions.size() + selected.notes.size();
    QString text = tr("Delete %1 items").arg(count);
    if (count == 1 && selected.components.size() == 1)
        text = tr("Delete %1").arg(component(*selected.components.cbegin())->displayName());
    else if (count == 1 && selected.notes.size() == 1)
        text = tr("Delete note");
    pushEdit(text, edits::removeItems(mDocument->design(), selected));
}

void DiagramScene::arrangeAutomatically()
{
    if (!mDocument)
        return;
    const model::Design &design = mDocument->design();
    const model::Layout arranged = render::arrangeLayout(design, mDocument->kinds().schemas());
    document::DesignDelta delta;
    for (auto it = arranged.regionFrames.cbegin(); it != arranged.regionFrames.cend(); ++it)
        delta.setRegionFrame(design, it.key(), *it);
    for (auto it = arranged.zoneFrames.cbegin(); it != arranged.zoneFrames.cend(); ++it)
        delta.setZoneFrame(design, it.key(), *it);
    for (auto it = arranged.componentPositions.cbegin(); it != arranged.componentPositions.cend();
         ++it)
        delta.setPosition(design, it.key(), *it);
    pushEdit(tr("Arrange automatically"), std::move(delta));
}

bool DiagramScene::previewPaletteDrop(const QString &entry, QPointF scenePos)
{
    const Target target = containerAt(scenePos);
    ContainerItem *over = target.zone ? mZones.value(*target.zone) : mRegions.value(target.region);
    bool accepts = false;
    if (entry == regionEntry()) {
        accepts = target.region.isEmpty();
    } else if (entry == zoneEntry()) {
        accepts = !target.region.isEmpty() && !target.zone;
    } else if (entry == noteEntry()) {
        accepts = true; // anywhere
    } else if (entry.startsWith(QLatin1String("component:"))) {
        const model::KindSchema *schema = schemaOf(entry.mid(10));
        accepts =
            schema && edits::placementFor(*schema, nullptr, target.region, target.zone).placement;
    }
    setDropPreview(over, accepts);
    return accepts;
}

QString DiagramScene::dropPaletteEntry(const QString &entry, QPointF scenePos)
{
    clearDropPreview();
    if (!mDocument)
        return {};
    if (entry == regionEntry())
        return dropRegion(snapped(scenePos));
    if (entry == zoneEntry())
        return dropZone(snapped(scenePos));
    if (entry == noteEntry()) {
        addNote(snapped(scenePos));
        return {};
    }
    if (entry.startsWith(QLatin1String("component:")))
        return dropComponent(entry.mid(10), snapped(scenePos));
    return refuse(tr("Unknown palette entry \"%1\".").arg(entry));
}

QString DiagramScene::dropComponent(const QString &kind, QPointF at)
{
    const model::KindSchema *schema = schemaOf(kind);
    if (!schema)
        return refuse(tr("No plugin provides the kind \"%1\".").arg(kind));
    const Target target = containerAt(at);
    const auto placed = edits::placementFor(*schema, nullptr, target.region, target.zone);
    if (!placed.placement)
        return refuse(placed.refusal);
    const model::Design &design = mDocument->design();
    const model::Component component =
        edits::newComponent(design, *schema, target.region, target.zone);
    // Never across a border: in its zone, or (regional) in its region clear of the zones.
    const QPointF fitted =
        snapped(edits::fitCard(mLayout, design, component.placement, at, render::style::kCardSize));
    document::DesignDelta delta = edits::addComponent(design, component, fitted);
    // No room beside the zones: the region grows under them, in the same step.
    if (const auto grown = edits::regionFrameToHold(mLayout, component.placement.region, fitted,
                                                    render::style::kCardSize))
        delta.setRegionFrame(design, component.placement.region, *grown);
    pushEdit(tr("Add %1").arg(schema->displayName), std::move(delta));
    selectComponents({component.id});
    return {};
}

QString DiagramScene::dropRegion(QPointF at)
{
    if (!containerAt(at).region.isEmpty())
        return refuse(tr("Regions do not nest: drop the region on empty canvas."));
    const model::RegionId code = edits::nextRegionCode(mDocument->design(), mCatalog);
    if (code.isEmpty())
        return refuse(tr("Every region of the catalog is already in the design."));
    // As many zones as the provider's regions have at least, side by side.
    using namespace render::style;
    const QList<model::ZoneId> zones = edits::newRegionZones(code, mCatalog);
    QList<QRectF> frames;
    for (qsizetype i = 0; i < zones.size(); ++i) {
        frames.append(
            QRectF(at + QPointF(kContainerPadding + i * (kNewZoneSize.width() + kContainerPadding),
                                kContainerHeader + 100.0),
                   kNewZoneSize));
    }
    const QRectF frame(
        at, QSizeF(kContainerPadding + zones.size() * (kNewZoneSize.width() + kContainerPadding),
                   kContainerHeader + 100.0 + kNewZoneSize.height() + 120.0));
    pushEdit(tr("Add region %1").arg(code.value()),
             edits::addRegion(mDocument->design(), code, zones, frame, frames));
    return {};
}

QString DiagramScene::dropZone(QPointF at)
{
    const Target target = containerAt(at);
    if (target.region.isEmpty() || target.zone)
        return refuse(tr("Drop an Availability Zone inside a region, outside its other zones."));
    const model::Design &design = mDocument->design();
    const QRectF frame(at, kNewZoneSize);
    const catalog::ZoneNaming &naming = mCatalog.regionConventions().zones;
    document::DesignDelta delta = edits::addZone(design, target.region, naming, frame);
    if (delta.isEmpty())
        return refuse(tr("Region %1 has no zone codes left.").arg(target.region.value()));
    // The region grows to hold its new zone.
    const QRectF region = mLayout.regionFrames.value(target.region);
    const QRectF grown = region.united(
        frame.adjusted(0, 0, render::style::kContainerPadding, render::style::kContainerPadding));
    if (grown != region)
        delta.setRegionFrame(design, target.region, grown);
    pushEdit(tr("Add zone %1").arg(edits::nextZoneCode(design, target.region, naming).value()),
             std::move(delta));
    return {};
}

void DiagramScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawForeground(painter, rect);
    if (mGuides.isEmpty())
        return;
    QPen pen(QColor(0xD5, 0x3F, 0x8C), 0);
    pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    for (const QLineF &guide : std::as_const(mGuides))
        painter->drawLine(guide);
}

} // namespace archstudio::ui
