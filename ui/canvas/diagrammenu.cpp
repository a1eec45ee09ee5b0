#include "diagramscene.h"

#include "noteitem.h"

#include "core/document/document.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QMenu>

// The canvas's context menu (part of DiagramScene): a note's own commands on a note; else
// adding a note or a callout to what is under the pointer, and simulating its failure.

namespace archstudio::ui {

namespace {

QString colourLabel(model::NoteColour colour)
{
    switch (colour) {
    case model::NoteColour::Yellow:
        break;
    case model::NoteColour::Blue:
        return DiagramScene::tr("Blue");
    case model::NoteColour::Green:
        return DiagramScene::tr("Green");
    case model::NoteColour::Pink:
        return DiagramScene::tr("Pink");
    case model::NoteColour::Grey:
        return DiagramScene::tr("Grey");
    }
    return DiagramScene::tr("Yellow");
}

} // namespace

void DiagramScene::addNoteMenu(QMenu &menu, NoteItem *item)
{
    const qsizetype index = item->index();
    menu.addAction(tr("Edit Text"), this, [item] { item->startEditing(); });
    QMenu *colours = menu.addMenu(tr("Colour"));
    for (model::NoteColour colour : model::kNoteColours) {
        QAction *action = colours->addAction(colourLabel(colour), this, [this, index, colour] {
            changeNote(index, tr("Colour note"), [colour](model::Note &n) { n.colour = colour; });
        });
        action->setCheckable(true);
        action->setChecked(item->note().colour == colour);
    }
    if (item->note().pointsTo)
        menu.addAction(tr("Remove Arrow"), this, [this, index] {
            changeNote(index, tr("Remove arrow"), [](model::Note &n) { n.pointsTo.reset(); });
        });
    menu.addSeparator();
    menu.addAction(tr("Delete Note"), this, [this, item] {
        clearSelection();
        item->setSelected(true);
        deleteSelection();
    });
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (!mDocument)
        return;
    QMenu menu;
    menu.setToolTipsVisible(true);
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == NoteItem::Type) {
            addNoteMenu(menu, static_cast<NoteItem *>(item));
            menu.exec(event->screenPos());
            event->accept();
            return;
        }
    }
    // Offer the component, its zone and its region, innermost first.
    QList<engine::FailureTarget> targets;
    if (const auto target = failureTargetAt(event->scenePos()))
        targets << *target;
    const Target container = containerAt(event->scenePos());
    using Scope = engine::FailureTarget::Scope;
    if (container.zone && (targets.isEmpty() || targets.first().scope == Scope::Component))
        targets << engine::FailureTarget{Scope::Zone, container.zone->value()};
    if (!container.region.isEmpty() && !targets.isEmpty() && targets.last().scope != Scope::Region)
        targets << engine::FailureTarget{Scope::Region, container.region.value()};

    const QPointF at = event->scenePos();
    menu.addAction(tr("Add Note Here"), this, [this, at] { addNote(snapped(at)); });
    if (!targets.isEmpty()) {
        // A callout to the innermost thing under the pointer.
        const engine::FailureTarget &inner = targets.first();
        model::NoteTarget pointsTo;
        pointsTo.id = inner.id;
        pointsTo.kind = inner.scope == Scope::Component ? model::NoteTarget::Kind::Component
                        : inner.scope == Scope::Zone    ? model::NoteTarget::Kind::Zone
                                                        : model::NoteTarget::Kind::Region;
        QString name = tr("region %1").arg(inner.id);
        if (inner.scope == Scope::Zone)
            name = tr("zone %1").arg(inner.id);
        else if (const model::Component *c = component(model::ComponentId(inner.id)))
            name = c->displayName();
        menu.addAction(tr("Add Callout to %1").arg(name), this,
                       [this, at, pointsTo] { addNote(at, pointsTo); });
        menu.addSeparator();
        QMenu *simulate = menu.addMenu(tr("Simulate Failure"));
        for (const engine::FailureTarget &target : targets) {
            QAction *action = simulate->addAction(failureTargetText(target, mDocument->design()));
            connect(action, &QAction::triggered, this,
                    [this, target] { emit failureRequested(target); });
        }
    }
    menu.exec(event->screenPos());
    event->accept();
}

} // namespace archstudio::ui
