// "Predict first" for figures: each guess is compared with the estimate it is about, and the
// verdict says how far off it was.

#include "core/engine/prediction.h"

#include <QTest>

using namespace archstudio;
using engine::GuessedFigure;

class TestPrediction : public QObject
{
    Q_OBJECT

private slots:
    void guessesMeetTheirEstimates()
    {
        engine::Evaluation e;
        e.totals.monthlyCostUsd = 1000.0;
        e.totals.worstRtoSeconds = 120.0;
        engine::WorkloadResult shop;
        shop.read.served = true;
        shop.read.peak.p99Ms = 5.0;
        shop.write.served = true;
        shop.write.peak.p99Ms = 12.0;
        engine::WorkloadResult idle; // serves nothing: not part of the worst p99
        idle.read.peak.p99Ms = 99.0;
        e.workloads = {shop, idle};
        const QList<engine::GuessOutcome> outcomes =
            engine::compareGuesses(e, {{GuessedFigure::MonthlyCost, 900.0},
                                       {GuessedFigure::P99AtPeak, 10.0},
                                       {GuessedFigure::WorstRto, 60.0}});
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(0).estimate, std::optional(1000.0));
        QCOMPARE(outcomes.at(0).guess.value, 900.0);
        QCOMPARE(outcomes.at(1).estimate, std::optional(12.0)); // the worst of reads and writes
        QCOMPARE(outcomes.at(2).estimate, std::optional(120.0));
    }

    void aSaturatedPathHasNoP99ToGuess()
    {
        engine::Evaluation e;
        engine::WorkloadResult w;
        w.read.served = true;
        w.read.peak.p99Ms = engine::kUnbounded;
        e.workloads = {w};
        QVERIFY(!engine::compareGuesses(e, {{GuessedFigure::P99AtPeak, 3.0}}).first().estimate);
        QVERIFY(!engine::compareGuesses({}, {{GuessedFigure::P99AtPeak, 3.0}}).first().estimate);
    }

    void theVerdictSaysHowFarOff_data()
    {
        QTest::addColumn<double>("guess");
        QTest::addColumn<double>("estimate");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("close above") << 1080.0 << 1000.0 << QStringLiteral("close: within 10%");
        QTest::newRow("close below") << 910.0 << 1000.0 << QStringLiteral("close: within 10%");
        QTest::newRow("high") << 1300.0 << 1000.0 << QStringLiteral("30% high");
        QTest::newRow("low") << 700.0 << 1000.0 << QStringLiteral("30% low");
        QTest::newRow("far low") << 400.0 << 1000.0 << QStringLiteral("2.5× low");
        QTest::newRow("far high") << 30.0 << 10.0 << QStringLiteral("3.0× high");
        QTest::newRow("zero right") << 0.0 << 0.0 << QStringLiteral("exact");
    }

    void theVerdictSaysHowFarOff()
    {
        QFETCH(double, guess);
        QFETCH(double, estimate);
        QFETCH(QString, verdict);
        QCOMPARE(engine::guessVerdict(guess, estimate), verdict);
    }
};

QTEST_GUILESS_MAIN(TestPrediction)
#include "tst_prediction.moc"
