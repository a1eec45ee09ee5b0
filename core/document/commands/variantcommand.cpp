#include "variantcommand.h"

#include "core/document/document.h"

namespace archstudio::document {

VariantCommand::VariantCommand(Document *document, const QString &text, model::Design after,
                               QUndoCommand *parent)
    : QUndoCommand(text, parent), mDocument(document), mBefore(document->design()),
      mAfter(std::move(after))
{}

void VariantCommand::redo()
{
    mDocument->applyChange([this](model::Design &design) { design = mAfter; }, ChangeScope::all());
}

void VariantCommand::undo()
{
    mDocument->applyChange([this](model::Design &design) { design = mBefore; }, ChangeScope::all());
}

} // namespace archstudio::document
