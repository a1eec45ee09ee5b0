#include "ui/mainwindow.h"

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
