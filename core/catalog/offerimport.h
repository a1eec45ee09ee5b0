#pragma once

#include "catalog.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace archstudio::catalog {

struct ImportProgress
{
    qint64 bytesRead = 0;  ///< over all files so far
    qint64 totalBytes = 0; ///< the sizes of all files
};

struct OfferImportResult
{
    std::optional<Catalog> catalog;
    /// "FILE: line 3, column 14 (byte 52): invalid JSON syntax", "FILE: SKU ABC...: USD price
    /// \"x\" is not a number", or "cancelled". Empty on success.
    QString error;
    int pricesImported = 0; ///< "price.*" entries of the catalog
    /// Relevant products deliberately left out, summed per reason, and conflicting prices.
    QStringList skippedNotes;
    /// The most products (with their pending terms) held at once: what bounds the memory.
    int productsRetained = 0;
};

using ImportProgressCallback = std::function<bool(const ImportProgress &)>;

/// Builds a catalog (id "aws", one source of tier "import" per file) from AWS Price List bulk
/// offer files (AmazonRDS, AmazonElastiCache, AmazonDynamoDB, AmazonDAX), streaming each
/// file in chunks so a file of hundreds of megabytes needs little memory. Only products with
/// a docs/CATALOG.md key and their OnDemand (JRTCKXETXF) terms are kept; Reserved terms are
/// skipped unread. progress is called after each chunk; returning false cancels.
///
/// Units follow docs/CATALOG.md: prices per request, I/O or ECPU are multiplied by 1,000,000.
/// Of tiered prices the first tier is taken (a free first tier priced 0: the first paid
/// tier), and the entry's note says so.
OfferImportResult importOfferFiles(const QStringList &paths,
                                   const ImportProgressCallback &progress = {});

} // namespace archstudio::catalog
