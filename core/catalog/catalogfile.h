#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace archstudio::catalog {

struct CatalogLoadResult
{
    std::optional<Catalog> catalog;
    QString error; ///< "entries.price.us-east-1.rds.backup.value: expected a number"
};

/// Reads a catalog (format "archstudio-catalog", version 1). Every entry must name a source
/// the catalog declares, so no figure enters the engine without one.
CatalogLoadResult parseCatalog(const QByteArray &json);
CatalogLoadResult loadCatalogFile(const QString &path);

/// The catalog as JSON: sources and entries sorted by key, so the same catalog always
/// gives the same bytes.
QByteArray catalogToJson(const Catalog &catalog);

/// The bundled AWS catalog (resources/catalogs/aws.json, compiled in as a Qt resource).
const Catalog &bundledCatalog();

} // namespace archstudio::catalog
