// Notes and callouts on the canvas: shown, added, edited in place, moved and resized as one
// undo step each, following their targets, deleted, and copied with the studio's Edit menu.
#include "canvasfixtures.h"
#include "support/testkinds.h"

#include "core/document/designedits.h"
#include "core/render/componentcard.h"
#include "ui/canvas/componentitem.h"
#include "ui/canvas/noteitem.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QGraphicsTextItem>
#include <QUndoStack>

using namespace archstudio;
using namespace archstudio::testing;
using ui::NoteItem;

namespace {

/// The sample on a canvas the size of a window.
struct Canvas
{
    document::Document document{sampleDesign(), test::kinds()};
    ui::DiagramScene scene;
    ui::DiagramView view{&scene};
    Canvas()
    {
        scene.setDocument(&document);
        view.resize(1200, 800);
    }
};

} // namespace

class TestNotesOnCanvas : public QObject
{
    Q_OBJECT

private slots:
    void theFilesNotesAreShown()
    {
        Canvas canvas;
        QCOMPARE(canvas.scene.noteItems().size(), 1);
        const NoteItem *item = canvas.scene.noteItems().first();
        QCOMPARE(item->note(), canvas.document.design().notes.first());
        QCOMPARE(item->pos(), canvas.document.design().notes.first().at);
    }

    void aCalloutPointsAtItsTargetAndFollowsIt()
    {
        Canvas canvas;
        const model::NoteTarget target{model::NoteTarget::Kind::Component, "orders-db"};
        canvas.scene.addNote({}, target);
        QCOMPARE(canvas.document.design().notes.size(), 2);
        QCOMPARE(canvas.document.undoStack()->count(), 1);
        NoteItem *callout = canvas.scene.noteItems().last();
        QVERIFY(callout->isEditing()); // ready to type into
        callout->finishEditing(false);
        ui::ComponentItem *db = canvas.scene.componentItem(model::ComponentId("orders-db"));
        // Placed beside the card, and its bounds reach the card for the arrow.
        QVERIFY(!callout->sceneBoundingRect().contains(db->pos()));
        QVERIFY(callout->sceneBoundingRect().intersects(render::cardRect(db->pos())));
        // The card moves within its zone: the arrow follows.
        const QPointF from = db->pos();
        const QRectF arrowBefore = callout->sceneBoundingRect();
        sceneDrag(&canvas.scene, from, from + QPointF(0, 100));
        QCOMPARE(db->pos(), from + QPointF(0, 100));
        QVERIFY(callout->sceneBoundingRect() != arrowBefore);
        QVERIFY(callout->sceneBoundingRect().intersects(render::cardRect(db->pos())));
        QCOMPARE(canvas.document.undoStack()->count(), 2);
    }

    void textIsEditedInPlaceAsOneStep()
    {
        Canvas canvas;
        NoteItem *item = canvas.scene.noteItems().first();
        item->startEditing();
        QGraphicsTextItem *text = nullptr;
        for (QGraphicsItem *child : item->childItems()) {
            if (child->type() == QGraphicsTextItem::Type)
                text = static_cast<QGraphicsTextItem *>(child);
        }
        QVERIFY(text);
        text->setPlainText("The standby serves no reads");
        item->finishEditing(true);
        QCOMPARE(canvas.document.design().notes.first().text,
                 QString("The standby serves no reads"));
        QCOMPARE(canvas.document.undoStack()->count(), 1);
        // Esc drops what was typed.
        item->startEditing();
        item->finishEditing(false);
        QCOMPARE(canvas.document.undoStack()->count(), 1);
        canvas.document.undoStack()->undo();
        QCOMPARE(canvas.document.design().notes.first().text,
                 QString("The Multi-AZ standby in us-east-1b serves no reads"));
        QCOMPARE(canvas.scene.noteItems().first()->note().text,
                 QString("The Multi-AZ standby in us-east-1b serves no reads"));
    }

    void movingAndResizingAreOneUndoStepEach()
    {
        Canvas canvas;
        NoteItem *item = canvas.scene.noteItems().first();
        const model::Note before = item->note();
        const QPointF grab = before.at + QPointF(20, 20);
        sceneDrag(&canvas.scene, grab, grab + QPointF(100, 60));
        QCOMPARE(canvas.document.design().notes.first().at, before.at + QPointF(100, 60));
        QCOMPARE(canvas.document.undoStack()->count(), 1);
        // Selected, its bottom-right grip resizes it.
        QVERIFY(item->isSelected());
        const QPointF corner =
            item->pos() + QPointF(before.size.width() - 3, before.size.height() - 3);
        QVERIFY(item->isOnResizeGrip(corner));
        sceneDrag(&canvas.scene, corner, corner + QPointF(80, 40));
        QCOMPARE(canvas.document.design().notes.first().size, before.size + QSizeF(80, 40));
        QCOMPARE(canvas.document.design().notes.first().at, before.at + QPointF(100, 60));
        QCOMPARE(canvas.document.undoStack()->count(), 2);
        canvas.document.undoStack()->undo();
        canvas.document.undoStack()->undo();
        QCOMPARE(canvas.document.design().notes.first(), before);
        QCOMPARE(item->pos(), before.at);
    }

    void colourArrowAndDeletion()
    {
        Canvas canvas;
        canvas.scene.changeNote(0, "Colour",
                                [](model::Note &n) { n.colour = model::NoteColour::Blue; });
        QCOMPARE(canvas.scene.noteItems().first()->note().colour, model::NoteColour::Blue);
        canvas.scene.noteItems().first()->setSelected(true);
        canvas.scene.deleteSelection();
        QVERIFY(canvas.document.design().notes.isEmpty());
        QVERIFY(canvas.scene.noteItems().isEmpty());
        canvas.document.undoStack()->undo();
        QCOMPARE(canvas.scene.noteItems().size(), 1);
    }

    void theEditMenuCopiesPastesAndAddsNotes()
    {
        ui::MainWindow window(test::kinds());
        window.newFromTemplate("rds-multi-az");
        ui::DiagramScene *scene = window.scene();
        QVERIFY(scene->noteItems().isEmpty());
        // Add Note with one component selected: a callout to it.
        scene->selectComponents({model::ComponentId("orders-db")});
        window.findChild<QAction *>("addNote")->trigger();
        QCOMPARE(window.document()->design().notes.size(), 1);
        QCOMPARE(window.document()->design().notes.first().pointsTo->id, QString("orders-db"));
        scene->noteItems().first()->finishEditing(false);
        // Copy and paste it: a second callout, offset, to the same database.
        scene->clearSelection();
        scene->noteItems().first()->setSelected(true);
        window.findChild<QAction *>("copy")->trigger();
        window.findChild<QAction *>("paste")->trigger();
        const QList<model::Note> &notes = window.document()->design().notes;
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(1).at, notes.at(0).at + QPointF(40, 40));
        QCOMPARE(notes.at(1).pointsTo, notes.at(0).pointsTo);
        QCOMPARE(scene->noteItems().size(), 2);
    }
};

QTEST_MAIN(TestNotesOnCanvas)
#include "tst_notesoncanvas.moc"
