#include "kindbehaviour.h"

namespace archstudio::engine {

void BehaviourRegistry::add(std::shared_ptr<const KindBehaviour> behaviour)
{
    const QString kind = behaviour->kind();
    if (mBehaviours.contains(kind))
        return;
    QList<int> own;
    for (const QString &property : behaviour->referenceProperties()) {
        if (!mReferenceProperties.contains(property))
            mReferenceProperties.append(property);
        own.append(int(mReferenceProperties.indexOf(property)));
    }
    if (!own.isEmpty())
        mReferencePropertiesOf.insert(behaviour.get(), own);
    mBehaviours.emplace(kind, std::move(behaviour));
}

const KindBehaviour *BehaviourRegistry::find(const QString &kind) const
{
    const auto it = mBehaviours.find(kind);
    return it == mBehaviours.cend() ? nullptr : it->second.get();
}

} // namespace archstudio::engine
