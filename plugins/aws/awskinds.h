#pragma once

#include "core/model/kindschema.h"

#include <QList>

namespace archstudio::aws {

/// The schemas of rds, rds-replica, aurora-cluster, aurora-instance, dynamodb and
/// elasticache, exactly as docs/FILE-FORMAT.md names their properties.
QList<model::KindSchema> awsKindSchemas();

/// One of those schemas, built once; null for any other kind.
const model::KindSchema *findAwsKindSchema(const QString &kind);

} // namespace archstudio::aws
