// `-` for standard input wherever a command reads a design, `validate --json`, and the
// schemaVersion every JSON output carries (docs/CLI.md).
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

const QString kArchive = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");
const QString kBareJson = QStringLiteral(ARCHSTUDIO_TEST_DATA "/engine/example2-rds-multi-az.json");

QString malformed(const char *name)
{
    return QStringLiteral(ARCHSTUDIO_TEST_DATA "/malformed/") + QLatin1String(name);
}

/// Runs archstudio with the file as its standard input.
Run withInput(const QStringList &args, const QString &input)
{
    return runArchstudio(args, [input](QProcess &process) { process.setStandardInputFile(input); });
}

QJsonObject jsonOf(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.outBytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(run.out));
    return document.object();
}

} // namespace

class TestCliStdin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    void evaluateReadsStandardInput_data()
    {
        QTest::addColumn<QString>("design");
        QTest::newRow("archive") << kArchive;
        QTest::newRow("design.json") << kBareJson;
    }

    void evaluateReadsStandardInput()
    {
        QFETCH(QString, design);
        const Run fromFile = runArchstudio({"evaluate", design, "--json"});
        const Run fromStdin = withInput({"evaluate", "--json", "-"}, design);
        QCOMPARE(fromFile.exitCode, 0);
        QVERIFY2(fromStdin.exitCode == 0, qPrintable(fromStdin.err));
        QCOMPARE(fromStdin.outBytes, fromFile.outBytes);
        // The text output too, and "-" after "--" is still standard input.
        const Run text = withInput({"evaluate", "--", "-"}, design);
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out, runArchstudio({"evaluate", design}).out);
    }

    void validateReadsStandardInput_data()
    {
        QTest::addColumn<QString>("design");
        QTest::newRow("archive") << kArchive;
        QTest::newRow("design.json") << kBareJson;
    }

    void validateReadsStandardInput()
    {
        QFETCH(QString, design);
        const Run run = withInput({"validate", "-"}, design);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith("<stdin>: valid: \""), qPrintable(run.out));
    }

    void standardInputIsNamedInMessages()
    {
        const Run run = withInput({"validate", "-"}, malformed("bad-enum.json"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("<stdin>: error: components[0].properties.deployment: "),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains("<stdin>: invalid: 1 error"), qPrintable(run.err));

        const Run evaluate = withInput({"evaluate", "-"}, malformed("bad-syntax.json"));
        QCOMPARE(evaluate.exitCode, 1);
        QVERIFY2(evaluate.err.startsWith("<stdin>: error: "), qPrintable(evaluate.err));
    }

    void emptyOrForeignInputIsAnInputError()
    {
        const QString empty = mDir.filePath("empty");
        const QString text = mDir.filePath("text");
        QFile(empty).open(QIODevice::WriteOnly);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello\n");
        file.close();
        for (const QString &input : {empty, text}) {
            const Run run = withInput({"validate", "-"}, input);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.startsWith("<stdin>: error: "), qPrintable(run.err));
        }
        const Run foreign = withInput({"validate", "-"}, text);
        QVERIFY2(foreign.err.contains("standard input is in none of the formats"),
                 qPrintable(foreign.err));
    }

    void standardInputIsBoundedLikeAFile()
    {
        // 65 MiB of zeros (a sparse file): refused once 64 MiB are read, not held whole.
        const QString big = mDir.filePath("big");
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(65LL * 1024 * 1024));
        file.close();
        const Run run = withInput({"evaluate", "-"}, big);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("<stdin>: error: standard input holds more than 64 MiB"),
                 qPrintable(run.err));
    }

    void otherCommandsReadStandardInput()
    {
        const Run simulate =
            withInput({"simulate", "-", "--fail", "zone:us-east-1a", "--json"}, kArchive);
        QVERIFY2(simulate.exitCode == 0, qPrintable(simulate.err));
        const Run montecarlo = withInput({"montecarlo", "-", "--years=200", "--json"}, kArchive);
        QVERIFY2(montecarlo.exitCode == 0, qPrintable(montecarlo.err));
        const QString csv = mDir.filePath("cost.csv");
        const Run exported = withInput({"export", "-", "-o", csv}, kBareJson);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFile::exists(csv));
    }

    void standardInputIsReadOnce()
    {
        const Run run = withInput({"check", "-", "-", "--exercise", kArchive}, kArchive);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("only once"), qPrintable(run.err));
    }

    void validateJsonListsEveryProblem()
    {
        const QString path = malformed("bad-enum.json");
        const Run run = runArchstudio({"validate", "--json", path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject root = jsonOf(run);
        QCOMPARE(root.value("schemaVersion").toInt(), 1);
        QCOMPARE(root.value("file").toString(), path);
        QCOMPARE(root.value("valid").toBool(true), false);
        QCOMPARE(root.value("errors").toInt(), 1);
        QVERIFY(root.value("design").isNull());
        const QJsonArray problems = root.value("problems").toArray();
        QVERIFY(!problems.isEmpty());
        bool found = false;
        for (const QJsonValue &value : problems) {
            const QJsonObject problem = value.toObject();
            for (const char *key : {"file", "path", "severity", "message"})
                QVERIFY2(problem.value(key).isString(), key);
            QCOMPARE(problem.value("file").toString(), path);
            const QString severity = problem.value("severity").toString();
            QVERIFY(severity == "error" || severity == "warning");
            if (problem.value("path").toString() == "components[0].properties.deployment") {
                found = true;
                QCOMPARE(severity, QStringLiteral("error"));
                QVERIFY(problem.value("message").toString().startsWith("unknown value"));
            }
        }
        QVERIFY(found);
    }

    void validateJsonOfAValidDesign()
    {
        const Run run = withInput({"validate", "-", "--json"}, kArchive);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = jsonOf(run);
        QCOMPARE(root.value("schemaVersion").toInt(), 1);
        QCOMPARE(root.value("file").toString(), QStringLiteral("<stdin>"));
        QCOMPARE(root.value("valid").toBool(), true);
        QCOMPARE(root.value("errors").toInt(-1), 0);
        QCOMPARE(root.value("design").toObject().value("name").toString(),
                 QStringLiteral("Global storefront"));
        QVERIFY(root.value("design").toObject().value("components").toInt() > 0);
        QVERIFY(root.value("problems").isArray());
    }

    void everyJsonOutputHasASchemaVersion_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("validate") << QStringList{"validate", kArchive, "--json"};
        QTest::newRow("evaluate") << QStringList{"evaluate", kArchive, "--json"};
        QTest::newRow("simulate") << QStringList{"simulate", kArchive, "--fail=zone:us-east-1a",
                                                 "--json"};
        QTest::newRow("montecarlo") << QStringList{"montecarlo", kArchive, "--years=100", "--json"};
        QTest::newRow("catalog show") << QStringList{"catalog", "show", "--json"};
        QTest::newRow("templates") << QStringList{"templates", "--json"};
        QTest::newRow("plugins") << QStringList{"plugins", "--json"};
    }

    void everyJsonOutputHasASchemaVersion()
    {
        QFETCH(QStringList, args);
        const Run run = runArchstudio(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(jsonOf(run).value("schemaVersion").toInt(), 1);
    }

    void theJsonExportHasTheSchemaVersionToo()
    {
        const QString out = mDir.filePath("evaluation.json");
        const Run run = runArchstudio({"export", kArchive, "-o", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value("schemaVersion").toInt(),
                 1);
    }

    void catalogShowJsonStaysACatalogFile()
    {
        const QString catalog = mDir.filePath("shown.json");
        const Run shown = runArchstudio({"catalog", "show", "--json"});
        QCOMPARE(shown.exitCode, 0);
        QFile file(catalog);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(shown.outBytes);
        file.close();
        const Run run = runArchstudio({"evaluate", kArchive, "--catalog=" + catalog});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliStdin)
#include "tst_cli_stdin.moc"
