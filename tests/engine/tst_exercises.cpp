// The bundled exercises (resources/exercises): each starting design misses at least one of
// its goals, and its model answer (the variant "Model answer") meets them all.
#include "support/enginefixtures.h"
#include "support/testkinds.h"

#include "core/engine/goals.h"
#include "core/model/variants.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace archstudio;

namespace {

bool meetsAll(const model::Design &design, const QList<model::Goal> &goals, QString *why)
{
    const catalog::Catalog catalog = engine::catalogFor(design, test::kinds()->catalog());
    bool all = true;
    for (const engine::GoalResult &r :
         engine::checkGoals(design, catalog, goals, test::behaviours())) {
        if (!r.met) {
            all = false;
            *why += engine::goalText(r.goal) +
                    QStringLiteral(": %1 (%2); ").arg(r.figure).arg(r.detail);
        }
    }
    return all;
}

} // namespace

class TestExercises : public QObject
{
    Q_OBJECT

private slots:
    void everyExerciseStartsFailingAndItsAnswerPasses_data()
    {
        QTest::addColumn<QString>("path");
        const QDir folder(QStringLiteral(ARCHSTUDIO_EXERCISES));
        const QStringList files = folder.entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << folder.filePath(file);
    }

    void everyExerciseStartsFailingAndItsAnswerPasses()
    {
        QFETCH(QString, path);
        const io::LoadResult loaded = io::loadDesignFile(path, test::loadOptions());
        QVERIFY2(loaded.file, qPrintable(loaded.problems.value(0).toString()));
        for (const model::Problem &p : loaded.problems)
            QFAIL(qPrintable(p.toString()));
        const model::Design &design = loaded.file->design;
        QVERIFY(design.exercise);
        QVERIFY(design.exercise->brief.size() > 80);
        QVERIFY(design.exercise->goals.size() >= 2);
        QVERIFY(!design.exercise->hints.isEmpty());
        QString why;
        QVERIFY2(!meetsAll(design, design.exercise->goals, &why), "the start already passes");
        const std::optional<model::Design> answer = model::variantAsDesign(design, "Model answer");
        QVERIFY(answer);
        why.clear();
        QVERIFY2(meetsAll(*answer, design.exercise->goals, &why), qPrintable(why));
    }

    void anExerciseRoundTripsThroughAFile()
    {
        const io::LoadResult loaded =
            io::loadDesignFile(QStringLiteral(ARCHSTUDIO_EXERCISES "/02-read-heavy-catalogue.json"),
                               test::loadOptions());
        QVERIFY(loaded.file);
        QTemporaryDir dir;
        for (const char *name : {"copy.json", "copy.archstudio"}) {
            io::DesignFile file = *loaded.file;
            file.container = io::containerForPath(dir.filePath(name));
            QCOMPARE(io::saveDesignFile(dir.filePath(name), file), QString());
            const io::LoadResult again =
                io::loadDesignFile(dir.filePath(name), test::loadOptions());
            QVERIFY(again.file);
            QCOMPARE(again.file->design.exercise, loaded.file->design.exercise);
            QCOMPARE(again.file->design, loaded.file->design);
        }
    }

    void badGoalsAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("goal");
        QTest::addColumn<QString>("expected");
        QTest::newRow("kind") << QByteArray(R"({"kind": "fast", "value": 1})")
                              << "exercise.goals[0].kind: unknown goal \"fast\"";
        QTest::newRow("value") << QByteArray(R"({"kind": "max-rpo-seconds", "value": -1})")
                               << "exercise.goals[0].value: expected a number of 0 or more";
        QTest::newRow("missing") << QByteArray(R"({"kind": "max-rpo-seconds"})")
                                 << "exercise.goals[0].value: missing required key";
        QTest::newRow("operation")
            << QByteArray(R"({"kind": "max-p99-ms", "value": 5, "operation": "deletes"})")
            << "exercise.goals[0].operation: expected reads, writes or both";
    }

    void badGoalsAreRefusedWithTheirPath()
    {
        QFETCH(QByteArray, goal);
        QFETCH(QString, expected);
        const QByteArray json = R"({"format": "archstudio-design", "formatVersion": 1,
            "regions": [], "components": [], "exercise": {"goals": [)" +
                                goal + "]}}";
        const io::LoadResult loaded = io::loadDesignJson(json, test::loadOptions());
        QVERIFY(!loaded.file);
        QVERIFY2(loaded.problems.first().toString().contains(expected),
                 qPrintable(loaded.problems.first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestExercises)
#include "tst_exercises.moc"
