// The canvas keeps the labels of the links leaving one card apart (render::LinkLabelPlacer),
// as the exported diagrams do.
#include "support/testkinds.h"

#include "core/document/document.h"
#include "core/io/designfile.h"
#include "core/render/autolayout.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/linkitem.h"

#include <QCoreApplication>
#include <QTest>

using namespace archstudio;
using namespace archstudio::ui;

class TestCanvasLinkLabels : public QObject
{
    Q_OBJECT

private slots:
    /// A workload linked to two databases in neighbouring zones, laid out as the studio lays
    /// out a design without positions (an import): the links' middles are close.
    void linkLabelsDoNotCoverEachOther()
    {
        io::LoadResult loaded = io::loadDesignFile(
            QStringLiteral(ARCHSTUDIO_TEST_DATA "/diff/after.json"), test::loadOptions());
        QVERIFY(loaded.file);
        model::Design design = loaded.file->design;
        design.layout = render::completeLayout(design, test::kinds()->schemas());
        document::Document document{design, test::kinds()};
        DiagramScene scene;
        scene.setCatalog(test::kinds()->catalog());
        scene.setDocument(&document);
        QCoreApplication::processEvents(); // the labels are placed once the scene is built
        QList<QRectF> boxes;
        for (const LinkItem *link : scene.linkItems()) {
            if (link->label().isEmpty())
                continue;
            QVERIFY2(link->labelCentre(), qPrintable(link->label()));
            const QSizeF size = link->labelBoxSize();
            const QRectF box(*link->labelCentre() - QPointF(size.width() / 2, size.height() / 2),
                             size);
            for (const QRectF &other : std::as_const(boxes))
                QVERIFY2(!box.intersects(other), qPrintable(link->label()));
            boxes << box;
        }
        QCOMPARE(boxes.size(), 2);
    }
};

QTEST_MAIN(TestCanvasLinkLabels)
#include "tst_canvaslinklabels.moc"
