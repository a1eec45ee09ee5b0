#include "pluginmanager.h"

#include "core/catalog/catalogfile.h"
#include "core/engine/kindplugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QStandardPaths>

namespace archstudio::app {

namespace {

const QString kInterfacePrefix = QStringLiteral("org.archstudio.KindPlugin/");

/// Why a plugin's metadata rules it out before its code runs; empty when it may load.
QString refusal(const QJsonObject &metaData, const QString &loaderError)
{
    if (metaData.isEmpty())
        return loaderError.isEmpty()
                   ? QCoreApplication::translate("PluginManager", "not a Qt plugin")
                   : loaderError;
    const QString iid = metaData.value(QStringLiteral("IID")).toString();
    if (iid == QLatin1String(ArchStudioKindPlugin_iid))
        return {};
    if (iid.startsWith(kInterfacePrefix)) {
        return QCoreApplication::translate(
                   "PluginManager",
                   "built for version %1 of the kind plugin interface; this ArchStudio "
                   "loads version %2: rebuild the plugin against this version")
            .arg(iid.mid(kInterfacePrefix.size()),
                 QString::fromLatin1(ArchStudioKindPlugin_iid).mid(kInterfacePrefix.size()));
    }
    return QCoreApplication::translate("PluginManager",
                                       "not an ArchStudio kind plugin (its interface is \"%1\")")
        .arg(iid);
}

} // namespace

QStringList PluginManager::searchPaths()
{
    QStringList paths;
    for (const QString &path : qEnvironmentVariable("ARCHSTUDIO_PLUGIN_PATH")
                                   .split(QDir::listSeparator(), Qt::SkipEmptyParts))
        paths << path;
    if (QCoreApplication::instance()) {
        const QString bin = QCoreApplication::applicationDirPath();
        paths << bin + QStringLiteral("/plugins");
        paths << QDir::cleanPath(bin + QStringLiteral("/../") +
                                 QStringLiteral(ARCHSTUDIO_PLUGIN_INSTALL_DIR));
    }
    const QString user = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!user.isEmpty())
        paths << user + QStringLiteral("/ArchStudio/plugins");
    return paths;
}

void PluginManager::load(const QStringList &folders)
{
    auto kinds = std::make_shared<engine::KindSet>(catalog::bundledCatalog());
    kinds->addLinkedPlugins();
    QStringList seen;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
            const QString path = file.canonicalFilePath();
            if (seen.contains(path) || !QLibrary::isLibrary(path))
                continue;
            seen << path;
            loadFile(*kinds, path);
        }
    }
    mKinds = std::move(kinds);
}

void PluginManager::loadFile(engine::KindSet &kinds, const QString &path)
{
    auto loader = std::make_unique<QPluginLoader>(path);
    const QString refused = refusal(loader->metaData(), loader->errorString());
    if (!refused.isEmpty()) {
        kinds.addFailure({path, refused});
        return;
    }
    auto *plugin = qobject_cast<engine::KindPlugin *>(loader->instance());
    if (!plugin) {
        kinds.addFailure({path, loader->errorString()});
        return;
    }
    for (const engine::LoadedPlugin &other : kinds.plugins()) {
        if (other.id == plugin->pluginId()) {
            kinds.addFailure(
                {path,
                 other.file.isEmpty()
                     ? QCoreApplication::translate(
                           "PluginManager", "plugin \"%1\" is already loaded from the executable")
                           .arg(other.id)
                     : QCoreApplication::translate("PluginManager",
                                                   "plugin \"%1\" is already loaded from %2")
                           .arg(other.id, other.file)});
            return; // the first stays; this loader goes without unloading its library
        }
    }
    for (const QString &problem : kinds.add(*plugin, path))
        kinds.addFailure({path, problem});
    mLoaders.push_back(std::move(loader));
}

} // namespace archstudio::app
