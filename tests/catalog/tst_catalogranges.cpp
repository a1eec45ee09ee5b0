// The catalog's plausible ranges (docs/CATALOG.md): every figure of the bundled catalog has
// one and lies in it, and a design's override outside its figure's range is refused (issue
// 20, F5: an AZ failure rate of 1e300 a year made Monte Carlo run for ever).
#include "core/catalog/catalogfile.h"
#include "support/testkinds.h"

#include <QTest>

#include <limits>

using namespace archstudio::catalog;

namespace {

/// The catalog ArchStudio ships: the bundled figures (regions, round trips, transfer) and the
/// AWS plugin's (the database services).
const Catalog &shipped()
{
    return archstudio::test::kinds()->catalog();
}

QByteArray withRanges(const QByteArray &ranges)
{
    return R"({"format": "archstudio-catalog", "formatVersion": 1, "id": "t",
        "sources": {"est": {"tier": "E", "title": "Estimate"}},
        "entries": {"failure.az.per-year": {"value": 0.5, "unit": "1/year", "source": "est"}},
        "ranges": )" +
           ranges + "}";
}

} // namespace

class TestCatalogRanges : public QObject
{
    Q_OBJECT

private slots:
    void everyBundledFigureHasARangeAndLiesInIt()
    {
        const Catalog &c = shipped();
        QVERIFY(!c.ranges().isEmpty());
        for (auto it = c.entries().cbegin(); it != c.entries().cend(); ++it) {
            const Range *range = c.rangeForUnit(it->unit);
            QVERIFY2(
                range,
                qPrintable(QStringLiteral("%1: no range for unit \"%2\"").arg(it.key(), it->unit)));
            QVERIFY2(it->value >= range->min && it->value <= range->max, qPrintable(it.key()));
            QCOMPARE(c.checkOverride(it.key(), it->value), QString());
            QVERIFY(c.source(range->source));
        }
    }

    void overridesOutsideTheirRangeAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message"); // empty: accepted
        const QString rate = QStringLiteral("failure.az.per-year");
        const QString hours = QStringLiteral("failure.az.duration-hours");
        QTest::newRow("rate 1e300")
            << rate << 1e300 << "1e+300 is outside the plausible range of 0 to 365 1/year";
        QTest::newRow("rate 100,000") << rate << 100000.0 << "outside the plausible range";
        QTest::newRow("rate once a day") << rate << 365.0 << QString();
        QTest::newRow("rate never") << rate << 0.0 << QString();
        QTest::newRow("rate negative") << rate << -1.0 << "outside the plausible range";
        QTest::newRow("duration 1e-300 h")
            << hours << 1e-300 << "outside the plausible range of 0.01 to 8760 hour";
        QTest::newRow("duration a day") << hours << 24.0 << QString();
        QTest::newRow("price negative")
            << "price.us-east-1.transfer.inter-az" << -0.01 << "0 to 100000 USD/GB";
        QTest::newRow("SLA above one") << "sla.rds.multi-az" << 1.5 << "0 to 1 fraction";
        QTest::newRow("infinite") << rate << std::numeric_limits<double>::infinity()
                                  << "expected a finite number";
        QTest::newRow("not a number")
            << rate << std::numeric_limits<double>::quiet_NaN() << "expected a finite number";
        QTest::newRow("unknown key (reported elsewhere)") << "no.such.key" << 1e300 << QString();
    }

    void overridesOutsideTheirRangeAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(QString, message);
        const QString why = shipped().checkOverride(key, value);
        if (message.isEmpty())
            QCOMPARE(why, QString());
        else
            QVERIFY2(why.contains(message), qPrintable(why));
    }

    void theLongestPrefixWins()
    {
        Catalog c;
        c.addSource({QStringLiteral("s"), QStringLiteral("E"), QStringLiteral("Estimate"), {}, {}});
        c.setRange(QStringLiteral("USD/*"), {0, 100, QStringLiteral("s"), {}});
        c.setRange(QStringLiteral("USD/GB*"), {0, 1, QStringLiteral("s"), {}});
        c.setRange(QStringLiteral("ms"), {0, 10, QStringLiteral("s"), {}});
        QCOMPARE(c.rangeForUnit(QStringLiteral("USD/GB-month"))->max, 1.0);
        QCOMPARE(c.rangeForUnit(QStringLiteral("USD/hour"))->max, 100.0);
        QCOMPARE(c.rangeForUnit(QStringLiteral("ms"))->max, 10.0);
        QVERIFY(!c.rangeForUnit(QStringLiteral("msec")));
        QVERIFY(!c.rangeForUnit(QStringLiteral("s")));
    }

    void rangesRoundTripAndMerge()
    {
        const CatalogLoadResult parsed = parseCatalog(withRanges(
            R"({"1/year": {"min": 0, "max": 10, "source": "est", "note": "at most ten"}})"));
        QVERIFY2(parsed.catalog, qPrintable(parsed.error));
        QCOMPARE(parsed.catalog->ranges().size(), 1);
        QCOMPARE(parsed.catalog->rangeForUnit(QStringLiteral("1/year"))->note,
                 QStringLiteral("at most ten"));
        QVERIFY(parsed.catalog->checkOverride(QStringLiteral("failure.az.per-year"), 11)
                    .contains(QStringLiteral("0 to 10 1/year")));
        const CatalogLoadResult again = parseCatalog(catalogToJson(*parsed.catalog));
        QVERIFY(again.catalog);
        QCOMPARE(*again.catalog, *parsed.catalog);

        Catalog base = shipped();
        base.merge(*parsed.catalog);
        QCOMPARE(base.rangeForUnit(QStringLiteral("1/year"))->max, 10.0);
        QVERIFY(base.rangeForUnit(QStringLiteral("ms"))); // the others stay
    }

    void badRangesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("ranges");
        QTest::addColumn<QString>("error");
        QTest::newRow("min above max")
            << QByteArray(R"({"1/year": {"min": 5, "max": 1, "source": "est"}})")
            << "ranges.1/year: min is greater than max";
        QTest::newRow("undeclared source")
            << QByteArray(R"({"1/year": {"min": 0, "max": 1, "source": "nowhere"}})")
            << "ranges.1/year.source: \"nowhere\" is not one of the catalog's sources";
        QTest::newRow("string bound")
            << QByteArray(R"({"1/year": {"min": "0", "max": 1, "source": "est"}})")
            << "ranges.1/year: expected {min, max, source} with numbers";
        QTest::newRow("not an object") << QByteArray("[]") << "ranges: expected an object";
    }

    void badRangesAreRefused()
    {
        QFETCH(QByteArray, ranges);
        QFETCH(QString, error);
        const CatalogLoadResult result = parseCatalog(withRanges(ranges));
        QVERIFY(!result.catalog);
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestCatalogRanges)
#include "tst_catalogranges.moc"
