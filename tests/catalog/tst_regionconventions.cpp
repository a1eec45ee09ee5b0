// How a catalog names its provider's zones and which region prices the others: the
// "regions" header, read, written and used by loads and by the studio's region edits.
#include "core/catalog/catalogfile.h"
#include "core/document/regionedits.h"
#include "core/io/designfile.h"
#include "support/testkinds.h"

#include <QTest>

using namespace archstudio;
using catalog::Catalog;
using catalog::ZoneNaming;
using model::RegionId;
using model::ZoneId;

namespace {

/// A provider that numbers its zones, "eastus-1": the bundled catalog with another header.
Catalog numberedZones(int zonesPerRegion)
{
    Catalog catalog = test::kinds()->catalog();
    catalog::RegionConventions conventions;
    conventions.zones = *ZoneNaming::fromPattern(QStringLiteral("{region}-{number}"));
    conventions.offerFirst = {QStringLiteral("eastus"), QStringLiteral("westeurope")};
    catalog.setRegionConventions(conventions);
    catalog::Entry zones = *catalog.find(QStringLiteral("region.zones"));
    zones.value = zonesPerRegion;
    catalog.setEntry(QStringLiteral("region.zones"), zones);
    return catalog;
}

QByteArray designWithZones(const QString &region, const QStringList &zones)
{
    QStringList quoted;
    for (const QString &zone : zones)
        quoted << QLatin1Char('"') + zone + QLatin1Char('"');
    return QStringLiteral(R"({"format": "archstudio-design", "formatVersion": 1, "name": "z",
        "catalog": "aws", "regions": [{"code": "%1", "zones": [%2]}], "components": []})")
        .arg(region, quoted.join(QStringLiteral(", ")))
        .toUtf8();
}

} // namespace

class TestRegionConventions : public QObject
{
    Q_OBJECT

private slots:
    void lettersAndNumbersNameZones()
    {
        const ZoneNaming letters;
        QCOMPARE(letters.code(QStringLiteral("us-east-1"), 0), QStringLiteral("us-east-1a"));
        QCOMPARE(letters.code(QStringLiteral("us-east-1"), 25), QStringLiteral("us-east-1z"));
        QCOMPARE(letters.code(QStringLiteral("us-east-1"), 26), QString());
        QVERIFY(letters.belongsTo(QStringLiteral("us-east-1c"), QStringLiteral("us-east-1")));
        QVERIFY(!letters.belongsTo(QStringLiteral("us-west-2a"), QStringLiteral("us-east-1")));
        QVERIFY(!letters.belongsTo(QStringLiteral("us-east-1"), QStringLiteral("us-east-1")));
        QVERIFY(!letters.belongsTo(QStringLiteral("us-east-1ab"), QStringLiteral("us-east-1")));
        QVERIFY(!letters.belongsTo(QStringLiteral("us-east-1A"), QStringLiteral("us-east-1")));

        const ZoneNaming numbers = *ZoneNaming::fromPattern(QStringLiteral("{region}-{number}"));
        QCOMPARE(numbers.capacity(), 99);
        QCOMPARE(numbers.code(QStringLiteral("eastus"), 0), QStringLiteral("eastus-1"));
        QCOMPARE(numbers.code(QStringLiteral("eastus"), 11), QStringLiteral("eastus-12"));
        QVERIFY(numbers.belongsTo(QStringLiteral("eastus-12"), QStringLiteral("eastus")));
        QVERIFY(!numbers.belongsTo(QStringLiteral("eastus-0"), QStringLiteral("eastus")));
        QVERIFY(!numbers.belongsTo(QStringLiteral("eastus-01"), QStringLiteral("eastus")));
        QVERIFY(!numbers.belongsTo(QStringLiteral("eastus-a"), QStringLiteral("eastus")));
        QVERIFY(!numbers.belongsTo(QStringLiteral("eastus1"), QStringLiteral("eastus")));
    }

    void patternsWithoutRegionOrOrdinalAreRefused()
    {
        for (const char *bad :
             {"{letter}", "{region}", "{region}{letter}{number}", "{region}{region}{letter}", ""}) {
            QVERIFY2(!ZoneNaming::fromPattern(QString::fromLatin1(bad)), bad);
            QVERIFY(ZoneNaming::problemWith(QString::fromLatin1(bad)));
        }
        QVERIFY(ZoneNaming::fromPattern(QStringLiteral("zone-{number}.{region}")));
    }

