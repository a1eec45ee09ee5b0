#include "core/engine/queueing.h"

#include <QTest>

#include <cmath>

using namespace archstudio::engine;

class TestQueueing : public QObject
{
    Q_OBJECT

private slots:
    void erlangCMatchesTextbookValues_data()
    {
        QTest::addColumn<int>("servers");
        QTest::addColumn<double>("offered");
        QTest::addColumn<double>("expected");
        // M/M/1: the probability of waiting is the utilisation.
        QTest::newRow("1 server, 0.5 E") << 1 << 0.5 << 0.5;
        QTest::newRow("1 server, 0.9 E") << 1 << 0.9 << 0.9;
        // C(2, 1) = 1/3 by hand: B(2,1) = 0.2, C = B / (1 - rho (1 - B)) = 0.2 / 0.6.
        QTest::newRow("2 servers, 1 E") << 2 << 1.0 << 1.0 / 3.0;
        // Call-centre tables (e.g. Gross & Harris; any Erlang C calculator).
        QTest::newRow("10 servers, 8 E") << 10 << 8.0 << 0.4092;
        QTest::newRow("5 servers, 4 E") << 5 << 4.0 << 0.5541;
        QTest::newRow("20 servers, 15 E") << 20 << 15.0 << 0.1604;
    }

    void erlangCMatchesTextbookValues()
    {
        QFETCH(int, servers);
        QFETCH(double, offered);
        QFETCH(double, expected);
        QVERIFY2(std::abs(erlangC(servers, offered) - expected) < 5e-4,
                 qPrintable(QString::number(erlangC(servers, offered), 'f', 6)));
    }

    void erlangCBounds()
    {
        QCOMPARE(erlangC(4, 0.0), 0.0);
        QCOMPARE(erlangC(4, 4.0), 1.0); // a queue at 100% never drains
        QCOMPARE(erlangC(4, 5.0), 1.0);
        // Large server counts stay finite and sensible (no factorial overflow).
        const double big = erlangC(2000, 1900.0);
        QVERIFY(big > 0.0 && big < 1.0);
    }

    void mm1WaitQuantiles()
    {
        // M/M/1 with lambda = 500/s and mu = 1000/s: P(W > t) = 0.5 exp(-500 t).
        const WaitTail tail = mmcWait(1, 500.0, 0.001);
        QVERIFY(!tail.saturated);
        QVERIFY(std::abs(tail.waitProbability - 0.5) < 1e-12);
        QVERIFY(std::abs(tail.decayPerMs - 0.5) < 1e-12);
        QCOMPARE(tail.quantileMs(0.5), 0.0); // half the arrivals do not wait at all
        QVERIFY(std::abs(tail.quantileMs(0.99) - std::log(0.5 / 0.01) / 0.5) < 1e-9);
        QVERIFY(std::abs(tail.meanMs() - 1.0) < 1e-12); // Wq = rho / (mu - lambda) = 1 ms
    }

    void saturationIsUnbounded()
    {
        const WaitTail tail = mmcWait(2, 3000.0, 0.001);
        QVERIFY(tail.saturated);
        QVERIFY(std::isinf(tail.quantileMs(0.5)));
    }

    void moreLoadNeverWaitsLess()
    {
        double previous = 0.0;
        for (double lambda = 100.0; lambda < 3900.0; lambda += 100.0) {
            const double p99 = mmcWait(4, lambda, 0.001).quantileMs(0.99);
            QVERIFY(p99 >= previous);
            previous = p99;
        }
    }
};

QTEST_GUILESS_MAIN(TestQueueing)
#include "tst_queueing.moc"
