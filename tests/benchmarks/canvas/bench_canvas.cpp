// Canvas benchmarks (docs/BENCHMARKS.md, "The canvas alone"): open-to-first-paint of a large design
// in the studio, and the time to paint one frame of the canvas at several zoom levels. Runs on the
// offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "support/testkinds.h"
#include "syntheticdesignfile.h"

#include "core/io/designfile.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QScrollBar>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

#include <memory>

using namespace archstudio;

namespace {

constexpr QSize kWindow(1600, 1000);

QString designFile(int components)
{
    return benchmarks::syntheticDesignFile(components);
}

/// A large design's items are built in steps, and far out its picture is drawn on a worker
/// once a frame asks for it: paints and turns the event loop until the canvas is complete.
void paintUntilComplete(ui::DiagramView &view, const ui::DiagramScene &scene)
{
    QPixmap frame = view.viewport()->grab();
    while (!scene.isComplete()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        frame = view.viewport()->grab();
    }
    benchmark::DoNotOptimize(frame.cacheKey());
}

/// From a new main window to the canvas painted with the design in it: construction, load,
/// automatic layout, scene items, fit to window and one full paint of the view. The engine's
/// evaluation runs in the background and is not part of it.
void BM_OpenToFirstPaint(benchmark::State &state)
{
    const QString path = designFile(int(state.range(0)));
    for (auto _ : state) {
        auto window = std::make_unique<ui::MainWindow>(test::kinds());
        window->resize(kWindow);
        window->show();
        if (!window->openFile(path))
            state.SkipWithError("the design does not open");
        paintUntilComplete(*window->view(), *window->scene());
        state.PauseTiming();
        window.reset();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OpenToFirstPaint)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

/// One scene and view of a large design, shared by the frame benchmarks.
struct Canvas
{
    document::Document document{test::kinds()};
    ui::DiagramScene scene;
    ui::DiagramView view{&scene};

    explicit Canvas(int components)
    {
        io::LoadResult loaded = io::loadDesignFile(designFile(components), test::loadOptions());
        model::Design design = loaded.file->design;
        scene.setDocument(&document);
        document.setDesign(std::move(design));
        view.resize(kWindow);
        view.show();
        scene.finishBuilding();
    }
};

/// Built on first use, gone before the application (its widgets need it).
std::unique_ptr<Canvas> gCanvas;

Canvas &canvas()
{
    if (!gCanvas)
        gCanvas = std::make_unique<Canvas>(10000);
    return *gCanvas;
}

/// Paints the whole viewport once per iteration. range(0): zoom in per cent, 0 = fit.
void BM_FrameAtZoom(benchmark::State &state)
{
    Canvas &c = canvas();
    if (state.range(0) == 0)
        c.view.zoomToFit();
    else
        c.view.setZoom(state.range(0) / 100.0);
    c.view.centerOn(c.scene.itemsBoundingRect().center());
    paintUntilComplete(c.view, c.scene);
    for (auto _ : state) {
        const QPixmap frame = c.view.viewport()->grab();
        benchmark::DoNotOptimize(frame.cacheKey());
    }
    state.counters["zoom%"] = c.view.zoom() * 100.0;
}
BENCHMARK(BM_FrameAtZoom)->Arg(0)->Arg(10)->Arg(35)->Arg(100)->Unit(benchmark::kMillisecond);

/// Pans by 120 pixels a frame at fit-to-window and paints what the view shows.
void BM_PanFrameAtFit(benchmark::State &state)
{
    Canvas &c = canvas();
    c.view.zoomToFit();
    paintUntilComplete(c.view, c.scene);
    int step = 0;
    for (auto _ : state) {
        c.view.horizontalScrollBar()->setValue(c.view.horizontalScrollBar()->value() +
                                               ((step++ % 2) ? -120 : 120));
        const QPixmap frame = c.view.viewport()->grab();
        benchmark::DoNotOptimize(frame.cacheKey());
    }
}
BENCHMARK(BM_PanFrameAtFit)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings and recovery copies go to a throw-away location.
    QStandardPaths::setTestModeEnabled(true);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    gCanvas.reset();
    return 0;
}
