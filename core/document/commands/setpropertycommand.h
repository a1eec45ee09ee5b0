#pragma once

#include "core/model/design.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace archstudio::document {

class Document;

/// Sets one property of one component. Undo puts back the previous value, or removes the
/// property again when it was absent (absent and an explicit null are different in a file).
///
/// A continuous gesture (a slider drag, a spin box held down) pushes one command per step with
/// commit = false and a last one with commit = true on release; consecutive commands for the
/// same component and property merge while the earlier one is uncommitted, so the gesture is
/// one undo step (as Glaxnimate's property commands). A committed command never absorbs a
/// later one. A step that leaves the value as it was is dropped from the stack.
class SetPropertyCommand : public QUndoCommand
{
public:
    SetPropertyCommand(Document *document, model::ComponentId component, QString property,
                       model::PropertyValue newValue, bool commit = true,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const model::ComponentId &component() const { return mComponent; }
    const QString &property() const { return mProperty; }

private:
    /// Exchanges the stored value with the design's; runs for both undo and redo.
    void swap();

    Document *mDocument;
    model::ComponentId mComponent;
    QString mProperty;
    /// The value to apply next: the new one before redo, the previous one after it.
    /// std::nullopt means "no such property".
    std::optional<model::PropertyValue> mValue;
    bool mCommit;
    bool mFirstRedo = true;
};

} // namespace archstudio::document
