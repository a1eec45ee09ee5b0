// File > New from Template and the start page (TemplateChooser, MainWindow::newFromTemplate).
#include "core/document/document.h"
#include "core/io/designtemplates.h"
#include "support/testkinds.h"
#include "ui/mainwindow.h"
#include "ui/start/templatechooser.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace archstudio;
using ui::TemplateChooser;

class TestTemplateChooser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void showsEveryTemplateWithItsFiguresAndText()
    {
        TemplateChooser chooser(TemplateChooser::Mode::NewFromTemplate, test::kinds());
        const auto *list = chooser.findChild<QListWidget *>("templateList");
        QCOMPARE(list->count(), io::bundledTemplates().size());
        QCOMPARE(chooser.chosenTemplate(), io::bundledTemplates().first().name);
        QTRY_VERIFY(chooser.previewsReady());
        chooser.select("cache-aside");
        QCOMPARE(chooser.chosenTemplate(), QString("cache-aside"));
        const auto *title = chooser.findChild<QLabel *>("templateTitle");
        const auto *figures = chooser.findChild<QLabel *>("templateFigures");
        const auto *summary = chooser.findChild<QLabel *>("templateSummary");
        QCOMPARE(title->text(), io::findTemplate("cache-aside")->title);
        QCOMPARE(summary->text(), io::findTemplate("cache-aside")->summary);
        QVERIFY2(figures->text().startsWith("$") && figures->text().contains("a month"),
                 qPrintable(figures->text()));
        QVERIFY(figures->text().contains("availability"));
        // The pictures are drawn: not the blank placeholder any more.
        const QImage picture = list->item(0)->icon().pixmap(200, 125).toImage();
        QVERIFY(picture.pixelColor(100, 62) != QColor(Qt::white) ||
                picture.pixelColor(50, 30) != QColor(Qt::white) ||
                picture.pixelColor(150, 90) != QColor(Qt::white));
    }

    void startPageOffersABlankDesignFirstAndRemembersTheChoice()
    {
        TemplateChooser chooser(TemplateChooser::Mode::StartPage, test::kinds());
        const auto *list = chooser.findChild<QListWidget *>("templateList");
        QCOMPARE(list->count(), io::bundledTemplates().size() + 1);
        QCOMPARE(chooser.chosenTemplate(), QString()); // the blank design
        QVERIFY(TemplateChooser::showsAtStartup());
        auto *atStartup = chooser.findChild<QCheckBox *>("showAtStartup");
        QVERIFY(atStartup && atStartup->isChecked());
        atStartup->setChecked(false);
        QVERIFY(!TemplateChooser::showsAtStartup());
        atStartup->setChecked(true);
        QVERIFY(TemplateChooser::showsAtStartup());
    }

    void newFromTemplateMakesAnUntitledDesign()
    {
        ui::MainWindow window(test::kinds());
        window.newDesign();
        QVERIFY(window.newFromTemplate("aurora-readers"));
        const model::Design &design = window.document()->design();
        QCOMPARE(design.name, io::findTemplate("aurora-readers")->title);
        QCOMPARE(design.components.size(), 5);
        QVERIFY(window.filePath().isEmpty()); // Save asks where; the template stays as it is
        QVERIFY(!window.document()->isModified());
        // Laid out: every card has a place.
        QCOMPARE(design.layout.componentPositions.size(), design.components.size());
        // An unknown name changes nothing.
        QVERIFY(!window.newFromTemplate("mainframe"));
        QCOMPARE(window.document()->design().name, io::findTemplate("aurora-readers")->title);
    }
};

QTEST_MAIN(TestTemplateChooser)
#include "tst_templatechooser.moc"
