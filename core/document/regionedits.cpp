#include "regionedits.h"

#include <algorithm>
#include <cmath>

namespace archstudio::document::edits {

using model::Design;
using model::RegionId;
using model::ZoneId;

RegionId nextRegionCode(const Design &design, const catalog::Catalog &catalog)
{
    for (const QString &code : catalog.regionsInOfferOrder()) {
        if (!design.findRegion(RegionId(code)))
            return RegionId(code);
    }
    return {};
}

QList<ZoneId> newRegionZones(const RegionId &region, const catalog::Catalog &catalog)
{
    const catalog::ZoneNaming &naming = catalog.regionConventions().zones;
    const double figure = catalog.value(QStringLiteral("region.zones")).value_or(1.0);
    const int count = std::clamp(int(std::lround(figure)), 1, naming.capacity());
    QList<ZoneId> zones;
    for (int i = 0; i < count; ++i)
        zones.append(ZoneId(naming.code(region.value(), i)));
    return zones;
}

DesignDelta addRegion(const Design &design, const RegionId &code, const QList<ZoneId> &zones,
                      QRectF frame, const QList<QRectF> &zoneFrames)
{
    DesignDelta delta;
    if (design.findRegion(code))
        return delta;
    QList<model::Region> regions = design.regions;
    regions.append(model::Region{code, zones});
    delta.setRegions(design, regions);
    delta.setRegionFrame(design, code, frame);
    for (qsizetype i = 0; i < zones.size() && i < zoneFrames.size(); ++i)
        delta.setZoneFrame(design, zones.at(i), zoneFrames.at(i));
    return delta;
}

ZoneId nextZoneCode(const Design &design, const RegionId &region, const catalog::ZoneNaming &naming)
{
    for (int i = 0; i < naming.capacity(); ++i) {
        const ZoneId candidate(naming.code(region.value(), i));
        if (!design.regionOfZone(candidate))
            return candidate;
    }
    return {};
}

DesignDelta addZone(const Design &design, const RegionId &region, const catalog::ZoneNaming &naming,
                    QRectF frame)
{
    DesignDelta delta;
    const ZoneId zone = nextZoneCode(design, region, naming);
    if (zone.isEmpty() || !design.findRegion(region))
        return delta;
    QList<model::Region> regions = design.regions;
    for (model::Region &r : regions) {
        if (r.code == region)
            r.zones.append(zone);
    }
    delta.setRegions(design, regions);
    delta.setZoneFrame(design, zone, frame);
    return delta;
}

} // namespace archstudio::document::edits
