#include "core/document/commands/setpropertycommand.h"
#include "core/document/document.h"
#include "document/testdesigns.h"
#include "support/testkinds.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace archstudio;
using namespace archstudio::document;

namespace {

const model::ComponentId kApp(QStringLiteral("app-0"));
const model::ComponentId kDb(QStringLiteral("db-0"));

bool has(const Document &doc, const model::ComponentId &id, const QString &property)
{
    const model::Component *c = doc.design().findComponent(id);
    return c && c->properties.contains(property);
}

QVariant valueOf(const Document &doc, const model::ComponentId &id, const QString &property)
{
    const model::Component *c = doc.design().findComponent(id);
    return c ? c->properties.value(property) : QVariant();
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void newDocumentIsEmptyAndUnmodified()
    {
        Document doc(test::kinds());
        QCOMPARE(doc.revision(), quint64(0));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.design().components.isEmpty());
    }

    void setDesignReplacesEverything()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        doc.undoStack()->push(new SetPropertyCommand(&doc, kApp, "readsPerSecond", qint64(9)));
        QVERIFY(doc.isModified());
        const quint64 before = doc.revision();
        QSignalSpy changed(&doc, &Document::changed);
        QSignalSpy replaced(&doc, &Document::designReplaced);

        const model::Design next = testing::workloadsWithDatabases(3);
        doc.setDesign(next);

        QCOMPARE(doc.design(), next);
        QCOMPARE(doc.revision(), before + 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    void applyChangeBumpsRevisionAndEmitsChanged()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        QSignalSpy changed(&doc, &Document::changed);
        QSignalSpy replaced(&doc, &Document::designReplaced);
        for (quint64 i = 1; i <= 3; ++i) {
            doc.applyChange([](model::Design &d) { d.name += QLatin1Char('!'); });
            QCOMPARE(doc.revision(), i);
            QCOMPARE(changed.count(), int(i));
        }
        QCOMPARE(doc.design().name, QStringLiteral("Test design!!!"));
        QCOMPARE(replaced.count(), 0);
    }

    void undoRedoIsSymmetricOverAScriptedSession()
    {
        const model::Design original = testing::workloadsWithDatabases(2);
        Document doc(original, test::kinds());
        const model::ComponentId db1(QStringLiteral("db-1"));
        struct Edit
        {
            model::ComponentId component;
            QString property;
            QVariant value;
        };
        const QList<Edit> session = {
            {kApp, "readsPerSecond", qint64(1200)},
            {kDb, "instanceClass", QStringLiteral("db.r6g.xlarge")},
            {kDb, "iops", qint64(12000)}, // absent before
            {kApp, "peakFactor", 2.5},    // absent before
            {db1, "deployment", QStringLiteral("multi-az-instance")},
            {kApp, "readsPerSecond", qint64(1500)}, // committed, so a separate step
            {kDb, "storageGiB", QVariant()},        // an explicit null
        };
        QList<model::Design> states{original};
        for (const Edit &e : session) {
            doc.undoStack()->push(new SetPropertyCommand(&doc, e.component, e.property, e.value));
            QVERIFY(has(doc, e.component, e.property));
            QCOMPARE(valueOf(doc, e.component, e.property), e.value);
            states.append(doc.design());
        }
        QCOMPARE(doc.undoStack()->count(), session.size());
        const model::Design edited = doc.design();
        QVERIFY(edited != original);

        for (qsizetype i = session.size() - 1; i >= 0; --i) {
            const quint64 revision = doc.revision();
            doc.undoStack()->undo();
            QCOMPARE(doc.revision(), revision + 1);
            QCOMPARE(doc.design(), states.at(i));
        }
        QCOMPARE(doc.design(), original);
        QVERIFY(!doc.isModified());

        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QCOMPARE(doc.design(), edited);
        QVERIFY(doc.isModified());
    }

