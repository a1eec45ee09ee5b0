#pragma once

#include "core/model/kindschema.h"

#include <QList>

namespace archstudio::aws {

/// The schemas of workload, rds, rds-replica, aurora-cluster, aurora-instance, dynamodb and
/// elasticache, exactly as spec/FORMAT.md (version 1) names their properties.
QList<model::KindSchema> awsKindSchemas();

} // namespace archstudio::aws
