#include "awskinds.h"

#include <QCoreApplication>
#include <QHash>

#include "core/model/propertybuilders.h"

namespace archstudio::aws {

using model::KindSchema;
using model::PlacementKind;
using model::PropertySchema;
using model::PropertyType;
using namespace model::schema;

namespace {

const QString rdsClass = QStringLiteral(R"(db\.[a-z0-9]+\.[a-z0-9]+)");
const char *const rdsClassHelp =
    QT_TRANSLATE_NOOP("Kinds", "expected a DB instance class such as db.r6g.large");
const QStringList storageTypes{"gp2", "gp3", "io1", "io2", "magnetic"};

// Each schema ends with its draw.io style: a shape or resIcon of draw.io's AWS / Compute or
// AWS / Database palette (jgraph/drawio Sidebar-AWS4.js, checked 2026-11-26). A name draw.io
// does not have draws nothing there; tests/cli/tst_cli_drawio.cpp keeps the known ones.

KindSchema rds()
{
    return {
        "rds",
        QT_TRANSLATE_NOOP("Kinds", "RDS database"),
        QT_TRANSLATE_NOOP("Kinds", "Databases"),
        QT_TRANSLATE_NOOP(
            "Kinds", "An Amazon RDS instance: Single-AZ, Multi-AZ instance or Multi-AZ DB cluster"),
        PlacementKind::Zone,
        {},
        {},
        {choice("engine", {"postgres", "mysql", "mariadb", "oracle", "sqlserver"}, "postgres",
                QT_TRANSLATE_NOOP("Kinds", "database engine")),
         pattern("instanceClass", rdsClass, "db.r6g.large", rdsClassHelp),
         choice("deployment", {"single-az", "multi-az-instance", "multi-az-cluster"}, "single-az",
                QT_TRANSLATE_NOOP("Kinds", "how the instance is made highly available")),
         when(typed("standbyZone", PropertyType::ZoneRef, {},
                    QT_TRANSLATE_NOOP("Kinds", "the Availability Zone of the Multi-AZ standby")),
              "deployment", {"multi-az-instance", "multi-az-cluster"}),
         choice("storageType", storageTypes, "gp3", QT_TRANSLATE_NOOP("Kinds", "EBS storage type")),
         integer("storageGiB", "GiB", 20, 20, 65536,
                 QT_TRANSLATE_NOOP("Kinds", "allocated storage")),
         integer(
             "iops", "IOPS", {}, 0, 256000,
             QT_TRANSLATE_NOOP("Kinds", "provisioned IOPS (io1/io2, or gp3 above its baseline)")),
         number("backupGiB", "GiB", 0, 0, {},
                QT_TRANSLATE_NOOP("Kinds", "backup storage beyond the free allowance"))},
        {},
        {},
        "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.rds;fillColor=#C925D1;"
        "strokeColor=#ffffff;"};
}

KindSchema rdsReplica()
{
    return {
        "rds-replica",
        QT_TRANSLATE_NOOP("Kinds", "RDS read replica"),
        QT_TRANSLATE_NOOP("Kinds", "Databases"),
        QT_TRANSLATE_NOOP(
            "Kinds", "An asynchronous read replica of an RDS database, in its region or another"),
        PlacementKind::Zone,
        {},
        {},
        {reference("replicaOf", "rds",
                   QT_TRANSLATE_NOOP("Kinds", "expected the id of the source RDS database")),
         pattern("instanceClass", rdsClass, {},
                 QT_TRANSLATE_NOOP(
                     "Kinds",
                     "expected a DB instance class such as db.r6g.large (default: the source's)")),
         choice("storageType", storageTypes, {},
                QT_TRANSLATE_NOOP("Kinds", "EBS storage type (default: the source's)")),
         integer("storageGiB", "GiB", {}, 20, 65536,
                 QT_TRANSLATE_NOOP("Kinds", "allocated storage (default: the source's)"))},
        {},
        {},
        "shape=mxgraph.aws4.rds_instance;fillColor=#C925D1;strokeColor=none;pointerEvents=1;"};
}

KindSchema auroraCluster()
{
    return {
        "aurora-cluster",
        QT_TRANSLATE_NOOP("Kinds", "Aurora cluster"),
        QT_TRANSLATE_NOOP("Kinds", "Databases"),
        QT_TRANSLATE_NOOP(
            "Kinds", "An Aurora cluster: its shared storage volume spans three Availability Zones"),
        PlacementKind::Region,
        {},
        {},
        {choice("engine", {"aurora-postgresql", "aurora-mysql"}, "aurora-postgresql",
                QT_TRANSLATE_NOOP("Kinds", "Aurora engine")),
         choice("storageConfig", {"standard", "io-optimized"}, "standard",
                QT_TRANSLATE_NOOP("Kinds",
                                  "Standard bills I/O per request; I/O-Optimized includes it")),
         number("storageGiB", "GiB", 10, 0, 131072,
                QT_TRANSLATE_NOOP("Kinds", "data stored in the cluster volume")),
         number("ioRequestsPerMonthMillions", "million/month", {}, 0, {},
                QT_TRANSLATE_NOOP("Kinds",
                                  "I/O requests per month (derived from the load when absent)")),
         number("backupGiB", "GiB", 0, 0, {},
                QT_TRANSLATE_NOOP("Kinds", "backup storage beyond the free allowance")),
         typed("globalSecondaryRegions", PropertyType::RegionList, QVariantList{},
               QT_TRANSLATE_NOOP("Kinds", "secondary regions of an Aurora Global Database"))},
        {},
        {},
        "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.aurora;fillColor=#C925D1;"
        "strokeColor=#ffffff;"};
}

KindSchema auroraInstance()
{
    return {
        "aurora-instance",
        QT_TRANSLATE_NOOP("Kinds", "Aurora instance"),
        QT_TRANSLATE_NOOP("Kinds", "Databases"),
        QT_TRANSLATE_NOOP("Kinds", "A writer or reader instance of an Aurora cluster"),
        PlacementKind::Zone,
        {},
        {},
        {reference("cluster", "aurora-cluster",
                   QT_TRANSLATE_NOOP("Kinds", "expected the id of its Aurora cluster")),
         choice("role", {"writer", "reader"}, "reader",
                QT_TRANSLATE_NOOP("Kinds", "writer or reader")),
         pattern("instanceClass", rdsClass, "db.r6g.large", rdsClassHelp),
         boolean("serverlessV2", false,
                 QT_TRANSLATE_NOOP("Kinds", "Aurora Serverless v2 instead of an instance class")),
         number("minAcu", "ACU", 0.5, 0, 256,
                QT_TRANSLATE_NOOP("Kinds", "Serverless v2 minimum capacity")),
         number("maxAcu", "ACU", 16, 1, 256,
                QT_TRANSLATE_NOOP("Kinds", "Serverless v2 maximum capacity")),
         integer("failoverTier", "", 1, 0, 15,
                 QT_TRANSLATE_NOOP("Kinds", "promotion priority (0 is promoted first)"))},
        {},
        {},
        "shape=mxgraph.aws4.aurora_instance;fillColor=#C925D1;strokeColor=none;"
        "pointerEvents=1;"};
}

KindSchema dynamodb()
{
    PropertySchema nodeType =
        pattern("nodeType", R"(dax\.[a-z0-9]+\.[a-z0-9]+)", {},
                QT_TRANSLATE_NOOP("Kinds", "expected a DAX node type such as dax.r5.large"));
    nodeType.required = true;
    PropertySchema nodes =
        integer("nodes", "", {}, 1, 11, QT_TRANSLATE_NOOP("Kinds", "number of DAX nodes"));
    nodes.required = true;
    PropertySchema dax =
        typed("dax", PropertyType::Object, {},
              QT_TRANSLATE_NOOP("Kinds",
                                "a DynamoDB Accelerator cluster in front of the table, or null"));
    dax.nullable = true;
    dax.fields = {nodeType, nodes};

    return {
        "dynamodb",
        QT_TRANSLATE_NOOP("Kinds", "DynamoDB table"),
        QT_TRANSLATE_NOOP("Kinds", "Databases"),
        QT_TRANSLATE_NOOP("Kinds", "A DynamoDB table: regional, optionally a global table"),
        PlacementKind::Region,
        {},
        {},
        {choice("capacityMode", {"on-demand", "provisioned"}, "on-demand",
                QT_TRANSLATE_NOOP("Kinds", "how capacity is billed")),
         integer("readCapacityUnits", "RCU", {}, 1, {},
                 QT_TRANSLATE_NOOP("Kinds", "provisioned read capacity")),
         integer("writeCapacityUnits", "WCU", {}, 1, {},
                 QT_TRANSLATE_NOOP("Kinds", "provisioned write capacity")),
         number("storageGiB", "GiB", 0, 0, {},
                QT_TRANSLATE_NOOP("Kinds", "data stored in the table")),
         typed("globalTableRegions", PropertyType::RegionList, QVariantList{},
               QT_TRANSLATE_NOOP("Kinds", "regions holding replicas of a global table")),
         boolean("pointInTimeRecovery", false, QT_TRANSLATE_NOOP("Kinds", "continuous backups")),
         dax},
        {},
        {},
        "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.dynamodb;fillColor=#C925D1;"
        "strokeColor=#ffffff;"};
}

KindSchema elasticache()
{
    return {
        "elasticache",
        QT_TRANSLATE_NOOP("Kinds", "ElastiCache"),
        QT_TRANSLATE_NOOP("Kinds", "Caches"),
        QT_TRANSLATE_NOOP("Kinds",
                          "An ElastiCache cache: node-based (shards and replicas) or Serverless"),
        PlacementKind::Zone,
        "deployment",
        "serverless",
        {choice("engine", {"valkey", "redis", "memcached"}, "valkey",
                QT_TRANSLATE_NOOP("Kinds", "cache engine")),
         choice("deployment", {"node-based", "serverless"}, "node-based",
                QT_TRANSLATE_NOOP("Kinds", "node-based clusters or ElastiCache Serverless")),
         when(pattern(
                  "nodeType", R"(cache\.[a-z0-9]+\.[a-z0-9]+)", "cache.r7g.large",
                  QT_TRANSLATE_NOOP("Kinds", "expected a cache node type such as cache.r7g.large")),
              "deployment", {"node-based"}),
         when(integer("shards", "", 1, 1, 500, QT_TRANSLATE_NOOP("Kinds", "node groups (shards)")),
              "deployment", {"node-based"}),
         when(integer("replicasPerShard", "", 0, 0, 5,
                      QT_TRANSLATE_NOOP("Kinds", "replicas in each shard")),
              "deployment", {"node-based"}),
         when(
             boolean("multiAz", false,
                     QT_TRANSLATE_NOOP("Kinds", "replicas in other zones, promoted automatically")),
             "deployment", {"node-based"}),
         number("hitRatio", "", 0.8, 0, 1,
                QT_TRANSLATE_NOOP("Kinds", "share of reads answered by the cache")),
         when(number("dataGiB", "GiB", {}, 0, {},
                     QT_TRANSLATE_NOOP("Kinds", "data cached (Serverless)")),
              "deployment", {"serverless"})},
        {},
        {},
        "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.elasticache;fillColor=#C925D1;"
        "strokeColor=#ffffff;"};
}

} // namespace

QList<KindSchema> awsKindSchemas()
{
    QList<KindSchema> kinds{rds(),      rdsReplica(), auroraCluster(), auroraInstance(),
                            dynamodb(), elasticache()};
    // What tells two components of a kind apart on their cards, most telling first.
    const QStringList telling{"instanceClass", "nodeType",     "capacityMode",
                              "deployment",    "serverlessV2", "engine"};
    for (KindSchema &kind : kinds) {
        kind.icon = QStringLiteral(":/icons/aws/%1.svg").arg(kind.kind);
        for (const QString &name : telling) {
            if (kind.property(name))
                kind.cardProperties << name;
        }
    }
    // One colour per family: the RDS kinds share one, the Aurora kinds another.
    const QHash<QString, QString> colours{{"rds", "#2E6FD9"},
                                          {"rds-replica", "#2E6FD9"},
                                          {"aurora-cluster", "#5B4BD6"},
                                          {"aurora-instance", "#5B4BD6"},
                                          {"dynamodb", "#1F5FA8"},
                                          {"elasticache", "#D94A2E"}};
    for (KindSchema &kind : kinds)
        kind.colour = colours.value(kind.kind);
    // The shapes of diagrams.net's AWS 4 library (Sidebar-AWS4.js of drawio 14.6.12; the
    // aurora_<engine>_instance and elasticache_for_valkey icons of later versions) each kind
    // is imported from. A drawing does not say which RDS instance is a read replica, only its
    // label may; DAX and RDS Proxy are not components of their own here.
    const QList<std::pair<QString, QString>> rdsIcons{{"rds", {}},
                                                      {"rds_instance", {}},
                                                      {"rds_instance_alt", {}},
                                                      {"rds_piops", {}},
                                                      {"rds_mysql_instance", "mysql"},
                                                      {"rds_mysql_instance_alt", "mysql"},
                                                      {"rds_postgresql_instance", "postgres"},
                                                      {"rds_postgresql_instance_alt", "postgres"},
                                                      {"rds_mariadb_instance", "mariadb"},
                                                      {"rds_mariadb_instance_alt", "mariadb"},
                                                      {"rds_oracle_instance", "oracle"},
                                                      {"rds_oracle_instance_alt", "oracle"},
                                                      {"rds_sql_server_instance", "sqlserver"},
                                                      {"rds_sql_server_instance_alt", "sqlserver"}};
    QHash<QString, QStringList> shapes;
    for (const auto &[icon, engine] : rdsIcons) {
        shapes["rds"] << (engine.isEmpty() ? icon : icon + "?engine=" + engine);
        shapes["rds-replica"] << icon + "?label=replica";
    }
    for (const char *icon : {"aurora_instance", "aurora_instance_alt"}) {
        for (const char *engine : {"", "_mysql", "_postgresql"}) {
            const QString name = QString::fromLatin1(icon).replace(
                "aurora_", QStringLiteral("aurora%1_").arg(QLatin1String(engine)));
            shapes["aurora-instance"] << name + "?label=writer&role=writer"
                                      << name + "?label=primary&role=writer" << name;
        }
    }
    shapes["aurora-cluster"] = QStringList{"aurora"};
    shapes["dynamodb"] = QStringList{"dynamodb", "table"};
    shapes["elasticache"] = QStringList{
        "elasticache", "cache_node", "elasticache_for_redis?engine=redis",
        "elasticache_for_memcached?engine=memcached", "elasticache_for_valkey?engine=valkey"};
    for (KindSchema &kind : kinds)
        kind.drawioShapes = shapes.value(kind.kind);
    for (KindSchema &kind : kinds) {
        if (kind.kind == QLatin1String("dynamodb"))
            kind.localInRegionsProperty = QStringLiteral("globalTableRegions");
        // A cache and a read replica answer reads only.
        if (kind.kind == QLatin1String("elasticache") || kind.kind == QLatin1String("rds-replica"))
            kind.linkTraffic = model::Traffic::Reads;
    }
    return kinds;
}

const model::KindSchema *findAwsKindSchema(const QString &kind)
{
    static const QList<KindSchema> schemas = awsKindSchemas();
    for (const KindSchema &schema : schemas) {
        if (schema.kind == kind)
            return &schema;
    }
    return nullptr;
}

// The inspector's labels of the AWS kinds' properties: KindRegistry derives each from the
// property's name (model::englishPropertyLabel) and translates it, so lupdate finds them only here.
// tst_language fails, naming the line to add, when a property's label is missing.
[[maybe_unused]] constexpr const char *kPropertyLabels[] = {
    QT_TRANSLATE_NOOP("Kinds", "Engine"),
    QT_TRANSLATE_NOOP("Kinds", "Instance class"),
    QT_TRANSLATE_NOOP("Kinds", "Deployment"),
    QT_TRANSLATE_NOOP("Kinds", "Standby zone"),
    QT_TRANSLATE_NOOP("Kinds", "Storage type"),
    QT_TRANSLATE_NOOP("Kinds", "Storage"),
    QT_TRANSLATE_NOOP("Kinds", "IOPS"),
    QT_TRANSLATE_NOOP("Kinds", "Backup"),
    QT_TRANSLATE_NOOP("Kinds", "Replica of"),
    QT_TRANSLATE_NOOP("Kinds", "Storage config"),
    QT_TRANSLATE_NOOP("Kinds", "I/O requests per month"),
    QT_TRANSLATE_NOOP("Kinds", "Global secondary regions"),
    QT_TRANSLATE_NOOP("Kinds", "Cluster"),
    QT_TRANSLATE_NOOP("Kinds", "Role"),
    QT_TRANSLATE_NOOP("Kinds", "Serverless v2"),
    QT_TRANSLATE_NOOP("Kinds", "Min ACU"),
    QT_TRANSLATE_NOOP("Kinds", "Max ACU"),
    QT_TRANSLATE_NOOP("Kinds", "Failover tier"),
    QT_TRANSLATE_NOOP("Kinds", "Capacity mode"),
    QT_TRANSLATE_NOOP("Kinds", "Read capacity units"),
    QT_TRANSLATE_NOOP("Kinds", "Write capacity units"),
    QT_TRANSLATE_NOOP("Kinds", "Global table regions"),
    QT_TRANSLATE_NOOP("Kinds", "Point in time recovery"),
    QT_TRANSLATE_NOOP("Kinds", "DAX"),
    QT_TRANSLATE_NOOP("Kinds", "Node type"),
    QT_TRANSLATE_NOOP("Kinds", "Nodes"),
    QT_TRANSLATE_NOOP("Kinds", "Shards"),
    QT_TRANSLATE_NOOP("Kinds", "Replicas per shard"),
    QT_TRANSLATE_NOOP("Kinds", "Multi-AZ"),
    QT_TRANSLATE_NOOP("Kinds", "Hit ratio"),
    QT_TRANSLATE_NOOP("Kinds", "Data"),
};

} // namespace archstudio::aws
