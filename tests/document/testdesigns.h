#pragma once

#include "core/model/design.h"

namespace archstudio::testing {

/// A design of `pairs` workloads, each reading and writing its own single-AZ RDS PostgreSQL
/// in us-east-1a: app-0 -> db-0, app-1 -> db-1, ...
inline model::Design workloadsWithDatabases(int pairs = 1)
{
    using namespace model;
    const RegionId region(QStringLiteral("us-east-1"));
    const ZoneId zoneA(QStringLiteral("us-east-1a"));
    Design design;
    design.name = QStringLiteral("Test design");
    design.regions = {{region, {zoneA, ZoneId(QStringLiteral("us-east-1b"))}}};
    for (int i = 0; i < pairs; ++i) {
        Component app;
        app.id = ComponentId(QStringLiteral("app-%1").arg(i));
        app.kind = QStringLiteral("workload");
        app.placement.region = region;
        app.placement.zones = {zoneA};
        app.properties = {{QStringLiteral("readsPerSecond"), qint64(400)},
                          {QStringLiteral("writesPerSecond"), qint64(40)}};
        Component db;
        db.id = ComponentId(QStringLiteral("db-%1").arg(i));
        db.kind = QStringLiteral("rds");
        db.name = QStringLiteral("Orders %1").arg(i);
        db.placement.region = region;
        db.placement.zone = zoneA;
        db.properties = {{QStringLiteral("engine"), QStringLiteral("postgres")},
                         {QStringLiteral("instanceClass"), QStringLiteral("db.r6g.large")},
                         {QStringLiteral("deployment"), QStringLiteral("single-az")},
                         {QStringLiteral("storageGiB"), qint64(100)}};
        Link link;
        link.from = app.id;
        link.to = db.id;
        design.links.append(link);
        design.components << app << db;
    }
    return design;
}

} // namespace archstudio::testing
