#pragma once

#include "core/model/design.h"
#include "core/model/kindregistry.h"

namespace archstudio::render {

/// Lays out what a design's layout leaves out, keeping every position it has: regions side by
/// side; in each, a band on top for workloads, the zones in a row, and a band below for
/// regional services (DynamoDB, an Aurora cluster's storage, ElastiCache Serverless); zonal
/// components in a grid inside their zone. Returns the completed layout.
model::Layout completeLayout(const model::Design &design, const model::KindRegistry &registry);

/// Lays out everything afresh, ignoring the design's positions ("Arrange automatically").
model::Layout arrangeLayout(const model::Design &design, const model::KindRegistry &registry);

} // namespace archstudio::render
