#pragma once

#include "core/document/designdelta.h"
#include "core/model/design.h"

#include <QSet>

/// The notes' gestures as DesignDeltas (as designedits.h does for the rest of the design).
namespace archstudio::document::edits {

DesignDelta addNote(const model::Design &design, const model::Note &note);
/// The note at index changed (moved, resized, recoloured, retexted, re-aimed).
DesignDelta replaceNote(const model::Design &design, qsizetype index, const model::Note &note);

/// What a deletion takes away besides notes: a callout that pointed at any of it keeps its
/// text and loses its arrow, in the same undo step.
struct Removed
{
    const QSet<model::ComponentId> &components;
    const QSet<model::ZoneId> &zones;
    const QSet<model::RegionId> &regions;
};
/// Records into delta the removal of the notes at indexes and the arrows into what is removed.
void removeNotes(const model::Design &design, const QSet<qsizetype> &indexes,
                 const Removed &removed, DesignDelta &delta);

/// Copies the notes at indexes into a fragment's design (copyFragment).
void copyNotes(const model::Design &design, const QSet<qsizetype> &indexes, model::Design &out);
/// Records into delta the fragment's notes added, moved by offset; a callout to a pasted
/// component follows its new id, and one whose target the design lacks loses its arrow.
void pasteNotes(const model::Design &design, const model::Design &fragment, QPointF offset,
                const QMap<model::ComponentId, model::ComponentId> &renamed, DesignDelta &delta);

/// Where a new callout to something at `target` (its centre) goes: up and to the right of it.
QPointF calloutPosition(QPointF target);

} // namespace archstudio::document::edits
