#include "awsterraformmapping.h"

#include <QCoreApplication>

#include <algorithm>

namespace archstudio::aws {

namespace {

const QStringList kClusterTypes{QStringLiteral("aws_rds_cluster")};
const QStringList kClusterKeys{QStringLiteral("cluster_identifier"), QStringLiteral("arn"),
                               QStringLiteral("id")};

} // namespace

QString TerraformMapping::rdsEngine(const TerraformResource &r, bool *refused)
{
    *refused = false;
    const QString engine = text(r, QStringLiteral("engine"));
    if (engine.isEmpty()) {
        mContext.warn(QCoreApplication::translate(
                          "Aws", "%1: its engine is not known; it is taken to be postgres.")
                          .arg(r.address));
        return QStringLiteral("postgres");
    }
    for (const QString &plain :
         {QStringLiteral("postgres"), QStringLiteral("mysql"), QStringLiteral("mariadb")}) {
        if (engine == plain)
            return plain;
    }
    for (const QString &family : {QStringLiteral("oracle"), QStringLiteral("sqlserver")}) {
        if (engine.startsWith(family + QLatin1Char('-')))
            return family;
    }
    *refused = true;
    return {};
}

void TerraformMapping::mapDbInstance(const TerraformResource &r)
{
    bool refused = false;
    const QString engine = rdsEngine(r, &refused);
    if (refused)
        return skip(
            r, QCoreApplication::translate("Aws", "Its engine \"%1\" is not one ArchStudio models.")
                   .arg(text(r, QStringLiteral("engine"))));
    model::Component c = component(r, QStringLiteral("rds"), QStringLiteral("identifier"));
    c.properties.insert(QStringLiteral("engine"), engine);
    const QString instanceClass = text(r, QStringLiteral("instance_class"));
    if (!set(c, r, QStringLiteral("instanceClass"), instanceClass,
             QStringLiteral("instance_class")))
        return skip(r, QCoreApplication::translate(
                           "Aws", "Its instance class \"%1\" is not one ArchStudio models.")
                           .arg(instanceClass));
    const QString region = regionOf(r);
    c.placement.region = model::RegionId(region);
    c.placement.zone = placeZone(r, region, QStringLiteral("availability_zone"),
                                 text(r, QStringLiteral("availability_zone")));
    if (flag(r, QStringLiteral("multi_az")).value_or(false)) {
        c.properties.insert(QStringLiteral("deployment"), QStringLiteral("multi-az-instance"));
        c.properties.insert(QStringLiteral("standbyZone"),
                            otherZone(region, *c.placement.zone).value());
    }
    QString storageType = text(r, QStringLiteral("storage_type"));
    if (storageType == QLatin1String("standard"))
        storageType = QStringLiteral("magnetic");
    if (!storageType.isEmpty())
        set(c, r, QStringLiteral("storageType"), storageType, QStringLiteral("storage_type"));
    if (const auto storage = number(r, QStringLiteral("allocated_storage")))
        set(c, r, QStringLiteral("storageGiB"), qint64(*storage),
            QStringLiteral("allocated_storage"));
    if (const auto iops = number(r, QStringLiteral("iops")); iops && *iops > 0)
        set(c, r, QStringLiteral("iops"), qint64(*iops), QStringLiteral("iops"));
    if (const auto throughput = number(r, QStringLiteral("storage_throughput"));
        throughput && *throughput > 0)
        mContext.warn(QCoreApplication::translate(
                          "Aws", "%1: its storage throughput (%2 MiB/s) is not modelled.")
                          .arg(r.address)
                          .arg(*throughput));
    add(r, c);
}

void TerraformMapping::mapReplica(const TerraformResource &r)
{
    const TerraformResource *source =
        referenced(r, QStringLiteral("replicate_source_db"), {QStringLiteral("aws_db_instance")},
                   {QStringLiteral("identifier"), QStringLiteral("arn"), QStringLiteral("id")});
    if (!source)
        return skip(r, QCoreApplication::translate(
                           "Aws", "Its source database (replicate_source_db) is not in the file."));
    if (mMappedKind.value(source->address) != QLatin1String("rds"))
        return skip(r, QCoreApplication::translate(
                           "Aws", "Its source database %1 was not imported as an RDS database.")
                           .arg(source->address));
    model::Component c = component(r, QStringLiteral("rds-replica"), QStringLiteral("identifier"));
    c.properties.insert(QStringLiteral("replicaOf"), mContext.componentId(source->address).value());
    const QString instanceClass = text(r, QStringLiteral("instance_class"));
    if (!instanceClass.isEmpty())
        set(c, r, QStringLiteral("instanceClass"), instanceClass, QStringLiteral("instance_class"));
    QString storageType = text(r, QStringLiteral("storage_type"));
    if (storageType == QLatin1String("standard"))
        storageType = QStringLiteral("magnetic");
    if (!storageType.isEmpty())
        set(c, r, QStringLiteral("storageType"), storageType, QStringLiteral("storage_type"));
    if (const auto storage = number(r, QStringLiteral("allocated_storage")))
        set(c, r, QStringLiteral("storageGiB"), qint64(*storage),
            QStringLiteral("allocated_storage"));
    if (flag(r, QStringLiteral("multi_az")).value_or(false))
        mContext.warn(QCoreApplication::translate(
                          "Aws", "%1: a Multi-AZ read replica is modelled as a Single-AZ one.")
                          .arg(r.address));
    const QString region = regionOf(r);
    c.placement.region = model::RegionId(region);
    c.placement.zone = placeZone(r, region, QStringLiteral("availability_zone"),
                                 text(r, QStringLiteral("availability_zone")));
    add(r, c);
}

void TerraformMapping::findGlobalMembers()
{
    QHash<const TerraformResource *, QList<const TerraformResource *>> membersOf;
    for (const TerraformResource &c : mResources) {
        if (c.type != QLatin1String("aws_rds_cluster"))
            continue;
        if (const TerraformResource *g = referenced(c, QStringLiteral("global_cluster_identifier"),
                                                    {QStringLiteral("aws_rds_global_cluster")},
                                                    {QStringLiteral("global_cluster_identifier")}))
            membersOf[g].append(&c);
    }
    for (const TerraformResource &g : mResources) {
        if (g.type != QLatin1String("aws_rds_global_cluster"))
            continue;
        const QList<const TerraformResource *> members = membersOf.value(&g);
        if (members.isEmpty())
            continue;
        // The primary: the cluster the global database is made from, else the one with the
        // master user (a secondary has none), else the first.
        const TerraformResource *primary = referenced(
            g, QStringLiteral("source_db_cluster_identifier"), kClusterTypes, kClusterKeys);
        for (const TerraformResource *m : std::as_const(members)) {
            if (!primary &&
                (!text(*m, QStringLiteral("master_username")).isEmpty() ||
                 flag(*m, QStringLiteral("manage_master_user_password")).value_or(false)))
                primary = m;
        }
        if (!primary || !members.contains(primary)) {
            primary = members.first();
            mContext.warn(QCoreApplication::translate(
                              "Aws",
                              "%1: the file does not say which cluster is its primary; it is "
                              "taken to be %2.")
                              .arg(g.address, primary->address));
        }
        mGlobalPrimary.insert(g.address, primary->address);
        QStringList &regions = mSecondaryRegions[primary->address];
        for (const TerraformResource *m : std::as_const(members)) {
            if (m == primary)
                continue;
            mPrimaryOf.insert(m->address, primary->address);
            const QString region = regionOf(*m);
            if (region != regionOf(*primary) && !regions.contains(region))
                regions.append(region);
        }
    }
}

void TerraformMapping::mapCluster(const TerraformResource &r)
{
    QString engine = text(r, QStringLiteral("engine"));
    if (engine.isEmpty() || engine == QLatin1String("aurora"))
        engine = QStringLiteral("aurora-mysql"); // Terraform's default, Aurora MySQL
    if (engine == QLatin1String("mysql") || engine == QLatin1String("postgres"))
        return mapMultiAzCluster(r);
    model::Component c =
        component(r, QStringLiteral("aurora-cluster"), QStringLiteral("cluster_identifier"));
    if (!set(c, r, QStringLiteral("engine"), engine, QStringLiteral("engine")))
        return skip(
            r, QCoreApplication::translate("Aws", "Its engine \"%1\" is not one ArchStudio models.")
                   .arg(engine));
    if (const QString primary = mPrimaryOf.value(r.address); !primary.isEmpty()) {
        mContext.representedBy(r.address, mContext.componentId(primary));
        mContext.warn(QCoreApplication::translate(
                          "Aws",
                          "%1: a secondary cluster of a global database is modelled as a "
                          "secondary region (%2) of its primary cluster %3; its instances are "
                          "not imported.")
                          .arg(r.address, regionOf(r), primary));
        return;
    }
    const QString region = regionOf(r);
    c.placement.region = model::RegionId(region);
    c.properties.insert(QStringLiteral("storageConfig"),
                        text(r, QStringLiteral("storage_type")) == QLatin1String("aurora-iopt1")
                            ? QStringLiteral("io-optimized")
                            : QStringLiteral("standard"));
    if (const auto storage = number(r, QStringLiteral("allocated_storage")))
        set(c, r, QStringLiteral("storageGiB"), *storage, QStringLiteral("allocated_storage"));
    QVariantList secondaries;
    for (const QString &secondary : mSecondaryRegions.value(r.address))
        secondaries.append(secondary);
    if (!secondaries.isEmpty())
        c.properties.insert(QStringLiteral("globalSecondaryRegions"), secondaries);
    add(r, c);
}

void TerraformMapping::mapMultiAzCluster(const TerraformResource &r)
{
    model::Component c = component(r, QStringLiteral("rds"), QStringLiteral("cluster_identifier"));
    c.properties.insert(QStringLiteral("engine"), text(r, QStringLiteral("engine")));
    c.properties.insert(QStringLiteral("deployment"), QStringLiteral("multi-az-cluster"));
    const QString instanceClass = text(r, QStringLiteral("db_cluster_instance_class"));
    if (!set(c, r, QStringLiteral("instanceClass"), instanceClass,
             QStringLiteral("db_cluster_instance_class")))
        return skip(r, QCoreApplication::translate(
                           "Aws", "Its instance class \"%1\" is not one ArchStudio models.")
                           .arg(instanceClass));
    const QString region = regionOf(r);
    c.placement.region = model::RegionId(region);
    c.placement.zone = placeZone(r, region, QStringLiteral("availability_zones"),
                                 firstText(r, QStringLiteral("availability_zones")));
    const QVariantList zones = r.values.value(QStringLiteral("availability_zones")).toList();
    const QString standby = zones.size() > 1 ? zones.at(1).toString() : QString();
    c.properties.insert(QStringLiteral("standbyZone"),
                        mContext.catalog().regionConventions().zones.belongsTo(standby, region)
                            ? standby
                            : otherZone(region, *c.placement.zone).value());
    if (const QString type = text(r, QStringLiteral("storage_type")); !type.isEmpty())
        set(c, r, QStringLiteral("storageType"), type, QStringLiteral("storage_type"));
    if (const auto storage = number(r, QStringLiteral("allocated_storage")))
        set(c, r, QStringLiteral("storageGiB"), qint64(*storage),
            QStringLiteral("allocated_storage"));
    if (const auto iops = number(r, QStringLiteral("iops")); iops && *iops > 0)
        set(c, r, QStringLiteral("iops"), qint64(*iops), QStringLiteral("iops"));
    add(r, c);
}

void TerraformMapping::mapClusterInstances(const QList<const TerraformResource *> &instances)
{
    // Each cluster's instances, in file order, to choose the writer among them.
    QList<const TerraformResource *> clusters;
    QSet<const TerraformResource *> seen;
    QHash<const TerraformResource *, QList<const TerraformResource *>> members;
    for (const TerraformResource *r : instances) {
        const TerraformResource *cluster =
            referenced(*r, QStringLiteral("cluster_identifier"), kClusterTypes, kClusterKeys);
        if (!cluster) {
            skip(*r,
                 r->type == QLatin1String("aws_db_instance")
                     ? QCoreApplication::translate(
                           "Aws", "An Aurora instance outside a cluster: Aurora instances belong "
                                  "to an aws_rds_cluster of the file.")
                     : QCoreApplication::translate(
                           "Aws",
                           "Its cluster (cluster_identifier) is not in the file, or is known "
                           "only after apply and its configuration does not name it."));
            continue;
        }
        if (mPrimaryOf.contains(cluster->address)) {
            skip(*r,
                 QCoreApplication::translate(
                     "Aws", "An instance of %1, a secondary cluster of a global database, which "
                            "is modelled as a secondary region of its primary.")
                     .arg(cluster->address));
            continue;
        }
        if (mMappedKind.value(cluster->address) != QLatin1String("aurora-cluster")) {
            skip(*r, QCoreApplication::translate(
                         "Aws", "Its cluster %1 was not imported as an Aurora cluster.")
                         .arg(cluster->address));
            continue;
        }
        if (!seen.contains(cluster)) {
            seen.insert(cluster);
            clusters.append(cluster);
        }
        members[cluster].append(r);
    }
    for (const TerraformResource *cluster : std::as_const(clusters)) {
        const QList<const TerraformResource *> &list = members[cluster];
        const TerraformResource *writer = nullptr;
        for (const TerraformResource *r : list) {
            if (!writer && flag(*r, QStringLiteral("writer")).value_or(false))
                writer = r;
        }
        if (!writer) { // the first to be promoted: the lowest tier (0 is Terraform's default)
            for (const TerraformResource *r : list) {
                if (!writer || number(*r, QStringLiteral("promotion_tier")).value_or(0) <
                                   number(*writer, QStringLiteral("promotion_tier")).value_or(0))
                    writer = r;
            }
        }
        const QVariantMap scaling =
            firstBlock(cluster->values, QStringLiteral("serverlessv2_scaling_configuration"));
        const QString region = regionOf(*cluster);
        for (const TerraformResource *r : list) {
            model::Component c =
                component(*r, QStringLiteral("aurora-instance"), QStringLiteral("identifier"));
            c.properties.insert(QStringLiteral("cluster"),
                                mContext.componentId(cluster->address).value());
            c.properties.insert(QStringLiteral("role"),
                                r == writer ? QStringLiteral("writer") : QStringLiteral("reader"));
            const QString instanceClass = text(*r, QStringLiteral("instance_class"));
            if (instanceClass == QLatin1String("db.serverless")) {
                c.properties.insert(QStringLiteral("serverlessV2"), true);
                const QVariant min = scaling.value(QStringLiteral("min_capacity"));
                const QVariant max = scaling.value(QStringLiteral("max_capacity"));
                if (min.isValid())
                    set(c, *r, QStringLiteral("minAcu"), min.toDouble(),
                        QStringLiteral("min_capacity"));
                if (max.isValid())
                    set(c, *r, QStringLiteral("maxAcu"), max.toDouble(),
                        QStringLiteral("max_capacity"));
                if (!min.isValid() || !max.isValid())
                    mContext.warn(QCoreApplication::translate(
                                      "Aws",
                                      "%1: its cluster sets no Serverless v2 capacity range; "
                                      "the defaults are used.")
                                      .arg(r->address));
            } else if (!set(c, *r, QStringLiteral("instanceClass"), instanceClass,
                            QStringLiteral("instance_class"))) {
                skip(*r, QCoreApplication::translate(
                             "Aws", "Its instance class \"%1\" is not one ArchStudio models.")
                             .arg(instanceClass));
                continue;
            }
            if (const auto tier = number(*r, QStringLiteral("promotion_tier")))
                set(c, *r, QStringLiteral("failoverTier"), qint64(*tier),
                    QStringLiteral("promotion_tier"));
            c.placement.region = model::RegionId(region);
            c.placement.zone = placeZone(*r, region, QStringLiteral("availability_zone"),
                                         text(*r, QStringLiteral("availability_zone")));
            add(*r, c);
        }
    }
}

void TerraformMapping::mapGlobalCluster(const TerraformResource &r)
{
    const QString primary = mGlobalPrimary.value(r.address);
    if (primary.isEmpty())
        return skip(r, QCoreApplication::translate(
                           "Aws", "No cluster of the file joins this global database."));
    if (mMappedKind.value(primary) != QLatin1String("aurora-cluster"))
        return skip(r,
                    QCoreApplication::translate("Aws", "Its primary cluster %1 was not imported.")
                        .arg(primary));
    mContext.representedBy(r.address, mContext.componentId(primary));
}

} // namespace archstudio::aws
