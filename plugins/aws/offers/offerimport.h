#pragma once

#include "core/catalog/pricelistimporter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace archstudio::aws {

/// Builds a catalog (id "aws", one source of tier "import" per file) from AWS Price List bulk
/// offer files (AmazonRDS, AmazonElastiCache, AmazonDynamoDB, AmazonDAX), streaming each
/// file in chunks so a file of hundreds of megabytes needs little memory. Only products with
/// a docs/CATALOG.md key and their OnDemand (JRTCKXETXF) terms are kept; Reserved terms are
/// skipped unread. progress is called after each chunk; returning false cancels.
///
/// Units follow docs/CATALOG.md: prices per request, I/O or ECPU are multiplied by 1,000,000.
/// Of tiered prices the first tier is taken (a free first tier priced 0: the first paid
/// tier), and the entry's note says so.
catalog::PriceListImportResult
importOfferFiles(const QStringList &paths, const catalog::ImportProgressCallback &progress = {});

/// importOfferFiles() behind the provider-neutral interface, which is how the CLI reaches it
/// (AwsKindPlugin::priceListImporter()): the core knows no AWS offer format.
class OfferFileImporter final : public catalog::PriceListImporter
{
public:
    QString name() const override
    {
        return QCoreApplication::translate("Aws", "AWS Price List bulk offer files");
    }
    catalog::PriceListImportResult
    importFiles(const QStringList &paths,
                const catalog::ImportProgressCallback &progress) const override
    {
        return importOfferFiles(paths, progress);
    }
};

} // namespace archstudio::aws
