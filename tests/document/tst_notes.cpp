// Notes and callouts below the canvas: the file format, the validator, the edits (undo,
// deletion, copy and paste) and every export that draws the diagram.
#include "core/engine/kindset.h"
#include "support/testkinds.h"
#include "support/undosymmetry.h"

#include "core/catalog/catalogfile.h"
#include "core/document/commands/editdesigncommand.h"
#include "core/document/designedits.h"
#include "core/document/document.h"
#include "core/document/noteedits.h"
#include "core/io/designfile.h"
#include "core/io/drawiowriter.h"
#include "core/model/designvalidator.h"
#include "core/model/kindregistry.h"
#include "core/render/diagramrenderer.h"
#include "core/render/exportformats.h"
#include "core/render/imageexporters.h"
#include "core/render/notepainter.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QUndoStack>

using namespace archstudio;
using model::Note;
using model::NoteColour;
using model::NoteTarget;

namespace {

model::Design sample()
{
    const io::LoadResult loaded = io::loadDesignFile(
        QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json"), test::loadOptions());
    if (!loaded.file)
        qFatal("the sample does not load");
    return loaded.file->design;
}

Note callout(const QString &text, QPointF at, NoteColour colour, const QString &target)
{
    Note note;
    note.text = text;
    note.at = at;
    note.size = QSizeF(260, 120);
    note.colour = colour;
    note.pointsTo = NoteTarget::parse(target);
    return note;
}

QByteArray exported(const io::Exporter &exporter, const model::Design &design)
{
    const io::ExportInput input =
        render::makeExportInput(design, test::kinds()->catalog(), test::kinds());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    io::ExportOptions options;
    options.scale = 1.0;
    const QString error = exporter.write(input, options, buffer, {});
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return buffer.data();
}

using test::pushAndCheckSymmetry;

} // namespace

class TestNotes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    void notesRoundTripThroughBothContainers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("archive") << "notes.archstudio";
        QTest::newRow("bare json") << "notes.json";
    }

    void notesRoundTripThroughBothContainers()
    {
        QFETCH(QString, file);
        io::DesignFile saved;
        saved.design = sample();
        saved.design.notes.append(
            callout("Fails over in 2 min", {900, 40}, NoteColour::Pink, "component:orders-db"));
        saved.design.notes.append(
            callout("Lost with the zone", {60, 900}, NoteColour::Blue, "zone:us-east-1a"));
        saved.design.notes.append(
            callout("Second region", {1400, 900}, NoteColour::Green, "region:eu-west-1"));
        const QString path = mDir.filePath(file);
        saved.container = io::containerForPath(path);
        QCOMPARE(io::saveDesignFile(path, saved), QString());
        const io::LoadResult loaded = io::loadDesignFile(path, test::loadOptions());
        QVERIFY(loaded.file);
        QCOMPARE(loaded.file->design.notes, saved.design.notes);
    }

    void aPlainNoteIsWrittenAsBefore()
    {
        // Defaults are left out: a file with plain notes reads the same in older versions.
        model::Design design = sample();
        QCOMPARE(design.notes.size(), 1);
        QCOMPARE(design.notes.first().size, Note::kDefaultSize);
        const QByteArray json = io::designJsonBytes(design);
        QVERIFY(json.contains("\"text\": \"The Multi-AZ standby in us-east-1b serves no reads\""));
        QVERIFY(!json.contains("\"size\""));
        QVERIFY(!json.contains("\"colour\""));
        QVERIFY(!json.contains("\"pointsTo\""));
    }

    void badNotesAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("note");
        QTest::addColumn<QString>("expected");
        QTest::newRow("colour") << QByteArray(R"({"text": "x", "at": [0, 0], "colour": "plaid"})")
                                << "notes[0].colour: unknown colour \"plaid\"";
        QTest::newRow("target") << QByteArray(R"({"text": "x", "at": [0, 0], "pointsTo": "db"})")
                                << "notes[0].pointsTo: expected component:ID, zone:CODE or "
                                   "region:CODE, got \"db\"";
        QTest::newRow("size") << QByteArray(R"({"text": "x", "at": [0, 0], "size": [5, 90]})")
                              << "notes[0].size: expected a width and height from 40 to 4000";
    }

    void badNotesAreRefusedWithTheirPath()
    {
        QFETCH(QByteArray, note);
        QFETCH(QString, expected);
        const QByteArray json = R"({"format": "archstudio-design", "formatVersion": 1,
            "name": "n", "regions": [], "components": [], "notes": [)" +
                                note + "]}";
        const io::LoadResult loaded = io::loadDesignJson(json, test::loadOptions());
        QVERIFY(!loaded.file);
        QVERIFY2(loaded.problems.first().toString().contains(expected),
                 qPrintable(loaded.problems.first().toString()));
    }

    void aCalloutToSomethingGoneIsAWarning()
    {
        model::Design design = sample();
        design.notes.append(callout("?", {0, 0}, NoteColour::Yellow, "component:nowhere"));
        design.notes.append(callout("?", {0, 0}, NoteColour::Yellow, "zone:us-east-1a"));
        const model::Problems problems =
            model::DesignValidator(test::kinds()->schemas()).validate(design);
        QCOMPARE(problems.size(), 1);
        QVERIFY(!problems.first().isError());
        QCOMPARE(problems.first().path, QString("notes[1].pointsTo"));
    }

    void editsAreOneUndoStepEach()
    {
        document::Document doc(sample(), test::kinds());
        namespace edits = document::edits;
        pushAndCheckSymmetry(
            doc, edits::addNote(doc.design(),
                                callout("a", {0, 0}, NoteColour::Grey, "component:orders-db")));
        Note changed = doc.design().notes.last();
        changed.size = QSizeF(300, 200);
        changed.text = "b";
        pushAndCheckSymmetry(doc, edits::replaceNote(doc.design(), 1, changed));
        QVERIFY(edits::replaceNote(doc.design(), 1, doc.design().notes.at(1)).isEmpty());
        // Deleting a note, and deleting what a callout points at (the arrow goes, not the note).
        edits::Selection note;
        note.notes.insert(0);
        pushAndCheckSymmetry(doc, edits::removeItems(doc.design(), note));
        edits::Selection db;
        db.components.insert(model::ComponentId("orders-db"));
        const document::DesignDelta removal = edits::removeItems(doc.design(), db);
        model::Design after = doc.design();
        removal.apply(after);
        QCOMPARE(after.notes.size(), 1);
        QVERIFY(doc.design().notes.at(0).pointsTo);
        QVERIFY(!after.notes.at(0).pointsTo);
        QCOMPARE(after.notes.at(0).text, QString("b"));
        pushAndCheckSymmetry(doc, edits::removeItems(doc.design(), db));
    }

    void copiedCalloutsFollowTheirPastedTarget()
    {
        model::Design design = sample();
        design.notes.append(callout("c", {10, 10}, NoteColour::Pink, "component:orders-db"));
        namespace edits = document::edits;
        const edits::Fragment fragment =
            edits::copyFragment(design, {model::ComponentId("orders-db")}, {1});
        QCOMPARE(fragment.design.notes.size(), 1);
        QList<model::ComponentId> pasted;
        model::Design after = design;
        edits::pasteFragment(design, test::kinds()->schemas(), fragment, QPointF(40, 40), &pasted)
            .apply(after);
        QCOMPARE(after.notes.size(), 3);
        QCOMPARE(after.notes.last().at, QPointF(50, 50));
        QCOMPARE(after.notes.last().pointsTo->id,
                 pasted.first().value()); // the copy, not the original
        QVERIFY(pasted.first() != model::ComponentId("orders-db"));
        // Pasted without its target into a design without it, the arrow goes.
        const edits::Fragment alone = edits::copyFragment(design, {}, {1});
        model::Design empty;
        edits::pasteFragment(empty, test::kinds()->schemas(), alone, QPointF()).apply(empty);
        QCOMPARE(empty.notes.size(), 1);
        QVERIFY(!empty.notes.first().pointsTo);
    }

    void calloutArrowsRunBetweenTheBorders()
    {
        const QLineF line = render::calloutLine(QRectF(0, 0, 100, 50), QRectF(300, 0, 100, 50));
        QCOMPARE(line.p1(), QPointF(100, 25));
        QCOMPARE(line.p2(), QPointF(300, 25));
        QVERIFY(render::calloutLine(QRectF(0, 0, 100, 50), QRectF(50, 0, 100, 50)).isNull());
    }

    void everyDiagramExportDrawsTheNotes()
    {
        model::Design design = sample();
        design.notes.clear();
        design.notes.append(callout("Failover takes two minutes", {1300, 60}, NoteColour::Pink,
                                    "component:orders-db"));
        // PNG: the note's pink fills its box.
        const QImage png = QImage::fromData(exported(render::PngExporter(), design), "PNG");
        const io::ExportInput input =
            render::makeExportInput(design, test::kinds()->catalog(), test::kinds());
        const render::DiagramRenderer renderer(input, {});
        const QPointF inside = QPointF(1300 + 130, 60 + 100) - renderer.bounds().topLeft();
        QCOMPARE(png.pixelColor(inside.toPoint()).name(),
                 model::noteFillHex(NoteColour::Pink).toLower());
        // SVG: its text.
        QVERIFY(exported(render::SvgExporter(), design).contains("Failover takes two minutes"));
        // draw.io: a text shape in its colour, and an edge from it to the database.
        const QByteArray drawio = exported(io::DrawioExporter(), design);
        QVERIFY(drawio.contains("Failover takes two minutes"));
        QVERIFY(drawio.contains("fillColor=" + model::noteFillHex(NoteColour::Pink).toUtf8()));
        QVERIFY(drawio.contains(R"(source="note:0" target="component:orders-db")"));
        // Read back, the note keeps its colour, size and target.
        QTemporaryFile file(mDir.filePath("XXXXXX.drawio"));
        QVERIFY(file.open());
        file.write(drawio);
        file.close();
        const io::LoadResult loaded = io::loadDesignFile(file.fileName(), test::loadOptions());
        QVERIFY2(loaded.file, qPrintable(loaded.problems.value(0).toString()));
        QCOMPARE(loaded.file->design.notes, design.notes);
    }
};

QTEST_MAIN(TestNotes)
#include "tst_notes.moc"
