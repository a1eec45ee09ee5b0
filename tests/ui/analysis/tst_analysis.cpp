// The studio's analysis tools, driven through the main window on Qt's offscreen platform:
// failure playback on the canvas, the what-if load control and chart, Monte Carlo, and
// variants as undoable steps.

#include "support/testkinds.h"
#include "ui/analysis/failureplayback.h"
#include "ui/analysis/loadchartpanel.h"
#include "ui/analysis/loadfactorcontrol.h"
#include "ui/analysis/montecarlodialog.h"
#include "ui/analysis/variantcomparison.h"
#include "ui/canvas/componentitem.h"
#include "ui/canvas/containeritem.h"
#include "ui/mainwindow.h"

#include "core/catalog/catalogfile.h"
#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "core/engine/engine.h"
#include "core/io/designfile.h"
#include "core/model/variants.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLegend>
#include <QLegendMarker>
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
        ui::MainWindow window(test::kinds());
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

    void closingThePanelEndsTheSimulation()
    {
        ui::MainWindow window(test::kinds());
        window.show();
        QVERIFY(window.openFile(simulationData("rds-multi-az-instance.json")));
        simulate(window, "zone:us-east-1a");
        ui::FailurePlayback *playback = window.failurePlayback();
        QCOMPARE(faultOf(window, "db"), Fault::Down);
        emit playback->closeRequested();
        QVERIFY(!playback->isActive());
        QVERIFY(!window.scene()->hasFailureView());

        // A new load, an edit and a new variant each used to simulate the closed failure
        // again and draw it back on the canvas.
        QSignalSpy ready(playback, &ui::FailurePlayback::timelineReady);
        window.loadFactorControl()->setLoadFactor(2.0);
        window.setDesignNameAndDescription(QStringLiteral("Renamed"), QString());
        window.newVariantFromCurrent(QStringLiteral("Other"));
        QVERIFY(!ready.wait(3000));
        QCOMPARE(faultOf(window, "db"), Fault::None);
        QVERIFY(!window.scene()->zoneItem(model::ZoneId("us-east-1a"))->isFailed());
        QVERIFY(!window.scene()->hasFailureView());
        QVERIFY(!window.failurePlayback()->isVisible());
    }

    void compareVariantsUsesTheStudiosLoad()
    {
        ui::MainWindow window(test::kinds());
        window.show();
        QVERIFY(window.openFile(
            QStringLiteral(ARCHSTUDIO_TEST_DATA "/variants/orders-two-variants.json")));
        window.loadFactorControl()->setLoadFactor(2.0);
        QCOMPARE(window.scheduler()->scenario().loadFactor, 2.0);
        window.action(QStringLiteral("compareVariants"))->trigger();
        auto *dialog = window.findChild<ui::VariantComparison *>();
        QVERIFY(dialog);
        QSignalSpy compared(dialog, &ui::VariantComparison::compared);
        QVERIFY(compared.wait(20000));
        QCOMPARE(dialog->loadFactor(), 2.0);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("x2")),
                 qPrintable(dialog->statusText()));
        // Its figures are those of an evaluation at x2, which differ from x1's.
        const model::Design baseline =
            *model::variantAsDesign(window.document()->design(), QStringLiteral("Baseline"));
        const catalog::Catalog catalog = engine::catalogFor(baseline, test::kinds()->catalog());
        engine::Scenario doubled;
        doubled.loadFactor = 2.0;
        const engine::Evaluation atX2 =
            engine::evaluate({baseline, 0}, catalog, doubled, test::behaviours());
        const engine::Evaluation atX1 =
            engine::evaluate({baseline, 0}, catalog, {}, test::behaviours());
        const engine::Evaluation &shown = dialog->rows().at(0).evaluation;
        QCOMPARE(dialog->rows().at(0).variant, QStringLiteral("Baseline"));
        QCOMPARE(shown.loadFactor, 2.0);
        QCOMPARE(shown.workloads.first().read.perSecond, atX2.workloads.first().read.perSecond);
        QCOMPARE(shown.workloads.first().read.perSecond,
                 2.0 * atX1.workloads.first().read.perSecond);
        QCOMPARE(shown.totals.monthlyCostUsd, atX2.totals.monthlyCostUsd);
    }

    void aRebuiltDatabaseIsDrawnWhereItWasRebuilt()
    {
        ui::MainWindow window(test::kinds());
        window.show();
        QVERIFY(window.openFile(simulationData("rds-single-az.json")));
        const model::ComponentId db("db");
        const QPointF home = window.scene()->failureViewPosition(db);
        simulate(window, "zone:us-east-1a");
        ui::FailurePlayback *playback = window.failurePlayback();
        const int restored = intervalAt(playback, 3600.0);
        QVERIFY(restored > 0);
        const qsizetype index = window.document()->design().components.indexOf(
            *window.document()->design().findComponent(db));
        const engine::ComponentInterval &c =
            playback->timeline()->intervals.at(restored).components.at(index);
        QCOMPARE(c.condition, engine::Condition::Restored);
        QVERIFY(!c.servingZone.isEmpty());
        QVERIFY(c.servingZone != model::ZoneId("us-east-1a"));

        // The card is drawn inside the zone it was rebuilt in, not in the failed one.
        playback->setCurrentInterval(restored);
        const QRectF card(window.scene()->failureViewPosition(db), QSizeF(1, 1));
        QVERIFY(window.scene()->zoneItem(c.servingZone)->frame().contains(card));
        QVERIFY(!window.scene()->zoneItem(model::ZoneId("us-east-1a"))->frame().contains(card));
        QVERIFY(!(window.scene()->componentItem(db)->flags() & QGraphicsItem::ItemIsMovable));
        // Back home before the failure, and once the simulation ends; the design never moved.
        playback->setCurrentInterval(0);
        QCOMPARE(window.scene()->failureViewPosition(db), home);
        playback->setCurrentInterval(restored);
        emit playback->closeRequested();
        QCOMPARE(window.scene()->failureViewPosition(db), home);
        QVERIFY(window.scene()->componentItem(db)->flags() & QGraphicsItem::ItemIsMovable);
        QVERIFY(!window.isWindowModified());
    }

    void playingAdvancesThroughTheTimeline()
    {
        ui::MainWindow window(test::kinds());
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
        ui::MainWindow window(test::kinds());
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
        ui::MainWindow window(test::kinds());
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
        ui::MainWindow window(test::kinds());
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
        ui::MainWindow window(test::kinds());
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

    void theWhatIfChartsFitTheirDock_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("sideBySide");
        QTest::newRow("below the canvas") << QSize(1300, 360) << true;
        QTest::newRow("beside the canvas") << QSize(520, 760) << false;
    }

    void theWhatIfChartsFitTheirDock()
    {
        QFETCH(QSize, size);
        QFETCH(bool, sideBySide);
        io::LoadResult loaded =
            io::loadDesignFile(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio"),
                               test::loadOptions());
        QVERIFY(loaded.file);
        document::Document document(loaded.file->design, test::kinds());
        ui::LoadChartPanel panel(&document, test::kinds()->catalog());
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy ready(&panel, &ui::LoadChartPanel::sweepReady);
        panel.refresh();
        QVERIFY(ready.wait(20000));
        QCOMPARE(panel.chartsSideBySide(), sideBySide);
        QTRY_VERIFY(panel.utilizationChart()->chart()->legend()->markers().size() >= 3);
        for (QChartView *view : {panel.latencyChart(), panel.utilizationChart()}) {
            QChart *chart = view->chart();
            QVERIFY2(view->width() >= ui::LoadChartPanel::kMinChartWidth - 20,
                     qPrintable(QString::number(view->width())));
            // The title whole, and every legend entry whole.
            const QFontMetricsF title(chart->titleFont());
            QVERIFY2(title.horizontalAdvance(chart->title()) < chart->size().width() - 20,
                     qPrintable(chart->title()));
            const QFontMetricsF legend(chart->legend()->font());
            qreal row = 0.0, widest = 0.0;
            for (const QLegendMarker *marker : chart->legend()->markers()) {
                const qreal needed = legend.horizontalAdvance(marker->label()) + 30.0;
                row += needed;
                widest = std::max(widest, needed);
            }
            const qreal room = chart->legend()->alignment() == Qt::AlignBottom
                                   ? chart->size().width() - 10
                                   : chart->legend()->geometry().width();
            QVERIFY2((chart->legend()->alignment() == Qt::AlignBottom ? row : widest) <= room,
                     qPrintable(chart->title()));
        }
    }

    void loadChartFindsTheKnee()
    {
        ui::MainWindow window(test::kinds());
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
            io::loadDesignFile(simulationData("rds-single-az.json"), test::loadOptions())
                .file->design,
            "Baseline");
        ui::MonteCarloDialog dialog(design, test::kinds());
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
