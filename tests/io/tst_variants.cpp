// Variants of a design (docs/FILE-FORMAT.md, "Variants"): the model's operations, the
// version-2 file that holds them, and the errors a hand-written one can have.

#include "core/io/designfile.h"
#include "core/model/variants.h"
#include "support/testkinds.h"

#include <QTemporaryDir>
#include <QTest>

using namespace archstudio;

namespace {

model::Design twoZoneDesign()
{
    model::Design d;
    d.name = QStringLiteral("Orders");
    d.regions = {
        {model::RegionId("us-east-1"), {model::ZoneId("us-east-1a"), model::ZoneId("us-east-1b")}}};
    model::Component db;
    db.id = model::ComponentId("db");
    db.kind = QStringLiteral("rds");
    db.placement = {model::RegionId("us-east-1"), model::ZoneId("us-east-1a"), {}};
    db.properties.insert(QStringLiteral("deployment"), QStringLiteral("single-az"));
    d.components = {db};
    return d;
}

/// The baseline plus a Multi-AZ variant, which is the one being edited.
model::Design withMultiAzVariant()
{
    model::Design d = model::withDuplicatedVariant(twoZoneDesign(), QStringLiteral("Multi-AZ"));
    d.components[0].properties.insert(QStringLiteral("deployment"),
                                      QStringLiteral("multi-az-instance"));
    return d;
}

QString deploymentOf(const model::Design &d)
{
    return d.components.first().properties.value(QStringLiteral("deployment")).toString();
}

} // namespace

class TestVariants : public QObject
{
    Q_OBJECT

private slots:
    void duplicateSwitchRenameRemove()
    {
        const model::Design d = withMultiAzVariant();
        QCOMPARE(model::variantNames(d), (QStringList{"Multi-AZ", "Baseline"}));
        QCOMPARE(deploymentOf(d), QString("multi-az-instance"));

        const model::Design baseline = *model::withVariantActive(d, "Baseline");
        QCOMPARE(baseline.variantName, QString("Baseline"));
        QCOMPARE(deploymentOf(baseline), QString("single-az"));
        // Switching keeps the other variant's edits, and switching back restores them.
        QCOMPARE(*model::withVariantActive(baseline, "Multi-AZ"), d);
        QVERIFY(!model::withVariantActive(d, "Nope"));

        const model::Design single = *model::variantAsDesign(d, "Baseline");
        QVERIFY(single.otherVariants.isEmpty());
        QCOMPARE(deploymentOf(single), QString("single-az"));
        QCOMPARE(single.name, d.name);

        const model::Design renamed = *model::withVariantRenamed(d, "Baseline", "Today");
        QCOMPARE(model::variantNames(renamed), (QStringList{"Multi-AZ", "Today"}));
        QVERIFY(!model::withVariantRenamed(d, "Baseline", "Multi-AZ")); // taken
        QVERIFY(!model::withVariantRenamed(d, "Baseline", "  "));

        const model::Design removed = *model::withoutVariant(d, "Multi-AZ");
        QCOMPARE(model::variantNames(removed), (QStringList{"Baseline"}));
        QCOMPARE(deploymentOf(removed), QString("single-az"));
        QVERIFY(!model::withoutVariant(removed, "Baseline")); // the last one stays

        QCOMPARE(model::uniqueVariantName(d, "Multi-AZ"), QString("Multi-AZ 2"));
        QCOMPARE(model::uniqueVariantName(d, "Two regions"), QString("Two regions"));
    }

    void fileRoundTrip()
    {
        const model::Design d = withMultiAzVariant();
        const QByteArray bytes = io::designJsonBytes(d);
        QVERIFY(bytes.contains("\"formatVersion\": 2"));
        QVERIFY(bytes.contains("\"variant\": \"Multi-AZ\""));
        QVERIFY(bytes.contains("\"variants\": ["));
        const io::LoadResult loaded = io::loadDesignJson(bytes, test::loadOptions());
        QVERIFY2(loaded.file, qPrintable(loaded.problems.value(0).toString()));
        QCOMPARE(loaded.file->sourceFormatVersion, 2);
        // Version 3 only added scenes: reading version 2 takes that one step and changes nothing.
        QCOMPARE(loaded.file->appliedMigrations.size(), 1);
        QVERIFY(loaded.file->appliedMigrations.first().contains("scenes"));
        QCOMPARE(loaded.file->design, d);
        QCOMPARE(io::designJsonBytes(loaded.file->design), bytes);

        // In an archive too, with the manifest saying version 2.
        QTemporaryDir dir;
        const QString path = dir.filePath("orders.archstudio");
        io::DesignFile file;
        file.design = d;
        QCOMPARE(io::saveDesignFile(path, file), QString());
        const io::LoadResult archived = io::loadDesignFile(path, test::loadOptions());
        QVERIFY2(archived.file, qPrintable(archived.problems.value(0).toString()));
        QCOMPARE(archived.file->design, d);
    }

    void oneVariantIsWrittenAsVersion1()
    {
        const QByteArray bytes = io::designJsonBytes(twoZoneDesign());
        QVERIFY(bytes.contains("\"formatVersion\": 1"));
        QVERIFY(!bytes.contains("variant"));
    }

    void badVariantsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("variants");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same name")
            << QByteArray(R"([{"name": "Base", "regions": [], "components": []}])")
            << "variants[0].name: \"Base\" names another variant too";
        QTest::newRow("no name") << QByteArray(R"([{"regions": [], "components": []}])")
                                 << "variants[0].name: missing required key";
        QTest::newRow("wrong type")
            << QByteArray(R"([{"name": "B", "regions": [], "components": 3}])")
            << "variants[0].components: expected an array";
        QTest::newRow("unknown zone")
            << QByteArray(
                   R"([{"name": "B", "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}],
                 "components": [{"id": "db", "kind": "rds",
                                 "placement": {"region": "us-east-1", "zone": "us-east-1q"}}]}])")
            << "variants[0].components[0].placement.zone";
    }

    void badVariantsAreNamed()
    {
        QFETCH(QByteArray, variants);
        QFETCH(QString, expected);
        const QByteArray text = R"({"format": "archstudio-design", "formatVersion": 2,
            "variant": "Base", "regions": [], "components": [], "variants": )" +
                                variants + "}";
        const io::LoadResult result = io::loadDesignJson(text, test::loadOptions());
        QVERIFY(!result.file);
        QStringList all;
        for (const model::Problem &p : result.problems)
            all << p.toString();
        QVERIFY2(all.join('\n').contains(expected), qPrintable(all.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestVariants)
#include "tst_variants.moc"
