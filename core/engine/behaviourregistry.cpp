#include "kindbehaviour.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

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

const BehaviourRegistry &BehaviourRegistry::builtin()
{
    static const BehaviourRegistry registry = [] {
        BehaviourRegistry r;
        const auto addAll = [&](QObject *instance) {
            if (auto *provider = qobject_cast<BehaviourProvider *>(instance)) {
                for (auto &b : provider->behaviours())
                    r.add(b);
            }
        };
        for (QObject *instance : QPluginLoader::staticInstances())
            addAll(instance);
        if (QCoreApplication::instance()) {
            const QDir dir(QCoreApplication::applicationDirPath() + QStringLiteral("/plugins"));
            for (const QString &file : dir.entryList(QDir::Files)) {
                QPluginLoader loader(dir.absoluteFilePath(file));
                addAll(loader.instance());
            }
        }
        return r;
    }();
    return registry;
}

} // namespace archstudio::engine
