// archstudio simulate and archstudio montecarlo end to end: exit codes, the JSON documents
// of docs/CLI.md, and the tables for people.

#include "support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using archstudio::test::CliRun;
using archstudio::test::runArchstudio;

QString data(const QString &name)
{
    return QStringLiteral(ARCHSTUDIO_TEST_DATA "/simulation/") + name;
}

QJsonObject outcomeOf(const QJsonObject &root, const QString &workload)
{
    for (const QJsonValue &o : root.value("outcomes").toArray()) {
        if (o.toObject().value("workload").toString() == workload)
            return o.toObject();
    }
    return {};
}

} // namespace

class TestCliSimulate : public QObject
{
    Q_OBJECT

private slots:
    void simulateJson()
    {
        const CliRun run = runArchstudio({"simulate", data("rds-multi-az-instance.json"), "--fail",
                                          "zone:us-east-1a", "--json"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.outBytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value("failure").toString(), QString("zone:us-east-1a"));
        const QJsonObject app = outcomeOf(root, "app");
        const double outage = app.value("writeOutageSeconds").toDouble();
        QVERIFY2(outage >= 60 && outage <= 120, qPrintable(QString::number(outage)));
        QCOMPARE(app.value("dataAtRiskSeconds").toDouble(), 0.0);
        // Events in time order, with their kinds; intervals cover the timeline end to end.
        double last = -1;
        QStringList kinds;
        for (const QJsonValue &e : root.value("events").toArray()) {
            QVERIFY(e.toObject().value("atSeconds").toDouble() >= last);
            last = e.toObject().value("atSeconds").toDouble();
            kinds << e.toObject().value("kind").toString();
        }
        QVERIFY(kinds.contains("detection") && kinds.contains("promotion") &&
                kinds.contains("dns-update") && kinds.contains("recovery"));
        const QJsonArray intervals = root.value("intervals").toArray();
        QVERIFY(intervals.size() >= 3);
        for (qsizetype i = 1; i < intervals.size(); ++i)
            QCOMPARE(intervals.at(i).toObject().value("startSeconds").toDouble(),
                     intervals.at(i - 1).toObject().value("endSeconds").toDouble());
        const QJsonObject during =
            intervals.at(1).toObject().value("workloads").toArray().at(0).toObject();
        QCOMPARE(during.value("write").toObject().value("availability").toDouble(), 0.0);
        QCOMPARE(intervals.at(1)
                     .toObject()
                     .value("components")
                     .toArray()
                     .at(1)
                     .toObject()
                     .value("condition")
                     .toString(),
                 QString("down"));
    }

    void simulateText()
    {
        const CliRun run =
            runArchstudio({"simulate", data("rds-single-az.json"), "--fail", "zone:us-east-1a"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("rebuilt in us-east-1b from a backup"), qPrintable(run.out));
        QVERIFY(run.out.contains("Outcome per workload"));
        QVERIFY(run.out.contains("5.0 min")); // data at risk
    }

    void simulateErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString file = data("rds-single-az.json");
        QTest::newRow("no --fail") << QStringList{"simulate", file} << 2 << "--fail expects";
        QTest::newRow("bad scope")
            << QStringList{"simulate", file, "--fail", "rack:1"} << 2 << "got \"rack:1\"";
        QTest::newRow("unknown zone")
            << QStringList{"simulate", file, "--fail", "zone:us-east-1z"} << 1
            << "rds-single-az.json: error: --fail zone:us-east-1z: the design has no Availability "
               "Zone \"us-east-1z\"";
        QTest::newRow("missing file")
            << QStringList{"simulate", data("nope.json"), "--fail", "zone:a"} << 1 << "nope.json";
        QTest::newRow("bad load factor")
            << QStringList{"simulate", file, "--fail", "zone:a", "--load-factor", "-1"} << 2
            << "--load-factor expects a number";
    }

    void simulateErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun run = runArchstudio(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void monteCarloJson()
    {
        const CliRun run = runArchstudio({"montecarlo", data("rds-single-az.json"), "--years",
                                          "20000", "--seed", "5", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.outBytes).object();
        QCOMPARE(root.value("years").toInt(), 20000);
        QCOMPARE(root.value("seed").toInt(), 5);
        const QJsonArray ops = root.value("operations").toArray();
        QCOMPARE(ops.size(), 2); // reads and writes of app
        for (const QJsonValue &v : ops) {
            const QJsonObject op = v.toObject();
            const QJsonArray interval = op.value("confidence95").toArray();
            const double exact = op.value("exactModelled").toDouble();
            QVERIFY(interval.at(0).toDouble() <= exact && exact <= interval.at(1).toDouble());
            QCOMPARE(op.value("agreesWithExact").toBool(), true);
            QVERIFY(op.value("downtimeMinutesPerYear").toObject().value("p99").toDouble() > 0);
        }
        // The same seed gives the same figures; another seed does not.
        const CliRun again = runArchstudio({"montecarlo", data("rds-single-az.json"), "--years",
                                            "20000", "--seed", "5", "--json", "--threads", "1"});
        const QJsonObject second = QJsonDocument::fromJson(again.outBytes).object();
        QCOMPARE(second.value("operations").toArray().at(0).toObject().value("availability"),
                 ops.at(0).toObject().value("availability"));
    }

    void variantsAreChosenByName()
    {
        const QString file =
            QStringLiteral(ARCHSTUDIO_TEST_DATA "/variants/orders-two-variants.json");
        const auto rtoOfDb = [&](const QStringList &extra) {
            const CliRun run = runArchstudio(QStringList{"evaluate", file, "--json"} + extra);
            const QJsonObject root = QJsonDocument::fromJson(run.outBytes).object();
            for (const QJsonValue &c : root.value("components").toArray()) {
                if (c.toObject().value("id").toString() == "db")
                    return c.toObject().value("rtoSeconds").toDouble();
            }
            return -1.0;
        };
        const double baseline = rtoOfDb({});
        const double multiAz = rtoOfDb({"--variant", "Multi-AZ"});
        QCOMPARE(rtoOfDb({"--variant", "Baseline"}), baseline);
        QVERIFY2(multiAz > 0 && multiAz < baseline,
                 qPrintable(QString("%1 vs %2").arg(multiAz).arg(baseline)));

        const CliRun sim = runArchstudio(
            {"simulate", file, "--fail", "zone:us-east-1a", "--variant", "Multi-AZ", "--json"});
        QCOMPARE(sim.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(sim.outBytes).object();
        QVERIFY(outcomeOf(root, "app").value("writeOutageSeconds").toDouble() <= 120);

        const CliRun unknown = runArchstudio({"montecarlo", file, "--variant", "Nope"});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("--variant Nope: the design has no such variant; it has "
                                      "Baseline, Multi-AZ"),
                 qPrintable(unknown.err));
    }

    void monteCarloErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString file = data("rds-single-az.json");
        QTest::newRow("zero years")
            << QStringList{"montecarlo", file, "--years", "0"} << "--years expects a number from 1";
        QTest::newRow("target above 1") << QStringList{"montecarlo", file, "--target", "2"}
                                        << "--target expects a number from 0 to 1";
        QTest::newRow("seed") << QStringList{"montecarlo", file, "--seed", "x"} << "--seed expects";
    }

    void monteCarloErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = runArchstudio(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // Issue 20, F5: these ran for ever (or for minutes) and grew memory; now the overrides are
    // refused when the design is read, and figures that reach the engine another way (an
    // imported catalog) stop at the cap on events per simulated year. Both exit 1.
    void monteCarloRefusesImplausibleOverrides_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("1e300 a year, 1e-300 hours") << "override-failure-rate-extreme.json";
        QTest::newRow("100,000 a year") << "override-failure-rate-high.json";
    }

    void monteCarloRefusesImplausibleOverrides()
    {
        QFETCH(QString, file);
        const QString path = QStringLiteral(ARCHSTUDIO_TEST_DATA "/malformed/") + file;
        const CliRun run = runArchstudio({"montecarlo", path, "--years", "100"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path + ": error: catalogOverrides.failure.az.per-year: ") &&
                     run.err.contains("outside the plausible range of 0 to 365 1/year"),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void monteCarloStopsAtTheEventCap()
    {
        QTemporaryDir dir;
        const QString catalog = dir.filePath("extreme.json");
        QFile file(catalog);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "archstudio-catalog", "formatVersion": 1, "id": "aws",
            "sources": {"x": {"tier": "E", "title": "Estimate: a hostile file"}},
            "entries": {
              "failure.az.per-year": {"value": 1e300, "unit": "1/year", "source": "x"},
              "failure.az.duration-hours": {"value": 1e-300, "unit": "hour", "source": "x"}}})");
        file.close();
        const CliRun run = runArchstudio(
            {"montecarlo", data("rds-single-az.json"), "--years", "10", "--catalog", catalog});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("the simulation stopped: a simulated year took more than"),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSimulate)
#include "tst_cli_simulate.moc"
