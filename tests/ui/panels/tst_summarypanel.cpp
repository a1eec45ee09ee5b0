#include "ui/panels/panelfixtures.h"

#include "core/render/componentcard.h"
#include "core/render/figureformat.h"
#include "ui/panels/costchart.h"
#include "ui/panels/summarypanel.h"
#include "ui/panels/workloadmodel.h"
#include "ui/panels/workloadtable.h"
#include "ui/widgetstyle.h"

#include <QBarSet>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QTest>

#include <cmath>

using namespace archstudio;

namespace {

/// The row of the workload's metric whose first column reads label ("p99 peak"); -1 if none.
int metricRow(const ui::WorkloadModel &model, int workload, const QString &label)
{
    const int heading = model.headingRow(workload);
    for (int row = heading + 1; row <= heading + ui::WorkloadModel::metricCount(); ++row) {
        if (model.index(row, 0).data().toString() == label)
            return row;
    }
    return -1;
}

QString cell(const ui::WorkloadModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

ui::WorkloadTable *workloadTable(const QWidget &panel)
{
    return panel.findChild<ui::WorkloadTable *>(QStringLiteral("workloadTable"));
}

QString labelText(const QWidget &panel, const char *name)
{
    auto *label = panel.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

} // namespace

class TestSummaryPanel : public QObject
{
    Q_OBJECT

    model::Design mDesign;
    engine::Evaluation mEvaluation;

    /// A panel the size of a narrow dock, shown, with the sample's evaluation.
    std::unique_ptr<ui::SummaryPanel> shownPanel(const engine::Evaluation &evaluation)
    {
        auto panel = std::make_unique<ui::SummaryPanel>();
        panel->resize(320, 700);
        panel->setEvaluation(evaluation, mDesign);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            qWarning("the panel was not exposed");
        return panel;
    }

private slots:
    void initTestCase()
    {
        mDesign = test::sampleDesign();
        mEvaluation = test::evaluateSample(mDesign);
        QVERIFY(mEvaluation.workloads.size() >= 2);
        QVERIFY(mEvaluation.totals.monthlyCostUsd > 0.0);
    }

    void findsItsPartsByName()
    {
        ui::SummaryPanel panel;
        QCOMPARE(panel.objectName(), QStringLiteral("summaryPanel"));
        QVERIFY(workloadTable(panel));
        QVERIFY(panel.findChild<QChartView *>(QStringLiteral("costChart")));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("summaryUpdating")));
    }

    void showsTheTotals()
    {
        const auto panel = shownPanel(mEvaluation);
        const engine::Totals &totals = mEvaluation.totals;
        QCOMPARE(labelText(*panel, "summaryCost"), render::fullUsd(totals.monthlyCostUsd));
        QVERIFY(labelText(*panel, "summarySlaFloor")
                    .startsWith(render::availabilityPercent(totals.availability.slaFloor)));
        QVERIFY(labelText(*panel, "summaryModelled")
                    .contains(render::downtimePerMonth(totals.availability.modelled)));
        QCOMPARE(labelText(*panel, "summaryWorstRto"), render::duration(totals.worstRtoSeconds));
        QCOMPARE(labelText(*panel, "summaryWorstRpo"), render::duration(totals.worstRpoSeconds));
        QCOMPARE(labelText(*panel, "summaryDesignName"), QStringLiteral("Global storefront"));
    }

    void aTotalWithUnpricedComponentsIsALowerBound()
    {
        // An instance class the catalog does not know: its instance is priced at nothing.
        model::Design design = mDesign;
        test::componentIn(design, QStringLiteral("orders-db"))
            .properties[QStringLiteral("instanceClass")] = QStringLiteral("db.bogus.huge");
        const engine::Evaluation evaluation = test::evaluateSample(design);
        QVERIFY(evaluation.totals.unpricedComponents >= 1);
        const auto panel = shownPanel(evaluation);
        const QString n = QString::number(evaluation.totals.unpricedComponents);
        QCOMPARE(labelText(*panel, "summaryCost"),
                 QStringLiteral("≥ %1, %2 %3 unpriced")
                     .arg(render::fullUsd(evaluation.totals.monthlyCostUsd), n,
                          n == QStringLiteral("1") ? QStringLiteral("component")
                                                   : QStringLiteral("components")));
    }