    void uncommittedEditsMergeIntoOneStep()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        QUndoStack *stack = doc.undoStack();
        // A slider drag: intermediate values uncommitted, the release committed.
        for (qint64 v : {500, 600, 700, 800})
            stack->push(new SetPropertyCommand(&doc, kApp, "readsPerSecond", v, false));
        stack->push(new SetPropertyCommand(&doc, kApp, "readsPerSecond", qint64(900), true));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(valueOf(doc, kApp, "readsPerSecond"), QVariant(qint64(900)));
        // Named as the inspector names the property, not as the file does.
        QVERIFY2(stack->text(0).contains(QStringLiteral("reads per second")),
                 qPrintable(stack->text(0)));

        // The committed step absorbs nothing more; other properties never merge.
        stack->push(new SetPropertyCommand(&doc, kApp, "readsPerSecond", qint64(950), false));
        stack->push(new SetPropertyCommand(&doc, kApp, "writesPerSecond", qint64(1), false));
        stack->push(new SetPropertyCommand(&doc, kDb, "writesPerSecond", qint64(2), false));
        QCOMPARE(stack->count(), 4);

        stack->undo();
        stack->undo();
        stack->undo();
        QCOMPARE(valueOf(doc, kApp, "readsPerSecond"), QVariant(qint64(900)));
        stack->undo();
        QCOMPARE(valueOf(doc, kApp, "readsPerSecond"), QVariant(qint64(400)));
        stack->redo();
        QCOMPARE(valueOf(doc, kApp, "readsPerSecond"), QVariant(qint64(900)));
    }

    void absentPropertyIsRestoredAsAbsent()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        QUndoStack *stack = doc.undoStack();
        QVERIFY(!has(doc, kDb, "iops"));

        stack->push(new SetPropertyCommand(&doc, kDb, "iops", qint64(3000)));
        QCOMPARE(valueOf(doc, kDb, "iops"), QVariant(qint64(3000)));
        stack->undo();
        QVERIFY(!has(doc, kDb, "iops"));

        // A null value is a value: setting it adds the key, undo removes it again.
        stack->redo();
        stack->push(new SetPropertyCommand(&doc, kDb, "backupGiB", QVariant()));
        QVERIFY(has(doc, kDb, "backupGiB"));
        stack->undo();
        QVERIFY(!has(doc, kDb, "backupGiB"));

        // A merged gesture that started from nothing also ends at nothing.
        stack->push(new SetPropertyCommand(&doc, kApp, "peakFactor", 2.0, false));
        stack->push(new SetPropertyCommand(&doc, kApp, "peakFactor", 3.0, true));
        stack->undo();
        QVERIFY(!has(doc, kApp, "peakFactor"));
        stack->undo();
        QCOMPARE(doc.design(), testing::workloadsWithDatabases(1));
    }

    void editsThatChangeNothingAreNotUndoSteps()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        QUndoStack *stack = doc.undoStack();
        const quint64 revision = doc.revision();
        stack->push(new SetPropertyCommand(&doc, kApp, "readsPerSecond", qint64(400)));
        stack->push(new SetPropertyCommand(&doc, model::ComponentId(QStringLiteral("nope")),
                                           "readsPerSecond", qint64(1)));
        QCOMPARE(stack->count(), 0);
        QCOMPARE(doc.revision(), revision);

        // A drag that ends where it started leaves no step behind.
        stack->push(new SetPropertyCommand(&doc, kApp, "readsPerSecond", qint64(500), false));
        stack->push(new SetPropertyCommand(&doc, kApp, "readsPerSecond", qint64(400), true));
        QCOMPARE(stack->count(), 0);
        QCOMPARE(doc.design(), testing::workloadsWithDatabases(1));
    }

    void modifiedFollowsTheCleanState()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        QSignalSpy modified(&doc, &Document::modifiedChanged);
        doc.undoStack()->push(new SetPropertyCommand(&doc, kApp, "readsPerSecond", qint64(1)));
        QVERIFY(doc.isModified());
        doc.markSaved();
        QVERIFY(!doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 3);
        QCOMPARE(modified.last().first().toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
