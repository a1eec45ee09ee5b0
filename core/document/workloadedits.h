#pragma once

#include "core/document/designdelta.h"
#include "core/model/design.h"
#include "core/model/kindregistry.h"

#include <QSizeF>

namespace archstudio::document::edits {

/// The components a new workload would call directly: every component of a kind that does not
/// start links itself, except a regional one that others reference (an Aurora cluster is
/// reached through its instances), each with the traffic a link to its kind carries (reads
/// only to a reader instance: a component whose "role" is "reader").
QList<model::Link> linksToEveryStore(const model::Design &design, const model::KindRegistry &kinds,
                                     const model::ComponentId &workload);

/// Edit › Add Workload to Every Database, offered after an import (which brings no traffic):
/// a workload with the kind's default load, spread over the first region's zones, placed
/// where a card of cardSize fits, and linked to every store (linksToEveryStore). Empty when
/// the design has no region or nothing to link to.
DesignDelta addWorkloadToEveryStore(const model::Design &design, const model::KindRegistry &kinds,
                                    QSizeF cardSize);

} // namespace archstudio::document::edits
