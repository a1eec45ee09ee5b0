// `archstudio templates` and `archstudio new --template` (docs/CLI.md).
#include "support/cliprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using archstudio::test::runArchstudio;
using Run = archstudio::test::CliRun;

} // namespace

class TestCliTemplates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void templatesListsNamesAndTitles()
    {
        const Run run = runArchstudio({"templates"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split('\n');
        QVERIFY(lines.first().startsWith("single-az-starter"));
        QVERIFY(lines.first().contains("Single-AZ starter"));
        QVERIFY(run.out.contains(QRegularExpression("\\ncache-aside +Cache-aside with")));
        QVERIFY(run.out.contains("archstudio new --template NAME -o FILE"));
    }

    void templatesJsonHasASchemaVersionAndEveryTemplate()
    {
        const Run run = runArchstudio({"templates", "--json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value("schemaVersion").toInt(), 1);
        const QJsonArray templates = root.value("templates").toArray();
        QVERIFY(templates.size() >= 12);
        for (const QJsonValue &t : templates) {
            QVERIFY(!t["name"].toString().isEmpty());
            QVERIFY(!t["title"].toString().isEmpty());
            QVERIFY(t["summary"].toString().size() > 100);
        }
        QCOMPARE(templates.first()["name"].toString(), QString("single-az-starter"));
    }

    void newWritesTheTemplateAsADesign_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("archive") << "orders.archstudio";
        QTest::newRow("bare json") << "orders.json";
    }

    void newWritesTheTemplateAsADesign()
    {
        QFETCH(QString, file);
        const QString path = mDir.filePath(file);
        const Run run = runArchstudio({"new", "--template", "rds-multi-az", "-o", path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("RDS Multi-AZ instance"));
        // What it wrote is a valid design that evaluates like the template.
        const Run validate = runArchstudio({"validate", "--strict", path});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.err));
        QVERIFY(validate.out.contains("\"RDS Multi-AZ instance\", 2 components"));
        const Run evaluate = runArchstudio({"evaluate", path, "--json"});
        QCOMPARE(evaluate.exitCode, 0);
        const QJsonObject totals =
            QJsonDocument::fromJson(evaluate.out.toUtf8()).object().value("totals").toObject();
        QVERIFY(totals.value("monthlyCostUsd").toDouble() > 100);
    }

    void newRefusesWhatItCannotDo()
    {
        const Run unknown =
            runArchstudio({"new", "--template", "mainframe", "-o", mDir.filePath("x.json")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("no template \"mainframe\""));
        QVERIFY(unknown.err.contains("cache-aside")); // it says which there are
        const Run noOutput = runArchstudio({"new", "--template", "cache-aside"});
        QCOMPARE(noOutput.exitCode, 2);
        QVERIFY(noOutput.err.contains("expected -o FILE"));
        const Run noTemplate = runArchstudio({"new", "-o", mDir.filePath("y.json")});
        QCOMPARE(noTemplate.exitCode, 2);
        QVERIFY(noTemplate.err.contains("expected --template NAME"));
        QVERIFY(!QFile::exists(mDir.filePath("x.json")));
        const Run unwritable = runArchstudio(
            {"new", "--template", "cache-aside", "-o", mDir.filePath("missing/dir/z.json")});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY(unwritable.err.contains("z.json"));
    }
};

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "tst_cli_templates.moc"
