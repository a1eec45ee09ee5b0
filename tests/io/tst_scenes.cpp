// Scenes in the file (docs/FILE-FORMAT.md, "Scenes"): every field round-trips, a design with
// scenes is written as format 3, older files migrate, and bad scenes are named by path.

#include "core/document/commands/scenescommand.h"
#include "core/io/designfile.h"
#include "core/io/designjson.h"
#include "support/testkinds.h"

#include <QTest>

using namespace archstudio;

namespace {

const char *kDesign = R"({
    "format": "archstudio-design", "formatVersion": 3, "name": "Scenes",
    "regions": [{"code": "us-east-1", "zones": ["us-east-1a", "us-east-1b"]}],
    "components": [
        {"id": "db", "kind": "rds", "placement": {"region": "us-east-1", "zone": "us-east-1a"}},
        {"id": "replica", "kind": "rds-replica", "placement": {"region": "us-east-1", "zone": "us-east-1b"},
         "properties": {"replicaOf": "db"}}],
    "notes": [{"id": "note-1", "text": "Primary", "at": [0, 0]}, {"text": "Aside", "at": [0, 200]}],
    "scenes": [
        {"caption": "Start small", "viewpoint": [0, 0, 800, 450], "hidden": ["component:replica", "note:note-1"]},
        {"caption": "Lose a zone", "variant": "Baseline", "loadFactor": 1.5,
         "failure": {"target": "zone:us-east-1a", "at": 30}}]
})";

} // namespace

class TestScenes : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips()
    {
        const io::LoadResult loaded = io::loadDesignJson(kDesign, test::loadOptions());
        QVERIFY2(loaded.file, qPrintable(loaded.problems.value(0).toString()));
        const model::Design &d = loaded.file->design;
        QCOMPARE(d.scenes.size(), 2);
        QCOMPARE(d.scenes.at(0).caption, QStringLiteral("Start small"));
        QCOMPARE(d.scenes.at(0).viewpoint, std::optional(QRectF(0, 0, 800, 450)));
        QCOMPARE(d.scenes.at(0).hidden,
                 QStringList({QStringLiteral("component:replica"), QStringLiteral("note:note-1")}));
        QCOMPARE(d.scenes.at(1).loadFactor, 1.5);
        QVERIFY(d.scenes.at(1).failure);
        QCOMPARE(d.scenes.at(1).failure->target.toString(), QStringLiteral("zone:us-east-1a"));
        QCOMPARE(d.scenes.at(1).failure->atSeconds, 30.0);
        QCOMPARE(d.notes.at(0).id, QStringLiteral("note-1"));
        QVERIFY(d.notes.at(1).id.isEmpty());

        const QByteArray bytes = io::designJsonBytes(d);
        QVERIFY(bytes.contains("\"formatVersion\": 3"));
        const io::LoadResult again = io::loadDesignJson(bytes, test::loadOptions());
        QVERIFY(again.file);
        QCOMPARE(again.file->design, d);
        QVERIFY(again.file->appliedMigrations.isEmpty());
    }

    void withoutScenesTheFileStaysOlder()
    {
        model::Design d = io::loadDesignJson(kDesign, test::loadOptions()).file->design;
        d.scenes.clear();
        QCOMPARE(io::formatVersionFor(d), 1);
        QVERIFY(io::designJsonBytes(d).contains("\"formatVersion\": 1"));
    }

    void aNewerFileIsRefusedByName()
    {
        QByteArray newer(kDesign);
        newer.replace("\"formatVersion\": 3", "\"formatVersion\": 4");
        const io::LoadResult loaded = io::loadDesignJson(newer, test::loadOptions());
        QVERIFY(!loaded.file);
        QVERIFY(loaded.problems.value(0).message.contains(QLatin1String("newer")));
    }

    void badScenesAreNamedByPath_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("path");
        QTest::newRow("load") << QByteArray("\"loadFactor\": 1.5")
                              << QByteArray("\"loadFactor\": 50")
                              << QStringLiteral("scenes[1].loadFactor");
        QTest::newRow("target") << QByteArray("zone:us-east-1a") << QByteArray("moon:base")
                                << QStringLiteral("scenes[1].failure.target");
        QTest::newRow("time") << QByteArray("\"at\": 30") << QByteArray("\"at\": -5")
                              << QStringLiteral("scenes[1].failure.at");
        QTest::newRow("hidden") << QByteArray("\"component:replica\"") << QByteArray("\"replica\"")
                                << QStringLiteral("scenes[0].hidden[0]");
        QTest::newRow("viewpoint") << QByteArray("[0, 0, 800, 450]") << QByteArray("\"all\"")
                                   << QStringLiteral("scenes[0].viewpoint");
    }

    void badScenesAreNamedByPath()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, path);
        QByteArray bad(kDesign);
        QVERIFY(bad.contains(from));
        bad.replace(from, to);
        const io::LoadResult loaded = io::loadDesignJson(bad, test::loadOptions());
        const bool named = std::any_of(loaded.problems.cbegin(), loaded.problems.cend(),
                                       [&](const model::Problem &p) { return p.path == path; });
        QVERIFY2(named, qPrintable(loaded.problems.value(0).toString()));
    }

    void aNoteIsNamedWithTheFirstFreeId()
    {
        QList<model::Note> notes(3);
        notes[0].id = QStringLiteral("note-1");
        notes = document::withNoteId(notes, 2);
        QCOMPARE(notes.at(2).id, QStringLiteral("note-2"));
        QVERIFY(notes.at(1).id.isEmpty());
        // A note that has a name keeps it.
        QCOMPARE(document::withNoteId(notes, 0).at(0).id, QStringLiteral("note-1"));
    }
};

QTEST_GUILESS_MAIN(TestScenes)
#include "tst_scenes.moc"
