#include "support/cliprocess.h"
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using archstudio::test::runArchstudio;
using Run = archstudio::test::CliRun;

QString offer(const char *name)
{
    return QStringLiteral(ARCHSTUDIO_TEST_DATA "/offers/") + QLatin1String(name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestCliCatalog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void helpListsTheCatalogCommands()
    {
        const Run run = runArchstudio({"--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(
            QStringLiteral("archstudio catalog import OFFER.json... -o CATALOG.json")));
        QVERIFY(run.out.contains(QStringLiteral("archstudio catalog show [--json]")));
    }

    void importWritesACatalog()
    {
        const QString out = mDir.filePath("imported.json");
        const Run run = runArchstudio({"catalog", "import", offer("AmazonRDS-small.json"),
                                       offer("AmazonElastiCache-small.json"),
                                       offer("AmazonDynamoDB-small.json"), "-o", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // stderr is a pipe here: no progress line, only the summary.
        QVERIFY(!run.err.contains(QLatin1Char('\r')));
        QVERIFY2(run.err.endsWith(QStringLiteral("imported 37 prices from 3 files\n")),
                 qPrintable(run.err));
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(out));
        QVERIFY(doc.isObject());
        QCOMPARE(doc["format"].toString(), QStringLiteral("archstudio-catalog"));
        QCOMPARE(doc["id"].toString(), QStringLiteral("aws"));
        const QJsonObject entry =
            doc["entries"]["price.us-east-1.rds.instance.postgres.single-az.db.r6g.large"]
                .toObject();
        QCOMPARE(entry["value"].toDouble(), 0.225);
        QCOMPARE(entry["unit"].toString(), QStringLiteral("USD/hour"));
        QCOMPARE(entry["source"].toString(),
                 QStringLiteral("import-AmazonRDS-2025-10-15T12:00:00Z"));
        QCOMPARE(doc["sources"].toObject().size(), 3);
    }

    void failedImportWritesNothing_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated")
            << offer("AmazonRDS-truncated.json") << QStringLiteral("the JSON text ends too early");
        QTest::newRow("non-numeric price") << offer("AmazonElastiCache-badprice.json")
                                           << QStringLiteral("\"0.17x2\" is not a number");
        QTest::newRow("missing") << mDir.filePath("nowhere.json") << QStringLiteral("cannot open");
    }

    void failedImportWritesNothing()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const QString out = mDir.filePath("never.json");
        const Run run = runArchstudio({"catalog", "import", input, "-o", out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(input + QStringLiteral(": ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void existingOutputIsReplacedOnlyOnSuccess()
    {
        const QString out = mDir.filePath("existing.json");
        QVERIFY(writeFile(out, "previous catalog\n"));
        Run run = runArchstudio({"catalog", "import", offer("AmazonDynamoDB-small.json"),
                                 offer("AmazonElastiCache-badprice.json"), "-o", out});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(readFile(out), QByteArray("previous catalog\n"));

        run = runArchstudio({"catalog", "import", offer("AmazonDynamoDB-small.json"), "-o", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.endsWith(QStringLiteral("imported 9 prices from 1 file\n")));
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(out));
        QCOMPARE(doc["entries"]["price.us-east-1.dynamodb.on-demand.read"]["value"].toDouble(),
                 0.125);
    }

    // The import runs through a plugin's price-list importer; --provider picks the plugin.
    void providerNamesThePluginThatImports()
    {
        const QString out = mDir.filePath("provider.json");
        Run run = runArchstudio({"catalog", "import", offer("AmazonDynamoDB-small.json"), "-o", out,
                                 "--provider", "aws"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.endsWith(QStringLiteral("imported 9 prices from 1 file\n")));

        const QString none = mDir.filePath("no-provider.json");
        run = runArchstudio({"catalog", "import", offer("AmazonDynamoDB-small.json"), "-o", none,
                             "--provider", "nosuch"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("\"nosuch\"")) &&
                     run.err.contains(QStringLiteral("aws")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(none));
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString rds = offer("AmazonRDS-small.json");
        QTest::newRow("no subcommand") << QStringList{"catalog"};
        QTest::newRow("unknown subcommand") << QStringList{"catalog", "merge"};
        QTest::newRow("no output") << QStringList{"catalog", "import", rds};
        QTest::newRow("no input") << QStringList{"catalog", "import", "-o", "x.json"};
        QTest::newRow("-o without file") << QStringList{"catalog", "import", rds, "-o"};
        QTest::newRow("--provider without id")
            << QStringList{"catalog", "import", rds, "-o", "x.json", "--provider"};
        QTest::newRow("unknown option")
            << QStringList{"catalog", "import", rds, "-o", "x.json", "--fast"};
        QTest::newRow("show option") << QStringList{"catalog", "show", "--yaml"};
    }

    void badCommandLines()
    {
        QFETCH(QStringList, args);
        const Run run = runArchstudio(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("Usage:")), qPrintable(run.err));
        QVERIFY(!QFile::exists(QStringLiteral("x.json")));
    }

    void showJsonIsTheBundledCatalog()
    {
        const Run run = runArchstudio({"catalog", "show", "--json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        QCOMPARE(doc["id"].toString(), QStringLiteral("aws"));
        QCOMPARE(doc["format"].toString(), QStringLiteral("archstudio-catalog"));
    }

    void showListsEveryEntrySorted()
    {
        const Run json = runArchstudio({"catalog", "show", "--json"});
        const QJsonObject entries =
            QJsonDocument::fromJson(json.out.toUtf8())["entries"].toObject();
        const Run run = runArchstudio({"catalog", "show"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines.takeFirst().startsWith(QStringLiteral("catalog aws ")));
        QVERIFY(lines.takeFirst().startsWith(QStringLiteral("KEY ")));
        QCOMPARE(lines.size(), entries.size());
        QStringList keys;
        for (const QString &line : lines)
            keys << line.section(QLatin1Char(' '), 0, 0);
        QCOMPARE(keys, entries.keys()); // QJsonObject keys come sorted
    }
};

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
