// The canvas side of failure playback: what a failure shows on the items, and the context
// menu that starts one.

#include "componentitem.h"
#include "containeritem.h"
#include "diagramscene.h"

#include "core/document/document.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QMenu>

namespace archstudio::ui {

namespace {

ComponentItem::Fault faultOf(engine::Condition condition)
{
    switch (condition) {
    case engine::Condition::Up:
        return ComponentItem::Fault::None;
    case engine::Condition::Down:
        return ComponentItem::Fault::Down;
    case engine::Condition::Cold:
        return ComponentItem::Fault::Cold;
    case engine::Condition::FailedOver:
    case engine::Condition::Restored:
    case engine::Condition::Promoted:
        return ComponentItem::Fault::TookOver;
    }
    return ComponentItem::Fault::None;
}

} // namespace

void DiagramScene::setFailureView(const FailureView &view)
{
    finishBuilding(); // every card to mark exists
    mFailureView = view;
    mHasFailureView = true;
    // Cards an earlier moment drew elsewhere go home first: where the layout puts them.
    mSyncing = true; // placed, not moved by the user: no snapping, no edit
    for (const model::ComponentId &id : std::as_const(mDrawnAwayDuringFailure)) {
        if (ComponentItem *item = mComponents.value(id)) {
            item->setPos(mLayout.componentPositions.value(id));
            item->setFlag(QGraphicsItem::ItemIsMovable, true);
        }
    }
    mSyncing = false;
    mDrawnAwayDuringFailure.clear();
    for (auto it = mComponents.cbegin(); it != mComponents.cend(); ++it) {
        const auto mark = view.components.constFind(it.key());
        if (mark == view.components.cend()) {
            it.value()->setFault(ComponentItem::Fault::None);
            continue;
        }
        it.value()->setFault(faultOf(mark->condition), mark->note);
        drawInServingZone(it.key(), mark->servingZone);
    }
    for (auto it = mZones.cbegin(); it != mZones.cend(); ++it)
        it.value()->setFailed(it.key().value() == view.failedZone);
    for (auto it = mRegions.cbegin(); it != mRegions.cend(); ++it)
        it.value()->setFailed(it.key().value() == view.failedRegion);
}

void DiagramScene::drawInServingZone(const model::ComponentId &id, const model::ZoneId &zone)
{
    const model::Component *component = mDocument ? mDocument->design().findComponent(id) : nullptr;
    if (zone.isEmpty() || !component || !component->placement.zone)
        return;
    ContainerItem *from = mZones.value(*component->placement.zone);
    ContainerItem *to = mZones.value(zone);
    ComponentItem *item = mComponents.value(id);
    if (!from || !to || !item || from == to)
        return;
    // Where it sits in its own zone, in the zone it serves from; not movable meanwhile, so
    // no drag writes the borrowed place into the design.
    mDrawnAwayDuringFailure.insert(id);
    mSyncing = true;
    item->setPos(to->frame().topLeft() + (item->pos() - from->frame().topLeft()));
    mSyncing = false;
    item->setFlag(QGraphicsItem::ItemIsMovable, false);
}

QPointF DiagramScene::failureViewPosition(const model::ComponentId &id) const
{
    const ComponentItem *item = mComponents.value(id);
    return item ? item->pos() : QPointF();
}

void DiagramScene::clearFailureView()
{
    setFailureView({});
    mHasFailureView = false;
}

std::optional<engine::FailureTarget> DiagramScene::failureTargetAt(QPointF scenePos) const
{
    using Scope = engine::FailureTarget::Scope;
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == ComponentItem::Type) {
            const auto *c = static_cast<const ComponentItem *>(item);
            if (c->shape().contains(c->mapFromScene(scenePos)))
                return engine::FailureTarget{Scope::Component, c->id().value()};
        }
    }
    const Target target = containerAt(scenePos);
    if (target.zone)
        return engine::FailureTarget{Scope::Zone, target.zone->value()};
    if (!target.region.isEmpty())
        return engine::FailureTarget{Scope::Region, target.region.value()};
    return std::nullopt;
}

std::optional<engine::FailureTarget> DiagramScene::failureTargetOfSelection() const
{
    using Scope = engine::FailureTarget::Scope;
    const QList<QGraphicsItem *> selected = selectedItems();
    if (selected.size() != 1)
        return std::nullopt;
    const QGraphicsItem *item = selected.first();
    if (item->type() == ComponentItem::Type)
        return engine::FailureTarget{Scope::Component,
                                     static_cast<const ComponentItem *>(item)->id().value()};
    if (item->type() == ContainerItem::Type) {
        const auto *c = static_cast<const ContainerItem *>(item);
        return engine::FailureTarget{
            c->kind() == ContainerItem::Kind::Zone ? Scope::Zone : Scope::Region, c->code()};
    }
    return std::nullopt;
}

QString DiagramScene::failureTargetText(const engine::FailureTarget &target,
                                        const model::Design &design)
{
    switch (target.scope) {
    case engine::FailureTarget::Scope::Component: {
        const model::Component *c = design.findComponent(model::ComponentId(target.id));
        return tr("Fail %1").arg(c ? c->displayName() : target.id);
    }
    case engine::FailureTarget::Scope::Zone:
        return tr("Lose Availability Zone %1").arg(target.id);
    case engine::FailureTarget::Scope::Region:
        return tr("Lose Region %1").arg(target.id);
    }
    return target.id;
}

} // namespace archstudio::ui
