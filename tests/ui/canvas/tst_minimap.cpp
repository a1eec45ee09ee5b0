// The Overview panel (MiniMap): it shows the design's cards, and drawing it leaves the canvas's
// cached far-view picture as it was (it used to redraw it at the overview's scale, so the
// canvas then redrew it again at its own).
#include "canvasfixtures.h"
#include "core/engine/kindset.h"
#include "support/testkinds.h"
#include "syntheticdesign.h"

#include "core/render/diagramstyle.h"
#include "ui/canvas/farviewitem.h"
#include "ui/canvas/minimap.h"

#include <QTest>

using namespace archstudio;
using namespace archstudio::ui;

namespace {

/// How many pixels of the image have the colour of RDS cards.
int rdsPixels(const QImage &image)
{
    const QColor rds =
        render::style::kindColour(test::kinds()->schemas().schema(QStringLiteral("rds")));
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += qAbs(c.red() - rds.red()) < 24 && qAbs(c.green() - rds.green()) < 24 &&
                     qAbs(c.blue() - rds.blue()) < 24;
        }
    }
    return count;
}

const FarViewItem *farViewItem(const DiagramScene &scene)
{
    for (const QGraphicsItem *item : scene.items()) {
        if (item->type() == FarViewItem::Type)
            return static_cast<const FarViewItem *>(item);
    }
    return nullptr;
}

} // namespace

class TestMiniMap : public QObject
{
    Q_OBJECT

private slots:
    void showsTheCardsOfASmallDesign()
    {
        document::Document document(testing::sampleDesign(), test::kinds());
        DiagramScene scene;
        scene.setDocument(&document);
        DiagramView view(&scene);
        view.resize(900, 600);
        view.show();
        MiniMap map(&view);
        map.resize(220, 150);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QTRY_VERIFY(rdsPixels(map.grab().toImage()) > 5);
    }

    void leavesTheFarViewPictureAlone()
    {
        document::Document document(benchmarks::syntheticDesign(2500), test::kinds());
        DiagramScene scene;
        scene.setDocument(&document);
        DiagramView view(&scene);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.zoomToFit();
        QVERIFY(scene.isFarView());
        view.viewport()->grab(); // asks for the far view's picture at the canvas's zoom
        const FarViewItem *far = farViewItem(scene);
        QVERIFY(far);
        QTRY_VERIFY(far->isPictureCurrent());
        const QSize picture = far->pictureSize();
        QVERIFY(!picture.isEmpty());

        MiniMap map(&view);
        map.resize(220, 150);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QTRY_VERIFY(rdsPixels(map.grab().toImage()) > 20);
        QCOMPARE(far->pictureSize(), picture);
    }
};

QTEST_MAIN(TestMiniMap)
#include "tst_minimap.moc"
