// The summary's workload table: WorkloadModel's rows and figures, how it updates after an
// edit (in place, not reset), collapsing and expanding by mouse and keyboard, and the height
// cap that keeps thousands of workloads from pushing the rest of the summary away.
#include "ui/panels/panelfixtures.h"

#include "core/render/figureformat.h"
#include "ui/panels/workloadmodel.h"
#include "ui/panels/workloadtable.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace archstudio;
using ui::WorkloadModel;

namespace {

constexpr int kMetrics = 8; // p50/p99 average and peak, SLA floor and modelled, with downtime

/// n workloads w0…w(n-1) named "Workload k", each with a served read of k ms at p50 average.
std::pair<QList<engine::WorkloadResult>, model::Design> manyWorkloads(int n)
{
    QList<engine::WorkloadResult> results;
    model::Design design;
    for (int k = 0; k < n; ++k) {
        model::Component c;
        c.id = model::ComponentId(QStringLiteral("w%1").arg(k));
        c.kind = QStringLiteral("workload");
        c.name = QStringLiteral("Workload %1").arg(k);
        design.components.append(c);
        engine::WorkloadResult r;
        r.id = c.id;
        r.read.served = true;
        r.read.average.p50Ms = k;
        results.append(r);
    }
    return {results, design};
}

QString text(const WorkloadModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestWorkloadTable : public QObject
{
    Q_OBJECT

    model::Design mDesign;
    engine::Evaluation mEvaluation;

private slots:
    void initTestCase()
    {
        mDesign = test::sampleDesign();
        mEvaluation = test::evaluateSample(mDesign);
        QVERIFY(mEvaluation.workloads.size() >= 2);
    }

    void hasAHeadingAndTheMetricsOfEachWorkload()
    {
        WorkloadModel model;
        model.setWorkloads(mEvaluation.workloads, mDesign);
        QCOMPARE(WorkloadModel::metricCount(), kMetrics);
        QCOMPARE(model.rowCount(), mEvaluation.workloads.size() * (1 + kMetrics));
        QCOMPARE(model.columnCount(), 3);
        for (int w = 0; w < model.workloadCount(); ++w) {
            const int heading = model.headingRow(w);
            QCOMPARE(heading, w * (1 + kMetrics));
            QCOMPARE(model.workloadAt(heading), w);
            QCOMPARE(model.metricAt(heading), -1);
            QVERIFY(model.index(heading, 0).data(WorkloadModel::HeadingRole).toBool());
            QCOMPARE(text(model, heading, 0),
                     mDesign.findComponent(mEvaluation.workloads.at(w).id)->displayName());
            QCOMPARE(model.index(heading, 0).data(WorkloadModel::WorkloadIdRole).toString(),
                     mEvaluation.workloads.at(w).id.value());
            for (int m = 0; m < kMetrics; ++m) {
                QCOMPARE(model.workloadAt(heading + 1 + m), w);
                QCOMPARE(model.metricAt(heading + 1 + m), m);
                QVERIFY(!model.index(heading + 1 + m, 0).data(WorkloadModel::HeadingRole).toBool());
            }
            // The second metric is p99 at average load, for reads and for writes.
            const engine::WorkloadResult &r = mEvaluation.workloads.at(w);
            QCOMPARE(text(model, heading + 2, 0), QStringLiteral("p99 average"));
            QCOMPARE(text(model, heading + 2, 1),
                     r.read.served ? render::latencyMs(r.read.average.p99Ms) : QStringLiteral("—"));
            QCOMPARE(text(model, heading + 2, 2), r.write.served
                                                      ? render::latencyMs(r.write.average.p99Ms)
                                                      : QStringLiteral("—"));
        }
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Reads"));
    }

    void anEditUpdatesTheFiguresInPlace()
    {
        WorkloadModel model;
        model.setWorkloads(mEvaluation.workloads, mDesign);
        model.setExpanded(1, false);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        const int rows = model.rowCount();

        // Three times the load: other latencies, the same workloads.
        const engine::Evaluation busier = test::evaluateSample(mDesign, 3.0);
        model.setWorkloads(busier.workloads, mDesign);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(!model.isExpanded(1));
        const int p99Peak = model.headingRow(0) + 4;
        QCOMPARE(text(model, p99Peak, 0), QStringLiteral("p99 peak"));
        QCOMPARE(text(model, p99Peak, 1),
                 render::latencyMs(busier.workloads.at(0).read.peak.p99Ms));
        QVERIFY(text(model, p99Peak, 1) !=
                render::latencyMs(mEvaluation.workloads.at(0).read.peak.p99Ms));
    }

    void otherWorkloadsResetTheRowsButKeepWhatWasCollapsed()
    {
        WorkloadModel model;
        model.setWorkloads(mEvaluation.workloads, mDesign);
        const QString firstId = mEvaluation.workloads.at(0).id.value();
        model.setExpanded(0, false);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // The first workload moves to the end: a reset, and it is still collapsed.
        QList<engine::WorkloadResult> reordered = mEvaluation.workloads;
        reordered.append(reordered.takeFirst());
        model.setWorkloads(reordered, mDesign);
        QCOMPARE(resets.count(), 1);
        const int last = model.workloadCount() - 1;
        QCOMPARE(
            model.index(model.headingRow(last), 0).data(WorkloadModel::WorkloadIdRole).toString(),
            firstId);
        QVERIFY(!model.isExpanded(last));
        QVERIFY(model.isExpanded(0));
        QCOMPARE(model.rowCount(), model.workloadCount() * (1 + kMetrics) - kMetrics);
    }

    void collapsingRemovesTheMetricRowsOnly()
    {
        WorkloadModel model;
        model.setWorkloads(mEvaluation.workloads, mDesign);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setExpanded(0, false);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), kMetrics);
        QCOMPARE(model.headingRow(1), 1);
        QCOMPARE(model.workloadAt(1), 1);
        QVERIFY(!model.index(0, 0).data(WorkloadModel::ExpandedRole).toBool());
        model.setExpanded(0, false); // already collapsed: nothing happens
        QCOMPARE(removed.count(), 1);
        model.setExpanded(0, true);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.headingRow(1), 1 + kMetrics);
    }

    void aClickOrAKeyOnAHeadingCollapsesAndExpands()
    {
        ui::WorkloadTable table;
        table.resize(320, 600);
        table.setWorkloads(mEvaluation.workloads, mDesign);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        WorkloadModel &model = *table.workloadModel();
        const QModelIndex heading = model.index(model.headingRow(1), 0);
        QTest::mouseClick(table.viewport(), Qt::LeftButton, {}, table.visualRect(heading).center());
        QVERIFY(!model.isExpanded(1));
        QTest::mouseClick(table.viewport(), Qt::LeftButton, {},
                          table.visualRect(model.index(model.headingRow(1), 0)).center());
        QVERIFY(model.isExpanded(1));
        // A metric row is not a toggle.
        QTest::mouseClick(table.viewport(), Qt::LeftButton, {},
                          table.visualRect(model.index(1, 0)).center());
        QVERIFY(model.isExpanded(0));

        table.setFocus();
        table.setCurrentIndex(model.index(model.headingRow(0), 0));
        QTest::keyClick(&table, Qt::Key_Left);
        QVERIFY(!model.isExpanded(0));
        QTest::keyClick(&table, Qt::Key_Right);
        QVERIFY(model.isExpanded(0));
        QTest::keyClick(&table, Qt::Key_Space);
        QVERIFY(!model.isExpanded(0));
    }

    void figureColumnsWidenForWiderFigures()
    {
        // An evaluation of the same workloads updates the figures in place; a column still
        // grows to fit a wider one ("saturated" where there were milliseconds).
        ui::WorkloadTable table;
        table.resize(420, 600);
        table.setWorkloads(mEvaluation.workloads, mDesign);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        const int needed = table.fontMetrics().horizontalAdvance(QStringLiteral("saturated"));
        QVERIFY(table.header()->sectionSize(1) < needed); // milliseconds are narrower
        const engine::Evaluation hot = test::evaluateSample(mDesign, 10.0);
        table.setWorkloads(hot.workloads, mDesign);
        QCOMPARE(table.workloadModel()->index(4, 1).data().toString(), QStringLiteral("saturated"));
        QTRY_VERIFY2(
            table.header()->sectionSize(1) >= needed,
            qPrintable(QStringLiteral("%1 < %2").arg(table.header()->sectionSize(1)).arg(needed)));
    }

    void thousandsOfWorkloadsScrollWithinACappedHeight()
    {
        const auto [results, design] = manyWorkloads(2000);
        ui::WorkloadTable table;
        table.resize(320, 600);
        table.setWorkloads(results, design);
        QCOMPARE(table.workloadModel()->rowCount(), 2000 * (1 + kMetrics));
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        const int row = table.sizeHintForRow(0);
        QVERIFY(row > 0);
        QCOMPARE(table.sizeHint().height(), table.header()->sizeHint().height() +
                                                ui::WorkloadTable::kMaxVisibleRows * row +
                                                2 * table.frameWidth());
        QVERIFY(table.verticalScrollBar()->maximum() > 0);
        const int last = table.workloadModel()->headingRow(1999);
        QCOMPARE(text(*table.workloadModel(), last, 0), QStringLiteral("Workload 1999"));
        QCOMPARE(text(*table.workloadModel(), last + 1, 1), render::latencyMs(1999));
    }
};

QTEST_MAIN(TestWorkloadTable)
#include "tst_workloadtable.moc"
