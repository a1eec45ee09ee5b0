// archstudio import terraform|drawio: a design written from another tool's file, laid out,
// with a report of what was imported and skipped; bad input is exit 1 naming the file.
#include "support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using archstudio::test::runArchstudio;
using Run = archstudio::test::CliRun;

QString data(const char *path)
{
    return QStringLiteral(ARCHSTUDIO_TEST_DATA "/") + QLatin1String(path);
}

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    void terraformPlanBecomesAValidDesign()
    {
        const QString out = mDir.filePath(QStringLiteral("aurora.archstudio"));
        const Run run = runArchstudio({QStringLiteral("import"), QStringLiteral("terraform"),
                                       data("terraform/aurora.json"), QStringLiteral("-o"), out,
                                       QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = jsonOf(run.outBytes);
        QCOMPARE(report.value(QStringLiteral("schemaVersion")).toInt(), 1);
        const QJsonArray imported = report.value(QStringLiteral("imported")).toArray();
        QVERIFY(!imported.isEmpty());
        QCOMPARE(report.value(QStringLiteral("workloads")).toInt(), 0);
        QStringList kinds;
        for (const QJsonValue &item : imported)
            kinds << item.toObject().value(QStringLiteral("kind")).toString();
        QVERIFY(kinds.contains(QStringLiteral("aurora-cluster")));
        QVERIFY(kinds.contains(QStringLiteral("aurora-instance")));

        // What was written reads back as a valid design with every component evaluated.
        QCOMPARE(runArchstudio({QStringLiteral("validate"), out}).exitCode, 0);
        const Run evaluated =
            runArchstudio({QStringLiteral("evaluate"), out, QStringLiteral("--json")});
        QCOMPARE(evaluated.exitCode, 0);
        QCOMPARE(jsonOf(evaluated.outBytes).value(QStringLiteral("components")).toArray().size(),
                 imported.size());
        QVERIFY(jsonOf(evaluated.outBytes)
                    .value(QStringLiteral("totals"))
                    .toObject()
                    .value(QStringLiteral("monthlyCostUsd"))
                    .toDouble() > 0.0);
    }

    void theTextReportListsSkippedAndSaysThereIsNoWorkload()
    {
        const QString out = mDir.filePath(QStringLiteral("skipped.json"));
        const Run run = runArchstudio({QStringLiteral("import"), QStringLiteral("terraform"),
                                       data("terraform/skipped.json"), QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("components imported:")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("aws_lambda_function")));
        QVERIFY(run.out.contains(QStringLiteral("The design has no workload")));
        QVERIFY(QFile::exists(out));
    }

    /// terraform show -json plan | archstudio import terraform - -o FILE
    void aPlanOnStandardInput()
    {
        const QString out = mDir.filePath(QStringLiteral("piped.json"));
        const Run run = archstudio::test::runArchstudio(
            {QStringLiteral("import"), QStringLiteral("terraform"), QStringLiteral("-"),
             QStringLiteral("-o"), out, QStringLiteral("--json")},
            [](QProcess &p) { p.setStandardInputFile(data("terraform/rds.json")); });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonOf(run.outBytes).value(QStringLiteral("file")).toString(),
                 QStringLiteral("<stdin>"));
        QVERIFY(!jsonOf(run.outBytes).value(QStringLiteral("imported")).toArray().isEmpty());
        const Run bad = archstudio::test::runArchstudio(
            {QStringLiteral("import"), QStringLiteral("terraform"), QStringLiteral("-"),
             QStringLiteral("-o"), out},
            [](QProcess &p) { p.setStandardInputFile(data("terraform/bad-syntax.json")); });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("<stdin>")), qPrintable(bad.err));
    }

    void drawioDiagramBecomesADesign()
    {
        const QString out = mDir.filePath(QStringLiteral("shop.json"));
        const Run run = runArchstudio({QStringLiteral("import"), QStringLiteral("drawio"),
                                       data("drawio-import/shop-compressed.drawio"),
                                       QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!jsonOf(run.outBytes).value(QStringLiteral("imported")).toArray().isEmpty());
        QCOMPARE(runArchstudio({QStringLiteral("validate"), out}).exitCode, 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = mDir.filePath(QStringLiteral("never.json"));
        QTest::newRow("bad JSON") << QStringList{QStringLiteral("terraform"),
                                                 data("terraform/bad-syntax.json"),
                                                 QStringLiteral("-o"), out}
                                  << 1 << QStringLiteral("bad-syntax.json");
        QTest::newRow("not a plan")
            << QStringList{QStringLiteral("terraform"), data("terraform/not-a-plan.json"),
                           QStringLiteral("-o"), out}
            << 1 << QStringLiteral("not-a-plan.json");
        QTest::newRow("deflate bomb")
            << QStringList{QStringLiteral("drawio"), data("drawio-import/deflate-bomb.drawio"),
                           QStringLiteral("-o"), out}
            << 1 << QStringLiteral("deflate-bomb.drawio");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("terraform"), QStringLiteral("nowhere.json"),
                           QStringLiteral("-o"), out}
            << 1 << QStringLiteral("nowhere.json");
        QTest::newRow("unknown source")
            << QStringList{QStringLiteral("cloudformation"), data("terraform/rds.json"),
                           QStringLiteral("-o"), out}
            << 2 << QStringLiteral("expected terraform or drawio");
        QTest::newRow("output is the input")
            << QStringList{QStringLiteral("terraform"), data("terraform/rds.json"),
                           QStringLiteral("-o"), data("terraform/rds.json")}
            << 2 << QStringLiteral("would destroy it");
        QTest::newRow("output is a device")
            << QStringList{QStringLiteral("terraform"), data("terraform/rds.json"),
                           QStringLiteral("-o"), QStringLiteral("/dev/null")}
            << 2 << QStringLiteral("not a regular file");
        QTest::newRow("no output")
            << QStringList{QStringLiteral("terraform"), data("terraform/rds.json")} << 2
            << QStringLiteral("expected -o FILE");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = runArchstudio(QStringList{QStringLiteral("import")} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("never.json"))));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
