// Lesson packs (core/io/lessonpack.h): the bundled pack holds the shipped exercises in order
// with notes; a pack round-trips through save and load; broken and hostile packs are refused
// with the entry and place named.
#include "core/io/archive.h"
#include "core/io/designfile.h"
#include "core/io/lessonpack.h"
#include "core/json/jsonwriter.h"
#include "support/testkinds.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace archstudio;
using io::ArchiveEntry;

namespace {

const QString kBundledPack = QStringLiteral(ARCHSTUDIO_LESSONS "/databases-workshop.archlesson");

QByteArray manifest(const QByteArray &items, const QByteArray &extra = {})
{
    return R"({"format": "archstudio-lesson", "formatVersion": 1, "title": "T", )" + extra +
           R"("items": )" + items + "}";
}

QByteArray exerciseBytes(int number)
{
    const QStringList files =
        QDir(QStringLiteral(ARCHSTUDIO_EXERCISES)).entryList({"*.json"}, QDir::Files, QDir::Name);
    QFile file(QStringLiteral(ARCHSTUDIO_EXERCISES "/") + files.at(number));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The first error's "path: message", or empty.
QString firstError(const io::LessonPackLoad &load)
{
    for (const model::Problem &p : load.problems) {
        if (p.isError())
            return p.toString();
    }
    return {};
}

} // namespace

class TestLessonPack : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

    QString writePack(const QString &name, const QList<ArchiveEntry> &entries)
    {
        const QString path = mDir.filePath(name);
        const QString error = io::writeArchive(path, entries);
        return error.isEmpty() ? path : QString();
    }

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void bundledPackHoldsTheShippedExercisesInOrder()
    {
        const io::LessonPackLoad load = io::loadLessonPack(kBundledPack, test::loadOptions());
        QVERIFY2(load.pack, qPrintable(firstError(load)));
        const QStringList files = QDir(QStringLiteral(ARCHSTUDIO_EXERCISES))
                                      .entryList({"*.json"}, QDir::Files, QDir::Name);
        QCOMPARE(load.pack->items.size(), files.size());
        QVERIFY(!load.pack->title.isEmpty());
        QVERIFY(!load.pack->notes.isEmpty());
        for (qsizetype i = 0; i < files.size(); ++i) {
            const io::LoadResult exercise = io::loadDesignFile(
                QStringLiteral(ARCHSTUDIO_EXERCISES "/") + files.at(i), test::loadOptions());
            QVERIFY(exercise.file);
            const io::LessonItem &item = load.pack->items.at(i);
            QVERIFY2(item.design == exercise.file->design, qPrintable(files.at(i)));
            QVERIFY(item.design.exercise);
            QVERIFY2(item.notes.size() > 60, qPrintable(files.at(i)));
            QCOMPARE(item.title(i), exercise.file->design.name);
        }
        QVERIFY(io::isLessonPack(kBundledPack));
    }

