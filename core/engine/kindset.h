#pragma once

#include "kindbehaviour.h"

#include "core/catalog/catalog.h"
#include "core/catalog/pricelistimporter.h"
#include "core/model/kindregistry.h"

#include <QStringList>

#include <memory>

namespace archstudio::engine {

class KindPlugin;
class TerraformMapper;

/// A plugin whose kinds a KindSet holds, as Help > Plugins and `archstudio plugins` list it.
struct LoadedPlugin
{
    QString id;
    QString name;
    QString version;
    QString file; ///< the shared library; empty for a plugin linked into the executable
    QStringList kinds;
    /// The plugin's price-list importer (KindPlugin::priceListImporter()), or null. It lives
    /// as long as the plugin, which stays loaded for the life of the process.
    const catalog::PriceListImporter *priceListImporter = nullptr;
    /// The plugin's reader of Terraform resources (KindPlugin::terraformMapper()), or null.
    const TerraformMapper *terraformMapper = nullptr;
};

/// A plugin file that could not be used, and why.
struct FailedPlugin
{
    QString file;
    QString reason;
};

/// Everything the loaded plugins supply, handed explicitly to whoever needs it: the kinds'
/// schemas (model, inspector, validation), their behaviours (engine) and one catalog holding
/// every provider's figures. It always holds the cloud-neutral workload kind.
class KindSet
{
public:
    /// The workload kind alone, over base (the catalog of figures no provider owns: SLAs of
    /// zones, round trips between regions, the bundled AWS figures).
    explicit KindSet(catalog::Catalog base = {});

    /// Adds the plugin's kinds, behaviours and catalogs. Returns what went wrong, one message
    /// each (a kind another plugin already registered, a catalog that does not load); what
    /// did not go wrong is added.
    QStringList add(const KindPlugin &plugin, const QString &file = {});
    /// Adds every plugin linked into this executable (the AWS kinds); each problem is
    /// recorded as a failure named by the plugin's id.
    void addLinkedPlugins();
    /// Records a plugin file that could not be loaded (the plugin manager's findings).
    void addFailure(const FailedPlugin &failure) { mFailed.append(failure); }

    const QList<LoadedPlugin> &plugins() const { return mPlugins; }
    const QList<FailedPlugin> &failures() const { return mFailed; }

    const model::KindRegistry &schemas() const { return mSchemas; }
    const BehaviourRegistry &behaviours() const { return mBehaviours; }
    const catalog::Catalog &catalog() const { return mCatalog; }

    /// Workload plus every plugin linked statically into this executable (the AWS kinds),
    /// over the bundled catalog: what tests and tools without a plugin manager use.
    static std::shared_ptr<const KindSet> linked();
    /// The same over another base catalog (a test's own figures).
    static std::shared_ptr<const KindSet> linked(catalog::Catalog base);

private:
    model::KindRegistry mSchemas;
    BehaviourRegistry mBehaviours;
    catalog::Catalog mCatalog;
    QList<LoadedPlugin> mPlugins;
    QList<FailedPlugin> mFailed;
};

} // namespace archstudio::engine
