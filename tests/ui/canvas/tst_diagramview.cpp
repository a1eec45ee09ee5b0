// The canvas view's fit: Fit Design keeps the whole design in view while the view is resized
// (docks settling after a file opens, the window resized), until the user zooms or scrolls.
#include "canvasfixtures.h"
#include "support/testkinds.h"

#include <QScrollBar>
#include <QTest>
#include <QWheelEvent>

using namespace archstudio;
using namespace archstudio::ui;

namespace {

/// Whether the view shows all of the design.
bool showsTheWholeDesign(const DiagramView &view, const DiagramScene &scene)
{
    const QRectF shown = view.mapToScene(view.viewport()->rect()).boundingRect();
    return shown.contains(scene.designBounds());
}

} // namespace

class TestDiagramView : public QObject
{
    Q_OBJECT

private slots:
    void aFitFollowsResizesUntilTheUserZooms()
    {
        document::Document document(testing::sampleDesign(), test::kinds());
        DiagramScene scene;
        scene.setDocument(&document);
        DiagramView view(&scene);
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.zoomToFit();
        const qreal fitted = view.zoom();
        QVERIFY(showsTheWholeDesign(view, scene));

        // Smaller: zoomed out to keep all of it in view.
        view.resize(700, 500);
        QTRY_VERIFY(view.zoom() < fitted);
        QVERIFY(showsTheWholeDesign(view, scene));
        const qreal small = view.zoom();

        // The user zooms: the next resize keeps their zoom.
        view.zoomIn();
        const qreal chosen = view.zoom();
        QVERIFY(chosen > small);
        view.resize(1200, 900);
        QCoreApplication::processEvents();
        QCOMPARE(view.zoom(), chosen);

        // Fit again, then the user scrolls with the wheel: the fit ends there too.
        view.zoomToFit();
        QWheelEvent wheel(QPointF(50, 50), view.viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
                          QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &wheel);
        const qreal afterWheel = view.zoom();
        view.resize(700, 500);
        QCoreApplication::processEvents();
        QCOMPARE(view.zoom(), afterWheel);
    }
};

QTEST_MAIN(TestDiagramView)
#include "tst_diagramview.moc"
