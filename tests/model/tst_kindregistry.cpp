#include "core/model/kindregistry.h"

#include <QTest>

using namespace archstudio::model;

namespace {

class FakeProvider : public KindProvider
{
public:
    QString providerId() const override { return QStringLiteral("fake"); }
    QList<KindSchema> kindSchemas() const override
    {
        KindSchema pg;
        pg.kind = QStringLiteral("self-hosted-postgres");
        pg.displayName = QStringLiteral("PostgreSQL on EC2");
        KindSchema clash;
        clash.kind = QStringLiteral("rds");
        return {pg, clash};
    }
};

} // namespace

class TestKindRegistry : public QObject
{
    Q_OBJECT

private slots:
    void builtinHasEveryKindOfTheFormat()
    {
        const KindRegistry &registry = KindRegistry::builtin();
        QCOMPARE(registry.kinds(), (QStringList{"workload", "rds", "rds-replica", "aurora-cluster",
                                                "aurora-instance", "dynamodb", "elasticache"}));
    }

    void schemasDescribeEveryPropertyOfTheFormat_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("properties");
        QTest::newRow("workload") << "workload" << QStringList{"readsPerSecond",  "writesPerSecond",
                                                               "itemSizeKiB",     "peakFactor",
                                                               "readConsistency", "cacheFallback"};
        QTest::newRow("rds") << "rds" << QStringList{"engine",      "instanceClass", "deployment",
                                                     "standbyZone", "storageType",   "storageGiB",
                                                     "iops",        "backupGiB"};
        QTest::newRow("rds-replica")
            << "rds-replica"
            << QStringList{"replicaOf", "instanceClass", "storageType", "storageGiB"};
        QTest::newRow("aurora-cluster")
            << "aurora-cluster" << QStringList{"engine",     "storageConfig",
                                               "storageGiB", "ioRequestsPerMonthMillions",
                                               "backupGiB",  "globalSecondaryRegions"};
        QTest::newRow("aurora-instance")
            << "aurora-instance"
            << QStringList{"cluster", "role",   "instanceClass", "serverlessV2",
                           "minAcu",  "maxAcu", "failoverTier"};
        QTest::newRow("dynamodb") << "dynamodb" << QStringList{"capacityMode",
                                                               "readCapacityUnits",
                                                               "writeCapacityUnits",
                                                               "storageGiB",
                                                               "globalTableRegions",
                                                               "pointInTimeRecovery",
                                                               "dax"};
        QTest::newRow("elasticache")
            << "elasticache"
            << QStringList{"engine",           "deployment", "nodeType", "shards",
                           "replicasPerShard", "multiAz",    "hitRatio", "dataGiB"};
    }

    void schemasDescribeEveryPropertyOfTheFormat()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, properties);
        const KindSchema *schema = KindRegistry::builtin().schema(kind);
        QVERIFY(schema);
        QStringList names;
        for (const PropertySchema &p : schema->properties) {
            names << p.name;
            QVERIFY2(!p.help.isEmpty(), qPrintable(kind + '.' + p.name + " has no help text"));
            if (p.type == PropertyType::Enum) {
                QVERIFY(!p.allowedValues.isEmpty());
                if (p.defaultValue.isValid())
                    QVERIFY(p.allowedValues.contains(p.defaultValue.toString()));
            }
            if (p.minimum && p.maximum)
                QVERIFY(*p.minimum <= *p.maximum);
        }
        QCOMPARE(names, properties);
        QVERIFY(!schema->displayName.isEmpty());
        QVERIFY(!schema->help.isEmpty());
    }

    void defaultsFollowTheFormat()
    {
        const KindRegistry &r = KindRegistry::builtin();
        QCOMPARE(r.schema("workload")->property("itemSizeKiB")->defaultValue.toDouble(), 1.0);
        QCOMPARE(r.schema("workload")->property("readConsistency")->defaultValue.toString(),
                 QStringLiteral("eventual"));
        QCOMPARE(r.schema("workload")->property("cacheFallback")->defaultValue.toBool(), true);
        QCOMPARE(r.schema("rds")->property("storageGiB")->defaultValue.toInt(), 20);
        QCOMPARE(r.schema("rds")->property("storageGiB")->unit, QStringLiteral("GiB"));
        QCOMPARE(r.schema("elasticache")->property("hitRatio")->defaultValue.toDouble(), 0.8);
        QCOMPARE(r.schema("elasticache")->property("shards")->defaultValue.toInt(), 1);
        QCOMPARE(r.schema("aurora-instance")->property("failoverTier")->maximum.value(), 15.0);
        QCOMPARE(r.schema("dynamodb")->property("pointInTimeRecovery")->defaultValue.toBool(),
                 false);
        QVERIFY(r.schema("dynamodb")->property("dax")->nullable);
        QCOMPARE(r.schema("rds-replica")->property("replicaOf")->refKind, QStringLiteral("rds"));
    }

    void placementKinds()
    {
        const KindRegistry &r = KindRegistry::builtin();
        QCOMPARE(r.schema("workload")->placement, PlacementKind::Zones);
        QCOMPARE(r.schema("rds")->placement, PlacementKind::Zone);
        QCOMPARE(r.schema("dynamodb")->placement, PlacementKind::Region);
        QCOMPARE(r.schema("aurora-cluster")->placement, PlacementKind::Region);
        QCOMPARE(r.schema("elasticache")->regionalWhenValue, QStringLiteral("serverless"));
    }

    void providersAddKindsAndClashesAreReported()
    {
        KindRegistry registry = KindRegistry::builtin();
        const QStringList messages = registry.addProvider(FakeProvider());
        QVERIFY(registry.isKnown("self-hosted-postgres"));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().contains(QStringLiteral("\"rds\" from provider \"fake\"")));
        QVERIFY(registry.schema("rds")->properties.size() > 0); // the first schema is kept
    }

    void unknownKindIsUnknown()
    {
        QVERIFY(!KindRegistry::builtin().isKnown("gcp.cloudsql"));
        QVERIFY(!KindRegistry::builtin().schema("gcp.cloudsql"));
    }
};

QTEST_GUILESS_MAIN(TestKindRegistry)
#include "tst_kindregistry.moc"
