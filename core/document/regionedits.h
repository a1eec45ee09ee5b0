#pragma once

#include "core/catalog/catalog.h"
#include "core/document/designdelta.h"
#include "core/model/design.h"

#include <QList>
#include <QRectF>

/// Regions and zones added on the canvas, named as the catalog's provider names them (its
/// "regions" header and "region.zones" figure, docs/CATALOG.md), never by one provider's
/// convention written into the code.
namespace archstudio::document::edits {

/// The region a new region gets: the first of the catalog's regions, in the order it offers
/// them, that the design does not have yet. Empty when the design has them all.
model::RegionId nextRegionCode(const model::Design &design, const catalog::Catalog &catalog);

/// The zones a new region starts with: as many as the catalog's "region.zones" (one when it
/// has no such figure, at most as many as the pattern can name), named by its pattern.
QList<model::ZoneId> newRegionZones(const model::RegionId &region, const catalog::Catalog &catalog);

/// Adds a region with the given zones.
DesignDelta addRegion(const model::Design &design, const model::RegionId &code,
                      const QList<model::ZoneId> &zones, QRectF frame,
                      const QList<QRectF> &zoneFrames);

/// The code the next zone of region gets: the first code of naming no region of the design
/// uses. Empty when every code is taken.
model::ZoneId nextZoneCode(const model::Design &design, const model::RegionId &region,
                           const catalog::ZoneNaming &naming);
/// Adds the next zone of a region (nextZoneCode()), framed at frame. Empty when the region
/// is not in the design or has no code left.
DesignDelta addZone(const model::Design &design, const model::RegionId &region,
                    const catalog::ZoneNaming &naming, QRectF frame);

} // namespace archstudio::document::edits
