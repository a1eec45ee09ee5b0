// Level of detail where links are dense: past a few hundred links in view they are drawn
// plainly and without labels. The 10,000-component design at 100% is dense, and stays so when
// only a bit of the view is repainted; the sample never is.
#include "canvasfixtures.h"
#include "syntheticdesign.h"

#include <QTest>

using namespace archstudio;
using namespace archstudio::ui;

class TestDenseCanvas : public QObject
{
    Q_OBJECT

private slots:
    void densityIsThatOfTheWholeView()
    {
        document::Document document(benchmarks::syntheticDesign(10000));
        DiagramScene scene;
        scene.setDocument(&document);
        DiagramView view(&scene);
        view.resize(1600, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setZoom(1.0);
        // The design's left edge in the middle of the view: the margin beside it on the left.
        const QRectF design = scene.itemsBoundingRect();
        view.centerOn(QPointF(design.left(), design.center().y()));
        view.viewport()->grab();
        QVERIFY(scene.linksAreDense());

        // Only a bit of the empty margin repainted: the view is as dense as before.
        const QPoint margin = view.mapFromScene(design.left() - 200, design.center().y());
        QVERIFY(margin.x() > 20);
        view.viewport()->repaint(QRect(margin - QPoint(10, 10), QSize(20, 20)));
        QVERIFY(scene.linksAreDense());

        // The sample: a handful of links, drawn in full.
        document::Document sample(testing::sampleDesign());
        DiagramScene small;
        small.setDocument(&sample);
        DiagramView smallView(&small);
        smallView.resize(1600, 1000);
        smallView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&smallView));
        smallView.viewport()->grab();
        QVERIFY(!small.linksAreDense());
    }
};

QTEST_MAIN(TestDenseCanvas)
#include "tst_densecanvas.moc"
