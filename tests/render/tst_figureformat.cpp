#include "core/render/figureformat.h"

#include <QTest>

#include <limits>

using namespace archstudio::render;

class tst_FigureFormat : public QObject
{
    Q_OBJECT

private slots:
    void compactUsd_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("text");
        QTest::newRow("cents") << 0.4249 << "$0.42";
        QTest::newRow("dollars") << 412.4 << "$412";
        QTest::newRow("thousands") << 1234.0 << "$1.23k";
        QTest::newRow("ten-thousands") << 12345.0 << "$12.3k";
        QTest::newRow("millions") << 1250000.0 << "$1.25M";
        QTest::newRow("saving") << -70.0 << "-$70";
    }
    void compactUsd()
    {
        QFETCH(double, usd);
        QFETCH(QString, text);
        QCOMPARE(archstudio::render::compactUsd(usd), text);
    }

    void fullUsdGroupsThousands()
    {
        QCOMPARE(fullUsd(12345.678), QStringLiteral("$12,345.68"));
        QCOMPARE(fullUsd(-3.5), QStringLiteral("-$3.50"));
    }

    void unpricedTotalsAreLowerBounds()
    {
        QCOMPARE(markUnpriced(QStringLiteral("$861.00"), 0), QStringLiteral("$861.00"));
        QCOMPARE(markUnpriced(QStringLiteral("$165.00"), 1),
                 QStringLiteral("≥ $165.00, 1 component unpriced"));
        QCOMPARE(markUnpriced(QStringLiteral("$165.00 a month"), 3),
                 QStringLiteral("≥ $165.00 a month, 3 components unpriced"));
    }

    void availabilityShowsEveryNine_data()
    {
        QTest::addColumn<double>("availability");
        QTest::addColumn<QString>("text");
        QTest::newRow("two nines") << 0.995 << "99.50%";
        QTest::newRow("three and a half") << 0.9995 << "99.95%";
        QTest::newRow("four nines") << 0.99995 << "99.995%";
        QTest::newRow("five nines") << 0.999995 << "99.9995%";
        QTest::newRow("perfect") << 1.0 << "100%";
    }
    void availabilityShowsEveryNine()
    {
        QFETCH(double, availability);
        QFETCH(QString, text);
        QCOMPARE(availabilityPercent(availability), text);
    }

    void downtimeIsPerAverageMonth()
    {
        // 99.95% of 30.44 days leaves 0.05% = 21.9 minutes.
        QCOMPARE(downtimePerMonth(0.9995), QStringLiteral("21.9 min"));
        QCOMPARE(downtimePerMonth(0.99999), QStringLiteral("26 s"));
        QCOMPARE(downtimePerMonth(0.99), QStringLiteral("7.3 h"));
    }

    void durationPicksAUnit()
    {
        QCOMPARE(duration(std::nullopt), QStringLiteral("n/a"));
        QCOMPARE(duration(90.0), QStringLiteral("90 s"));
        QCOMPARE(duration(300.0), QStringLiteral("5.0 min"));
        QCOMPARE(duration(3.0 * 3600.0), QStringLiteral("3.0 h"));
        QCOMPARE(duration(0.25), QStringLiteral("250 ms"));
    }

    void latencyMarksSaturation()
    {
        QCOMPARE(latencyMs(0.523), QStringLiteral("0.52 ms"));
        QCOMPARE(latencyMs(12.34), QStringLiteral("12.3 ms"));
        QCOMPARE(latencyMs(std::numeric_limits<double>::infinity()), QStringLiteral("saturated"));
    }

    void costDeltaIsSignedAndMonthly_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("text");
        QTest::newRow("costs more") << 108.624 << "+$109/mo";
        QTest::newRow("saves") << -40.0 << "-$40/mo";
        QTest::newRow("thousands") << 1234.0 << "+$1.23k/mo";
        QTest::newRow("no change") << 0.0 << "$0.00/mo";
        QTest::newRow("rounds to nothing") << 0.001 << "$0.00/mo";
        QTest::newRow("saves a fraction") << -0.001 << "$0.00/mo";
    }
    void costDeltaIsSignedAndMonthly()
    {
        QFETCH(double, usd);
        QFETCH(QString, text);
        QCOMPARE(costDeltaPerMonth(usd), text);
    }

    void percentagePointsKeepTwoDigits_data()
    {
        QTest::addColumn<double>("delta");
        QTest::addColumn<QString>("text");
        QTest::newRow("a four-nines gain") << 0.00004 << "+0.0040 pp";
        QTest::newRow("half a point") << 0.005 << "+0.50 pp";
        QTest::newRow("a loss") << -0.0005 << "-0.050 pp";
        QTest::newRow("whole points") << 0.12 << "+12.0 pp";
        QTest::newRow("none") << 0.0 << "0 pp";
    }
    void percentagePointsKeepTwoDigits()
    {
        QFETCH(double, delta);
        QFETCH(QString, text);
        QCOMPARE(percentagePoints(delta), text);
    }
};

QTEST_GUILESS_MAIN(tst_FigureFormat)
#include "tst_figureformat.moc"
