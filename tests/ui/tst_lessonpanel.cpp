// Lesson packs in the studio: File > Open shows a pack's exercises in the Lesson panel, each
// opens as an untitled design to work on (unsaved work is asked about first), and File >
// Export Lesson Pack writes a pack that reads back as it was built.
#include "core/document/commands/setpropertycommand.h"
#include "core/document/document.h"
#include "core/io/designfile.h"
#include "core/io/lessonpack.h"
#include "support/testkinds.h"
#include "ui/lesson/lessonpackdialog.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/mainwindow.h"

#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace archstudio;

namespace {

const QString kPack = QStringLiteral(ARCHSTUDIO_LESSONS "/databases-workshop.archlesson");

QString designName(ui::MainWindow &window)
{
    return window.document()->design().name;
}

} // namespace

class TestLessonPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(mDir.isValid());
    }

    void aBlankStudioOpensThePackAtItsFirstExercise()
    {
        ui::MainWindow window(test::kinds());
        window.newDesign();
        QVERIFY(window.openFile(kPack));
        auto *dock = window.findChild<QDockWidget *>("lessonDock");
        QVERIFY(dock && dock->isVisibleTo(&window));
        ui::LessonPanel *panel = window.lessonPanel();
        auto *list = panel->findChild<QListWidget *>("lessonExercises");
        QCOMPARE(list->count(), 6);
        QCOMPARE(list->item(0)->text(), QString("1. Survive losing a zone (3 goals)"));
        QVERIFY(panel->findChild<QLabel *>("lessonTitle")->text().startsWith("Databases on AWS"));
        // The first exercise is the design, untitled: Save asks where the student's work goes.
        QCOMPARE(designName(window), QString("Survive losing a zone"));
        QVERIFY(window.document()->design().exercise);
        QVERIFY(window.filePath().isEmpty());
        QCOMPARE(panel->current(), 0);
        QVERIFY(list->item(0)->font().bold());
        // The selected exercise's notes, brief and goals are shown before it is opened.
        list->setCurrentRow(3);
        const QString detail = panel->findChild<QTextBrowser *>("lessonDetail")->toPlainText();
        QVERIFY2(detail.contains("RPO 0 means"), qPrintable(detail)); // the instructor's notes
        QVERIFY(detail.contains(window.lessonPanel()->pack().items.at(3).design.exercise->brief));

        // Next goes on from the exercise being worked on, not from the selection.
        auto *next = panel->findChild<QPushButton *>("nextExercise");
        next->click();
        QCOMPARE(designName(window), QString("A read-heavy catalogue"));
        QCOMPARE(panel->current(), 1);
        // Enter on a row opens it; the last one has no next.
        list->setCurrentRow(5);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(designName(window), QString("Ready for the spike"));
        QVERIFY(!next->isEnabled());
        // Another design replaces the exercise: nothing is marked as being worked on.
        window.newDesign();
        QCOMPARE(panel->current(), -1);
    }

    void unsavedWorkIsAskedAboutFirst()
    {
        ui::MainWindow window(test::kinds());
        window.newDesign();
        QVERIFY(window.openLessonPack(kPack));
        window.document()->undoStack()->push(new document::SetPropertyCommand(
            window.document(), model::ComponentId("app"), "readsPerSecond", 999.0));
        QVERIFY(window.document()->isModified());
        QString asked;
        window.setPrompt([&asked](const QString &question) {
            asked = question;
            return QMessageBox::Cancel;
        });
        QVERIFY(!window.openLessonItem(2));
        QVERIFY2(asked.contains("Survive losing a zone"), qPrintable(asked));
        QCOMPARE(window.document()
                     ->design()
                     .findComponent(model::ComponentId("app"))
                     ->properties.value("readsPerSecond")
                     .toDouble(),
                 999.0);
        window.setPrompt([](const QString &) { return QMessageBox::Discard; });
        QVERIFY(window.openLessonItem(2));
        QCOMPARE(designName(window), QString("Fast reads on two coasts"));
    }

    void aStudioWithItsOwnDesignKeepsIt()
    {
        ui::MainWindow window(test::kinds());
        const QString design = QStringLiteral(ARCHSTUDIO_EXERCISES "/05-shopping-cart.json");
        QVERIFY(window.openFile(design));
        QVERIFY(window.openFile(kPack));
        QCOMPARE(window.filePath(), design);
        QCOMPARE(window.lessonPanel()->current(), -1);
        QCOMPARE(window.lessonPanel()->pack().items.size(), 6);
    }

    void aPackUnderAnotherNameIsStillAPack()
    {
        const QString renamed = mDir.filePath("lesson.archstudio");
        QVERIFY(QFile::copy(kPack, renamed));
        ui::MainWindow window(test::kinds());
        window.newDesign();
        bool opened = false;
        window.openFileInBackground(renamed, [&opened](bool ok) { opened = ok; });
        QTRY_VERIFY(opened);
        QCOMPARE(window.lessonPanel()->pack().items.size(), 6);
        QCOMPARE(designName(window), QString("Survive losing a zone"));
    }

    void aBrokenPackIsRefusedWithItsPlace()
    {
        const QString broken = mDir.filePath("broken.archlesson");
        QCOMPARE(io::writeArchive(broken, {{"manifest.json", R"({"format": "archstudio-lesson",
                                             "formatVersion": 1, "items": [{"file": "x.json"}]})"}}),
                 QString());
        ui::MainWindow window(test::kinds());
        window.newDesign();
        QVERIFY(!window.openFile(broken));
        QVERIFY2(window.lastError().contains("manifest.json: items[0].file: \"x.json\" is not"),
                 qPrintable(window.lastError()));
        QVERIFY(!window.lessonPanel()->hasPack());
    }

    void exportWritesThePackAsBuilt()
    {
        ui::MainWindow window(test::kinds());
        window.newDesign();
        QVERIFY(window.openLessonPack(kPack));
        ui::LessonPackDialog *dialog = window.exportLessonPack(false);
        // It starts from the open pack.
        QCOMPARE(dialog->pack().items.size(), 6);
        QCOMPARE(dialog->findChild<QLineEdit *>("packTitle")->text(),
                 window.lessonPanel()->pack().title);
        auto *list = dialog->findChild<QListWidget *>("packExercises");
        // Take the first exercise out, move the (now) first one down, add the current design
        // and give it notes.
        list->setCurrentRow(0);
        const auto click = [dialog](const QString &text) {
            for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                if (b->text().remove('&') == text) {
                    QVERIFY2(b->isEnabled(), qPrintable(text));
                    b->click();
                    return;
                }
            }
            QFAIL(qPrintable(text));
        };
        click("Remove");
        QCOMPARE(list->count(), 5);
        click("Move Down");
        QCOMPARE(list->currentRow(), 1);
        click("Add Current Design");
        QCOMPARE(list->count(), 6);
        QCOMPARE(list->currentRow(), 5);
        dialog->findChild<QPlainTextEdit *>("exerciseNotes")->setPlainText("Ours, last.");
        dialog->findChild<QLineEdit *>("packTitle")->setText("Week 4");
        QVERIFY(!dialog->addFile(mDir.filePath("absent.json")).isEmpty());

        const QString path = mDir.filePath("week4.archlesson");
        QCOMPARE(dialog->saveTo(path), QString());
        const io::LessonPackLoad load = io::loadLessonPack(path, test::loadOptions());
        QVERIFY(load.pack);
        QCOMPARE(load.pack->title, QString("Week 4"));
        QCOMPARE(load.pack->items.size(), 6);
        QCOMPARE(load.pack->items.at(0).design.name, QString("Fast reads on two coasts"));
        QCOMPARE(load.pack->items.at(1).design.name, QString("A read-heavy catalogue"));
        QCOMPARE(load.pack->items.at(5).notes, QString("Ours, last."));
        QVERIFY(load.pack->items.at(5).design == window.document()->design());
        dialog->close();
    }
};

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
