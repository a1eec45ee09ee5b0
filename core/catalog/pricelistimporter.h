#pragma once

// The provider-neutral face of a price-list importer. Reading a provider's price files is
// provider knowledge (the AWS Price List's offer codes, SKUs and terms), so it lives in that
// provider's plugin; the core and the CLI only know this interface, reached through
// engine::KindPlugin::priceListImporter() (docs/PLUGINS.md).

#include "catalog.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace archstudio::catalog {

/// How far an import has read: price files run to hundreds of megabytes, so the CLI shows it.
struct ImportProgress
{
    qint64 bytesRead = 0;  ///< over all files so far
    qint64 totalBytes = 0; ///< the sizes of all files
};

struct PriceListImportResult
{
    /// A catalog in the format of docs/CATALOG.md; empty when the import failed.
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

/// Called as the files are read; returning false cancels the import (error "cancelled").
using ImportProgressCallback = std::function<bool(const ImportProgress &)>;

/// Builds a catalog from a provider's published price files (`archstudio catalog import`).
/// A plugin owns its importer and hands out a pointer that lives as long as the plugin.
class PriceListImporter
{
public:
    virtual ~PriceListImporter() = default;
    /// What the importer reads, in words for messages: "AWS Price List bulk offer files".
    virtual QString name() const = 0;
    /// Reads the files in order into one catalog. Reports progress after each chunk read when
    /// progress is set. Must not throw: every problem is a result's error.
    virtual PriceListImportResult importFiles(const QStringList &paths,
                                              const ImportProgressCallback &progress) const = 0;
};

} // namespace archstudio::catalog
