// What `archstudio` does with arguments that are neither a command nor a design: a usage error
// (exit 2) on standard error, never a window. The tests run without a display, so a studio
// started by mistake would abort instead of exiting 2.
#include "support/cliprocess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using archstudio::test::runArchstudio;
using Run = archstudio::test::CliRun;

} // namespace

class TestCliArguments : public QObject
{
    Q_OBJECT

private slots:
    void aMistypedCommandIsAUsageError()
    {
        const Run run = runArchstudio({"evalute", "design.archstudio"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("\"evalute\" is neither a command nor a file"),
                 qPrintable(run.err));
        QVERIFY(run.err.contains("evaluate"));
        QVERIFY(run.out.isEmpty());
    }

    void aMissingDesignIsAUsageError()
    {
        const Run run = runArchstudio({"/no/such/folder/design.archstudio"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("/no/such/folder/design.archstudio: no such file"),
                 qPrintable(run.err));
    }

    void aFolderIsNotADesign()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run run = runArchstudio({"--present", dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is a folder"), qPrintable(run.err));
    }

    void aQtOptionsValueIsNotTakenForAFile()
    {
        // -style takes a value; the missing file after it is what is reported.
        const Run run = runArchstudio({"-style", "fusion", "missing.archstudio"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("missing.archstudio: no such file"), qPrintable(run.err));
        QVERIFY(!run.err.contains("fusion"));
    }

    void eachCommandHasItsOwnHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("command");
        QTest::newRow("evaluate") << QStringList{"evaluate", "--help"} << "evaluate";
        QTest::newRow("after a file") << QStringList{"validate", "x.json", "-h"} << "validate";
        QTest::newRow("catalog") << QStringList{"catalog", "import", "--help"} << "catalog";
    }

    void eachCommandHasItsOwnHelp()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, command);
        const Run run = runArchstudio(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY2(run.out.startsWith("Usage:\n  archstudio " + command + ' '), qPrintable(run.out));
        QVERIFY(run.out.contains("Exit status:"));
        // Only that command's forms: no other command is listed.
        for (const char *other : {"simulate", "export", "templates"})
            QVERIFY2(!run.out.contains(QStringLiteral("archstudio ") + QLatin1String(other)),
                     qPrintable(run.out));
    }

    void aUsageErrorShowsTheCommandsUsage()
    {
        const Run run = runArchstudio({"evaluate", "--no-such-option", "x.json"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("archstudio evaluate: unknown option --no-such-option\n"),
                 qPrintable(run.err));
        QVERIFY(run.err.contains("archstudio evaluate FILE"));
        QVERIFY(!run.err.contains("archstudio simulate"));
    }

    void optionValuesMayFollowAnEqualsSign()
    {
        const QString sample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");
        const Run spaced = runArchstudio({"evaluate", sample, "--json", "--load-factor", "2"});
        const Run joined = runArchstudio({"evaluate", sample, "--json", "--load-factor=2"});
        const Run plain = runArchstudio({"evaluate", sample, "--json"});
        QCOMPARE(spaced.exitCode, 0);
        QCOMPARE(joined.exitCode, 0);
        QCOMPARE(joined.outBytes, spaced.outBytes);
        QVERIFY(joined.outBytes != plain.outBytes); // the load factor was taken

        const Run flagWithValue = runArchstudio({"evaluate", sample, "--json=yes"});
        QCOMPARE(flagWithValue.exitCode, 2);
        QVERIFY2(flagWithValue.err.contains("--json takes no value"),
                 qPrintable(flagWithValue.err));
        const Run outOfRange = runArchstudio({"evaluate", sample, "--load-factor=-1"});
        QCOMPARE(outOfRange.exitCode, 2);
        QVERIFY2(outOfRange.err.contains("--load-factor expects"), qPrintable(outOfRange.err));
    }

    void doubleDashEndsTheOptions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A design whose name starts with a dash is read as a file after "--".
        const QString dashed = dir.filePath(QStringLiteral("-design.archstudio"));
        QVERIFY(QFile::copy(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio"),
                            dashed));
        QDir::setCurrent(dir.path());
        const Run asOption = runArchstudio({"validate", "-design.archstudio"});
        QCOMPARE(asOption.exitCode, 2);
        QVERIFY2(asOption.err.contains("unknown option -design.archstudio"),
                 qPrintable(asOption.err));
        const Run asFile = runArchstudio({"validate", "--", "-design.archstudio"});
        QCOMPARE(asFile.exitCode, 0);
        // After "--", even --help is a file name.
        const Run helpAsFile = runArchstudio({"validate", "--", "--help"});
        QCOMPARE(helpAsFile.exitCode, 1);
        QVERIFY2(helpAsFile.err.contains("--help"), qPrintable(helpAsFile.err));
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cli_arguments.moc"
