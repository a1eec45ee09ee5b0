#pragma once

#include "drawiodecode.h"
#include "importresult.h"
#include "limits.h"
#include "loadresult.h"

#include <QByteArray>
#include <QString>

namespace archstudio::catalog {
class Catalog;
}
namespace archstudio::model {
class KindRegistry;
}
namespace archstudio::engine {
class KindSet;
}

namespace archstudio::io {

/// Imports a diagram drawn in diagrams.net with its AWS 4 shape library into a design:
/// shapes named by a kind's KindSchema::drawioShapes become components (named by their
/// labels), Region and Availability Zone groups their placements, edges between them links.
/// What does not fit is listed in skipped, each assumption (a zone assigned, a cluster
/// created) in warnings. Reads the first page, plain or compressed (drawiodecode.h). The
/// design is checked by the validator: a component it refuses is skipped with its reason.
/// Its layout holds the drawing's positions. fileName is for messages only.
ImportResult importDrawioDiagram(const QByteArray &bytes, const QString &fileName,
                                 const engine::KindSet &kinds);

/// The same for a first page already decoded (decodeDrawio: its model and the file's page
/// count), with the kinds' schemas and the catalog (region and zone naming) given apart.
ImportResult importDrawioModel(const QByteArray &model, int pages, const QString &fileName,
                               const model::KindRegistry &registry, const catalog::Catalog &catalog,
                               const Limits &limits = {});

/// What loadDrawio() gives for a diagram without ArchStudio's cells: the import, its skipped
/// items and warnings as warnings, through checkLoadedDesign like any design read.
LoadResult loadImportedDrawio(const DecodedDrawio &decoded, const LoadOptions &options);

} // namespace archstudio::io
