#pragma once

#include <QColor>
#include <QFutureWatcher>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QTransform>

#include <optional>

class QPainter;

namespace archstudio::ui {

class DiagramScene;

/// The design as a picture of the whole shows it: hairline links under cards drawn as blocks
/// in their kind's colour. Plain values copied from the scene on the GUI thread, so that the
/// picture itself can be drawn on a worker thread while the studio stays responsive.
struct OverviewSnapshot
{
    struct Line
    {
        QLineF line;
        QColor colour;
    };
    struct Block
    {
        QRectF rect;
        QColor colour;
    };
    QList<Line> links;
    QList<Block> cards;

    /// The scene's links and cards as they are now: one pass over plain data.
    static OverviewSnapshot of(const DiagramScene &scene);
};

/// Draws the snapshot; the painter's transform maps scene coordinates to its device.
void paintOverview(QPainter &painter, const OverviewSnapshot &snapshot);

/// Draws overview pictures on a worker thread, one at a time. A request made while a picture is
/// being drawn waits and replaces any request waiting before it, so the GUI thread never draws
/// 10,000 cards itself and only the latest design and scale reach the screen.
class OverviewRenderer : public QObject
{
    Q_OBJECT

public:
    explicit OverviewRenderer(QObject *parent = nullptr);

    /// Draws `snapshot` into a transparent image of `size` pixels, scene coordinates mapped
    /// to it by `sceneToImage`.
    void request(OverviewSnapshot snapshot, QSize size, const QTransform &sceneToImage);
    /// Whether a requested picture has not arrived yet.
    bool isBusy() const { return mWatcher.isRunning() || mWaiting.has_value(); }

signals:
    /// The picture of the latest request, with the transform it was drawn with.
    void rendered(const QImage &picture, const QTransform &sceneToImage);

private:
    struct Job
    {
        OverviewSnapshot snapshot;
        QSize size;
        QTransform sceneToImage;
    };
    void start(Job job);
    void onFinished();

    std::optional<Job> mWaiting;
    QTransform mRunning; ///< the transform of the picture being drawn
    QFutureWatcher<QImage> mWatcher;
};

} // namespace archstudio::ui
