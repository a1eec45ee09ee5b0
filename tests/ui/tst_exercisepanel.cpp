// An exercise in the studio: its checklist follows the evaluation, hints come one at a time,
// and the model answer stays out of the variant list until revealed.
#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "support/testkinds.h"
#include "ui/mainwindow.h"
#include "ui/panels/exercisepanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace archstudio;

namespace {

const QString kExercise = QStringLiteral(ARCHSTUDIO_EXERCISES "/01-survive-a-zone.json");

bool allMet(const QList<engine::GoalResult> &results)
{
    return !results.isEmpty() && std::all_of(results.cbegin(), results.cend(),
                                             [](const engine::GoalResult &r) { return r.met; });
}

} // namespace

class TestExercisePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theChecklistHintsAndModelAnswer()
    {
        ui::MainWindow window(test::kinds());
        window.setPrompt([](const QString &) { return QMessageBox::Yes; });
        auto *panel = window.findChild<ui::ExercisePanel *>("exercisePanel");
        QVERIFY(panel);
        QVERIFY(window.openFile(kExercise));
        auto *dock = window.findChild<QDockWidget *>("exerciseDock");
        QTRY_VERIFY(dock->isVisibleTo(&window));
        QTRY_COMPARE(panel->results().size(), 3);
        // The starting design misses the zone-loss and data-loss goals, and says so.
        QVERIFY(!panel->results().at(0).met);
        QVERIFY(!panel->results().at(1).met);
        QVERIFY(panel->results().at(2).met);
        const auto *goals = panel->findChild<QListWidget *>("exerciseGoals");
        QVERIFY(
            goals->item(0)->text().startsWith(QStringLiteral("✘  Survives losing any one zone")));
        QVERIFY(panel->findChild<QLabel *>("exerciseVerdict")->text().contains("1 of 3"));
        // Hints, one at a time.
        QCOMPARE(panel->hintsShown(), 0);
        panel->showNextHint();
        QCOMPARE(panel->hintsShown(), 1);
        QVERIFY(panel->findChild<QLabel *>("exerciseHints")->text().startsWith("Hint 1: "));
        QVERIFY(!panel->findChild<QLabel *>("exerciseHints")->text().contains("Hint 2"));
        // The model answer is not among the variants on offer...
        auto *variants = window.findChild<QComboBox *>("variantCombo");
        QCOMPARE(variants->count(), 1);
        QCOMPARE(variants->itemText(0), QString("Your design"));
        // ...until revealed, after a confirmation; then its figures meet every goal.
        QVERIFY(window.revealModelAnswer());
        QCOMPARE(window.document()->design().variantName, model::kModelAnswerVariant);
        QCOMPARE(variants->count(), 2);
        QTRY_VERIFY(allMet(panel->results()));
        QVERIFY(panel->findChild<QLabel *>("exerciseVerdict")->text().contains("Every goal"));
    }

    void aDesignWithoutAnExerciseHidesThePanel()
    {
        ui::MainWindow window(test::kinds());
        QVERIFY(window.openFile(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json")));
        QTRY_VERIFY(window.scheduler()->hasEvaluation());
        QVERIFY(!window.findChild<QDockWidget *>("exerciseDock")->isVisibleTo(&window));
    }
};

QTEST_MAIN(TestExercisePanel)
#include "tst_exercisepanel.moc"
