#include "core/engine/kindplugin.h"
#include "core/engine/kindset.h"
#include "core/model/kindregistry.h"
#include "core/model/propertylabel.h"
#include "support/testkinds.h"

#include <QColor>
#include <QTest>

using namespace archstudio;
using namespace archstudio::model;

namespace {

class FakePlugin : public engine::KindPlugin
{
public:
    QString pluginId() const override { return QStringLiteral("fake"); }
    QString displayName() const override { return QStringLiteral("Fake kinds"); }
    QString version() const override { return QStringLiteral("0.1"); }
    QList<std::shared_ptr<const engine::KindBehaviour>> behaviours() const override { return {}; }
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
        const KindRegistry &registry = test::kinds()->schemas();
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
        const KindSchema *schema = test::kinds()->schemas().schema(kind);
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
        const KindRegistry &r = test::kinds()->schemas();
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
        const KindRegistry &r = test::kinds()->schemas();
        QCOMPARE(r.schema("workload")->placement, PlacementKind::Zones);
        QCOMPARE(r.schema("rds")->placement, PlacementKind::Zone);
        QCOMPARE(r.schema("dynamodb")->placement, PlacementKind::Region);
        QCOMPARE(r.schema("aurora-cluster")->placement, PlacementKind::Region);
        QCOMPARE(r.schema("elasticache")->regionalWhenValue, QStringLiteral("serverless"));
    }

    void pluginsAddKindsAndClashesAreReported()
    {
        engine::KindSet kinds = *engine::KindSet::linked();
        const QStringList messages = kinds.add(FakePlugin());
        QVERIFY(kinds.schemas().isKnown("self-hosted-postgres"));
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QStringLiteral("\"rds\" of plugin \"fake\"")),
                 qPrintable(messages.first()));
        QVERIFY(kinds.schemas().schema("rds")->properties.size() > 0); // the first is kept
        QCOMPARE(kinds.plugins().last().kinds, QStringList{"self-hosted-postgres"});
    }

    void everyKindSaysHowItIsDrawnAndLinked()
    {
        const KindRegistry &r = test::kinds()->schemas();
        for (const KindSchema &schema : r.schemas()) {
            QVERIFY2(QColor::fromString(schema.colour).isValid(), qPrintable(schema.kind));
            QVERIFY2(!schema.icon.isEmpty(), qPrintable(schema.kind));
            QVERIFY2(!schema.drawioStyle.isEmpty(), qPrintable(schema.kind));
            for (const QString &name : schema.cardProperties)
                QVERIFY2(schema.property(name), qPrintable(schema.kind + ": " + name));
        }
        // Only a workload starts links; a cache and a read replica serve reads only.
        QVERIFY(r.schema("workload")->startsLinks);
        QVERIFY(!r.schema("rds")->startsLinks);
        QCOMPARE(r.schema("elasticache")->linkTraffic, Traffic::Reads);
        QCOMPARE(r.schema("rds-replica")->linkTraffic, Traffic::Reads);
        QCOMPARE(r.schema("rds")->linkTraffic, Traffic::ReadsWrites);
        QCOMPARE(r.schema("rds")->cardProperties.first(), QStringLiteral("instanceClass"));
    }

    void aValueIsTheComponentsOwnElseTheSchemasDefault()
    {
        const std::shared_ptr<const engine::KindSet> kinds = engine::KindSet::linked();
        const KindSchema *workload = kinds->schemas().schema("workload");
        PropertyMap values;
        QCOMPARE(workload->valueOf("itemSizeKiB", values).toDouble(), 1.0);
        values.insert("itemSizeKiB", 4.0);
        QCOMPARE(workload->valueOf("itemSizeKiB", values).toDouble(), 4.0);
        values.insert("itemSizeKiB", QVariant::fromValue(nullptr)); // JSON null: unset
        QCOMPARE(workload->valueOf("itemSizeKiB", values).toDouble(), 1.0);
        QVERIFY(!workload->valueOf("noSuchProperty", values).isValid());
    }

    void aNullConditionReadsAsItsDefault()
    {
        const std::shared_ptr<const engine::KindSet> kinds = engine::KindSet::linked();
        const KindSchema *cache = kinds->schemas().schema("elasticache");
        QVERIFY(cache);
        // A node type applies to a node-based cache, the deployment's default.
        QVERIFY(cache->applies("nodeType", {}));
        QVERIFY(cache->applies("nodeType", {{"deployment", QVariant::fromValue(nullptr)}}));
        QVERIFY(!cache->applies("nodeType", {{"deployment", "serverless"}}));
    }

    void labelsSpellAcronymsAsWritten()
    {
        PropertySchema p;
        p.name = QStringLiteral("ebsType");
        QCOMPARE(propertyLabel(p), QStringLiteral("EBS type"));
        p.name = QStringLiteral("provisionedIops");
        QCOMPARE(propertyLabel(p), QStringLiteral("Provisioned IOPS"));
    }

    void unknownKindIsUnknown()
    {
        QVERIFY(!test::kinds()->schemas().isKnown("gcp.cloudsql"));
        QVERIFY(!test::kinds()->schemas().schema("gcp.cloudsql"));
    }
};

QTEST_GUILESS_MAIN(TestKindRegistry)
#include "tst_kindregistry.moc"