    void savedPackLoadsAsItWasWritten()
    {
        const io::LessonPackLoad bundled = io::loadLessonPack(kBundledPack, test::loadOptions());
        QVERIFY(bundled.pack);
        io::LessonPack pack = *bundled.pack;
        pack.title = QStringLiteral("Week 3 — «failover»");
        pack.items.move(0, 2);
        pack.items[1].notes.clear();
        model::Design plain;
        plain.name = QStringLiteral("A design to show, not an exercise");
        pack.items.append({QStringLiteral("Show this one on the projector."), plain});

        const QString path = mDir.filePath("week3.archlesson");
        QCOMPARE(io::saveLessonPack(path, pack), QString());
        const io::LessonPackLoad load = io::loadLessonPack(path, test::loadOptions());
        QVERIFY2(load.pack, qPrintable(firstError(load)));
        QCOMPARE(load.pack->title, pack.title);
        QCOMPARE(load.pack->notes, pack.notes);
        QCOMPARE(load.pack->items.size(), pack.items.size());
        for (qsizetype i = 0; i < pack.items.size(); ++i) {
            QCOMPARE(load.pack->items.at(i).notes, pack.items.at(i).notes);
            QVERIFY(load.pack->items.at(i).design == pack.items.at(i).design);
        }
        QVERIFY(!load.pack->items.last().design.exercise);
        QCOMPARE(load.pack->items.last().title(6), plain.name);
        // Untitled designs are numbered.
        QCOMPARE(io::LessonItem{}.title(2), QStringLiteral("Exercise 3"));

        // The same pack gives the same bytes; an empty one is not written.
        QFile first(path);
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QString again = mDir.filePath("again.archlesson");
        QCOMPARE(io::saveLessonPack(again, pack), QString());
        QFile second(again);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), second.readAll());
        QVERIFY(!io::saveLessonPack(mDir.filePath("empty.archlesson"), {}).isEmpty());
        QVERIFY(!QFile::exists(mDir.filePath("empty.archlesson")));
    }

    void designReadersSayAPackIsAPack()
    {
        const io::LoadResult asDesign = io::loadDesignFile(kBundledPack, test::loadOptions());
        QVERIFY(!asDesign.file);
        QVERIFY(asDesign.problems.first().toString().contains("lesson pack"));
        // And a design is not a pack.
        const QString design = mDir.filePath("design.archstudio");
        io::DesignFile file;
        file.design.name = QStringLiteral("d");
        QCOMPARE(io::saveDesignFile(design, file), QString());
        QVERIFY(!io::isLessonPack(design));
        QVERIFY(firstError(io::loadLessonPack(design, test::loadOptions())).contains("format"));
    }

    void brokenPacksAreRefusedWithTheirPlace_data()
    {
        QTest::addColumn<QList<ArchiveEntry>>("entries");
        QTest::addColumn<QString>("expected");
        const QByteArray one = R"([{"file": "exercises/01.json"}])";
        const QByteArray good = exerciseBytes(0);
        QTest::newRow("no manifest")
            << QList<ArchiveEntry>{{"exercises/01.json", good}} << "manifest.json: missing";
        QTest::newRow("manifest not JSON")
            << QList<ArchiveEntry>{{"manifest.json", "{"}} << "manifest.json: not valid JSON";
        QTest::newRow("wrong format")
            << QList<ArchiveEntry>{{"manifest.json", R"({"format": "archstudio", "items": []})"}}
            << "manifest.json: format: expected \"archstudio-lesson\"";
        QTest::newRow("newer version")
            << QList<ArchiveEntry>{{"manifest.json",
                                    R"({"format": "archstudio-lesson", "formatVersion": 9})"}}
            << "manifest.json: formatVersion: 9 was written by a newer ArchStudio";
        QTest::newRow("no items") << QList<ArchiveEntry>{{"manifest.json", manifest("[]")}}
                                  << "manifest.json: items: expected a list";
        QTest::newRow("item without file")
            << QList<ArchiveEntry>{{"manifest.json", manifest(R"([{"notes": "x"}])")}}
            << "manifest.json: items[0].file: expected the name";
        QTest::newRow("notes not text")
            << QList<ArchiveEntry>{{"manifest.json", manifest(one, R"("notes": 3, )")}}
            << "manifest.json: notes: expected text";
        QTest::newRow("missing entry") << QList<ArchiveEntry>{{"manifest.json", manifest(one)}}
                                       << "manifest.json: items[0].file: \"exercises/01.json\" "
                                          "is not in the archive";
        QByteArray badZone = good;
        badZone.replace("\"zone\": \"us-east-1a\"", "\"zone\": \"us-east-1z\"");
        QTest::newRow("bad design")
            << QList<ArchiveEntry>{{"manifest.json", manifest(one)}, {"exercises/01.json", badZone}}
            << "exercises/01.json: components[1].placement.zone: unknown zone";
        QTest::newRow("design not JSON") << QList<ArchiveEntry>{{"manifest.json", manifest(one)},
                                                                {"exercises/01.json", "not json"}}
                                         << "exercises/01.json: not valid JSON";
    }

    void brokenPacksAreRefusedWithTheirPlace()
    {
        QFETCH(QList<ArchiveEntry>, entries);
        QFETCH(QString, expected);
        const QString path = writePack(QStringLiteral("broken.archlesson"), entries);
        QVERIFY(!path.isEmpty());
        const io::LessonPackLoad load = io::loadLessonPack(path, test::loadOptions());
        QVERIFY(!load.pack);
        QVERIFY2(firstError(load).startsWith(expected), qPrintable(firstError(load)));
    }

    void filesThatAreNoPackAtAll()
    {
        QVERIFY(
            firstError(io::loadLessonPack(mDir.filePath("absent.archlesson"), test::loadOptions()))
                .contains("no such file"));
        const QString text = mDir.filePath("text.archlesson");
        QFile out(text);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"format\": \"archstudio-lesson\"}");
        out.close();
        QVERIFY(firstError(io::loadLessonPack(text, test::loadOptions())).contains("zip"));
        QVERIFY(!io::isLessonPack(text));
        // A pack cut short is refused by the archive reader, not half read.
        QFile pack(kBundledPack);
        QVERIFY(pack.open(QIODevice::ReadOnly));
        const QByteArray bytes = pack.readAll();
        const QString cut = mDir.filePath("cut.archlesson");
        QFile cutFile(cut);
        QVERIFY(cutFile.open(QIODevice::WriteOnly));
        cutFile.write(bytes.left(bytes.size() - 1));
        cutFile.close();
        const io::LessonPackLoad load = io::loadLessonPack(cut, test::loadOptions());
        QVERIFY(!load.pack);
        QVERIFY(!firstError(load).isEmpty());
        // Over the size limit: refused while inflating.
        io::LoadOptions small = test::loadOptions();
        small.limits.maxUncompressedBytes = 4096;
        QVERIFY(!io::loadLessonPack(kBundledPack, small).pack);
    }
};

QTEST_GUILESS_MAIN(TestLessonPack)
#include "tst_lessonpack.moc"
