#include "setpropertycommand.h"
#include "core/engine/kindset.h"

#include "core/document/document.h"
#include "core/model/kindregistry.h"
#include "core/model/propertylabel.h"

#include <utility>

namespace archstudio::document {

namespace {

/// QUndoCommand ids only need to differ between command families; 'AS' + family number.
constexpr int kSetPropertyCommandId = 0x41530001;

std::optional<model::PropertyValue> currentValue(const model::Design &design,
                                                 const model::ComponentId &component,
                                                 const QString &property)
{
    const model::Component *c = design.findComponent(component);
    if (!c)
        return std::nullopt;
    const auto it = c->properties.constFind(property);
    if (it == c->properties.cend())
        return std::nullopt;
    return *it;
}

} // namespace

SetPropertyCommand::SetPropertyCommand(Document *document, model::ComponentId component,
                                       QString property, model::PropertyValue newValue, bool commit,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), mDocument(document), mComponent(std::move(component)),
      mProperty(std::move(property)), mValue(std::move(newValue)), mCommit(commit)
{
    // The history reads as the inspector does: "Set writes per second of Checkout".
    const model::Component *c = mDocument->design().findComponent(mComponent);
    const model::KindSchema *kind = c ? mDocument->kinds().schemas().schema(c->kind) : nullptr;
    const model::PropertySchema *schema = kind ? kind->property(mProperty) : nullptr;
    //: the undo history's entry: "Set writes per second of Checkout"
    setText(QCoreApplication::translate("Document", "Set %1 of %2")
                .arg(schema ? model::propertyLabelInSentence(*schema) : mProperty,
                     c ? c->displayName() : mComponent.value()));
}

void SetPropertyCommand::redo()
{
    if (mFirstRedo) {
        mFirstRedo = false;
        // Nothing to do is not an undo step: a missing component, or the value it already has.
        // QUndoStack::push() deletes a command that is obsolete after its first redo.
        if (!mDocument->design().findComponent(mComponent) ||
            currentValue(mDocument->design(), mComponent, mProperty) == mValue) {
            setObsolete(true);
            return;
        }
    }
    swap();
}

void SetPropertyCommand::undo()
{
    swap();
}

void SetPropertyCommand::swap()
{
    mDocument->applyChange(
        [this](model::Design &design) {
            const qsizetype index = design.indexOfComponent(mComponent);
            if (index < 0)
                return;
            model::PropertyMap &properties = design.components[index].properties;
            std::optional<model::PropertyValue> previous;
            if (const auto it = properties.find(mProperty); it != properties.end()) {
                previous = *it;
                properties.erase(it);
            }
            if (const auto next = std::exchange(mValue, std::move(previous)))
                properties.insert(mProperty, *next);
        },
        ChangeScope::component(mComponent));
}

int SetPropertyCommand::id() const
{
    return kSetPropertyCommandId;
}

bool SetPropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetPropertyCommand *>(other);
    if (mCommit || next->mDocument != mDocument || next->mComponent != mComponent ||
        next->mProperty != mProperty)
        return false;
    // next has already run: the design holds its value and mValue still holds the value from
    // before this gesture, which is what undo must restore.
    mCommit = next->mCommit;
    if (currentValue(mDocument->design(), mComponent, mProperty) == mValue)
        setObsolete(true); // the gesture ended where it started
    return true;
}

} // namespace archstudio::document
