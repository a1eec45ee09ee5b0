#pragma once

#include "core/model/design.h"

#include <QUndoCommand>

namespace archstudio::document {

class Document;

/// A change to a presentation's scenes (add, edit, reorder, delete), and to the notes' ids
/// when a scene starts hiding a note that had none. Scenes are not drawn on the canvas, so
/// the canvas redraws nothing unless the notes changed.
class ScenesCommand : public QUndoCommand
{
public:
    ScenesCommand(Document *document, const QString &text, QList<model::Scene> after,
                  std::optional<QList<model::Note>> notesAfter = std::nullopt,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void set(const QList<model::Scene> &scenes, const std::optional<QList<model::Note>> &notes);

    Document *mDocument;
    QList<model::Scene> mBefore;
    QList<model::Scene> mAfter;
    std::optional<QList<model::Note>> mNotesBefore;
    std::optional<QList<model::Note>> mNotesAfter;
};

/// The notes with an id for the note at index (the first free "note-N" when it has none):
/// what a scene refers to a note by.
QList<model::Note> withNoteId(const QList<model::Note> &notes, qsizetype index);

} // namespace archstudio::document
