// What `archstudio` does with arguments that are neither a command nor a design: a usage error
// (exit 2) on standard error, never a window. The tests run without a display, so a studio
// started by mistake would abort instead of exiting 2.
#include "support/cliprocess.h"

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
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cli_arguments.moc"
