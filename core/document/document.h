#pragma once

#include "core/engine/kindset.h"
#include "core/model/design.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QUndoStack;

namespace archstudio::document {

/// What one change touched, so views update only what they show of it (a scene of 10,000
/// components must not rebuild itself for one moved item).
struct ChangeScope
{
    /// Added, removed or changed components, including their positions on the canvas.
    QSet<model::ComponentId> components;
    bool links = false;
    /// Regions, zones and their frames.
    bool containers = false;
    /// The notes on the canvas (which the engine never reads).
    bool notes = false;
    /// Anything else (name, catalog overrides), or unknown: views refresh everything.
    bool everything = false;

    static ChangeScope all()
    {
        ChangeScope scope;
        scope.everything = true;
        return scope;
    }
    static ChangeScope component(const model::ComponentId &id)
    {
        ChangeScope scope;
        scope.components.insert(id);
        return scope;
    }
};

/// The design being edited, its undo stack, its file path and its revision.
///
/// Every edit is a QUndoCommand pushed on undoStack(); commands change the design only through
/// applyChange(), so each change bumps revision() and emits changed(). Views read design() and
/// follow the signals; they never write the model.
class Document : public QObject
{
    Q_OBJECT

public:
    /// kinds: the loaded plugins' kinds, which interpret the design (schemas for the
    /// inspector and the canvas, behaviours for the scheduler); never null.
    explicit Document(std::shared_ptr<const engine::KindSet> kinds, QObject *parent = nullptr);
    Document(model::Design design, std::shared_ptr<const engine::KindSet> kinds,
             QObject *parent = nullptr);
    ~Document() override;

    const model::Design &design() const { return mDesign; }
    const engine::KindSet &kinds() const { return *mKinds; }
    /// The same, for code that keeps them beyond the document (a worker's evaluation).
    std::shared_ptr<const engine::KindSet> sharedKinds() const { return mKinds; }

    /// Replaces the whole design (a load, a new file): clears the undo stack, so the document
    /// is unmodified afterwards, bumps the revision and emits designReplaced() then changed().
    void setDesign(model::Design design);

    /// The one way commands change the design: runs mutate on it, bumps the revision and
    /// emits changed() and edited(scope). Call it from undo commands only, so every change can
    /// be undone. scope names what mutate touches; when in doubt, ChangeScope::all().
    void applyChange(const std::function<void(model::Design &)> &mutate,
                     const ChangeScope &scope = ChangeScope::all());

    /// Grows by one on every change (never reused), so a result computed from a snapshot
    /// can tell whether the design has moved on since.
    quint64 revision() const { return mRevision; }

    QUndoStack *undoStack() const { return mUndoStack; }

    QString filePath() const { return mFilePath; }
    void setFilePath(const QString &path);

    /// True when the design differs from the last save: the undo stack is not at its clean
    /// index. setDesign() and markSaved() make the document unmodified.
    bool isModified() const;
    void markSaved();

signals:
    void changed();
    /// After changed(), for every applyChange(); setDesign() emits designReplaced() instead.
    void edited(const archstudio::document::ChangeScope &scope);
    void designReplaced();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    model::Design mDesign;
    std::shared_ptr<const engine::KindSet> mKinds;
    quint64 mRevision = 0;
    QUndoStack *mUndoStack = nullptr;
    QString mFilePath;
};

} // namespace archstudio::document

Q_DECLARE_METATYPE(archstudio::document::ChangeScope)
