#include "noteedits.h"

#include <QMap>

namespace archstudio::document::edits {

using model::Note;
using model::NoteTarget;

DesignDelta addNote(const model::Design &design, const Note &note)
{
    DesignDelta delta;
    QList<Note> notes = design.notes;
    notes.append(note);
    delta.setNotes(design, notes);
    return delta;
}

DesignDelta replaceNote(const model::Design &design, qsizetype index, const Note &note)
{
    DesignDelta delta;
    if (index < 0 || index >= design.notes.size() || design.notes.at(index) == note)
        return delta;
    QList<Note> notes = design.notes;
    notes[index] = note;
    delta.setNotes(design, notes);
    return delta;
}

void removeNotes(const model::Design &design, const QSet<qsizetype> &indexes,
                 const Removed &removed, DesignDelta &delta)
{
    const auto targetGoes = [&removed](const NoteTarget &target) {
        switch (target.kind) {
        case NoteTarget::Kind::Component:
            return removed.components.contains(model::ComponentId(target.id));
        case NoteTarget::Kind::Zone:
            return removed.zones.contains(model::ZoneId(target.id));
        case NoteTarget::Kind::Region:
            break;
        }
        return removed.regions.contains(model::RegionId(target.id));
    };
    QList<Note> notes;
    for (qsizetype i = 0; i < design.notes.size(); ++i) {
        if (indexes.contains(i))
            continue;
        Note note = design.notes.at(i);
        if (note.pointsTo && targetGoes(*note.pointsTo))
            note.pointsTo.reset();
        notes.append(note);
    }
    if (notes != design.notes)
        delta.setNotes(design, notes);
}

void copyNotes(const model::Design &design, const QSet<qsizetype> &indexes, model::Design &out)
{
    for (qsizetype i = 0; i < design.notes.size(); ++i) {
        if (indexes.contains(i))
            out.notes.append(design.notes.at(i));
    }
}

void pasteNotes(const model::Design &design, const model::Design &fragment, QPointF offset,
                const QMap<model::ComponentId, model::ComponentId> &renamed, DesignDelta &delta)
{
    if (fragment.notes.isEmpty())
        return;
    QList<Note> notes = design.notes;
    for (Note note : fragment.notes) {
        note.at += offset;
        note.id.clear(); // a copy is a note of its own: no scene hides it yet
        if (note.pointsTo && note.pointsTo->kind == NoteTarget::Kind::Component) {
            const model::ComponentId target(note.pointsTo->id);
            if (renamed.contains(target))
                note.pointsTo->id = renamed.value(target).value();
            else if (!design.findComponent(target))
                note.pointsTo.reset();
        }
        notes.append(note);
    }
    delta.setNotes(design, notes);
}

QPointF calloutPosition(QPointF target)
{
    // Clear of the card (and its badge) the arrow starts from.
    return target + QPointF(140.0, -170.0);
}

} // namespace archstudio::document::edits
