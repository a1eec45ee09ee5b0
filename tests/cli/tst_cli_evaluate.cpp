#include "support/cliprocess.h"
#include "support/workedexamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using archstudio::test::componentOf;
using Run = archstudio::test::CliRun;
using archstudio::test::runArchstudio;

Run evaluate(const QStringList &args)
{
    return runArchstudio(QStringList{"evaluate"} + args);
}

QJsonObject firstLine(const QByteArray &json, const QString &component)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &c : root.value("components").toArray()) {
        if (c.toObject().value("id").toString() == component)
            return c.toObject().value("lineItems").toArray().at(0).toObject();
    }
    return {};
}

QString data(const QString &name)
{
    return QStringLiteral(ARCHSTUDIO_TEST_DATA "/engine/") + name;
}

} // namespace

class TestCliEvaluate : public QObject
{
    Q_OBJECT

private slots:
    void jsonContractOnTheSample()
    {
        const Run run = evaluate(
            {QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio"), "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.outBytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value("design").toString(), QStringLiteral("Global storefront"));
        QCOMPARE(root.value("catalog").toObject().value("id").toString(), QStringLiteral("aws"));
        QVERIFY(!root.value("catalog").toObject().value("date").toString().isEmpty());
        const QJsonObject totals = root.value("totals").toObject();
        QVERIFY(totals.value("monthlyCostUsd").toDouble() > 0);
        for (const char *key : {"slaFloor", "modelled"}) {
            const double a = totals.value("availability").toObject().value(key).toDouble();
            QVERIFY2(a > 0.99 && a < 1.0, key);
        }
        QVERIFY(totals.contains("worstRtoSeconds") && totals.contains("worstRpoSeconds"));
        QCOMPARE(root.value("workloads").toArray().size(), 2);
        const QJsonObject read =
            root.value("workloads").toArray().at(0).toObject().value("read").toObject();
        QVERIFY(read.value("p50Ms").toDouble() > 0 &&
                read.value("p99Ms").toDouble() >= read.value("p50Ms").toDouble());
        QVERIFY(read.value("availability").toObject().contains("slaFloor"));
        QCOMPARE(root.value("components").toArray().size(), 11);
        const QJsonObject db = componentOf(root, "orders-db");
        for (const char *key : {"monthlyCostUsd", "lineItems", "utilization", "readsPerSecond",
                                "writesPerSecond", "rtoSeconds", "rpoSeconds", "slaFloor"})
            QVERIFY2(db.contains(key), key);
        const QJsonObject line = db.value("lineItems").toArray().at(0).toObject();
        for (const char *key :
             {"description", "quantity", "unit", "unitPriceUsd", "monthlyUsd", "source"})
            QVERIFY2(line.contains(key), key);
        // The total is the sum of the components' bills.
        double sum = 0;
        for (const QJsonValue &c : root.value("components").toArray())
            sum += c.toObject().value("monthlyCostUsd").toDouble();
        QVERIFY(std::abs(sum - totals.value("monthlyCostUsd").toDouble()) < 0.01);
        QVERIFY(root.value("warnings").isArray());
    }

    void workedExamplesWithinOnePercent_data() { archstudio::test::addWorkedExampleRows(); }

    void workedExamplesWithinOnePercent()
    {
        QFETCH(QString, file);
        QFETCH(QString, component);
        QFETCH(double, expected);
        const Run run = evaluate({data(file), "--json"});
        QCOMPARE(run.exitCode, 0);
        const double actual = componentOf(QJsonDocument::fromJson(run.outBytes).object(), component)
                                  .value("monthlyCostUsd")
                                  .toDouble();
        QVERIFY2(std::abs(actual - expected) <= expected * 0.01,
                 qPrintable(QString::number(actual)));
    }

    void saturationIsNullWithAFlag()
    {
        const Run run = evaluate({data("saturated.json"), "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.outBytes).object();
        const QJsonObject read =
            root.value("workloads").toArray().at(0).toObject().value("read").toObject();
        QVERIFY(read.value("p99Ms").isNull());
        QCOMPARE(read.value("saturated").toBool(), true);
        QVERIFY(componentOf(root, "db").value("utilization").toDouble() >= 1.0);
    }

    void loadFactorScalesTheLoad()
    {
        const Run once = evaluate({data("same-az-cache.json"), "--json"});
        const Run triple = evaluate({data("same-az-cache.json"), "--json", "--load-factor", "3"});
        QCOMPARE(triple.exitCode, 0);
        const double r1 = componentOf(QJsonDocument::fromJson(once.outBytes).object(), "db")
                              .value("readsPerSecond")
                              .toDouble();
        const double r3 = componentOf(QJsonDocument::fromJson(triple.outBytes).object(), "db")
                              .value("readsPerSecond")
                              .toDouble();
        QVERIFY(std::abs(r3 - 3 * r1) < 1e-6);
        QCOMPARE(QJsonDocument::fromJson(triple.outBytes).object().value("loadFactor").toDouble(),
                 3.0);
    }

    /// The option is passed on (the engine's own test covers designs big enough to split).
    void threadsDoNotChangeTheOutput()
    {
        const QString sample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");
        const Run byDefault = evaluate({sample, "--json"});
        const Run one = evaluate({sample, "--json", "--threads", "1"});
        const Run four = evaluate({sample, "--json", "--threads", "4"});
        QCOMPARE(byDefault.exitCode, 0);
        QCOMPARE(one.exitCode, 0);
        QVERIFY(!one.outBytes.isEmpty());
        QCOMPARE(one.outBytes, byDefault.outBytes);
        QCOMPARE(four.outBytes, byDefault.outBytes);
    }

    void readableTable()
    {
        const Run run = evaluate({data("example6-composite-sla.json")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.outBytes);
        QVERIFY(text.contains("Monthly cost"));
        QVERIFY(text.contains("SLA floor        99.9400%"));
        QVERIFY(text.contains("Workloads (latency in ms)"));
        QVERIFY(text.contains("Components"));
    }

    void importedCatalogReplacesEstimates()
    {
        const QString design = data("eu-west-1-database.json");
        // Bundled: eu-west-1 has no RDS prices of its own, so us-east-1's times a factor.
        const QJsonObject estimated = firstLine(evaluate({design, "--json"}).outBytes, "db");
        QCOMPARE(estimated.value("catalogKey").toString(),
                 QStringLiteral("price.us-east-1.rds.instance.postgres.single-az.db.r6g.large"));
        QCOMPARE(estimated.value("estimate").toBool(), true);

        QTemporaryDir dir;
        const QString imported = dir.filePath("imported.json");
        const Run import = runArchstudio(
            {"catalog", "import",
             QStringLiteral(ARCHSTUDIO_TEST_DATA "/offers/AmazonRDS-small.json"), "-o", imported});
        QCOMPARE(import.exitCode, 0);
        const Run run = evaluate({design, "--json", "--catalog", imported});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject exact = firstLine(run.outBytes, "db");
        QCOMPARE(exact.value("catalogKey").toString(),
                 QStringLiteral("price.eu-west-1.rds.instance.postgres.single-az.db.r6g.large"));
        QVERIFY(!exact.contains("estimate"));
        QVERIFY(exact.value("source").toString().startsWith("import-AmazonRDS-"));
        QVERIFY(exact.value("unitPriceUsd").toDouble() > 0);

        const Run missing = evaluate({design, "--catalog", dir.filePath("nope.json")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("nope.json: error: cannot open"));
    }

    void commandLineErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad load factor")
            << QStringList{data("saturated.json"), "--load-factor", "lots"} << 2
            << "--load-factor expects";
        QTest::newRow("zero load factor")
            << QStringList{data("saturated.json"), "--load-factor", "0"} << 2
            << "--load-factor expects";
        QTest::newRow("missing value")
            << QStringList{data("saturated.json"), "--load-factor"} << 2 << "needs a value";
        QTest::newRow("no file") << QStringList{"--json"} << 2 << "expected exactly one FILE";
        QTest::newRow("zero threads")
            << QStringList{data("saturated.json"), "--threads", "0"} << 2 << "--threads";
        QTest::newRow("unknown region") << QStringList{data("saturated.json"), "--region", "mars-1"}
                                        << 1 << "not a region of the design";
        QTest::newRow("invalid design")
            << QStringList{QStringLiteral(ARCHSTUDIO_TEST_DATA "/malformed/unknown-zone.json")} << 1
            << "components[0].placement.zone";
    }

    void commandLineErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = evaluate(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliEvaluate)
#include "tst_cli_evaluate.moc"
