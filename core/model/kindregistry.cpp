#include "kindregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

namespace archstudio::model {

QStringList KindRegistry::addProvider(const KindProvider &provider)
{
    QStringList clashes;
    for (const KindSchema &schema : provider.kindSchemas()) {
        if (mIndex.contains(schema.kind)) {
            clashes << QStringLiteral("kind \"%1\" from provider \"%2\" is already registered")
                           .arg(schema.kind, provider.providerId());
            continue;
        }
        mIndex.emplace(schema.kind, mSchemas.size());
        mSchemas.append(schema);
    }
    return clashes;
}

QStringList KindRegistry::loadPlugins()
{
    QStringList messages;
    for (QObject *instance : QPluginLoader::staticInstances()) {
        if (auto *provider = qobject_cast<KindProvider *>(instance))
            messages << addProvider(*provider);
    }
    // Dynamic plugins live beside the executable, so a packaged build finds them without setup.
    if (QCoreApplication::instance()) {
        const QDir dir(QCoreApplication::applicationDirPath() + QStringLiteral("/plugins"));
        for (const QString &file : dir.entryList(QDir::Files)) {
            QPluginLoader loader(dir.absoluteFilePath(file));
            if (auto *provider = qobject_cast<KindProvider *>(loader.instance()))
                messages << addProvider(*provider);
            else if (!loader.errorString().isEmpty() && !loader.isLoaded())
                messages << QStringLiteral("%1: %2").arg(file, loader.errorString());
        }
    }
    return messages;
}

const KindSchema *KindRegistry::schema(const QString &kind) const
{
    const auto it = mIndex.find(kind);
    return it == mIndex.cend() ? nullptr : &mSchemas.at(it->second);
}

QStringList KindRegistry::kinds() const
{
    QStringList names;
    names.reserve(mSchemas.size());
    for (const KindSchema &s : mSchemas)
        names << s.kind;
    return names;
}

const KindRegistry &KindRegistry::builtin()
{
    static const KindRegistry registry = [] {
        KindRegistry r;
        r.loadPlugins();
        return r;
    }();
    return registry;
}

} // namespace archstudio::model
