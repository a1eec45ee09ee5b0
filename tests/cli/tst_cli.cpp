#include "support/malformedcases.h"

#include "support/cliprocess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace archstudio;

namespace {

using test::runArchstudio;
using Run = test::CliRun;

const QString kSample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void version()
    {
        const Run run = runArchstudio({"--version"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("archstudio 0.1.0\n"));
    }

    void help()
    {
        const Run run = runArchstudio({"--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("archstudio validate FILE [--strict]")));
        QVERIFY(run.err.isEmpty());
    }

    void validateAcceptsTheSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("archive") << kSample;
        QTest::newRow("bare json") << QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json");
    }

    void validateAcceptsTheSamples()
    {
        QFETCH(QString, file);
        for (const QStringList &extra : {QStringList{}, QStringList{"--strict"}}) {
            const Run run = runArchstudio(QStringList{"validate", file} + extra);
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.out,
                     file + QStringLiteral(": valid: \"Global storefront\", 11 components, "
                                           "8 links, 2 regions\n"));
            QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        }
    }

    void validateRefusesMalformedInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("message");
        for (const test::MalformedCase &c : test::jsonCases(QStringLiteral(ARCHSTUDIO_TEST_DATA)) +
                                                test::archiveCases(mDir.path())) {
            // Each problem is one line: "FILE: error: PATH: message" ("FILE: error: message"
            // for problems of the whole file).
            QString prefix = c.path + QStringLiteral(": error: ");
            if (!c.expectedPath.isEmpty())
                prefix += c.expectedPath + QStringLiteral(": ");
            QTest::newRow(qPrintable(c.name)) << c.path << prefix << c.expectedMessage;
        }
    }

    void validateRefusesMalformedInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, prefix);
        QFETCH(QString, message);
        const Run run = runArchstudio({"validate", file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QStringList lines = run.err.split(QLatin1Char('\n'));
        const bool found = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.startsWith(prefix) && line.contains(message);
        });
        QVERIFY2(
            found,
            qPrintable(QStringLiteral("no line \"%1…%2…\" in:\n%3").arg(prefix, message, run.err)));
        // The closing line counts the errors.
        QVERIFY(run.err.endsWith(QStringLiteral("\n")));
        QVERIFY(lines.value(lines.size() - 2).startsWith(file + QStringLiteral(": invalid: ")));
    }

    void strictTurnsWarningsIntoErrors()
    {
        const QString path = mDir.filePath(QStringLiteral("warnings.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "archstudio-design", "formatVersion": 1, "colour": "blue",
                    "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}], "components": []})");
        f.close();

        const Run lenient = runArchstudio({"validate", path});
        QCOMPARE(lenient.exitCode, 0);
        QVERIFY(lenient.err.contains(path + QStringLiteral(": warning: colour: unknown key")));
        QVERIFY(lenient.out.contains(QStringLiteral("1 warning")));

        const Run strict = runArchstudio({"validate", path, "--strict"});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY(strict.err.contains(path + QStringLiteral(": error: colour: unknown key")));
        QVERIFY(strict.err.contains(QStringLiteral("invalid: 1 error")));
    }

    void regionOutsideTheCatalogIsAWarning()
    {
        const QString path = mDir.filePath(QStringLiteral("mars.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "archstudio-design", "formatVersion": 1,
                    "regions": [{"code": "mars-north-1", "zones": ["mars-north-1a"]}], "components": []})");
        f.close();
        const Run lenient = runArchstudio({"validate", path});
        QCOMPARE(lenient.exitCode, 0);
        QVERIFY2(lenient.err.contains(
                     path + QStringLiteral(": warning: regions[0].code: region \"mars-north-1\" is "
                                           "not in the aws catalog")),
                 qPrintable(lenient.err));
        QCOMPARE(runArchstudio({"validate", path, "--strict"}).exitCode, 1);
    }

    void missingFileIsAnInputError()
    {
        const Run run = runArchstudio({"validate", mDir.filePath("nope.archstudio")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("nope.archstudio: error: cannot open")));
    }

    void commandLineErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no file") << QStringList{"validate"} << "expected exactly one FILE";
        QTest::newRow("two files")
            << QStringList{"validate", "a", "b"} << "expected exactly one FILE";
        QTest::newRow("unknown option")
            << QStringList{"validate", kSample, "--fast"} << "unknown option --fast";
        QTest::newRow("simulate without a failure")
            << QStringList{"simulate", kSample} << "--fail expects zone:CODE, region:CODE or";
    }

    void commandLineErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run run = runArchstudio(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("Usage:")));
        QVERIFY(run.out.isEmpty());
    }

private:
    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
