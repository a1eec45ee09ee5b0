#pragma once

#include "core/catalog/catalog.h"
#include "core/model/design.h"

#include <QString>
#include <QStringList>

namespace archstudio::ui {

/// The instance classes and node types a catalog prices for a component, read from its price
/// keys (docs/CATALOG.md), e.g. "price.us-east-1.rds.instance.postgres.single-az.db.r6g.large"
/// lists db.r6g.large for a PostgreSQL RDS database in us-east-1.
namespace catalogchoices {

/// True when the catalog lists the values of this property of this kind; property is a path
/// inside the component's properties ("instanceClass", "dax.nodeType").
bool listsValues(const QString &kind, const QString &property);

/// The classes priced for the component's region and engine (the engine of its source or
/// cluster for replicas and Aurora instances), sorted by family and size. A region without
/// prices of its own gets us-east-1's, as the engine prices it (docs/CATALOG.md).
QStringList pricedTypes(const catalog::Catalog &catalog, const model::Design &design,
                        const model::Component &component, const QString &property);

/// Sorts "db.t4g.micro", "db.r6g.large", "db.r6g.2xlarge", "db.r6g.xlarge" by family, then by
/// size: db.r6g.large, db.r6g.xlarge, db.r6g.2xlarge, db.t4g.micro.
void sortTypes(QStringList &types);

} // namespace catalogchoices
} // namespace archstudio::ui
