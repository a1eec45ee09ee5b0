// `archstudio check SUBMISSION... --exercise FILE [--json|--csv]` (docs/CLI.md).
#include "support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using archstudio::test::runArchstudio;
using Run = archstudio::test::CliRun;

const QString kExercise = QStringLiteral(ARCHSTUDIO_EXERCISES "/01-survive-a-zone.json");

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString mPassing;
    QString mFailing;
    QString mBroken;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        // The exercise's own model answer and starting design, as students would hand them in.
        QFile source(kExercise);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject start = QJsonDocument::fromJson(source.readAll()).object();
        QJsonObject answer = start;
        const QJsonObject model = start.value("variants").toArray().first().toObject();
        for (const char *key : {"regions", "components", "links"})
            answer[key] = model.value(key);
        for (QJsonObject *design : {&start, &answer}) {
            design->remove("variants");
            design->remove("variant");
            design->remove("exercise");
            (*design)["formatVersion"] = 1;
        }
        const auto write = [this](const QString &name, const QByteArray &bytes) {
            QFile file(mDir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(name));
            return file.fileName();
        };
        mPassing = write("alice.json", QJsonDocument(answer).toJson());
        mFailing = write("bob.json", QJsonDocument(start).toJson());
        mBroken = write("carol.json", "{ not json");
    }

    void aPassingSubmissionExitsZero()
    {
        const Run run = runArchstudio({"check", mPassing, "--exercise", kExercise});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY(run.out.contains("G1  Survives losing any one zone with at most 180 s of outage"));
        QVERIFY(run.out.contains(QRegularExpression("alice\\.json +ok \\d+ s +ok 0 s +ok \\$")));
        QVERIFY(run.out.contains("passes"));
    }

    void oneRowPerSubmissionEvenABrokenOne()
    {
        const Run run =
            runArchstudio({"check", mPassing, mFailing, mBroken, "--exercise", kExercise});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QRegularExpression("bob\\.json +NO \\d+ s +NO 300 s")));
        QVERIFY(run.out.contains("fails 2 of 3"));
        QVERIFY(run.out.contains(QRegularExpression("carol\\.json +- +- +- +error: ")));
    }

    void jsonAndCsv()
    {
        const Run json =
            runArchstudio({"check", mPassing, mBroken, "--exercise", kExercise, "--json"});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value("schemaVersion").toInt(), 1);
        QCOMPARE(root.value("goals").toArray().size(), 3);
        const QJsonArray rows = root.value("submissions").toArray();
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0)["passed"].toBool());
        QCOMPARE(rows.at(0)["goals"].toArray().size(), 3);
        QVERIFY(rows.at(0)["goals"].toArray().at(0)["figure"].toDouble() > 0);
        QVERIFY(!rows.at(1)["passed"].toBool());
        QVERIFY(!rows.at(1)["error"].toString().isEmpty());
        const Run csv =
            runArchstudio({"check", mPassing, mFailing, "--exercise", kExercise, "--csv"});
        const QStringList lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("file,passed,error,G1 met,G1 figure"));
        QVERIFY(lines.at(1).contains(",yes,,yes,"));
        QVERIFY(lines.at(2).contains(",no,,no,"));
    }

    void usageErrors()
    {
        QCOMPARE(runArchstudio({"check", mPassing}).exitCode, 2);
        QCOMPARE(runArchstudio({"check", "--exercise", kExercise}).exitCode, 2);
        QCOMPARE(
            runArchstudio({"check", mPassing, "--exercise", kExercise, "--json", "--csv"}).exitCode,
            2);
        // An exercise file without goals is wrong input, named.
        const Run noGoals = runArchstudio({"check", mPassing, "--exercise", mPassing});
        QCOMPARE(noGoals.exitCode, 1);
        QVERIFY(noGoals.err.contains("has no exercise goals"));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