    void listsEachWorkloadWithItsLatencies()
    {
        const auto panel = shownPanel(mEvaluation);
        ui::WorkloadTable *table = workloadTable(*panel);
        QVERIFY(table->isVisible());
        QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("workloadPlaceholder"))->isVisible());
        const ui::WorkloadModel &model = *table->workloadModel();
        QCOMPARE(model.workloadCount(), mEvaluation.workloads.size());
        QCOMPARE(model.rowCount(),
                 mEvaluation.workloads.size() * (1 + ui::WorkloadModel::metricCount()));
        for (int i = 0; i < model.workloadCount(); ++i) {
            const engine::WorkloadResult &w = mEvaluation.workloads.at(i);
            QCOMPARE(cell(model, model.headingRow(i), 0),
                     mDesign.findComponent(w.id)->displayName());
            const int p99 = metricRow(model, i, QStringLiteral("p99 average"));
            QVERIFY(p99 > 0);
            QCOMPARE(cell(model, p99, 1), render::latencyMs(w.read.average.p99Ms));
            QCOMPARE(cell(model, p99, 2), render::latencyMs(w.write.average.p99Ms));
            const int peak = metricRow(model, i, QStringLiteral("p50 peak"));
            QVERIFY(peak > 0);
            QCOMPARE(cell(model, peak, 1), render::latencyMs(w.read.peak.p50Ms));
            const int modelled = metricRow(model, i, QStringLiteral("Modelled"));
            QVERIFY(modelled > 0);
            QCOMPARE(cell(model, modelled, 2),
                     render::availabilityPercent(w.write.availability.modelled));
            const int downtime = metricRow(model, i, QStringLiteral("Down/month"));
            QVERIFY(downtime > 0);
            QCOMPARE(cell(model, downtime, 1),
                     render::downtimePerMonth(w.read.availability.modelled));
        }
    }

    void theTableShowsAllItsRowsWithoutScrolling()
    {
        const auto panel = shownPanel(mEvaluation);
        ui::WorkloadTable *table = workloadTable(*panel);
        const int rows = table->model()->rowCount();
        QVERIFY(rows <= ui::WorkloadTable::kMaxVisibleRows);
        const QModelIndex lastRow = table->model()->index(rows - 1, 2);
        QTRY_VERIFY(table->viewport()->rect().contains(table->visualRect(lastRow)));
    }

    void saturatedLatencyIsMarked()
    {
        // Ten times the sample's load saturates the US storefront's readers at peak.
        const engine::Evaluation hot = test::evaluateSample(mDesign, 10.0);
        const auto panel = shownPanel(hot);
        const ui::WorkloadModel &model = *workloadTable(*panel)->workloadModel();
        int saturated = 0;
        for (int i = 0; i < hot.workloads.size(); ++i) {
            const engine::WorkloadResult &w = hot.workloads.at(i);
            const int row = metricRow(model, i, QStringLiteral("p99 peak"));
            QVERIFY(row > 0);
            const QColor colour = model.index(row, 1).data(Qt::ForegroundRole).value<QColor>();
            if (w.read.peak.saturated()) {
                ++saturated;
                QCOMPARE(cell(model, row, 1), QStringLiteral("saturated"));
                QCOMPARE(colour, ui::widgetstyle::warningColor());
            } else {
                QVERIFY(colour != ui::widgetstyle::warningColor());
            }
        }
        QVERIFY(saturated > 0);
    }

    void chartBreaksTheCostDownByComponent()
    {
        const auto panel = shownPanel(mEvaluation);
        auto *view = panel->findChild<QChartView *>(QStringLiteral("costChart"));
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->chart()->series().size(), 1);
        auto *series = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().constFirst());
        QVERIFY(series);
        const QBarSet *bars = series->barSets().constFirst();

        // The sample prices nine components: the seven dearest get a bar, two share "Other".
        QList<double> costs;
        for (const engine::ComponentResult &c : mEvaluation.components) {
            if (c.monthlyCostUsd > 0.0)
                costs << c.monthlyCostUsd;
        }
        QCOMPARE(costs.size(), 9);
        std::sort(costs.begin(), costs.end(), std::greater<>());
        QCOMPARE(bars->count(), ui::CostChart::kMaxBars);
        // Bars run bottom-up, so the dearest is the last value.
        for (int i = 0; i < ui::CostChart::kMaxBars - 1; ++i)
            QCOMPARE(bars->at(bars->count() - 1 - i), costs.at(i));
        QCOMPARE(bars->at(0), costs.at(7) + costs.at(8));
        double sum = 0.0;
        for (int i = 0; i < bars->count(); ++i)
            sum += bars->at(i);
        QVERIFY(std::abs(sum - mEvaluation.totals.monthlyCostUsd) < 0.01);

        auto *chart = qobject_cast<ui::CostChart *>(view);
        QCOMPARE(chart->nameLabels().size(), bars->count());
        QCOMPARE(chart->nameLabels().constFirst()->text(), QStringLiteral("Carts (global table)"));
        QCOMPARE(chart->costLabels().constFirst()->text(), render::compactUsd(costs.at(0)));
        QCOMPARE(chart->nameLabels().constLast()->text(), QStringLiteral("Other (2)"));
        QCOMPARE(chart->costLabels().constLast()->text(),
                 render::compactUsd(costs.at(7) + costs.at(8)));
    }

    void chartLabelsFitANarrowDockWithoutOverlapping()
    {
        model::Design design = mDesign;
        test::componentIn(design, QStringLiteral("carts")).name =
            QStringLiteral("Shopping carts of every storefront (DynamoDB global table)");
        auto panel = std::make_unique<ui::SummaryPanel>();
        panel->resize(320, 700);
        panel->setEvaluation(mEvaluation, design);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        auto *chart = panel->findChild<ui::CostChart *>(QStringLiteral("costChart"));
        QVERIFY(chart->width() <= 320);

        QList<QRectF> boxes;
        for (int i = 0; i < chart->nameLabels().size(); ++i) {
            boxes << chart->nameLabels().at(i)->sceneBoundingRect()
                  << chart->costLabels().at(i)->sceneBoundingRect();
        }
        const QRectF visible = chart->mapToScene(chart->viewport()->rect()).boundingRect();
        for (int i = 0; i < boxes.size(); ++i) {
            QVERIFY2(visible.contains(boxes.at(i)), qPrintable(QString::number(i)));
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes.at(i).intersects(boxes.at(j)),
                         qPrintable(QString("%1 %2").arg(i).arg(j)));
        }
        // The long name is elided, not clipped, and its cost is still shown in full.
        QVERIFY(chart->nameLabels().constFirst()->text().endsWith(QChar(0x2026)));
        QCOMPARE(chart->costLabels().constFirst()->text(),
                 render::compactUsd(chart->slices().constFirst().monthlyUsd));
    }

    void showsTheNotes()
    {
        engine::Evaluation noted = mEvaluation;
        noted.notes << QStringLiteral("eu-west-1 prices are us-east-1 prices times 1.1");
        const auto panel = shownPanel(noted);
        auto *notes = panel->findChild<QLabel *>(QStringLiteral("summaryNotes"));
        QVERIFY(notes->isVisible());
        QVERIFY(notes->text().contains(QStringLiteral("• eu-west-1 prices are us-east-1")));
        QVERIFY(notes->text().contains(mEvaluation.catalogDate));
    }

    void updatingKeepsTheFiguresAndMarksThem()
    {
        const auto panel = shownPanel(mEvaluation);
        auto *marker = panel->findChild<QLabel *>(QStringLiteral("summaryUpdating"));
        auto *cost = panel->findChild<QLabel *>(QStringLiteral("summaryCost"));
        const QColor normal = cost->palette().color(QPalette::WindowText);
        QVERIFY(!marker->isVisible());
        QCOMPARE(normal, panel->palette().color(QPalette::WindowText));

        panel->setUpdating(true);
        QVERIFY(panel->isUpdating());
        QVERIFY(marker->isVisible());
        QCOMPARE(marker->text(), QStringLiteral("Updating…"));
        // The figures stay, in a dimmer colour.
        QCOMPARE(cost->text(), render::fullUsd(mEvaluation.totals.monthlyCostUsd));
        QVERIFY(cost->palette().color(QPalette::WindowText) != normal);
        ui::WorkloadTable *table = workloadTable(*panel);
        QCOMPARE(table->workloadModel()->workloadCount(), mEvaluation.workloads.size());
        QVERIFY(table->palette().color(QPalette::Text) != panel->palette().color(QPalette::Text));

        panel->setUpdating(false);
        QVERIFY(!marker->isVisible());
        QCOMPARE(cost->palette().color(QPalette::WindowText), normal);
    }

    void anEmptyEvaluationShowsPlaceholders()
    {
        const auto panel = shownPanel(mEvaluation);
        panel->setEvaluation(engine::Evaluation{}, model::Design{});
        auto *placeholder = panel->findChild<QLabel *>(QStringLiteral("workloadPlaceholder"));
        QVERIFY(placeholder->isVisible());
        QVERIFY(placeholder->text().startsWith(
            QStringLiteral("Add a workload to see latency and availability")));
        QVERIFY(!workloadTable(*panel)->isVisible());
        QVERIFY(!panel->findChild<QChartView *>(QStringLiteral("costChart"))->isVisible());
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("costPlaceholder"))->isVisible());
        QCOMPARE(labelText(*panel, "summaryCost"), QStringLiteral("$0.00"));
        QCOMPARE(labelText(*panel, "summaryModelled"), QStringLiteral("—"));
        QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("summaryNotes"))->isVisible());
    }

    void aWorkloadLinkedToNothingHasNoAvailability()
    {
        // A lone workload: it depends on nothing, so "100%" would be a claim about nothing.
        model::Design design = mDesign;
        design.links.clear();
        model::Design lone;
        lone.name = QStringLiteral("lone");
        lone.regions = design.regions;
        for (const model::Component &c : design.components) {
            if (c.kind == QLatin1String("workload")) {
                lone.components.append(c);
                break;
            }
        }
        QCOMPARE(lone.components.size(), 1);
        const engine::Evaluation e = test::evaluateSample(lone);
        QVERIFY(e.workloads.first().hasNoDependencies());
        QVERIFY(!engine::anyOperationServed(e));
        ui::SummaryPanel panel;
        panel.setEvaluation(e, lone);
        QCOMPARE(labelText(panel, "summaryModelled"), QStringLiteral("—"));
        QCOMPARE(labelText(panel, "summarySlaFloor"), QStringLiteral("—"));
        const ui::WorkloadModel &model = *workloadTable(panel)->workloadModel();
        QVERIFY(cell(model, 0, 0).endsWith(QStringLiteral("no dependencies")));
        QCOMPARE(render::badgeText({}, &e.workloads.first()), QStringLiteral("no dependencies"));
    }

    void showsEvaluatingUntilTheFirstEvaluation()
    {
        ui::SummaryPanel panel;
        panel.showEvaluating(QStringLiteral("Big design"));
        QVERIFY(panel.isEvaluating());
        QCOMPARE(labelText(panel, "summaryCost"), QStringLiteral("Evaluating…"));
        QVERIFY(labelText(panel, "workloadPlaceholder").startsWith(QStringLiteral("Working out")));
        panel.setEvaluation(mEvaluation, mDesign);
        QVERIFY(!panel.isEvaluating());
        QVERIFY(labelText(panel, "summaryCost").startsWith(QLatin1Char('$')));
    }
};

QTEST_MAIN(TestSummaryPanel)
#include "tst_summarypanel.moc"
