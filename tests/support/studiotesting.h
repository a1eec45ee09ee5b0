#pragma once

// What the tests of a studio window and of its file controller share: answering the studio's
// questions without a modal box, and an edit made the way a user makes it on the canvas.

#include "ui/canvas/containeritem.h"
#include "ui/canvas/diagramscene.h"

#include <QMessageBox>
#include <QPointF>
#include <QRectF>
#include <QTest>

namespace archstudio::test {

/// A ui::Prompt that answers every question with button, and counts the questions.
struct Answer
{
    QMessageBox::StandardButton button;
    int *asked;
    QMessageBox::StandardButton operator()(const QString &) const
    {
        ++*asked;
        return button;
    }
};

/// Drops an RDS database from the palette into the middle of a zone of the canvas.
inline void dropRdsInto(ui::DiagramScene &canvas, const char *zone)
{
    const QRectF frame = canvas.zoneItem(model::ZoneId(zone))->frame();
    QCOMPARE(canvas.dropPaletteEntry(ui::DiagramScene::componentEntry("rds"),
                                     frame.center() + QPointF(0, 100)),
             QString());
}

} // namespace archstudio::test
