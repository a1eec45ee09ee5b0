#include "document.h"

#include <QUndoStack>

namespace archstudio::document {

Document::Document(std::shared_ptr<const engine::KindSet> kinds, QObject *parent)
    : Document(model::Design{}, std::move(kinds), parent)
{}

Document::Document(model::Design design, std::shared_ptr<const engine::KindSet> kinds,
                   QObject *parent)
    : QObject(parent), mDesign(std::move(design)), mKinds(std::move(kinds)),
      mUndoStack(new QUndoStack(this))
{
    Q_ASSERT(mKinds);
    connect(mUndoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document() = default;

void Document::setDesign(model::Design design)
{
    // Commands on the stack refer to the old design's ids; none of them may run again.
    mUndoStack->clear();
    mDesign = std::move(design);
    ++mRevision;
    emit designReplaced();
    emit changed();
}

void Document::applyChange(const std::function<void(model::Design &)> &mutate,
                           const ChangeScope &scope)
{
    mutate(mDesign);
    ++mRevision;
    emit changed();
    emit edited(scope);
}

void Document::setFilePath(const QString &path)
{
    if (path == mFilePath)
        return;
    mFilePath = path;
    emit filePathChanged(mFilePath);
}

bool Document::isModified() const
{
    return !mUndoStack->isClean();
}

void Document::markSaved()
{
    mUndoStack->setClean();
}

} // namespace archstudio::document
