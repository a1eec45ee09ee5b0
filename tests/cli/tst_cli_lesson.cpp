// `archstudio lesson`: listing a lesson pack, writing one exercise out, making a pack
// (docs/CLI.md); and `check` pointing a pack's user to it.
#include "support/cliprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using archstudio::test::runArchstudio;
using Run = archstudio::test::CliRun;

const QString kPack = QStringLiteral(ARCHSTUDIO_LESSONS "/databases-workshop.archlesson");

QStringList exerciseFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(ARCHSTUDIO_EXERCISES));
    for (const QString &name : dir.entryList({"*.json"}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace

class TestCliLesson : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void listsTheExercisesInOrderWithNotes()
    {
        const Run run = runArchstudio({"lesson", kPack});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith("Databases on AWS"));
        QVERIFY(run.out.contains(" 1. Survive losing a zone (3 goals)\n"));
        QVERIFY(run.out.contains(" 6. Ready for the spike (2 goals)\n"));
        QVERIFY(run.out.indexOf(" 1. ") < run.out.indexOf(" 2. "));
        QVERIFY(run.out.contains("    Recap first"));
        QVERIFY(run.out.contains("--exercise N -o FILE"));
    }

    void listsAsJson()
    {
        const Run run = runArchstudio({"lesson", kPack, "--json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.outBytes).object();
        QCOMPARE(root["schemaVersion"].toInt(), 1);
        QCOMPARE(root["file"].toString(), kPack);
        const QJsonArray items = root["items"].toArray();
        QCOMPARE(items.size(), exerciseFiles().size());
        QCOMPARE(items.at(0)["number"].toInt(), 1);
        QCOMPARE(items.at(0)["title"].toString(), QString("Survive losing a zone"));
        QVERIFY(items.at(0)["brief"].toString().size() > 40);
        QCOMPARE(items.at(0)["goals"].toArray().size(), 3);
        QVERIFY(items.at(3)["notes"].toString().contains("RPO 0"));
    }

    void writesOneExerciseOutAsADesign()
    {
        const QString out = mDir.filePath("two.archstudio");
        const Run run = runArchstudio({"lesson", kPack, "--exercise", "2", "-o", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("exercise 2, \"A read-heavy catalogue\""));
        // The written design is the exercise: its start fails the goals, as the shipped file's.
        const Run check = runArchstudio({"check", out, "--exercise", exerciseFiles().at(1)});
        QCOMPARE(check.exitCode, 1);
        QVERIFY(check.out.contains("two.archstudio"));
        const Run listed = runArchstudio({"evaluate", out, "--json"});
        QCOMPARE(listed.exitCode, 0);
    }

    void makesAPackFromDesignFiles()
    {
        const QString out = mDir.filePath("made.archlesson");
        QStringList args{"lesson", "--create", "--title", "Week 2", "-o", out};
        args << exerciseFiles().at(4) << exerciseFiles().at(0);
        const Run run = runArchstudio(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("2 exercises"));
        const Run listed = runArchstudio({"lesson", out});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.startsWith("Week 2\n"));
        QVERIFY(listed.out.contains(" 1. A shopping cart that never stops"));
        QVERIFY(listed.out.contains(" 2. Survive losing a zone"));
    }

    void wrongUseIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no pack") << QStringList{"lesson"} << "expected one lesson pack";
        QTest::newRow("-o without --exercise")
            << QStringList{"lesson", kPack, "-o", "x.json"} << "-o goes with --exercise N";
        QTest::newRow("--exercise without -o")
            << QStringList{"lesson", kPack, "--exercise", "1"} << "writes to -o FILE";
        QTest::newRow("no such exercise")
            << QStringList{"lesson", kPack, "--exercise", "7", "-o", "x.json"}
            << "exercises 1 to 6";
        QTest::newRow("--create without files")
            << QStringList{"lesson", "--create", "-o", "x.archlesson"} << "--create takes";
    }

    void wrongUseIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = runArchstudio(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void badInputIsAnInputErrorNamingTheFile()
    {
        // A design is not a pack.
        const Run design = runArchstudio({"lesson", exerciseFiles().at(0)});
        QCOMPARE(design.exitCode, 1);
        QVERIFY2(design.err.contains("01-survive-a-zone.json: ") && design.err.contains("zip"),
                 qPrintable(design.err));
        // A file that cannot be read stops --create, and no pack is written.
        const QString out = mDir.filePath("never.archlesson");
        const Run create =
            runArchstudio({"lesson", "--create", "-o", out, mDir.filePath("absent.json")});
        QCOMPARE(create.exitCode, 1);
        QVERIFY(create.err.contains("absent.json"));
        QVERIFY(!QFile::exists(out));
        // `check` against a pack says what to do instead.
        const Run check = runArchstudio({"check", exerciseFiles().at(0), "--exercise", kPack});
        QVERIFY(check.exitCode != 0);
        QVERIFY2(check.err.contains("archstudio lesson"), qPrintable(check.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLesson)
#include "tst_cli_lesson.moc"
