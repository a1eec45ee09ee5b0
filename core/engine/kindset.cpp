#include "kindset.h"

#include "kindplugin.h"
#include "workloadkind.h"

#include "core/catalog/catalogfile.h"

#include <QCoreApplication>
#include <QPluginLoader>

namespace archstudio::engine {

KindSet::KindSet(catalog::Catalog base) : mCatalog(std::move(base))
{
    mSchemas.add(workloadSchema(), QStringLiteral("core"));
    mBehaviours.add(workloadBehaviour());
}

QStringList KindSet::add(const KindPlugin &plugin, const QString &file)
{
    QStringList problems;
    const QString id = plugin.pluginId();
    QStringList added;
    for (const model::KindSchema &schema : plugin.kindSchemas()) {
        const QString clash = mSchemas.add(schema, id);
        if (clash.isEmpty())
            added << schema.kind;
        else
            problems << clash;
    }
    // A behaviour only for a kind this plugin registered: a clash keeps the first plugin's
    // schema and behaviour together.
    for (std::shared_ptr<const KindBehaviour> &behaviour : plugin.behaviours()) {
        if (added.contains(behaviour->kind()))
            mBehaviours.add(std::move(behaviour));
    }
    for (const QString &catalogFile : plugin.catalogFiles()) {
        catalog::CatalogLoadResult loaded = catalog::loadCatalogFile(catalogFile);
        if (!loaded.catalog) {
            //: %1 a plugin's id, %2 a catalog file, %3 what is wrong with it
            problems << QCoreApplication::translate("Engine", "%1: catalog %2: %3")
                            .arg(id, catalogFile, loaded.error);
            continue;
        }
        // A plugin adds figures; it never replaces another provider's. A clash costs the
        // clashing figures only, so a figure added to the bundled catalog later does not
        // take the plugin's others with it.
        const catalog::Catalog &own = *loaded.catalog;
        QStringList taken;
        for (auto it = own.entries().cbegin(); it != own.entries().cend(); ++it) {
            if (mCatalog.contains(it.key()))
                taken << it.key();
        }
        if (!taken.isEmpty()) {
            taken.sort();
            //: %1 a plugin's id, %2 a catalog file, %3 catalog keys
            problems << QCoreApplication::translate(
                            "Engine", "%1: catalog %2 repeats figures another provider has; "
                                      "the other's are kept: %3")
                            .arg(id, catalogFile, taken.join(QStringLiteral(", ")));
        }
        for (auto it = own.entries().cbegin(); it != own.entries().cend(); ++it) {
            if (!taken.contains(it.key()))
                mCatalog.setEntry(it.key(), it.value());
        }
        for (const catalog::Source &source : own.sources()) {
            if (!mCatalog.source(source.id))
                mCatalog.addSource(source);
        }
        for (auto it = own.ranges().cbegin(); it != own.ranges().cend(); ++it) {
            if (!mCatalog.ranges().contains(it.key()))
                mCatalog.setRange(it.key(), it.value());
        }
    }
    mPlugins.append({id, plugin.displayName(), plugin.version(), file, added,
                     plugin.priceListImporter(), plugin.terraformMapper()});
    return problems;
}

std::shared_ptr<const KindSet> KindSet::linked()
{
    return linked(catalog::bundledCatalog());
}

void KindSet::addLinkedPlugins()
{
    for (QObject *instance : QPluginLoader::staticInstances()) {
        if (auto *plugin = qobject_cast<KindPlugin *>(instance)) {
            for (const QString &problem : add(*plugin))
                addFailure({plugin->pluginId(), problem});
        }
    }
}

std::shared_ptr<const KindSet> KindSet::linked(catalog::Catalog base)
{
    auto set = std::make_shared<KindSet>(std::move(base));
    set->addLinkedPlugins();
    return set;
}

} // namespace archstudio::engine
