// Presentation mode and the Scenes panel (docs/TEACHING.md): stepping through scenes by key,
// what each scene hides, its variant, load and failure, the projector's scale, and authoring
// scenes as undoable steps.

#include "core/catalog/catalogfile.h"
#include "core/document/document.h"
#include "core/io/designtemplates.h"
#include "core/model/variants.h"
#include "core/render/componentcard.h"
#include "support/testkinds.h"
#include "ui/canvas/componentitem.h"
#include "ui/canvas/containeritem.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/noteitem.h"
#include "ui/mainwindow.h"
#include "ui/present/presentationwindow.h"
#include "ui/present/scenespanel.h"

#include <QFontInfo>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace archstudio;

namespace {

/// The read-replica template with a note and three scenes: the primary alone (replicas and
/// the note hidden), everything in a second variant at twice the load, then zone a lost.
model::Design presentedDesign()
{
    model::Design d = io::loadTemplate(*io::findTemplate(QStringLiteral("rds-read-replicas")),
                                       test::loadOptions())
                          .file->design;
    model::Note note;
    note.id = QStringLiteral("note-1");
    note.text = QStringLiteral("Replicas serve reads");
    note.at = QPointF(0, -200);
    d.notes.append(note);
    d = *model::withVariantActive(model::withDuplicatedVariant(d, QStringLiteral("Bigger")),
                                  QStringLiteral("Baseline"));
    model::Scene first;
    first.caption = QStringLiteral("One primary");
    first.hidden = {model::hiddenComponentKey(QStringLiteral("replica-b")),
                    model::hiddenComponentKey(QStringLiteral("replica-c")),
                    model::hiddenNoteKey(QStringLiteral("note-1"))};
    model::Scene second;
    second.caption = QStringLiteral("Add replicas");
    second.variant = QStringLiteral("Bigger");
    second.loadFactor = 2.0;
    model::Scene third;
    third.caption = QStringLiteral("Lose zone a");
    third.failure =
        model::SceneFailure{*model::NoteTarget::parse(QStringLiteral("zone:us-east-1a")), 0.0};
    d.scenes = {first, second, third};
    return d;
}

bool cardVisible(const ui::PresentationWindow &w, const char *id)
{
    const ui::ComponentItem *item = w.diagram()->componentItem(model::ComponentId(id));
    return item && item->isVisible();
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void keysStepThroughScenes()
    {
        const model::Design design = presentedDesign();
        QVERIFY(!design.components.isEmpty());
        ui::PresentationWindow w(design, test::kinds(), false);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentScene(), 0);
        QCOMPARE(w.captionText(), QStringLiteral("One primary"));
        QCOMPARE(w.counterText(), QStringLiteral("1 / 3"));
        // Progressive disclosure: no replica, no link to one, no note yet.
        QVERIFY(cardVisible(w, "catalog-db"));
        QVERIFY(!cardVisible(w, "replica-b"));
        for (const ui::LinkItem *link : w.diagram()->linkItems()) {
            const bool toReplica = link->to().value().startsWith(QLatin1String("replica")) ||
                                   link->from().value().startsWith(QLatin1String("replica"));
            QCOMPARE(link->isVisible(), !toReplica);
        }
        QVERIFY(!w.diagram()->noteItems().first()->isVisible());

        QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(w.currentScene(), 1);
        QVERIFY(cardVisible(w, "replica-b"));
        QVERIFY(w.diagram()->noteItems().first()->isVisible());
        QCOMPARE(w.document()->design().variantName, QStringLiteral("Bigger"));
        QTest::keyClick(w.view()->viewport(), Qt::Key_Space); // from the canvas too
        QCOMPARE(w.currentScene(), 2);
        QTest::keyClick(&w, Qt::Key_PageDown); // past the last: stays
        QCOMPARE(w.currentScene(), 2);
        QTest::keyClick(&w, Qt::Key_Home);
        QCOMPARE(w.currentScene(), 0);
        QTest::keyClick(&w, Qt::Key_End);
        QCOMPARE(w.currentScene(), 2);
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.currentScene(), 1);
        QTest::keyClick(&w, Qt::Key_Left);
        QCOMPARE(w.currentScene(), 0);
        // A number then Enter jumps; a number past the end goes nowhere.
        QTest::keyClick(&w, Qt::Key_3);
        QCOMPARE(w.counterText(), QStringLiteral("Go to 3…"));
        QTest::keyClick(&w, Qt::Key_Return);
        QCOMPARE(w.currentScene(), 2);
        QCOMPARE(w.document()->design().variantName, QStringLiteral("Baseline"));
        QTest::keyClicks(&w, QStringLiteral("9"));
        QTest::keyClick(&w, Qt::Key_Enter);
        QCOMPARE(w.currentScene(), 2);
        QCOMPARE(w.counterText(), QStringLiteral("3 / 3"));
    }

    void aSceneFailsItsZone()
    {
        ui::PresentationWindow w(presentedDesign(), test::kinds(), false);
        w.resize(1280, 720);
        w.show();
        w.showScene(2);
        QTRY_VERIFY(w.isFailureShown());
        // The primary in the lost zone is down at the moment of the failure.
        QCOMPARE(w.diagram()->failureView().failedZone, QStringLiteral("us-east-1a"));
        const auto &marks = w.diagram()->failureView().components;
        QVERIFY(marks.contains(model::ComponentId("catalog-db")));
        QCOMPARE(marks.value(model::ComponentId("catalog-db")).condition, engine::Condition::Down);
        w.showScene(0); // a scene without a failure clears it
        QVERIFY(!w.isFailureShown());
        QVERIFY(w.diagram()->failureView().components.isEmpty());
    }

    void namesAreReadableOnAProjector()
    {
        ui::PresentationWindow w(presentedDesign(), test::kinds(), true);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showScene(1);
        const qreal namePixels = QFontInfo(render::cardTitleFont()).pixelSize() * w.view()->zoom();
        QVERIFY2(namePixels >= 24.0 * w.view()->viewport()->height() / 720.0 - 0.01,
                 qPrintable(QString::number(namePixels)));
        QVERIFY(w.isDark());
        QTest::keyClick(&w, Qt::Key_D);
        QVERIFY(!w.isDark());
        QVERIFY(w.isVisible());
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isVisible());
    }

    void aDesignWithoutScenesIsOneScene()
    {
        model::Design design = presentedDesign();
        design.scenes.clear();
        ui::PresentationWindow w(design, test::kinds(), false);
        QCOMPARE(w.scenes().size(), 1);
        QVERIFY(cardVisible(w, "replica-b"));
    }

    void scenesAreAuthoredAsUndoableSteps()
    {
        ui::MainWindow window(test::kinds());
        window.resize(1400, 900);
        window.show();
        model::Design design = presentedDesign();
        design.scenes.clear();
        design.notes.last().id.clear(); // named when a scene first hides it
        window.document()->setDesign(design);
        ui::ScenesPanel *panel = window.scenesPanel();
        QUndoStack *undo = window.document()->undoStack();

        panel->addFromView();
        panel->addFromView();
        QCOMPARE(window.document()->design().scenes.size(), 2);
        QCOMPARE(window.document()->design().scenes.at(1).caption, QStringLiteral("Scene 2"));
        QVERIFY(window.document()->design().scenes.at(0).viewpoint);
        QCOMPARE(window.document()->design().scenes.at(0).variant, QStringLiteral("Baseline"));
        QCOMPARE(panel->currentRow(), 1);

        panel->renameCurrent(QStringLiteral("The replicas"));
        panel->moveCurrent(-1);
        QCOMPARE(window.document()->design().scenes.at(0).caption, QStringLiteral("The replicas"));
        QCOMPARE(panel->currentRow(), 0);

        // Hiding the selection names the selected note so the scene can refer to it.
        window.scene()->componentItem(model::ComponentId("replica-b"))->setSelected(true);
        const qsizetype note = design.notes.size() - 1;
        window.scene()->noteItem(note)->setSelected(true);
        panel->hideSelection();
        const model::Design &now = window.document()->design();
        QCOMPARE(now.notes.at(note).id, QStringLiteral("note-1"));
        QVERIFY(now.scenes.at(0).hidden.contains(QStringLiteral("component:replica-b")));
        QVERIFY(now.scenes.at(0).hidden.contains(QStringLiteral("note:note-1")));

        const int steps = undo->count();
        panel->deleteCurrent();
        QCOMPARE(window.document()->design().scenes.size(), 1);
        undo->undo();
        QCOMPARE(window.document()->design().scenes.size(), 2);
        QVERIFY(window.document()->design().scenes.at(0).hidden.contains(
            QStringLiteral("note:note-1")));
        QCOMPARE(undo->count(), steps + 1);
        while (undo->canUndo())
            undo->undo();
        QVERIFY(window.document()->design().scenes.isEmpty());
        QVERIFY(window.document()->design().notes.at(note).id.isEmpty());
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
