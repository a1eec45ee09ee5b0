#include "core/io/designfile.h"
#include "support/testkinds.h"

#include "support/malformedcases.h"

#include <QTemporaryDir>
#include <QTest>

using namespace archstudio;

class TestMalformedInputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void refusesWithMessage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expectedPath");
        QTest::addColumn<QString>("expectedMessage");
        const auto cases =
            test::jsonCases(QStringLiteral(ARCHSTUDIO_TEST_DATA)) + test::archiveCases(mDir.path());
        QVERIFY(cases.size() >= 30);
        // The damaged archives fuzzing found (issue 20, F4) must all be built and tried.
        QStringList names;
        for (const test::MalformedCase &c : cases)
            names << c.name;
        for (const char *found :
             {"truncated-by-one-byte", "encrypted-entry", "encrypted-in-local-header-only",
              "crc-mismatch", "size-mismatch", "unsupported-method", "directory-misplaced",
              "entry-past-directory", "bytes-appended"})
            QVERIFY2(names.contains(QLatin1String(found)), found);
        for (const test::MalformedCase &c : cases)
            QTest::newRow(qPrintable(c.name)) << c.path << c.expectedPath << c.expectedMessage;
    }

    void refusesWithMessage()
    {
        QFETCH(QString, path);
        QFETCH(QString, expectedPath);
        QFETCH(QString, expectedMessage);

        const io::LoadResult result = io::loadDesignFile(path, test::loadOptions());
        QVERIFY2(!result.file, "a malformed input must not load");
        const bool named = std::any_of(
            result.problems.cbegin(), result.problems.cend(), [&](const model::Problem &p) {
                return p.isError() && p.path == expectedPath && p.message.contains(expectedMessage);
            });
        QStringList got;
        for (const model::Problem &p : result.problems)
            got << p.toString();
        QVERIFY2(named, qPrintable(QStringLiteral("expected \"%1: …%2…\", got:\n%3")
                                       .arg(expectedPath, expectedMessage, got.join('\n'))));
    }

    void failedLoadLeavesFileUntouched()
    {
        const QString path = mDir.filePath(QStringLiteral("untouched.json"));
        const QByteArray bytes = "{ \"format\": \"archstudio-design\", ";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(!io::loadDesignFile(path, test::loadOptions()).file);
        QCOMPARE(test::readAll(path), bytes);
    }

    void componentLimitIsEnforced()
    {
        io::LoadOptions options = test::loadOptions();
        options.limits.maxComponents = 2;
        const QByteArray text = R"({"format": "archstudio-design", "formatVersion": 1,
            "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}],
            "components": [{"id": "a", "kind": "dynamodb", "placement": {"region": "us-east-1"}},
                           {"id": "b", "kind": "dynamodb", "placement": {"region": "us-east-1"}},
                           {"id": "c", "kind": "dynamodb", "placement": {"region": "us-east-1"}}]})";
        const io::LoadResult result = io::loadDesignJson(text, options);
        QVERIFY(!result.file);
        QCOMPARE(result.problems.value(0).path, QStringLiteral("components"));
        QVERIFY(result.problems.value(0).message.contains(
            QStringLiteral("3 components is more than the limit of 2")));
    }

    void oversizeBareJsonIsRefusedBeforeParsing()
    {
        io::LoadOptions options = test::loadOptions();
        options.limits.maxUncompressedBytes = 1024;
        const QString path = mDir.filePath(QStringLiteral("big.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, ' '));
        f.close();
        const io::LoadResult result = io::loadDesignFile(path, options);
        QVERIFY(!result.file);
        QVERIFY(result.problems.value(0).message.contains(QStringLiteral("at most 0 MiB")));
    }

    void everyProblemIsListed()
    {
        // Three independent mistakes: all three are reported, not just the first.
        const QByteArray text = R"({"format": "archstudio-design", "formatVersion": 1,
            "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}],
            "components": [
              {"id": "db", "kind": "rds", "placement": {"region": "us-east-1", "zone": "us-east-1x"}},
              {"id": "c", "kind": "elasticache", "placement": {"region": "us-east-1", "zone": "us-east-1a"},
               "properties": {"shards": 0}}],
            "links": [{"from": "db", "to": "nowhere", "traffic": "reads"}]})";
        const io::LoadResult result = io::loadDesignJson(text, test::loadOptions());
        QStringList paths;
        for (const model::Problem &p : result.problems)
            paths << p.path;
        QVERIFY2(paths.contains(QStringLiteral("components[0].placement.zone")),
                 qPrintable(paths.join(' ')));
        QVERIFY(paths.contains(QStringLiteral("components[1].properties.shards")));
        QVERIFY(paths.contains(QStringLiteral("links[0].to")));
    }

    void wrongTypeIsNotReportedTwice()
    {
        const QByteArray text = R"({"format": "archstudio-design", "formatVersion": 1,
            "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}],
            "components": [{"id": "db", "kind": "rds", "placement": {"region": "us-east-1", "zone": 7}}]})";
        const io::LoadResult result = io::loadDesignJson(text, test::loadOptions());
        int atZone = 0;
        for (const model::Problem &p : result.problems)
            atZone += p.path == QStringLiteral("components[0].placement.zone") ? 1 : 0;
        QCOMPARE(atZone, 1);
    }

    void problemsUnderAWrongTypeAreNotReportedAgain()
    {
        // The reader cannot read the placement or the properties; the validator, which then
        // sees no region and default properties, must not add its own problems there.
        const QByteArray text = R"({"format": "archstudio-design", "formatVersion": 1,
            "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}],
            "components": [
              {"id": "db", "kind": "rds", "placement": "us-east-1a"},
              {"id": "c", "kind": "elasticache", "placement": {"region": "us-east-1", "zone": "us-east-1a"},
               "properties": 7}]})";
        const io::LoadResult result = io::loadDesignJson(text, test::loadOptions());
        QStringList paths;
        for (const model::Problem &p : result.problems)
            paths << p.path;
        QCOMPARE(paths, QStringList({"components[0].placement", "components[1].properties"}));
    }

private:
    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(TestMalformedInputs)
#include "tst_malformedinputs.moc"
