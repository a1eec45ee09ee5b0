#include "ui/mainwindow.h"

#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"

#include <QLabel>
#include <QTest>

using namespace archstudio;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTheDesignName()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(
            window.openFile(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio")));
        QCOMPARE(window.windowTitle(), QStringLiteral("Global storefront — ArchStudio"));
        auto *name = window.findChild<QLabel *>(QStringLiteral("designName"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("Global storefront"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("designSummary"))
                    ->text()
                    .contains("11 components"));
    }

    void statusBarShowsLiveTotals()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(
            window.openFile(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio")));
        auto *cost = window.findChild<QLabel *>(QStringLiteral("totalCost"));
        QVERIFY(cost);
        QTRY_VERIFY(window.scheduler()->hasEvaluation());
        const engine::Evaluation &e = window.scheduler()->latestEvaluation();
        QCOMPARE(e.designName, QStringLiteral("Global storefront"));
        QVERIFY(e.totals.monthlyCostUsd > 0);
        QCOMPARE(
            cost->text(),
            QStringLiteral("$%1 a month").arg(QLocale().toString(e.totals.monthlyCostUsd, 'f', 2)));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("worstAvailability"))
                    ->text()
                    .contains(QString::number(e.totals.availability.modelled * 100.0, 'f', 4)));
        QVERIFY(cost->isEnabled());
    }

    void failedOpenKeepsTheCurrentDesign()
    {
        ui::MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json")));
        QVERIFY(
            !window.openFile(QStringLiteral(ARCHSTUDIO_TEST_DATA "/malformed/unknown-zone.json")));
        QVERIFY(window.lastError().contains(QStringLiteral("components[0].placement.zone")));
        QCOMPARE(window.designFile()->design.name, QStringLiteral("Global storefront"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Global storefront — ArchStudio"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
