#include "diagramscene.h"

#include "componentitem.h"
#include "containeritem.h"
#include "noteitem.h"

#include "core/document/document.h"
#include "core/document/noteedits.h"
#include "core/render/componentcard.h"

// The notes on the canvas: their items, following the model, and their gestures (part of
// DiagramScene, split from diagramscene.cpp). A design has a handful of notes, so they are
// synced whole after any edit.

namespace archstudio::ui {

namespace edits = document::edits;

void DiagramScene::syncNotes()
{
    const QList<model::Note> notes = mDocument ? mDocument->design().notes : QList<model::Note>();
    // Items are updated in place, never remade: an edit may come from a note's own editor.
    mSyncing = true;
    while (mNotes.size() > notes.size())
        delete mNotes.takeLast();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (i < mNotes.size()) {
            mNotes.at(i)->setNote(i, notes.at(i));
        } else {
            auto *item = new NoteItem(i, notes.at(i));
            mNotes.append(item);
            addItem(item);
        }
    }
    mSyncing = false;
    updateNoteTargets();
}

void DiagramScene::updateNoteTargets()
{
    for (NoteItem *item : std::as_const(mNotes))
        item->setTargetBox(noteTargetBox(item->note()));
}

std::optional<QRectF> DiagramScene::noteTargetBox(const model::Note &note) const
{
    if (!note.pointsTo)
        return std::nullopt;
    // Where the target is drawn now, mid-drag included.
    const QString &id = note.pointsTo->id;
    switch (note.pointsTo->kind) {
    case model::NoteTarget::Kind::Component:
        if (const ComponentItem *item = mComponents.value(model::ComponentId(id)))
            return render::cardRect(item->pos());
        return std::nullopt;
    case model::NoteTarget::Kind::Zone:
        if (const ContainerItem *item = mZones.value(model::ZoneId(id)))
            return item->frame();
        return std::nullopt;
    case model::NoteTarget::Kind::Region:
        break;
    }
    if (const ContainerItem *item = mRegions.value(model::RegionId(id)))
        return item->frame();
    return std::nullopt;
}

QList<model::Note> DiagramScene::drawnNotes(bool *moved) const
{
    QList<model::Note> notes = mDocument->design().notes;
    *moved = false;
    for (const NoteItem *item : mNotes) {
        if (item->index() < notes.size() && item->drawnNote() != notes.at(item->index())) {
            notes[item->index()] = item->drawnNote();
            *moved = true;
        }
    }
    return notes;
}

void DiagramScene::noteMoved(NoteItem *)
{
    if (!mSyncing)
        mMovingNotes = true;
}

void DiagramScene::noteResized(NoteItem *item)
{
    pushEdit(tr("Resize note"),
             edits::replaceNote(mDocument->design(), item->index(), item->drawnNote()));
}

void DiagramScene::noteTextEdited(NoteItem *item, const QString &text)
{
    model::Note note = item->note();
    note.text = text;
    pushEdit(tr("Edit note"), edits::replaceNote(mDocument->design(), item->index(), note));
}

void DiagramScene::addNote(QPointF at, const std::optional<model::NoteTarget> &pointsTo)
{
    if (!mDocument)
        return;
    model::Note note;
    note.pointsTo = pointsTo;
    note.text = pointsTo ? tr("What to notice here") : tr("Note");
    note.at = at;
    if (pointsTo)
        if (const std::optional<QRectF> target = noteTargetBox(note))
            note.at = edits::calloutPosition(target->center());
    pushEdit(pointsTo ? tr("Add callout") : tr("Add note"),
             edits::addNote(mDocument->design(), note));
    // Ready to type into, as a new note is made to be written.
    if (!mNotes.isEmpty()) {
        clearSelection();
        mNotes.last()->setSelected(true);
        mNotes.last()->startEditing();
    }
}

void DiagramScene::changeNote(qsizetype index, const QString &what,
                              const std::function<void(model::Note &)> &change)
{
    if (!mDocument || index < 0 || index >= mDocument->design().notes.size())
        return;
    model::Note note = mDocument->design().notes.at(index);
    change(note);
    pushEdit(what, edits::replaceNote(mDocument->design(), index, note));
}

NoteItem *DiagramScene::noteItem(qsizetype index) const
{
    return index >= 0 && index < mNotes.size() ? mNotes.at(index) : nullptr;
}

} // namespace archstudio::ui