    void theBundledCatalogStatesAwsConventions()
    {
        const catalog::RegionConventions &conventions =
            catalog::bundledCatalog().regionConventions();
        QCOMPARE(conventions.reference, QStringLiteral("us-east-1"));
        QCOMPARE(conventions.zones.pattern(), QStringLiteral("{region}{letter}"));
        QCOMPARE(conventions.offerFirst.first(), QStringLiteral("us-east-1"));
        const QStringList offered = catalog::bundledCatalog().regionsInOfferOrder();
        QCOMPARE(offered.mid(0, conventions.offerFirst.size()), conventions.offerFirst);
        QCOMPARE(offered.size(), catalog::bundledCatalog().regions().size());
    }

    void theHeaderRoundTripsAndBadOnesAreRefused()
    {
        const Catalog numbered = numberedZones(2);
        const catalog::CatalogLoadResult back =
            catalog::parseCatalog(catalog::catalogToJson(numbered));
        QVERIFY2(back.catalog, qPrintable(back.error));
        QCOMPARE(back.catalog->regionConventions(), numbered.regionConventions());

        QByteArray json = catalog::catalogToJson(numbered);
        json.replace("{region}-{number}", "{region}");
        const catalog::CatalogLoadResult refused = catalog::parseCatalog(json);
        QVERIFY(!refused.catalog);
        QVERIFY2(refused.error.startsWith(QStringLiteral("regions.zoneCodes: ")),
                 qPrintable(refused.error));
    }

    void newRegionsAndZonesFollowTheCatalog()
    {
        const Catalog catalog = numberedZones(2);
        model::Design design;
        const RegionId first = document::edits::nextRegionCode(design, catalog);
        QCOMPARE(first.value(), QStringLiteral("eastus"));
        const QList<ZoneId> zones = document::edits::newRegionZones(first, catalog);
        QCOMPARE(zones, (QList<ZoneId>{ZoneId("eastus-1"), ZoneId("eastus-2")}));
        design.regions.append({first, zones});
        QCOMPARE(document::edits::nextRegionCode(design, catalog).value(),
                 QStringLiteral("westeurope"));
        QCOMPARE(
            document::edits::nextZoneCode(design, first, catalog.regionConventions().zones).value(),
            QStringLiteral("eastus-3"));

        // The shipped catalog: AWS's three lettered zones, us-east-1 first.
        const Catalog &shipped = test::kinds()->catalog();
        const RegionId aws = document::edits::nextRegionCode(model::Design(), shipped);
        QCOMPARE(aws.value(), QStringLiteral("us-east-1"));
        QCOMPARE(document::edits::newRegionZones(aws, shipped),
                 (QList<ZoneId>{ZoneId("us-east-1a"), ZoneId("us-east-1b"), ZoneId("us-east-1c")}));
    }

    void loadsCheckZonesAgainstTheCatalogsNaming()
    {
        io::LoadOptions aws;
        aws.useKinds(*test::kinds());
        QVERIFY(io::loadDesignJson(designWithZones("us-east-1", {"us-east-1a", "us-east-1b"}), aws)
                    .file);
        const io::LoadResult wrong =
            io::loadDesignJson(designWithZones("us-east-1", {"us-east-1a", "us-west-2b"}), aws);
        QVERIFY(!wrong.file);
        QCOMPARE(wrong.problems.first().path, QStringLiteral("regions[0].zones[1]"));
        QCOMPARE(wrong.problems.first().message,
                 QStringLiteral("zone \"us-west-2b\" does not belong to region us-east-1; "
                                "expected a code such as \"us-east-1a\""));

        const Catalog numbered = numberedZones(3);
        io::LoadOptions other = aws;
        other.catalog = &numbered;
        QVERIFY(
            io::loadDesignJson(designWithZones("eastus", {"eastus-1", "eastus-2"}), other).file);
        const io::LoadResult lettered =
            io::loadDesignJson(designWithZones("eastus", {"eastusa"}), other);
        QVERIFY(!lettered.file);
        QVERIFY(lettered.problems.first().message.contains(QStringLiteral("\"eastus-1\"")));
    }
};

QTEST_GUILESS_MAIN(TestRegionConventions)
#include "tst_regionconventions.moc"
