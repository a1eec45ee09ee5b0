// Studio benchmarks (docs/BENCHMARKS.md, "The studio"): the real MainWindow on the
// offscreen platform, timed where a user waits for it. For the bundled sample and synthetic
// designs of 1,000, 2,000 and 10,000 components:
//   open → every figure painted, one property edit → every figure updated, frames while a
//   card is dragged, a frame at fit-to-window and at 100%, each with the longest GUI-thread
//   stall (StallWatch) and the process's RSS; and `archstudio evaluate` of the same file.
#include "studiomeasures.h"
#include "support/testkinds.h"
#include "syntheticdesignfile.h"

#include "core/document/commands/setpropertycommand.h"
#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "core/io/designfile.h"
#include "ui/canvas/componentitem.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <cstdio>

#include <map>
#include <memory>

using namespace archstudio;
using benchmarks::StallWatch;

namespace {

constexpr QSize kWindow(1600, 1000);
/// range(0) of the sample design; any other value is a synthetic design of that many components.
constexpr int kSample = 0;

QString designFile(int components)
{
    return components == kSample ? QStringLiteral(ARCHSTUDIO_SAMPLE)
                                 : benchmarks::syntheticDesignFile(components);
}

/// The command line's time for the same file, measured once per design.
double cliSeconds(int components)
{
    static std::map<int, double> measured;
    auto it = measured.find(components);
    if (it == measured.end())
        it = measured.emplace(components, benchmarks::cliEvaluateSeconds(designFile(components)))
                 .first;
    return it->second;
}

/// Runs the event loop until the window has shown the evaluation of the design as it is now,
/// then paints the whole window (status bar, summary, review, canvas, the far view's picture).
void waitForFigures(ui::MainWindow &window)
{
    document::EvaluationScheduler *scheduler = window.scheduler();
    if (scheduler->isBusy() || !scheduler->hasEvaluation()) {
        QEventLoop loop;
        // Connected after the window's own handler, so this runs once it has shown the figures.
        const auto connection =
            QObject::connect(scheduler, &document::EvaluationScheduler::evaluationFinished, &loop,
                             [&loop, scheduler] {
                                 if (!scheduler->isBusy())
                                     loop.quit();
                             });
        loop.exec();
        QObject::disconnect(connection);
    }
    // Back to the event loop once, as the studio is between handling the result and painting
    // it (the watchdog sees them as two waits, as a user would), then paint the whole window.
    QCoreApplication::processEvents();
    // Into one buffer kept for the process, as the window's backing store is: a new one each
    // time would also time the allocator's fresh pages.
    static QPixmap frame;
    if (frame.size() != window.size())
        frame = QPixmap(window.size());
    window.render(&frame);
    // A large design's items are built in steps, and far out its picture is drawn on a worker
    // once a frame asks for it: wait for both, and paint again.
    if (!window.scene()->isComplete()) {
        while (!window.scene()->isComplete())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        window.render(&frame);
    }
    benchmark::DoNotOptimize(frame.cacheKey());
}

/// A new main window opening the file as a user does (File > Open, a recent file, a drop):
/// read in the background, then shown.
std::unique_ptr<ui::MainWindow> openWindow(const QString &path)
{
    auto window = std::make_unique<ui::MainWindow>(test::kinds());
    window->resize(kWindow);
    window->show();
    QEventLoop loop;
    bool opened = false;
    window->openFileInBackground(path, [&loop, &opened](bool ok) {
        opened = ok;
        loop.quit();
    });
    loop.exec();
    if (!opened)
        qFatal("%s does not open: %s", qPrintable(path), qPrintable(window->lastError()));
    return window;
}

/// The designs the open and edit benchmarks run on: the sample and three synthetic sizes.
void onEveryDesign(benchmark::internal::Benchmark *run)
{
    run->ArgName("components")
        ->Arg(kSample)
        ->Arg(1000)
        ->Arg(2000)
        ->Arg(10000)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
}

/// From a new main window to every figure painted: construction, load, layout, scene items,
/// the evaluation in the background, and the panels and canvas showing its figures.
void BM_OpenToFigures(benchmark::State &state)
{
    const QString path = designFile(int(state.range(0)));
    double longestStall = 0;
    double openSeconds = 0;
    for (auto _ : state) {
        StallWatch watch;
        watch.start();
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<ui::MainWindow> window = openWindow(path);
        waitForFigures(*window);
        openSeconds += double(clock.nsecsElapsed()) / 1e9;
        longestStall = std::max(longestStall, watch.finish());
        state.PauseTiming();
        window->document()->markSaved();
        window.reset();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["stall_ms"] = longestStall;
    // How many times the command line's evaluate of the same file the studio takes.
    state.counters["x_cli"] =
        openSeconds / double(state.iterations()) / cliSeconds(int(state.range(0)));
}
BENCHMARK(BM_OpenToFigures)->Apply(onEveryDesign)->Iterations(3);

/// `archstudio evaluate FILE --json` as a whole process, for comparison.
void BM_CliEvaluate(benchmark::State &state)
{
    const QString path = designFile(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(benchmarks::cliEvaluateSeconds(path, 1));
}
BENCHMARK(BM_CliEvaluate)->Apply(onEveryDesign)->Iterations(3);

/// The studio the edit, drag and frame benchmarks share, with the design of `gStudioSize`
/// components open; gone before the application (its widgets need it).
std::unique_ptr<ui::MainWindow> gStudio;
int gStudioSize = -1;

ui::MainWindow &studio(int components)
{
    if (!gStudio || gStudioSize != components) {
        gStudio.reset(); // one design open at a time, as RSS is reported per design
        gStudio = openWindow(designFile(components));
        gStudioSize = components;
        waitForFigures(*gStudio);
    }
    return *gStudio;
}

/// The first workload of the design: what the edit changes.
model::ComponentId firstWorkload(const model::Design &design)
{
    for (const model::Component &component : design.components) {
        if (component.kind == QLatin1String("workload"))
            return component.id;
    }
    qFatal("the design has no workload");
}

/// One property edit, as the inspector makes it (a command on the undo stack, the component
/// selected), to every figure updated and painted.
void BM_EditToFigures(benchmark::State &state)
{
    ui::MainWindow &window = studio(int(state.range(0)));
    document::Document *document = window.document();
    const model::ComponentId workload = firstWorkload(document->design());
    window.scene()->selectComponents({workload});
    QCoreApplication::processEvents();
    double longestStall = 0;
    qint64 reads = 100;
    for (auto _ : state) {
        StallWatch watch;
        watch.start();
        reads = reads == 100 ? 150 : 100;
        document->undoStack()->push(new document::SetPropertyCommand(
            document, workload, QStringLiteral("readsPerSecond"), reads));
        waitForFigures(window);
        longestStall = std::max(longestStall, watch.finish());
    }
    state.counters["stall_ms"] = longestStall;
    state.counters["rss_MiB"] = benchmarks::residentMiB();
    state.counters["peak_rss_MiB"] = benchmarks::peakResidentMiB();
}
BENCHMARK(BM_EditToFigures)->Apply(onEveryDesign)->MinTime(2);

void sendMouse(QWidget *target, QEvent::Type type, QPoint at, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, target->mapToGlobal(at), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &event);
}

/// Frames while a card is dragged at 100%: each iteration moves the mouse by a few pixels with
/// the button held and paints the canvas (the whole viewport: the worst case of a frame).
void BM_DragFrame(benchmark::State &state)
{
    ui::MainWindow &window = studio(int(state.range(0)));
    ui::DiagramView *view = window.view();
    const model::ComponentId workload = firstWorkload(window.document()->design());
    ui::ComponentItem *card = window.scene()->componentItem(workload);
    view->setZoom(1.0);
    view->centerOn(card);
    QCoreApplication::processEvents();
    QWidget *viewport = view->viewport();
    const QPoint grip = view->mapFromScene(card->sceneBoundingRect().center());
    sendMouse(viewport, QEvent::MouseButtonPress, grip, Qt::LeftButton, Qt::LeftButton);
    double longestStall = 0;
    int step = 0;
    for (auto _ : state) {
        StallWatch watch;
        watch.start();
        ++step;
        const QPoint at = grip + QPoint((step % 20) * 4, (step % 7) * 3);
        sendMouse(viewport, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
        QCoreApplication::processEvents();
        const QPixmap frame = viewport->grab();
        benchmark::DoNotOptimize(frame.cacheKey());
        longestStall = std::max(longestStall, watch.finish());
    }
    sendMouse(viewport, QEvent::MouseButtonRelease, grip, Qt::LeftButton, Qt::NoButton);
    window.document()->undoStack()->undo();
    waitForFigures(window);
    state.counters["stall_ms"] = longestStall;
}
BENCHMARK(BM_DragFrame)->Apply(onEveryDesign);

/// One frame of the canvas, the whole viewport painted. range(1): zoom in per cent, 0 = fit.
void BM_Frame(benchmark::State &state)
{
    ui::MainWindow &window = studio(int(state.range(0)));
    ui::DiagramView *view = window.view();
    if (state.range(1) == 0) {
        view->zoomToFit();
    } else {
        view->setZoom(double(state.range(1)) / 100.0);
        view->centerOn(window.scene()->itemsBoundingRect().center());
    }
    QCoreApplication::processEvents();
    for (auto _ : state) {
        const QPixmap frame = view->viewport()->grab();
        benchmark::DoNotOptimize(frame.cacheKey());
    }
    state.counters["zoom%"] = view->zoom() * 100.0;
}
BENCHMARK(BM_Frame)
    ->ArgNames({"components", "zoom%"})
    ->ArgsProduct({{kSample, 1000, 2000, 10000}, {0, 100}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// Turns the event loop, which paints the window as it does for a user, until the canvas is
/// complete again (far out, the picture at the new zoom comes from a worker). Grabbing into a
/// new pixmap instead timed the allocator's fresh pages too: 40–70 ms stalls that were the
/// benchmark's, not the studio's.
void settle(ui::MainWindow &window)
{
    do
        QCoreApplication::processEvents();
    while (!window.scene()->isComplete());
}

/// Zooming in from fit-to-window to 100% and out again, until the canvas has settled after
/// each: crossing between the far view and cards drawn in full.
void BM_ZoomInAndOut(benchmark::State &state)
{
    ui::MainWindow &window = studio(int(state.range(0)));
    ui::DiagramView *view = window.view();
    const QPointF centre = window.scene()->itemsBoundingRect().center();
    double longestStall = 0;
    for (auto _ : state) {
        StallWatch watch;
        watch.start();
        view->setZoom(1.0);
        view->centerOn(centre);
        settle(window);
        view->zoomToFit();
        settle(window);
        longestStall = std::max(longestStall, watch.finish());
    }
    state.counters["stall_ms"] = longestStall;
}
BENCHMARK(BM_ZoomInAndOut)
    ->ArgName("components")
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// The offscreen platform says on every new window that it cannot propagate size hints:
/// noise between the figures.
QtMessageHandler gStandardHandler = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.contains(QLatin1String("propagateSizeHints")))
        gStandardHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    gStandardHandler = qInstallMessageHandler(quietOffscreen);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings and recovery copies go to a throw-away location.
    QStandardPaths::setTestModeEnabled(true);
    // The first window of a process loads fonts, icons and style plugins once; the figures
    // are those of a studio already running (docs/BENCHMARKS.md gives the first one apart).
    {
        QElapsedTimer clock;
        clock.start();
        const std::unique_ptr<ui::MainWindow> first = openWindow(designFile(kSample));
        waitForFigures(*first);
        std::fprintf(stderr, "First window of the process, sample open to figures: %.0f ms\n",
                     double(clock.nsecsElapsed()) / 1e6);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    gStudio.reset();
    return 0;
}
