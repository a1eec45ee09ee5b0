#pragma once

#include "core/document/designdelta.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace archstudio::document {

class Document;

/// One user gesture on the canvas or in the inspector (add, delete, move, link, paste,
/// rename, re-place): applies a DesignDelta on redo and reverts it on undo. A delta that
/// changes nothing is not pushed as an undo step.
class EditDesignCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditDesignCommand)

public:
    EditDesignCommand(Document *document, const QString &text, DesignDelta delta,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const DesignDelta &delta() const { return mDelta; }

private:
    Document *mDocument;
    DesignDelta mDelta;
};

} // namespace archstudio::document
