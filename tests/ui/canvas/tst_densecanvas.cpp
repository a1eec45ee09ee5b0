// Large designs on the canvas. Level of detail where links are dense: past a few hundred links
// in view they are drawn plainly and without labels; the 10,000-component design at 100% is
// dense, and stays so when only a bit of the view is repainted; the sample never is. Far out,
// a large design is one cached picture, and its items say they draw nothing.
#include "canvasfixtures.h"
#include "core/engine/kindset.h"
#include "support/testkinds.h"
#include "syntheticdesign.h"

#include "core/render/diagramstyle.h"
#include "ui/canvas/componentitem.h"

#include <QTest>

using namespace archstudio;
using namespace archstudio::ui;

class TestDenseCanvas : public QObject
{
    Q_OBJECT

private slots:
    void densityIsThatOfTheWholeView()
    {
        document::Document document(benchmarks::syntheticDesign(10000), test::kinds());
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
        document::Document sample(testing::sampleDesign(), test::kinds());
        DiagramScene small;
        small.setDocument(&sample);
        DiagramView smallView(&small);
        smallView.resize(1600, 1000);
        smallView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&smallView));
        smallView.viewport()->grab();
        QVERIFY(!small.linksAreDense());
    }

    void largeDesignsFarOutAreOnePicture()
    {
        document::Document document(benchmarks::syntheticDesign(2500), test::kinds());
        DiagramScene scene;
        scene.setDocument(&document);
        DiagramView view(&scene);
        view.resize(1200, 800);
        view.setZoom(1.0);
        QVERIFY(!scene.isFarView());
        ComponentItem *item = scene.componentItems().begin().value();
        QVERIFY(!(item->flags() & QGraphicsItem::ItemHasNoContents));
        view.zoomToFit();
        QVERIFY(view.zoom() < 0.35);
        QVERIFY(scene.isFarView());
        QVERIFY(item->flags() & QGraphicsItem::ItemHasNoContents);
        // The picture shows the cards: the view fills with their colours once the worker has
        // drawn it.
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRgb rds = render::style::kindColour(test::kinds()->schemas().schema("rds")).rgb();
        const auto cardPixels = [&view, rds] {
            const QImage frame = view.viewport()->grab().toImage();
            int pixels = 0;
            for (int y = 0; y < frame.height(); y += 2)
                for (int x = 0; x < frame.width(); x += 2)
                    pixels += qAbs(qRed(frame.pixel(x, y)) - qRed(rds)) < 24 &&
                              qAbs(qGreen(frame.pixel(x, y)) - qGreen(rds)) < 24 &&
                              qAbs(qBlue(frame.pixel(x, y)) - qBlue(rds)) < 24;
            return pixels;
        };
        QTRY_VERIFY2(cardPixels() > 500, qPrintable(QString::number(cardPixels())));
        // Still selectable, and a selected card draws itself over the picture.
        item->setSelected(true);
        QVERIFY(!(item->flags() & QGraphicsItem::ItemHasNoContents));
        view.setZoom(1.0);
        QVERIFY(!scene.isFarView());
        for (ComponentItem *c : scene.componentItems())
            QVERIFY(!(c->flags() & QGraphicsItem::ItemHasNoContents));
        // The sample is small: drawn item by item at any zoom.
        document::Document sample(testing::sampleDesign(), test::kinds());
        DiagramScene small;
        small.setDocument(&sample);
        DiagramView smallView(&small);
        smallView.setZoom(0.05);
        QVERIFY(!small.isFarView());
    }
};

QTEST_MAIN(TestDenseCanvas)
#include "tst_densecanvas.moc"
