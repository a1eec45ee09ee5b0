#include "core/engine/kindset.h"
#include "core/io/designfile.h"
#include "support/testkinds.h"

#include "support/malformedcases.h"

#include <QTemporaryDir>
#include <QTest>

using namespace archstudio;

namespace {

const QString kSampleJson = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json");
const QString kSampleArchive = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");

io::DesignFile load(const QString &path)
{
    io::LoadResult result = io::loadDesignFile(path, test::loadOptions());
    if (!result.file) {
        for (const model::Problem &p : result.problems)
            qWarning("%s", qPrintable(p.toString()));
    }
    return result.file.value_or(io::DesignFile{});
}

QList<io::ArchiveEntry> archiveEntries(const QString &path)
{
    return io::readArchive(path, io::Limits{}).entries;
}

} // namespace

class TestDesignFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void workInProgressLoadsWhenAskedTo()
    {
        // A replica whose source is gone reads fine but breaks a validator rule: refused by
        // default (the CLI's contract), loaded with its problems for the studio.
        const QByteArray text = R"({"format": "archstudio-design", "formatVersion": 1,
            "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}],
            "components": [{"id": "r", "kind": "rds-replica",
                            "placement": {"region": "us-east-1", "zone": "us-east-1a"},
                            "properties": {"replicaOf": "gone"}}]})";
        const io::LoadResult strict = io::loadDesignJson(text, test::loadOptions());
        QVERIFY(!strict.file);
        QVERIFY(model::hasErrors(strict.problems));
        io::LoadOptions lenient = test::loadOptions();
        lenient.rejectInvalidDesigns = false;
        const io::LoadResult loaded = io::loadDesignJson(text, lenient);
        QVERIFY(loaded.file);
        QCOMPARE(loaded.file->design.components.size(), 1);
        QVERIFY(model::hasErrors(loaded.problems));
        // Unreadable input stays refused.
        QVERIFY(!io::loadDesignJson(R"({"format": "archstudio-design", "formatVersion": 1,
            "regions": 7, "components": []})",
                                    lenient)
                     .file);
    }

    void sampleUsesEveryKind()
    {
        const io::DesignFile file = load(kSampleArchive);
        QSet<QString> kinds;
        QSet<QString> regions;
        for (const model::Component &c : file.design.components) {
            kinds.insert(c.kind);
            regions.insert(c.placement.region.value());
        }
        for (const model::KindSchema &schema : test::kinds()->schemas().schemas())
            QVERIFY2(kinds.contains(schema.kind), qPrintable(schema.kind));
        QVERIFY(regions.size() >= 2);
    }

    void sampleArchiveMatchesItsSource()
    {
        // The readable .json is the source of the bundled archive; they must not drift.
        const QList<io::ArchiveEntry> entries = archiveEntries(kSampleArchive);
        const auto design =
            std::find_if(entries.cbegin(), entries.cend(),
                         [](const io::ArchiveEntry &e) { return e.name == "design.json"; });
        QVERIFY(design != entries.cend());
        QCOMPARE(design->data, test::readAll(kSampleJson));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("archive") << QStringLiteral(".archstudio");
        QTest::newRow("bare json") << QStringLiteral(".json");
    }

    void roundTrip()
    {
        QFETCH(QString, suffix);
        const io::DesignFile original = load(kSampleJson);
        QVERIFY(!original.design.components.isEmpty());

        const QString first = mDir.filePath(QStringLiteral("first") + suffix);
        const QString second = mDir.filePath(QStringLiteral("second") + suffix);
        QCOMPARE(io::saveDesignFile(first, original), QString());
        const io::DesignFile reloaded = load(first);
        QVERIFY(reloaded.design == original.design);
        QCOMPARE(reloaded.container, io::containerForPath(first));

        QCOMPARE(io::saveDesignFile(second, reloaded), QString());
        QCOMPARE(test::readAll(second), test::readAll(first)); // byte-stable on re-save
    }

    void bareJsonSaveReproducesHandWrittenSample()
    {
        const QString path = mDir.filePath(QStringLiteral("copy.json"));
        QCOMPARE(io::saveDesignFile(path, load(kSampleJson)), QString());
        QCOMPARE(test::readAll(path), test::readAll(kSampleJson));
    }

    void catalogOverridesRoundTrip()
    {
        const io::DesignFile original =
            load(QStringLiteral(ARCHSTUDIO_TEST_DATA "/engine/example7-redundant-pair.json"));
        QCOMPARE(original.design.catalogOverrides.value(QStringLiteral("sla.rds.single-az")),
                 0.999);
        const QString path = mDir.filePath(QStringLiteral("overrides.archstudio"));
        QCOMPARE(io::saveDesignFile(path, original), QString());
        QCOMPARE(load(path).design.catalogOverrides, original.design.catalogOverrides);
    }

    void unknownKindSurvivesResave()
    {
        const QByteArray text = R"({"format": "archstudio-design", "formatVersion": 1,
            "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}],
            "components": [{"id": "pg", "kind": "self-hosted-postgres", "name": "PG on EC2",
                            "placement": {"region": "us-east-1", "zone": "us-east-1a"},
                            "properties": {"instanceType": "m7g.large", "volumes": [1, 2.5], "tuned": true}}]})";
        const io::LoadResult result = io::loadDesignJson(text, test::loadOptions());
        QVERIFY(result.file);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().message.contains(
            QStringLiteral("unknown kind \"self-hosted-postgres\"")));

        const QString path = mDir.filePath(QStringLiteral("unknown.archstudio"));
        QCOMPARE(io::saveDesignFile(path, *result.file), QString());
        const io::DesignFile reloaded = load(path);
        QCOMPARE(reloaded.design.components.size(), 1);
        const model::Component &pg = reloaded.design.components.first();
        QCOMPARE(pg.kind, QStringLiteral("self-hosted-postgres"));
        QCOMPARE(pg.properties.value("instanceType").toString(), QStringLiteral("m7g.large"));
        QCOMPARE(pg.properties.value("volumes").toList().value(1).toDouble(), 2.5);
        QCOMPARE(pg.properties.value("tuned").toBool(), true);
    }

    void unknownKeysAndEntriesAreKept()
    {
        const QString source = mDir.filePath(QStringLiteral("extras.archstudio"));
        const QByteArray design =
            R"({"format": "archstudio-design", "formatVersion": 1, "futureKey": {"a": 1},
            "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}],
            "components": [{"id": "t", "kind": "dynamodb", "placement": {"region": "us-east-1"}, "tags": ["x"]}]})";
        QVERIFY(test::writeZip(source, {{"manifest.json", test::manifest()},
                                        {"design.json", design},
                                        {"thumbnail.png", "PNGDATA"},
                                        {"notes/review.md", "# kept"}}));
        const io::LoadResult result = io::loadDesignFile(source, test::loadOptions());
        QVERIFY(result.file);
        QCOMPARE(result.problems.size(), 2); // two unknown keys, as warnings

        const QString resaved = mDir.filePath(QStringLiteral("extras-resaved.archstudio"));
        QCOMPARE(io::saveDesignFile(resaved, *result.file), QString());
        const io::DesignFile reloaded = load(resaved);
        QCOMPARE(reloaded.thumbnailPng, QByteArray("PNGDATA"));
        QCOMPARE(reloaded.extraEntries.size(), 1);
        QCOMPARE(reloaded.extraEntries.first().name, QStringLiteral("notes/review.md"));
        QCOMPARE(reloaded.extraEntries.first().data, QByteArray("# kept"));
        QCOMPARE(reloaded.design.extraKeys.value("futureKey").toMap().value("a").toLongLong(), 1);
        QCOMPARE(reloaded.design.components.first().extraKeys.value("tags").toList().size(), 1);
    }

    void archiveHasManifestFirst()
    {
        const QString path = mDir.filePath(QStringLiteral("manifest.archstudio"));
        QCOMPARE(io::saveDesignFile(path, load(kSampleJson)), QString());
        const QList<io::ArchiveEntry> entries = archiveEntries(path);
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries.at(0).name, QStringLiteral("manifest.json"));
        QCOMPARE(entries.at(1).name, QStringLiteral("design.json"));
        QVERIFY(entries.at(0).data.contains("\"formatVersion\": 1"));
        QVERIFY(entries.at(0).data.contains("\"application\": \"ArchStudio 0.1.0\""));
    }

    void failedSaveKeepsTheOldFile()
    {
        // Saving into a directory that does not exist fails and creates nothing.
        const QString missing = mDir.filePath(QStringLiteral("no/such/dir/x.archstudio"));
        QVERIFY(!io::saveDesignFile(missing, load(kSampleJson)).isEmpty());
        QVERIFY(!QFile::exists(missing));

        // A path that is a directory cannot be replaced; it is left as it was.
        const QString dirPath = mDir.filePath(QStringLiteral("adir.json"));
        QVERIFY(QDir().mkpath(dirPath));
        QVERIFY(!io::saveDesignFile(dirPath, load(kSampleJson)).isEmpty());
        QVERIFY(QFileInfo(dirPath).isDir());
    }

    void saveReplacesExistingFile()
    {
        const QString path = mDir.filePath(QStringLiteral("replace.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old content");
        f.close();
        QCOMPARE(io::saveDesignFile(path, load(kSampleJson)), QString());
        QCOMPARE(test::readAll(path), test::readAll(kSampleJson));
    }

private:
    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(TestDesignFile)
#include "tst_designfile.moc"
