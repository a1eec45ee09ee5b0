#pragma once

#include "core/model/design.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace archstudio::document {

class Document;

/// A change to the design's variants (switch, duplicate, rename, delete): the whole design
/// before and after, which costs little as Qt containers share their data between the two.
class VariantCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(VariantCommand)

public:
    VariantCommand(Document *document, const QString &text, model::Design after,
                   QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *mDocument;
    model::Design mBefore;
    model::Design mAfter;
};

} // namespace archstudio::document
