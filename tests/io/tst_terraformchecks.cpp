#include "io/terraformfixtures.h"
#include "support/enginefixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace archstudio;
using namespace archstudio::test::terraform;
using io::ImportResult;

/// What the Terraform import refuses (malformed files, hostile inputs) and what it must get
/// right to the cent: plans describing the engine's worked examples.
class TestTerraformChecks : public QObject
{
    Q_OBJECT

private slots:
    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad syntax") << "bad-syntax.json"
                                    << "bad-syntax.json: line 5, column 56: invalid JSON syntax";
        QTest::newRow("truncated") << "truncated.json"
                                   << "truncated.json: line 15, column 14: the JSON text ends too "
                                      "early (truncated?)";
        QTest::newRow("array") << "array.json"
                               << "array.json: not a Terraform plan or state (expected the output "
                                  "of terraform show -json: the file holds an array, not an "
                                  "object)";
        QTest::newRow("no root module")
            << "no-root-module.json"
            << "no-root-module.json: not a Terraform plan or state (expected the output of "
               "terraform show -json: planned_values has no root_module)";
        QTest::newRow("resources not an array")
            << "resources-not-array.json"
            << "resources-not-array.json: not a Terraform plan or state (expected the output of "
               "terraform show -json: planned_values.root_module.resources is an object, not an "
               "array)";
        QTest::newRow("a design") << "not-a-plan.json"
                                  << "not-a-plan.json: not a Terraform plan or state (expected "
                                     "the output of terraform show -json: it has no "
                                     "format_version)";
    }

    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        const ImportResult r = importFixture(file);
        QCOMPARE(r.error, error);
        QVERIFY(!r.design);
        QVERIFY(r.imported.isEmpty());
    }

    void hostileInputs()
    {
        QVERIFY(importBytes({}, "empty.json").error.startsWith("empty.json: line 1, column 1"));
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        QVERIFY(importBytes(deep, "deep.json").error.contains("nested more than"));
        QVERIFY(!importBytes("\"text\"", "s.json").design);
        QVERIFY(!importBytes("{\"format_version\": \"1.2\"}", "f.json").design);
        // Every prefix and byte of each plan either imports a valid design or gives an error.
        const QStringList files = QDir(QStringLiteral(ARCHSTUDIO_TEST_DATA "/terraform"))
                                      .entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 15);
        for (const QString &file : files) {
            const QByteArray json = fixture(file);
            for (qsizetype cut = 0; cut < json.size(); cut += 97) {
                const ImportResult r = importBytes(json.left(cut), file);
                QVERIFY(r.design.has_value() != !r.error.isEmpty());
            }
            for (qsizetype at = 0; at < json.size(); at += 61) {
                QByteArray changed = json;
                changed[at] = "\"{}[]:,0a"[at % 9];
                const ImportResult r = importBytes(changed, file);
                QVERIFY(r.design.has_value() != !r.error.isEmpty());
                if (r.design)
                    verifyValid(*r.design);
            }
        }
    }

    void idsAreUniqueAndAllowed()
    {
        // Three for_each keys that sanitise to one id; a state without any region.
        QJsonArray resources;
        for (const QString &key :
             {QStringLiteral("a b"), QStringLiteral("a-b"), QStringLiteral("a/b")}) {
            resources.append(
                QJsonObject{{"address", QStringLiteral("aws_dynamodb_table.t[\"%1\"]").arg(key)},
                            {"mode", "managed"},
                            {"type", "aws_dynamodb_table"},
                            {"name", "t"},
                            {"index", key},
                            {"provider_name", "registry.terraform.io/hashicorp/aws"},
                            {"values", QJsonObject{{"billing_mode", "PAY_PER_REQUEST"}}}});
        }
        const QJsonObject state{
            {"format_version", "1.0"},
            {"values", QJsonObject{{"root_module", QJsonObject{{"resources", resources}}}}}};
        const ImportResult r =
            importBytes(QJsonDocument(state).toJson(QJsonDocument::Compact), "ids.json");
        QVERIFY2(r.design, qPrintable(r.error));
        QCOMPARE(r.imported.size(), 3);
        QCOMPARE(r.imported.at(0).component.value(), QStringLiteral("aws_dynamodb_table.t-a-b"));
        QCOMPARE(r.imported.at(1).component.value(), QStringLiteral("aws_dynamodb_table.t-a-b-2"));
        QCOMPARE(r.imported.at(2).component.value(), QStringLiteral("aws_dynamodb_table.t-a-b-3"));
        // Nothing says the region: the catalog's reference region, said once a resource.
        QCOMPARE(r.design->regions.size(), 1);
        QCOMPARE(r.design->regions.first().code.value(), QStringLiteral("us-east-1"));
        QVERIFY(r.warnings.contains("aws_dynamodb_table.t[\"a b\"]: the file does not say its "
                                    "region; it is placed in us-east-1."));
    }

    void manyResourcesImportQuickly()
    {
        // Thousands of clusters, each with instances naming it only through the
        // configuration, and of replicas: looked up by index, not by pairs.
        const int n = 3000;
        QJsonArray values;
        QJsonArray configured;
        QJsonArray changes;
        for (int i = 0; i < n; ++i) {
            const QString cluster = QStringLiteral("aws_rds_cluster.c%1").arg(i);
            values.append(QJsonObject{{"address", cluster},
                                      {"mode", "managed"},
                                      {"type", "aws_rds_cluster"},
                                      {"name", QStringLiteral("c%1").arg(i)},
                                      {"provider_name", "registry.terraform.io/hashicorp/aws"},
                                      {"values", QJsonObject{{"engine", "aurora-mysql"}}}});
            for (int k = 0; k < 2; ++k) {
                const QString instance =
                    QStringLiteral("aws_rds_cluster_instance.i%1[%2]").arg(i).arg(k);
                values.append(
                    QJsonObject{{"address", instance},
                                {"mode", "managed"},
                                {"type", "aws_rds_cluster_instance"},
                                {"name", QStringLiteral("i%1").arg(i)},
                                {"index", k},
                                {"provider_name", "registry.terraform.io/hashicorp/aws"},
                                {"values", QJsonObject{{"instance_class", "db.r6g.large"},
                                                       {"availability_zone", "us-east-1b"}}}});
                changes.append(QJsonObject{
                    {"address", instance},
                    {"change",
                     QJsonObject{{"actions", QJsonArray{"create"}},
                                 {"after_unknown", QJsonObject{{"cluster_identifier", true}}}}}});
            }
            configured.append(QJsonObject{
                {"address", QStringLiteral("aws_rds_cluster_instance.i%1").arg(i)},
                {"provider_config_key", "aws"},
                {"expressions", QJsonObject{{"cluster_identifier",
                                             QJsonObject{{"references", QJsonArray{cluster + ".id",
                                                                                   cluster}}}}}}});
        }
        const QJsonObject plan{
            {"format_version", "1.2"},
            {"planned_values", QJsonObject{{"root_module", QJsonObject{{"resources", values}}}}},
            {"resource_changes", changes},
            {"configuration",
             QJsonObject{
                 {"provider_config",
                  QJsonObject{
                      {"aws", QJsonObject{{"name", "aws"},
                                          {"expressions",
                                           QJsonObject{{"region", QJsonObject{{"constant_value",
                                                                               "us-east-1"}}}}}}}}},
                 {"root_module", QJsonObject{{"resources", configured}}}}}};
        QElapsedTimer timer;
        timer.start();
        const ImportResult r =
            importBytes(QJsonDocument(plan).toJson(QJsonDocument::Compact), "many.json");
        QVERIFY2(r.design, qPrintable(r.error));
        QCOMPARE(r.design->components.size(), 3 * n);
        QVERIFY(r.skipped.isEmpty());
        QCOMPARE(prop(*r.design, "aws_rds_cluster_instance.i2999-1", "cluster").toString(),
                 QStringLiteral("aws_rds_cluster.c2999"));
        QCOMPARE(prop(*r.design, "aws_rds_cluster_instance.i2999-0", "role").toString(),
                 QStringLiteral("writer"));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    // A plan describing a worked example's database prices as the example does.
    void goldenCosts_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QString>("goldenId");
        QTest::addColumn<QString>("importedId");
        QTest::addColumn<QStringList>("notInPlans");
        QTest::newRow("RDS Multi-AZ") << "golden-rds-multi-az.json"
                                      << "example2-rds-multi-az.json"
                                      << "db"
                                      << "aws_db_instance.db" << QStringList{"backupGiB"};
        QTest::newRow("DynamoDB on-demand")
            << "golden-dynamodb-on-demand.json"
            << "example3-dynamodb-on-demand.json"
            << "table"
            << "aws_dynamodb_table.table" << QStringList{"storageGiB"};
    }

    void goldenCosts()
    {
        QFETCH(QString, plan);
        QFETCH(QString, golden);
        QFETCH(QString, goldenId);
        QFETCH(QString, importedId);
        QFETCH(QStringList, notInPlans);
        const model::Design expected = test::loadEngineDesign(golden);
        const ImportResult r = importFixture(plan);
        QVERIFY2(r.design, qPrintable(r.error));
        model::Design design = *r.design;
        QVERIFY(design.regions == expected.regions);

        const model::Component &want = componentIn(expected, goldenId);
        model::Component &got =
            design.components[design.indexOfComponent(model::ComponentId(importedId))];
        QCOMPARE(got.kind, want.kind);
        QVERIFY(got.placement == want.placement);
        // What a plan cannot say (usage: backups beyond the free allowance, data stored) is
        // the golden's; everything else is imported as the golden has it.
        for (const QString &name : notInPlans) {
            QVERIFY(!got.properties.contains(name));
            got.properties.insert(name, want.properties.value(name));
        }
        QVERIFY2(got.properties == want.properties,
                 qPrintable(QStringList(got.properties.keys()).join(',') + " vs " +
                            QStringList(want.properties.keys()).join(',')));
        // The golden's workloads, pointed at the imported component (got is invalidated by
        // the appends).
        const model::ComponentId gotId = got.id;
        for (const model::Component &c : expected.components) {
            if (c.kind == QLatin1String("workload"))
                design.components.append(c);
        }
        for (model::Link link : expected.links) {
            if (link.from.value() == goldenId)
                link.from = gotId;
            if (link.to.value() == goldenId)
                link.to = gotId;
            design.links.append(link);
        }
        verifyValid(design);
        const engine::Evaluation a = test::evaluateDesign(design);
        const engine::Evaluation b = test::evaluateDesign(expected);
        QVERIFY(b.totals.monthlyCostUsd > 0.0);
        QVERIFY2(test::within(a.totals.monthlyCostUsd, b.totals.monthlyCostUsd, 1e-9),
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(a.totals.monthlyCostUsd)
                                .arg(b.totals.monthlyCostUsd)));
        QVERIFY(test::within(test::componentOf(a, importedId).monthlyCostUsd,
                             test::componentOf(b, goldenId).monthlyCostUsd, 1e-9));
    }
};

QTEST_GUILESS_MAIN(TestTerraformChecks)
#include "tst_terraformchecks.moc"
