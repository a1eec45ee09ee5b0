// Compare Variants: the table, the stacked cost bars and the Pareto front.

#include "support/testkinds.h"
#include "ui/analysis/paretofront.h"
#include "ui/analysis/variantcomparison.h"

#include "core/catalog/catalogfile.h"
#include "core/io/designfile.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTest>

using namespace archstudio;

class TestVariantComparison : public QObject
{
    Q_OBJECT

private slots:
    void paretoFrontKeepsTheUnbeaten()
    {
        // b is beaten by a (cheaper and more available); c and a trade cost for nines.
        const QList<ui::CostAvailability> points{
            {100.0, 0.999}, {150.0, 0.998}, {300.0, 0.9999}, {300.0, 0.9999}, {50.0, 0.99}};
        QCOMPARE(ui::paretoFront(points), (QList<int>{4, 0, 2, 3}));
        QCOMPARE(ui::paretoFront({}), QList<int>{});
    }

    void comparesTwoVariants()
    {
        const io::LoadResult loaded = io::loadDesignFile(
            QStringLiteral(ARCHSTUDIO_TEST_DATA "/variants/orders-two-variants.json"),
            test::loadOptions());
        QVERIFY(loaded.file);
        ui::VariantComparison dialog(loaded.file->design, test::kinds());
        QSignalSpy compared(&dialog, &ui::VariantComparison::compared);
        QVERIFY(compared.wait(20000));
        QCOMPARE(dialog.rows().size(), 2);
        const engine::Evaluation &single = dialog.rows().at(0).evaluation;
        const engine::Evaluation &multi = dialog.rows().at(1).evaluation;
        QCOMPARE(dialog.rows().at(1).variant, QString("Multi-AZ"));
        // Multi-AZ costs more and fails over faster: both are on the front.
        QVERIFY(multi.totals.monthlyCostUsd > single.totals.monthlyCostUsd);
        QVERIFY(multi.totals.worstRtoSeconds < single.totals.worstRtoSeconds);
        QCOMPARE(dialog.front(), (QList<int>{0, 1}));
        QCOMPARE(dialog.table()->rowCount(), 2);
        QVERIFY(dialog.table()->item(1, 0)->text().startsWith("Multi-AZ"));

        // The stacked bars add up to each variant's total.
        auto *bars =
            qobject_cast<QStackedBarSeries *>(dialog.costChart()->chart()->series().first());
        QVERIFY(bars);
        for (int v = 0; v < 2; ++v) {
            double sum = 0.0;
            for (QBarSet *set : bars->barSets())
                sum += set->at(v);
            QVERIFY(qAbs(sum - dialog.rows().at(v).evaluation.totals.monthlyCostUsd) < 1e-6);
        }
        // Fewer than two ticked: nothing to compare.
        dialog.compare({"Baseline"});
        QCOMPARE(dialog.rows().size(), 0);
        dialog.compare({"Baseline", "Multi-AZ"});
        QVERIFY(compared.wait(20000));
        QCOMPARE(dialog.rows().size(), 2);
    }
};

QTEST_MAIN(TestVariantComparison)
#include "tst_variantcomparison.moc"
