#pragma once

#include "core/model/design.h"

#include <QtGlobal>

namespace archstudio::benchmarks {

/// A realistic design of exactly `components` components for benchmarking the engine.
///
/// Three regions (us-east-1, us-west-2, eu-west-1), three zones each, and repeated cells
/// of ten components, homed in the regions in turn:
///   cN-aurora, cN-aurora-w, cN-aurora-r  an Aurora cluster with a writer and a reader
///   cN-db, cN-db-r1                      Multi-AZ RDS PostgreSQL and a replica in a third zone
///   cN-cache                             node-based Valkey, Multi-AZ, one replica
///   cN-table                             an on-demand DynamoDB table
///   cN-api                               a workload over 2-3 zones using all of the above
///   cN-db-r2                             a cross-region replica of cN-db in the next region
///   cN-edge                              a read-only workload there, reading cN-db-r2
/// Components are emitted so that every prefix of a cell is valid on its own; a size that is
/// not a multiple of ten ends with such a prefix. The same (components, seed) always gives
/// the same design.
model::Design syntheticDesign(int components, quint32 seed = 1);

/// The number of components in one cell.
inline constexpr int kComponentsPerCell = 10;

} // namespace archstudio::benchmarks
