#include "core/engine/availabilityalgebra.h"

#include <QTest>

#include <cmath>

using namespace archstudio::engine;

namespace {
bool near(double a, double b, double tolerance = 1e-12)
{
    return std::abs(a - b) <= tolerance;
}
} // namespace

class TestAvailabilityAlgebra : public QObject
{
    Q_OBJECT

private slots:
    void seriesMultiplies()
    {
        // Worked example 6 of the reference: 99.95% in series with 99.99%.
        QVERIFY(near(series({0.9995, 0.9999}), 0.99940005));
        QCOMPARE(series({}), 1.0);
    }

    void parallelCombinesRedundancy()
    {
        // Worked example 7: two 99.9% alternatives, either suffices.
        QVERIFY(near(parallel({0.999, 0.999}), 0.999999));
        QVERIFY(near(parallel({0.9, 0.8, 0.5}), 1.0 - 0.1 * 0.2 * 0.5));
        QCOMPARE(parallel({}), 0.0);
    }

    void kOfNByHand()
    {
        QVERIFY(near(kOfN(2, {0.9, 0.9, 0.9}), 3 * 0.81 * 0.1 + 0.729)); // 0.972
        // Aurora's 4-of-6 write quorum with 99% copies:
        // 0.99^6 + 6 * 0.99^5 * 0.01 + 15 * 0.99^4 * 0.01^2.
        const double expected =
            std::pow(0.99, 6) + 6 * std::pow(0.99, 5) * 0.01 + 15 * std::pow(0.99, 4) * 1e-4;
        QVERIFY(near(kOfN(4, QList<double>(6, 0.99)), expected));
        QVERIFY(near(kOfN(1, {0.9, 0.8}), parallel({0.9, 0.8})));
        QVERIFY(near(kOfN(2, {0.9, 0.8}), series({0.9, 0.8})));
        QCOMPARE(kOfN(0, {0.1}), 1.0);
        QCOMPARE(kOfN(3, {0.9, 0.9}), 0.0);
    }

    void kOfNWithUnequalParts()
    {
        // 2 of {a, b, c} = ab + ac + bc - 2abc.
        const double a = 0.9, b = 0.7, c = 0.5;
        QVERIFY(near(kOfN(2, {a, b, c}), a * b + a * c + b * c - 2 * a * b * c));
    }

    void steadyStateFromRates()
    {
        // Twice a year, 30 minutes each: 1 h down in 8,760 h.
        QVERIFY(near(steadyState(2.0, 1800.0), 8760.0 / 8761.0, 1e-12));
        QCOMPARE(steadyState(0.0, 100.0), 1.0);
    }

    void downtimeAndNines()
    {
        QVERIFY(near(downtimeMinutesPerMonth(0.999), 43.8, 1e-9));
        QVERIFY(near(downtimeMinutesPerYear(0.9999), 52.56, 1e-9));
        QVERIFY(near(nines(0.999), 3.0, 1e-9));
    }
};

QTEST_GUILESS_MAIN(TestAvailabilityAlgebra)
#include "tst_availabilityalgebra.moc"
