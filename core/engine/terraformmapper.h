#pragma once

// What a plugin's reader of Terraform resources implements (KindPlugin::terraformMapper()):
// io::importTerraformPlan() parses a plan or state (terraform show -json), provider-neutral,
// and hands each plugin's mapper the resources, which it turns into components of its kinds.

#include "core/catalog/catalog.h"
#include "core/model/design.h"
#include "core/model/kindregistry.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace archstudio::engine {

/// One resource of a Terraform plan or state, as the importer read it.
struct TerraformResource
{
    QString address;       ///< "module.db.aws_db_instance.main[0]"
    QString moduleAddress; ///< "module.db" ("" in the root module)
    QString type;          ///< "aws_db_instance"
    QString name;          ///< "main"
    QString mode;          ///< "managed" (data sources are not handed to mappers)
    QVariant index;        ///< the count index (qint64) or for_each key (QString); null without
    QString providerName;  ///< "registry.terraform.io/hashicorp/aws"
    /// Its provider configuration ("aws.west"); empty when the file has no configuration.
    QString providerConfigKey;
    /// The resource's own "region" attribute, else the constant region of its provider
    /// configuration; empty when neither says.
    QString region;
    /// The constant region of its provider's default configuration (no alias); may be empty.
    QString defaultRegion;
    /// The known values after the plan (or in the state). What is known only after apply is
    /// absent, and named in unknown.
    QVariantMap values;
    /// Top-level attributes whose value (or part of it) is known only after apply.
    QSet<QString> unknown;
    /// What each attribute's configuration expression refers to, made absolute:
    /// "cluster_identifier" -> {"module.db.aws_rds_cluster.main.id",
    /// "module.db.aws_rds_cluster.main"}.
    QMap<QString, QStringList> references;

    /// The address without instance keys: "module.db.aws_db_instance.main".
    QString configAddress() const
    {
        QString out;
        int depth = 0;
        for (const QChar c : address) {
            if (c == QLatin1Char('['))
                ++depth;
            else if (c == QLatin1Char(']'))
                depth = depth > 0 ? depth - 1 : 0;
            else if (depth == 0)
                out += c;
        }
        return out;
    }
    bool isUnknown(const QString &attribute) const { return unknown.contains(attribute); }
};

/// What a mapper adds to the design being imported, and tells the user. The importer
/// implements it.
class TerraformImportContext
{
public:
    virtual ~TerraformImportContext() = default;
    virtual const model::KindRegistry &schemas() const = 0;
    virtual const catalog::Catalog &catalog() const = 0;
    /// The component id of the resource at address: derived from it, unique in the design,
    /// the same on every call.
    virtual model::ComponentId componentId(const QString &address) = 0;
    /// Adds a component made of the resource at source. Its placement's region and zones,
    /// the zones and regions its properties name, are added to the design.
    virtual void addComponent(const QString &source, model::Component component) = 0;
    /// The resource at source is represented by a component added for another (a global
    /// database by its primary cluster).
    virtual void representedBy(const QString &source, const model::ComponentId &component) = 0;
    /// The resource at source does not become a component; reason is a whole sentence.
    virtual void skip(const QString &source, const QString &reason) = 0;
    /// An assumption the user should check, a whole sentence naming the resource.
    virtual void warn(const QString &message) = 0;
    /// The region whose zone code zone is, by the catalog's zone naming; empty when none.
    virtual QString regionOfZone(const QString &zone) const = 0;
    /// The catalog's usual zones of region, in order ("us-east-1a", "us-east-1b", ...).
    virtual QList<model::ZoneId> usualZones(const QString &region) const = 0;
    /// The region of a resource nothing places: the catalog's reference region.
    virtual QString fallbackRegion() const = 0;
};

/// A plugin's reader of Terraform resources of its provider.
class TerraformMapper
{
public:
    virtual ~TerraformMapper() = default;
    /// A short name for messages: "aws".
    virtual QString name() const = 0;
    /// Turns the resources it models into components (addComponent, representedBy) or says
    /// why not (skip). Resources it leaves alone are offered to other mappers, then skipped
    /// as not modelled.
    virtual void map(const QList<TerraformResource> &resources,
                     TerraformImportContext &context) const = 0;
};

} // namespace archstudio::engine
