#pragma once

#include "core/catalog/catalog.h"
#include "core/engine/simulation/simulation.h"
#include "ui/canvas/diagramscene.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;
class QTableWidget;
class QToolButton;

namespace archstudio::document {
class Document;
}

namespace archstudio::ui {

/// Plays a failure back (docs/ENGINE.md section 5): a timeline bar with play/pause, steps and
/// a scrubber over the timeline's intervals; each interval's events, and every workload's
/// share of requests served, latency and data at risk. The canvas shows the interval through
/// viewChanged(). "Predict first" hides the outcome until Reveal, for classes.
///
/// The simulation runs on the thread pool and runs again when the design changes.
class FailurePlayback : public QWidget
{
    Q_OBJECT

public:
    FailurePlayback(document::Document *document, catalog::Catalog catalog,
                    QWidget *parent = nullptr);
    ~FailurePlayback() override;

    /// Simulates the target's failure and shows the first interval after it.
    void simulate(const engine::FailureTarget &target);
    void setLoadFactor(double loadFactor);
    /// Ends the simulation: no target, nothing re-simulated on later edits or loads, and an
    /// empty view (closing the panel does this).
    void stop();
    /// Is a failure being simulated (from simulate() until stop())?
    bool isActive() const { return mTarget.has_value(); }
    const std::optional<engine::FailureTarget> &target() const { return mTarget; }

    const std::optional<engine::Timeline> &timeline() const { return mTimeline; }
    bool isBusy() const { return mWatcher.isRunning(); }
    int currentInterval() const { return mCurrent; }
    void setCurrentInterval(int index);
    bool isPlaying() const { return mPlayTimer.isActive(); }
    void setPlaying(bool playing);
    /// While set and not revealed, only the failure itself is shown.
    void setPredictFirst(bool predict);
    bool isRevealed() const { return mRevealed; }
    void reveal();
    QString errorText() const { return mError; }
    /// Milliseconds each interval is shown while playing.
    void setStepInterval(int milliseconds) { mPlayTimer.setInterval(milliseconds); }

signals:
    void viewChanged(const archstudio::ui::FailureView &view);
    void timelineReady();
    void closeRequested();

private:
    void start();
    void finished();
    void showInterval();
    void step(int by);
    FailureView viewOf(const engine::TimelineInterval &interval, bool outcome) const;
    QString timeText(double seconds) const;

    QPointer<document::Document> mDocument;
    catalog::Catalog mCatalog;
    double mLoadFactor = 1.0;
    std::optional<engine::FailureTarget> mTarget;
    std::optional<engine::Timeline> mTimeline;
    model::Design mDesign; ///< the design the timeline describes
    QString mError;
    int mCurrent = 0;
    bool mPredict = false;
    bool mRevealed = true;
    QFutureWatcher<engine::SimulationResult> mWatcher;
    model::Design mPending;
    bool mRestart = false;
    QTimer mPlayTimer;
    QTimer mResimulate;

    QLabel *mTitle = nullptr;
    QToolButton *mPlay = nullptr;
    QToolButton *mBack = nullptr;
    QToolButton *mForward = nullptr;
    QSlider *mSlider = nullptr;
    QLabel *mTime = nullptr;
    QCheckBox *mPredictBox = nullptr;
    QPushButton *mRevealButton = nullptr;
    QLabel *mEvent = nullptr;
    QTableWidget *mTable = nullptr;
    QLabel *mSummary = nullptr;
};

} // namespace archstudio::ui
