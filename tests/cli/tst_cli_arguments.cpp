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

    void catalogTakesTheSameOptionForms()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString offer = QStringLiteral(ARCHSTUDIO_TEST_DATA "/offers/AmazonRDS-small.json");
        const QString joined = dir.filePath(QStringLiteral("joined.json"));
        const Run withEquals =
            runArchstudio({"catalog", "import", "--output=" + joined, "--provider=aws", offer});
        QVERIFY2(withEquals.exitCode == 0, qPrintable(withEquals.err));
        QVERIFY(QFile::exists(joined));
        // After "--", an offer file whose name starts with a dash is a file, not an option.
        const QString dashed = dir.filePath(QStringLiteral("-offer.json"));
        QVERIFY(QFile::copy(offer, dashed));
        QDir::setCurrent(dir.path());
        const Run asOption = runArchstudio({"catalog", "import", "-o", "a.json", "-offer.json"});
        QCOMPARE(asOption.exitCode, 2);
        QVERIFY2(asOption.err.contains("archstudio catalog: unknown option -offer.json"),
                 qPrintable(asOption.err));
        const Run asFile =
            runArchstudio({"catalog", "import", "-o", "b.json", "--", "-offer.json"});
        QVERIFY2(asFile.exitCode == 0, qPrintable(asFile.err));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("b.json"))));
        const Run twice =
            runArchstudio({"catalog", "import", offer, "-o", "c.json", "--output=d.json"});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("-o is given more than once"), qPrintable(twice.err));

        const Run flag = runArchstudio({"catalog", "show", "--json=1"});
        QCOMPARE(flag.exitCode, 2);
        QVERIFY2(flag.err.contains("--json takes no value"), qPrintable(flag.err));
        const Run help = runArchstudio({"catalog", "show", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("archstudio catalog show [--json]"));
    }

    void wrongCommandLinesOfEveryKind_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString sample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");
        QTest::newRow("missing value") << QStringList{"montecarlo", sample, "--years"}
                                       << "archstudio montecarlo: --years needs a value";
        QTest::newRow("flag with empty value") << QStringList{"validate", sample, "--strict="}
                                               << "archstudio validate: --strict takes no value";
        QTest::newRow("value out of range")
            << QStringList{"montecarlo", sample, "--seed=x"} << "--seed expects a whole number";
        QTest::newRow("two files") << QStringList{"evaluate", sample, "-"}
                                   << "archstudio evaluate: expected exactly one FILE";
        QTest::newRow("no file") << QStringList{"validate", "--json"}
                                 << "archstudio validate: expected exactly one FILE";
        QTest::newRow("unknown single-dash option")
            << QStringList{"validate", sample, "-x"} << "archstudio validate: unknown option -x";
        QTest::newRow("unknown option with a value")
            << QStringList{"evaluate", sample, "--colour=red"}
            << "archstudio evaluate: unknown option --colour";
    }

    void wrongCommandLinesOfEveryKind()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = runArchstudio(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains("Usage:\n  archstudio " + args.first() + ' '),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void optionsAreTakenInTheOrderGiven()
    {
        // A value given twice: the last one counts, as before.
        const QString sample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");
        const Run twice =
            runArchstudio({"evaluate", sample, "--json", "--load-factor=3", "--load-factor", "2"});
        const Run once = runArchstudio({"evaluate", sample, "--json", "--load-factor=2"});
        QCOMPARE(twice.exitCode, 0);
        QCOMPARE(twice.outBytes, once.outBytes);
    }

    void helpMentionsStandardInput()
    {
        const Run run = runArchstudio({"validate", "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("archstudio validate FILE [--strict] [--json]"));
        QVERIFY(run.out.contains("standard input"));
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cli_arguments.moc"
