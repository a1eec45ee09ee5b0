#include "scenescommand.h"

#include "core/document/document.h"

namespace archstudio::document {

ScenesCommand::ScenesCommand(Document *document, const QString &text, QList<model::Scene> after,
                             std::optional<QList<model::Note>> notesAfter, QUndoCommand *parent)
    : QUndoCommand(text, parent), mDocument(document), mBefore(document->design().scenes),
      mAfter(std::move(after)), mNotesAfter(std::move(notesAfter))
{
    if (mNotesAfter)
        mNotesBefore = document->design().notes;
}

void ScenesCommand::redo()
{
    set(mAfter, mNotesAfter);
}

void ScenesCommand::undo()
{
    set(mBefore, mNotesBefore);
}

void ScenesCommand::set(const QList<model::Scene> &scenes,
                        const std::optional<QList<model::Note>> &notes)
{
    ChangeScope scope;
    scope.notes = notes.has_value();
    mDocument->applyChange(
        [&](model::Design &design) {
            design.scenes = scenes;
            if (notes)
                design.notes = *notes;
        },
        scope);
}

QList<model::Note> withNoteId(const QList<model::Note> &notes, qsizetype index)
{
    QList<model::Note> named = notes;
    if (index < 0 || index >= named.size() || !named.at(index).id.isEmpty())
        return named;
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("note-%1").arg(n);
        const bool taken = std::any_of(named.cbegin(), named.cend(),
                                       [&](const model::Note &note) { return note.id == id; });
        if (!taken) {
            named[index].id = id;
            return named;
        }
    }
}

} // namespace archstudio::document
