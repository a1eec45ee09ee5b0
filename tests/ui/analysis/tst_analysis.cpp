// The studio's analysis tools, driven through the main window on Qt's offscreen platform:
// failure playback on the canvas, the what-if load control and chart, Monte Carlo, and
// variants as undoable steps.

#include "ui/analysis/failureplayback.h"
#include "ui/analysis/loadchartpanel.h"
#include "ui/analysis/loadfactorcontrol.h"
#include "ui/analysis/montecarlodialog.h"
#include "ui/canvas/componentitem.h"
#include "ui/canvas/containeritem.h"
#include "ui/mainwindow.h"

#include "core/catalog/catalogfile.h"
#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "core/model/variants.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace archstudio;
using Fault = ui::ComponentItem::Fault;

namespace {

QString simulationData(const QString &name)
{
    return QStringLiteral(ARCHSTUDIO_TEST_DATA "/simulation/") + name;
}

Fault faultOf(ui::MainWindow &window, const char *id)
{
    return window.scene()->componentItem(model::ComponentId(id))->fault();
}

/// Simulates and waits for the timeline.
void simulate(ui::MainWindow &window, const QString &target)
{
    QSignalSpy ready(window.failurePlayback(), &ui::FailurePlayback::timelineReady);
    window.simulateFailure(*engine::FailureTarget::parse(target));
    QVERIFY(ready.wait(10000));
}

/// The interval of the timeline that contains `seconds`.
int intervalAt(ui::FailurePlayback *playback, double seconds)
{
    const auto &intervals = playback->timeline()->intervals;
    for (int i = 0; i < intervals.size(); ++i) {
        if (intervals.at(i).startSeconds <= seconds && seconds < intervals.at(i).endSeconds)
            return i;
    }
    return -1;
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void failurePlaysBackOnTheCanvas()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openFile(simulationData("rds-multi-az-instance.json")));
        simulate(window, "zone:us-east-1a");
        ui::FailurePlayback *playback = window.failurePlayback();
        QVERIFY(playback->isVisible());
        // Just after the failure: the database is down, its zone crossed out.
        QCOMPARE(playback->currentInterval(), 1);
        QCOMPARE(faultOf(window, "db"), Fault::Down);
        QVERIFY(window.scene()->zoneItem(model::ZoneId("us-east-1a"))->isFailed());
        QVERIFY(!window.scene()->zoneItem(model::ZoneId("us-east-1b"))->isFailed());
        // After the failover it serves from the standby: highlighted, not crossed.
        playback->setCurrentInterval(intervalAt(playback, 600.0));
        QCOMPARE(faultOf(window, "db"), Fault::TookOver);
        // Before the failure nothing is marked.
        playback->setCurrentInterval(0);
        QCOMPARE(faultOf(window, "db"), Fault::None);
        QVERIFY(!window.scene()->zoneItem(model::ZoneId("us-east-1a"))->isFailed());
        // Closing the playback clears the canvas.
        playback->setCurrentInterval(1);
        emit playback->closeRequested();
        QCOMPARE(faultOf(window, "db"), Fault::None);
        QVERIFY(!window.scene()->hasFailureView());
    }

    void playingAdvancesThroughTheTimeline()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openFile(simulationData("rds-single-az.json")));
        simulate(window, "component:db");
        ui::FailurePlayback *playback = window.failurePlayback();
        playback->setStepInterval(10);
        playback->setPlaying(true);
        const int last = int(playback->timeline()->intervals.size()) - 1;
        QTRY_COMPARE_WITH_TIMEOUT(playback->currentInterval(), last, 5000);
        QTRY_VERIFY(!playback->isPlaying());              // stops at the end
        QCOMPARE(faultOf(window, "db"), Fault::TookOver); // the instance was replaced
    }

    void predictFirstHidesTheOutcomeUntilRevealed()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openFile(simulationData("rds-multi-az-instance.json")));
        window.failurePlayback()->setPredictFirst(true);
        simulate(window, "zone:us-east-1a");
        ui::FailurePlayback *playback = window.failurePlayback();
        // The failure itself shows; what it does to the database does not.
        QVERIFY(window.scene()->zoneItem(model::ZoneId("us-east-1a"))->isFailed());
        QCOMPARE(faultOf(window, "db"), Fault::None);
        auto *table = playback->findChild<QTableWidget *>();
        QCOMPARE(table->item(0, 3)->text(), QString("?"));
        playback->reveal();
        QCOMPARE(faultOf(window, "db"), Fault::Down);
        QCOMPARE(table->item(0, 3)->text(), QString("0%"));
    }

    void editsAndVariantsAreSimulatedAgain()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openFile(
            QStringLiteral(ARCHSTUDIO_TEST_DATA "/variants/orders-two-variants.json")));
        simulate(window, "zone:us-east-1a");
        ui::FailurePlayback *playback = window.failurePlayback();
        // Baseline is Single-AZ: restored from backup, minutes of outage.
        QVERIFY(playback->timeline()->outcomes.first().writeOutageSeconds >= 600);
        QSignalSpy ready(playback, &ui::FailurePlayback::timelineReady);
        QVERIFY(window.switchVariant("Multi-AZ"));
        QVERIFY(ready.wait(10000));
        QVERIFY(playback->timeline()->outcomes.first().writeOutageSeconds <= 120);
    }

    void variantsAreUndoableSteps()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openFile(
            QStringLiteral(ARCHSTUDIO_TEST_DATA "/variants/orders-two-variants.json")));
        auto *combo = window.findChild<QComboBox *>("variantCombo");
        QCOMPARE(combo->currentText(), QString("Baseline"));
        QVERIFY(window.switchVariant("Multi-AZ"));
        QCOMPARE(window.document()->design().variantName, QString("Multi-AZ"));
        QCOMPARE(combo->currentText(), QString("Multi-AZ"));
        QVERIFY(window.isWindowModified());

        window.newVariantFromCurrent("Multi-AZ");
        QCOMPARE(model::variantNames(window.document()->design()),
                 (QStringList{"Multi-AZ 2", "Multi-AZ", "Baseline"}));
        QVERIFY(window.renameVariant("Multi-AZ 2", "Bigger"));
        QVERIFY(!window.renameVariant("Bigger", "Baseline"));
        QVERIFY(window.deleteVariant("Baseline"));
        QCOMPARE(model::variantNames(window.document()->design()),
                 (QStringList{"Bigger", "Multi-AZ"}));

        QUndoStack *stack = window.document()->undoStack();
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(model::variantNames(window.document()->design()),
                 (QStringList{"Baseline", "Multi-AZ"}));
        QCOMPARE(window.document()->design().variantName, QString("Baseline"));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(combo->count(), 2);
    }

    void loadFactorReevaluatesLive()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openFile(simulationData("rds-single-az.json")));
        document::EvaluationScheduler *scheduler = window.scheduler();
        QTRY_VERIFY_WITH_TIMEOUT(scheduler->hasEvaluation() && !scheduler->isBusy(), 10000);
        const double before = scheduler->latestEvaluation().workloads.first().read.perSecond;
        window.loadFactorControl()->setLoadFactor(3.0);
        QCOMPARE(scheduler->scenario().loadFactor, 3.0);
        QTRY_VERIFY_WITH_TIMEOUT(
            scheduler->latestEvaluation().loadFactor == 3.0 && !scheduler->isBusy(), 10000);
        QCOMPARE(scheduler->latestEvaluation().workloads.first().read.perSecond, 3 * before);
        // The control clamps to its range.
        window.loadFactorControl()->setLoadFactor(50.0);
        QCOMPARE(window.loadFactorControl()->loadFactor(), 10.0);
    }

    void loadChartFindsTheKnee()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openFile(simulationData("elasticache-db-too-small.json")));
        ui::LoadChartPanel *panel = window.loadChartPanel();
        QSignalSpy ready(panel, &ui::LoadChartPanel::sweepReady);
        panel->refresh();
        QVERIFY(ready.wait(20000));
        QCOMPARE(panel->sweep().points.size(), 25);
        QCOMPARE(panel->sweep().points.first().loadFactor, 0.1);
        QCOMPARE(panel->sweep().points.last().loadFactor, 10.0);
        // The first to saturate is named, with the factor where it does.
        const engine::SaturationPoint first = panel->sweep().saturation.first();
        QVERIFY(panel->kneeText().contains(first.component.value()));
        QVERIFY(first.loadFactor > 1.0);
        // p99 grows with load up to the knee; the lines stop there.
        QVERIFY(!panel->latencyChart()->chart()->series().isEmpty());
        const auto &points = panel->sweep().points;
        QVERIFY(points.at(20).workloads.first().read.average.p99Ms >=
                points.at(0).workloads.first().read.average.p99Ms);
    }

    void monteCarloRunsAndCancels()
    {
        const model::Design design = *model::variantAsDesign(
            io::loadDesignFile(simulationData("rds-single-az.json")).file->design, "Baseline");
        ui::MonteCarloDialog dialog(design, catalog::bundledCatalog());
        dialog.setYears(5000);
        QSignalSpy finished(&dialog, &ui::MonteCarloDialog::finished);
        dialog.run();
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog.result().years, 5000);
        QVERIFY(!dialog.result().cancelled);
        QCOMPARE(dialog.findChild<QTableWidget *>()->rowCount(), 2);
        QVERIFY(!dialog.chartView()->chart()->series().isEmpty());

        dialog.setYears(10'000'000);
        dialog.run();
        QVERIFY(dialog.isRunning());
        dialog.cancel();
        QVERIFY(finished.wait(20000));
        QVERIFY(dialog.result().cancelled);
        QVERIFY(dialog.result().years < 10'000'000);
    }
};

QTEST_MAIN(TestAnalysis)
#include "tst_analysis.moc"
