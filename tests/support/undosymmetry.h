#pragma once

// Pushing a change as an undo step, then undoing and redoing it, must give back exactly the
// designs before and after (document tests of DesignDelta-based edits).

#include "core/document/commands/editdesigncommand.h"
#include "core/document/document.h"

#include <QTest>
#include <QUndoStack>

namespace archstudio::test {

inline void pushAndCheckSymmetry(document::Document &doc, document::DesignDelta delta)
{
    const model::Design before = doc.design();
    doc.undoStack()->push(
        new document::EditDesignCommand(&doc, QStringLiteral("edit"), std::move(delta)));
    const model::Design after = doc.design();
    QVERIFY(after != before);
    doc.undoStack()->undo();
    QCOMPARE(doc.design(), before);
    doc.undoStack()->redo();
    QCOMPARE(doc.design(), after);
}

} // namespace archstudio::test
