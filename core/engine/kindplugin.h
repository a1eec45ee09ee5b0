#pragma once

#include "kindbehaviour.h"
#include "terraformmapper.h"

#include "core/catalog/pricelistimporter.h"
#include "core/model/kindschema.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <memory>

namespace archstudio::engine {

/// The one interface a plugin of component kinds implements (docs/PLUGINS.md): the kinds'
/// schemas, their behaviours and the catalog of figures the behaviours look up. The AWS
/// kinds are such a plugin, linked statically; others are shared libraries the studio and
/// the CLI load at start-up (app/pluginmanager.h).
class KindPlugin
{
public:
    virtual ~KindPlugin() = default;
    /// A short stable name for messages and `archstudio plugins`: "aws", "selfmanaged".
    virtual QString pluginId() const = 0;
    /// In words, for Help > Plugins: "Self-managed databases on EC2".
    virtual QString displayName() const = 0;
    virtual QString version() const = 0;
    virtual QList<model::KindSchema> kindSchemas() const = 0;
    /// The behaviours of the kinds of kindSchemas(). A kind without one loads, saves and is
    /// drawn, but the engine leaves it out.
    virtual QList<std::shared_ptr<const KindBehaviour>> behaviours() const = 0;
    /// Paths (usually Qt resources of the plugin) of the plugin's catalogs, in the format of
    /// docs/CATALOG.md: every figure its behaviours look up, each with its source and date.
    virtual QStringList catalogFiles() const { return {}; }
    /// The plugin's reader of its provider's published price files, which
    /// `archstudio catalog import` runs; null (the default) when the plugin has none. Optional
    /// so that plugins of kinds without a price list (self-managed software) need not care.
    /// The importer belongs to the plugin and lives as long as it.
    virtual const catalog::PriceListImporter *priceListImporter() const { return nullptr; }
    /// The plugin's reader of Terraform plans and states (io::importTerraformPlan): it turns
    /// resources of its provider into components of its kinds. Null (the default) when the
    /// plugin has none. The mapper belongs to the plugin and lives as long as it.
    virtual const TerraformMapper *terraformMapper() const { return nullptr; }
};

} // namespace archstudio::engine

/// The interface's version is part of its name: Qt refuses to hand a plugin built against
/// another version to qobject_cast, and the plugin manager says why.
#define ArchStudioKindPlugin_iid "org.archstudio.KindPlugin/4"
Q_DECLARE_INTERFACE(archstudio::engine::KindPlugin, ArchStudioKindPlugin_iid)
