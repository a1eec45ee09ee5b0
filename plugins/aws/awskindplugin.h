#pragma once

#include "awsterraform.h"
#include "offers/offerimport.h"

#include "core/engine/kindplugin.h"

#include <QCoreApplication>
#include <QObject>

namespace archstudio::aws {

/// The built-in plugin of the AWS managed database kinds (docs/FILE-FORMAT.md), linked
/// statically and loaded through the same interface as any other plugin.
class AwsKindPlugin : public QObject, public engine::KindPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ArchStudioKindPlugin_iid)
    Q_INTERFACES(archstudio::engine::KindPlugin)

public:
    QString pluginId() const override { return QStringLiteral("aws"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Aws", "AWS managed databases");
    }
    QString version() const override;
    QList<model::KindSchema> kindSchemas() const override;
    QList<std::shared_ptr<const engine::KindBehaviour>> behaviours() const override;
    /// The figures of the database services (plugins/aws/catalog.json): prices, SLAs,
    /// failover and lag, service times. Regions, round trips, transfer and the month are the
    /// bundled catalog's, which every provider shares.
    QStringList catalogFiles() const override { return {QStringLiteral(":/aws/catalog.json")}; }
    /// `archstudio catalog import` of AWS Price List bulk offer files (plugins/aws/offers).
    const catalog::PriceListImporter *priceListImporter() const override { return &mImporter; }
    /// The Terraform import's mapping of aws_* resources (awsterraform.h).
    const engine::TerraformMapper *terraformMapper() const override { return &mTerraform; }

private:
    OfferFileImporter mImporter;
    AwsTerraformMapper mTerraform;
};

} // namespace archstudio::aws
