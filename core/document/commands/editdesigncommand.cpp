#include "editdesigncommand.h"

#include "core/document/document.h"

namespace archstudio::document {

EditDesignCommand::EditDesignCommand(Document *document, const QString &text, DesignDelta delta,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent), mDocument(document), mDelta(std::move(delta))
{
    // QUndoStack::push() deletes a command that is obsolete after its first redo.
    setObsolete(mDelta.isEmpty());
}

void EditDesignCommand::redo()
{
    if (isObsolete())
        return;
    mDocument->applyChange([this](model::Design &design) { mDelta.apply(design); }, mDelta.scope());
}

void EditDesignCommand::undo()
{
    mDocument->applyChange([this](model::Design &design) { mDelta.revert(design); },
                           mDelta.scope());
}

} // namespace archstudio::document
