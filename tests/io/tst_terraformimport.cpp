#include "io/terraformfixtures.h"

#include <QTest>

using namespace archstudio;
using namespace archstudio::test::terraform;
using io::ImportResult;

class TestTerraformImport : public QObject
{
    Q_OBJECT

private slots:
    void rdsSingleAndMultiAz()
    {
        const ImportResult r = importFixture(QStringLiteral("rds.json"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.design);
        const model::Design &d = *r.design;
        verifyValid(d);
        QCOMPARE(d.name, QStringLiteral("rds"));
        QCOMPARE(d.catalog, QStringLiteral("aws"));
        QVERIFY(d.layout.isEmpty());
        QVERIFY(d.links.isEmpty());
        QCOMPARE(d.regions.size(), 1);
        QCOMPARE(d.regions.first().code.value(), QStringLiteral("us-east-1"));
        QCOMPARE(d.regions.first().zones, zones({"us-east-1a", "us-east-1b", "us-east-1c"}));
        QCOMPARE(d.components.size(), 4);

        const model::Component &orders = componentIn(d, "aws_db_instance.orders");
        QCOMPARE(orders.kind, QStringLiteral("rds"));
        QCOMPARE(orders.name, QStringLiteral("orders"));
        QVERIFY(orders.placement == zonal("us-east-1", "us-east-1a"));
        QCOMPARE(orders.properties.value("engine").toString(), QStringLiteral("postgres"));
        QCOMPARE(orders.properties.value("instanceClass").toString(),
                 QStringLiteral("db.r6g.large"));
        QCOMPARE(orders.properties.value("storageGiB").toLongLong(), 100);
        QCOMPARE(orders.properties.value("storageType").toString(), QStringLiteral("gp3"));
        QVERIFY(!orders.properties.contains("deployment"));
        QVERIFY(!orders.properties.contains("iops"));

        QCOMPARE(prop(d, "aws_db_instance.billing", "engine").toString(), QStringLiteral("mysql"));
        QCOMPARE(prop(d, "aws_db_instance.billing", "deployment").toString(),
                 QStringLiteral("multi-az-instance"));
        QCOMPARE(componentIn(d, "aws_db_instance.billing").placement.zone->value(),
                 QStringLiteral("us-east-1b"));
        QCOMPARE(prop(d, "aws_db_instance.billing", "standbyZone").toString(),
                 QStringLiteral("us-east-1a"));
        QCOMPARE(prop(d, "aws_db_instance.billing", "storageType").toString(),
                 QStringLiteral("io1"));
        QCOMPARE(prop(d, "aws_db_instance.billing", "iops").toLongLong(), 3000);
        QCOMPARE(prop(d, "aws_db_instance.billing", "storageGiB").toLongLong(), 400);

        QCOMPARE(prop(d, "aws_db_instance.ledger", "engine").toString(),
                 QStringLiteral("sqlserver"));
        QVERIFY(warned(r, "aws_db_instance.ledger: its storage throughput (500 MiB/s) is not "
                          "modelled."));
        QCOMPARE(prop(d, "aws_db_instance.legacy", "engine").toString(), QStringLiteral("oracle"));
        QCOMPARE(prop(d, "aws_db_instance.legacy", "storageType").toString(),
                 QStringLiteral("magnetic"));

        QCOMPARE(skippedReason(r, "aws_db_instance.warehouse"),
                 QStringLiteral("Its engine \"db2-se\" is not one ArchStudio models."));
        QCOMPARE(r.imported.size(), 4);
        QCOMPARE(importedAs(r, "aws_db_instance.orders"), QStringLiteral("aws_db_instance.orders"));
        QCOMPARE(r.imported.first().kind, QStringLiteral("rds"));
    }

    void rdsReplicaInAnotherRegion()
    {
        const ImportResult r = importFixture(QStringLiteral("rds-replica.json"));
        QVERIFY2(r.design, qPrintable(r.error));
        const model::Design &d = *r.design;
        verifyValid(d);
        QCOMPARE(d.regions.size(), 2);
        QCOMPARE(d.regions.at(0).code.value(), QStringLiteral("us-east-1"));
        QCOMPARE(d.regions.at(1).code.value(), QStringLiteral("us-west-2"));
        QCOMPARE(d.regions.at(1).zones, zones({"us-west-2a", "us-west-2b", "us-west-2c"}));

        const model::Component &local = componentIn(d, "aws_db_instance.local_replica");
        QCOMPARE(local.kind, QStringLiteral("rds-replica"));
        QCOMPARE(local.name, QStringLiteral("main-db-read"));
        QCOMPARE(local.properties.value("replicaOf").toString(),
                 QStringLiteral("aws_db_instance.main"));
        QVERIFY(local.placement == zonal("us-east-1", "us-east-1c"));
        QCOMPARE(local.properties.value("instanceClass").toString(),
                 QStringLiteral("db.r6g.large"));

        // Its source named only by the configuration (the ARN is unknown until apply), its
        // region by its provider alias.
        const model::Component &dr = componentIn(d, "aws_db_instance.dr_replica");
        QCOMPARE(dr.kind, QStringLiteral("rds-replica"));
        QCOMPARE(dr.properties.value("replicaOf").toString(),
                 QStringLiteral("aws_db_instance.main"));
        QVERIFY(dr.placement == zonal("us-west-2", "us-west-2a"));
        QVERIFY(warned(r, "aws_db_instance.dr_replica: its availability zone is unknown until "
                          "apply; it is placed in us-west-2a."));
        QVERIFY(r.skipped.isEmpty());
    }

    void auroraWriterReaderServerless()
    {
        const ImportResult r = importFixture(QStringLiteral("aurora.json"));
        QVERIFY2(r.design, qPrintable(r.error));
        const model::Design &d = *r.design;
        verifyValid(d);
        const model::Component &cluster = componentIn(d, "aws_rds_cluster.main");
        QCOMPARE(cluster.kind, QStringLiteral("aurora-cluster"));
        QCOMPARE(cluster.name, QStringLiteral("orders"));
        QVERIFY(cluster.placement == regional("us-east-1"));
        QCOMPARE(cluster.properties.value("engine").toString(),
                 QStringLiteral("aurora-postgresql"));
        QCOMPARE(cluster.properties.value("storageConfig").toString(),
                 QStringLiteral("io-optimized"));

        const QString a = QStringLiteral("aws_rds_cluster_instance.node-a");
        QCOMPARE(importedAs(r, "aws_rds_cluster_instance.node[\"a\"]"), a);
        QCOMPARE(componentIn(d, a).kind, QStringLiteral("aurora-instance"));
        QCOMPARE(prop(d, a, "cluster").toString(), QStringLiteral("aws_rds_cluster.main"));
        QCOMPARE(prop(d, a, "role").toString(), QStringLiteral("writer"));
        QCOMPARE(prop(d, a, "instanceClass").toString(), QStringLiteral("db.r6g.large"));
        QCOMPARE(prop(d, a, "failoverTier").toLongLong(), 0);
        QVERIFY(componentIn(d, a).placement == zonal("us-east-1", "us-east-1a"));

        const QString b = QStringLiteral("aws_rds_cluster_instance.node-b");
        QCOMPARE(prop(d, b, "role").toString(), QStringLiteral("reader"));
        QCOMPARE(prop(d, b, "serverlessV2").toBool(), true);
        QCOMPARE(prop(d, b, "minAcu").toDouble(), 0.5);
        QCOMPARE(prop(d, b, "maxAcu").toDouble(), 8.0);
        QCOMPARE(prop(d, b, "failoverTier").toLongLong(), 1);
        QVERIFY(!componentIn(d, b).properties.contains("instanceClass"));

        QVERIFY(skippedReason(r, "aws_rds_cluster_instance.orphan")
                    .startsWith("Its cluster (cluster_identifier) is not in the file"));
        QCOMPARE(d.components.size(), 3);
    }

    void globalDatabase()
    {
        const ImportResult r = importFixture(QStringLiteral("global.json"));
        QVERIFY2(r.design, qPrintable(r.error));
        const model::Design &d = *r.design;
        verifyValid(d);
        const model::Component &primary = componentIn(d, "aws_rds_cluster.primary");
        QCOMPARE(primary.kind, QStringLiteral("aurora-cluster"));
        QCOMPARE(primary.properties.value("engine").toString(), QStringLiteral("aurora-mysql"));
        QCOMPARE(primary.properties.value("globalSecondaryRegions").toList(),
                 QVariantList{QStringLiteral("eu-west-1")});
        QCOMPARE(d.regions.size(), 2);
        QCOMPARE(d.regions.at(1).code.value(), QStringLiteral("eu-west-1"));
        // The secondary cluster and the global database are the primary's property.
        QCOMPARE(importedAs(r, "aws_rds_cluster.secondary"),
                 QStringLiteral("aws_rds_cluster.primary"));
        QCOMPARE(importedAs(r, "aws_rds_global_cluster.orders"),
                 QStringLiteral("aws_rds_cluster.primary"));
        QVERIFY(d.findComponent(model::ComponentId("aws_rds_cluster.secondary")) == nullptr);
        QVERIFY(warnedContaining(r, "aws_rds_cluster.secondary: a secondary cluster",
                                 "secondary region (eu-west-1)"));
        QVERIFY(skippedReason(r, "aws_rds_cluster_instance.secondary")
                    .contains("a secondary cluster of a global database"));
        QCOMPARE(prop(d, "aws_rds_cluster_instance.primary", "role").toString(),
                 QStringLiteral("writer"));
        QCOMPARE(d.components.size(), 2);
    }

    void dynamoDbGlobalTable()
    {
        const ImportResult r = importFixture(QStringLiteral("dynamodb.json"));
        QVERIFY2(r.design, qPrintable(r.error));
        const model::Design &d = *r.design;
        verifyValid(d);
        const model::Component &t = componentIn(d, "aws_dynamodb_table.sessions");
        QCOMPARE(t.kind, QStringLiteral("dynamodb"));
        QCOMPARE(t.name, QStringLiteral("sessions"));
        QVERIFY(t.placement == regional("us-east-1"));
        QCOMPARE(t.properties.value("capacityMode").toString(), QStringLiteral("provisioned"));
        QCOMPARE(t.properties.value("readCapacityUnits").toLongLong(), 20);
        QCOMPARE(t.properties.value("writeCapacityUnits").toLongLong(), 10);
        QCOMPARE(t.properties.value("pointInTimeRecovery").toBool(), true);
        QCOMPARE(t.properties.value("globalTableRegions").toList(),
                 (QVariantList{QStringLiteral("us-west-2"), QStringLiteral("eu-west-1")}));
        QCOMPARE(d.regions.size(), 3);
        QVERIFY(warned(r, "aws_dynamodb_table.sessions: a plan does not say how much data the "
                          "table stores; set its storage."));
    }

    void elastiCache()
    {
        const ImportResult r = importFixture(QStringLiteral("elasticache.json"));
        QVERIFY2(r.design, qPrintable(r.error));
        const model::Design &d = *r.design;
        verifyValid(d);
        const QString sessions = QStringLiteral("aws_elasticache_replication_group.sessions");
        QCOMPARE(prop(d, sessions, "engine").toString(), QStringLiteral("redis"));
        QCOMPARE(prop(d, sessions, "deployment").toString(), QStringLiteral("node-based"));
        QCOMPARE(prop(d, sessions, "nodeType").toString(), QStringLiteral("cache.r7g.large"));
        QCOMPARE(prop(d, sessions, "replicasPerShard").toLongLong(), 2);
        QVERIFY(!componentIn(d, sessions).properties.contains("shards"));
        QCOMPARE(prop(d, sessions, "multiAz").toBool(), true);
        QVERIFY(componentIn(d, sessions).placement == zonal("us-east-1", "us-east-1b"));

        const QString catalog = QStringLiteral("aws_elasticache_replication_group.catalog");
        QCOMPARE(prop(d, catalog, "engine").toString(), QStringLiteral("valkey"));
        QCOMPARE(prop(d, catalog, "shards").toLongLong(), 3);
        QCOMPARE(prop(d, catalog, "replicasPerShard").toLongLong(), 1);
        QCOMPARE(prop(d, catalog, "multiAz").toBool(), true);
        QVERIFY(componentIn(d, catalog).placement == zonal("us-east-1", "us-east-1a"));
        QVERIFY(warned(r, "aws_elasticache_replication_group.catalog: its availability zone is "
                          "unknown until apply; it is placed in us-east-1a."));

        const QString memo = QStringLiteral("aws_elasticache_cluster.memo");
        QCOMPARE(prop(d, memo, "engine").toString(), QStringLiteral("memcached"));
        QCOMPARE(prop(d, memo, "shards").toLongLong(), 3);
        QVERIFY(componentIn(d, memo).placement == zonal("us-east-1", "us-east-1c"));
        QVERIFY(warnedContaining(r, memo, "Memcached nodes are modelled as shards"));

        const QString api = QStringLiteral("aws_elasticache_serverless_cache.api");
        QCOMPARE(componentIn(d, api).name, QStringLiteral("api-cache"));
        QCOMPARE(prop(d, api, "deployment").toString(), QStringLiteral("serverless"));
        QCOMPARE(prop(d, api, "dataGiB").toDouble(), 10.0);
        QVERIFY(componentIn(d, api).placement == regional("us-east-1"));
        QVERIFY(warnedContaining(r, api, "its limit, 10 GB"));
    }

    void modulesCountAndForEach()
    {
        const ImportResult r = importFixture(QStringLiteral("modules.json"));
        QVERIFY2(r.design, qPrintable(r.error));
        const model::Design &d = *r.design;
        verifyValid(d);
        QCOMPARE(d.components.size(), 4);
        QCOMPARE(importedAs(r, "module.data.aws_db_instance.db[0]"),
                 QStringLiteral("module.data.aws_db_instance.db-0"));
        QCOMPARE(importedAs(r, "module.data.module.cache.aws_dynamodb_table.t[\"users\"]"),
                 QStringLiteral("module.data.module.cache.aws_dynamodb_table.t-users"));
        // The region from the provider's variable, the zone unknown until apply.
        QCOMPARE(d.regions.size(), 1);
        QCOMPARE(d.regions.first().code.value(), QStringLiteral("eu-west-1"));
        const model::Component &second = componentIn(d, "module.data.aws_db_instance.db-1");
        QCOMPARE(second.name, QStringLiteral("module.data.aws_db_instance.db[1]"));
        QVERIFY(second.placement == zonal("eu-west-1", "eu-west-1a"));
        QVERIFY(warned(r, "module.data.aws_db_instance.db[1]: its availability zone is unknown "
                          "until apply; it is placed in eu-west-1a."));
        QCOMPARE(componentIn(d, "module.data.module.cache.aws_dynamodb_table.t-orders").name,
                 QStringLiteral("orders"));
        QCOMPARE(prop(d, "module.data.module.cache.aws_dynamodb_table.t-orders", "capacityMode")
                     .toString(),
                 QStringLiteral("on-demand"));
    }

    void state()
    {
        const ImportResult r = importFixture(QStringLiteral("state.json"));
        QVERIFY2(r.design, qPrintable(r.error));
        const model::Design &d = *r.design;
        verifyValid(d);
        QVERIFY(d.description.contains("state"));
        const model::Component &app = componentIn(d, "aws_db_instance.app");
        QCOMPARE(app.properties.value("engine").toString(), QStringLiteral("mariadb"));
        QVERIFY(app.placement == zonal("eu-central-1", "eu-central-1b"));
        QCOMPARE(app.properties.value("standbyZone").toString(), QStringLiteral("eu-central-1a"));
        QCOMPARE(app.properties.value("storageGiB").toLongLong(), 50);
        QVERIFY(warned(r, "aws_db_instance.app: its storage throughput (125 MiB/s) is not "
                          "modelled."));
        // Its region from its ARN, as the state has no configuration.
        const QString cache = QStringLiteral("module.cache.aws_elasticache_replication_group.this");
        QVERIFY(componentIn(d, cache).placement == zonal("eu-central-1", "eu-central-1a"));
        QCOMPARE(prop(d, cache, "replicasPerShard").toLongLong(), 1);
        QVERIFY(warned(r, cache + ": it names no availability zone; it is placed in "
                                  "eu-central-1a."));
        QVERIFY(skippedReason(r, "data.aws_region.current").contains("data source"));
    }

    void skippedResources()
    {
        const ImportResult r = importFixture(QStringLiteral("skipped.json"));
        QVERIFY2(r.design, qPrintable(r.error));
        QCOMPARE(r.design->components.size(), 1);
        QCOMPARE(importedAs(r, "aws_dynamodb_table.kept"),
                 QStringLiteral("aws_dynamodb_table.kept"));
        QCOMPARE(skippedReason(r, "aws_lambda_function.api"),
                 QStringLiteral("aws_lambda_function is not a resource ArchStudio models."));
        QCOMPARE(skippedReason(r, "data.aws_caller_identity.current"),
                 QStringLiteral("A data source is read, not managed: it is not part of the "
                                "design."));
        QCOMPARE(skippedReason(r, "aws_db_instance.old"), QStringLiteral("The plan deletes it."));
        QCOMPARE(r.skipped.size(), 3);
    }

    void wrongValueTypes()
    {
        // Values of the wrong type or outside the kind's range are reported, not imported.
        const ImportResult r = importFixture(QStringLiteral("wrong-types.json"));
        QVERIFY2(r.design, qPrintable(r.error));
        verifyValid(*r.design);
        const model::Component &db = componentIn(*r.design, "aws_db_instance.db");
        QVERIFY(!db.properties.contains("storageGiB"));
        QVERIFY(!db.properties.contains("deployment"));
        QVERIFY(warned(r, "aws_db_instance.db: allocated_storage is a string, not a number; it "
                          "is ignored."));
        QVERIFY(warned(r, "aws_db_instance.db: multi_az is a string, not true or false; it is "
                          "ignored."));
        QVERIFY(!componentIn(*r.design, "aws_db_instance.huge").properties.contains("storageGiB"));
        QVERIFY(warnedContaining(r,
                                 "aws_db_instance.huge: allocated_storage = 1000000 cannot be "
                                 "used",
                                 "left at the default"));
        QCOMPARE(skippedReason(r, "aws_db_instance.odd"),
                 QStringLiteral("Its instance class \"large\" is not one ArchStudio models."));
    }
};

QTEST_GUILESS_MAIN(TestTerraformImport)
#include "tst_terraformimport.moc"
