#include "failureplayback.h"
#include "failureview.h"

#include "core/document/document.h"
#include "core/render/figureformat.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace archstudio::ui {

namespace {

constexpr int kStepMilliseconds = 1400;
constexpr int kResimulateDelay = 250;
const QString kHidden = QStringLiteral("?");

QString served(const engine::OperationState &op)
{
    if (!op.served)
        return QStringLiteral("–");
    return QLocale().toString(op.availability * 100.0, 'f',
                              op.availability > 0.0 && op.availability < 1.0 ? 1 : 0) +
           QLatin1Char('%');
}

QString p99(const engine::OperationState &op)
{
    if (!op.served || op.availability <= 0.0)
        return QStringLiteral("–");
    return op.latency.saturated() ? QObject::tr("saturated") : render::latencyMs(op.latency.p99Ms);
}

} // namespace

FailurePlayback::FailurePlayback(document::Document *document, catalog::Catalog catalog,
                                 QWidget *parent)
    : QWidget(parent), mDocument(document), mCatalog(std::move(catalog))
{
    mTitle = new QLabel(this);
    QFont bold = mTitle->font();
    bold.setBold(true);
    mTitle->setFont(bold);
    const auto button = [this](QStyle::StandardPixmap icon, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    mBack = button(QStyle::SP_MediaSeekBackward, tr("Previous interval"));
    mPlay = button(QStyle::SP_MediaPlay, tr("Play (Space)"));
    mForward = button(QStyle::SP_MediaSeekForward, tr("Next interval"));
    // Space plays and pauses while the timeline has focus; on the canvas it pans.
    auto *playKey = new QShortcut(QKeySequence(Qt::Key_Space), this);
    playKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(playKey, &QShortcut::activated, this, [this] { setPlaying(!isPlaying()); });
    mSlider = new QSlider(Qt::Horizontal, this);
    mSlider->setAccessibleName(tr("Timeline"));
    mSlider->setPageStep(1);
    mTime = new QLabel(this);
    mTime->setMinimumWidth(
        mTime->fontMetrics().horizontalAdvance(QStringLiteral("t = 2 h 59 min")));
    mPredictBox = new QCheckBox(tr("Predict first"), this);
    mPredictBox->setToolTip(tr("Hide what happens until you reveal it: let the class predict"));
    mRevealButton = new QPushButton(tr("Reveal"), this);
    auto *close = button(QStyle::SP_TitleBarCloseButton, tr("Stop the simulation"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(mTitle);
    bar->addWidget(mBack);
    bar->addWidget(mPlay);
    bar->addWidget(mForward);
    bar->addWidget(mSlider, 1);
    bar->addWidget(mTime);
    bar->addWidget(mPredictBox);
    bar->addWidget(mRevealButton);
    bar->addWidget(close);

    mEvent = new QLabel(this);
    mEvent->setWordWrap(true);
    mTable = new QTableWidget(0, 6, this);
    mTable->setHorizontalHeaderLabels({tr("Workload"), tr("Reads served"), tr("Read p99"),
                                       tr("Writes served"), tr("Write p99"), tr("Data at risk")});
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionMode(QAbstractItemView::NoSelection);
    mSummary = new QLabel(this);
    mSummary->setWordWrap(true);
    mSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(mEvent);
    auto *body = new QHBoxLayout;
    body->addWidget(mTable, 0, Qt::AlignTop);
    body->addWidget(mSummary, 1);
    layout->addLayout(body, 1);

    mPlayTimer.setInterval(kStepMilliseconds);
    connect(&mPlayTimer, &QTimer::timeout, this, [this] {
        if (mTimeline && mCurrent + 1 < mTimeline->intervals.size())
            setCurrentInterval(mCurrent + 1);
        else
            setPlaying(false);
    });
    connect(mPlay, &QToolButton::clicked, this, [this] { setPlaying(!isPlaying()); });
    connect(mBack, &QToolButton::clicked, this, [this] { step(-1); });
    connect(mForward, &QToolButton::clicked, this, [this] { step(1); });
    connect(mSlider, &QSlider::valueChanged, this, &FailurePlayback::setCurrentInterval);
    connect(mPredictBox, &QCheckBox::toggled, this, &FailurePlayback::setPredictFirst);
    connect(mRevealButton, &QPushButton::clicked, this, &FailurePlayback::reveal);
    connect(close, &QToolButton::clicked, this, &FailurePlayback::closeRequested);
    connect(&mWatcher, &QFutureWatcher<engine::SimulationResult>::finished, this,
            &FailurePlayback::finished);
    mResimulate.setSingleShot(true);
    mResimulate.setInterval(kResimulateDelay);
    connect(&mResimulate, &QTimer::timeout, this, &FailurePlayback::start);
    if (mDocument) {
        connect(mDocument, &document::Document::changed, this, [this] {
            if (mTarget)
                mResimulate.start();
        });
    }
    mRevealButton->setVisible(false);
    showInterval();
}

FailurePlayback::~FailurePlayback()
{
    mWatcher.waitForFinished();
}

void FailurePlayback::simulate(const engine::FailureTarget &target)
{
    const bool sameTarget = mTarget && *mTarget == target;
    mTarget = target;
    if (!sameTarget) {
        mCurrent = 1; // the failure itself, just after normal operation
        mRevealed = !mPredict;
    }
    start();
}

void FailurePlayback::setLoadFactor(double loadFactor)
{
    if (loadFactor == mLoadFactor)
        return;
    mLoadFactor = loadFactor;
    if (mTarget)
        mResimulate.start();
}

void FailurePlayback::stop()
{
    setPlaying(false);
    mResimulate.stop();
    mRestart = false;
    mTarget.reset();
    mTimeline.reset();
    mError.clear();
    showInterval();
}

void FailurePlayback::start()
{
    if (!mTarget || !mDocument)
        return;
    if (mWatcher.isRunning()) {
        mRestart = true; // the newest design is simulated when this run ends
        return;
    }
    mPending = mDocument->design();
    mTitle->setText(DiagramScene::failureTargetText(*mTarget, mPending));
    const engine::FailureTarget target = *mTarget;
    const catalog::Catalog catalog = engine::catalogFor(mPending, mCatalog);
    engine::Scenario scenario;
    scenario.loadFactor = mLoadFactor;
    const model::Design design = mPending;
    mWatcher.setFuture(QtConcurrent::run([design, catalog, target, scenario,
                                          kinds = mDocument->sharedKinds()] {
        return engine::simulateFailure({design, 0}, catalog, target, scenario, kinds->behaviours());
    }));
}

void FailurePlayback::finished()
{
    const engine::SimulationResult result = mWatcher.result();
    if (!mTarget)
        return; // stopped while it ran
    if (mRestart) {
        mRestart = false;
        start();
        return;
    }
    mDesign = mPending;
    mError = result.error;
    mTimeline = result.timeline;
    if (mTimeline) {
        const int last = int(mTimeline->intervals.size()) - 1;
        mCurrent = std::clamp(mCurrent, 0, last);
        const QSignalBlocker block(mSlider);
        mSlider->setRange(0, last);
        mSlider->setValue(mCurrent);
    }
    showInterval();
    emit timelineReady();
}

void FailurePlayback::setCurrentInterval(int index)
{
    if (!mTimeline)
        return;
    index = std::clamp(index, 0, int(mTimeline->intervals.size()) - 1);
    if (index == mCurrent && mSlider->value() == index)
        return;
    mCurrent = index;
    const QSignalBlocker block(mSlider);
    mSlider->setValue(index);
    showInterval();
}

void FailurePlayback::step(int by)
{
    setPlaying(false);
    setCurrentInterval(mCurrent + by);
}

void FailurePlayback::setPlaying(bool playing)
{
    if (playing && mTimeline && mCurrent + 1 >= mTimeline->intervals.size())
        setCurrentInterval(0); // play again from the start
    if (playing)
        mPlayTimer.start();
    else
        mPlayTimer.stop();
    mPlay->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    mPlay->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void FailurePlayback::setPredictFirst(bool predict)
{
    mPredict = predict;
    {
        const QSignalBlocker block(mPredictBox);
        mPredictBox->setChecked(predict);
    }
    mRevealed = !predict;
    showInterval();
}

void FailurePlayback::reveal()
{
    mRevealed = true;
    showInterval();
}

QString FailurePlayback::timeText(double seconds) const
{
    if (seconds < 0.0)
        return tr("before");
    return QStringLiteral("t = %1").arg(render::duration(seconds));
}

FailureView FailurePlayback::viewOf(const engine::TimelineInterval &interval, bool outcome) const
{
    if (!mTarget || !mTimeline)
        return {};
    return failureViewOf(*mTimeline, mDesign, *mTarget, interval, outcome);
}

void FailurePlayback::showInterval()
{
    const bool ready = mTimeline && mCurrent < mTimeline->intervals.size();
    for (QWidget *w : {static_cast<QWidget *>(mPlay), static_cast<QWidget *>(mBack),
                       static_cast<QWidget *>(mForward), static_cast<QWidget *>(mSlider)})
        w->setEnabled(ready);
    mRevealButton->setVisible(mPredict && !mRevealed);
    if (!ready) {
        mTime->clear();
        mEvent->setText(mError.isEmpty() ? tr("Right-click a component, zone or region and "
                                              "choose Simulate Failure.")
                                         : tr("Cannot simulate: %1").arg(mError));
        mTable->setRowCount(0);
        mSummary->clear();
        emit viewChanged({});
        return;
    }
    const engine::TimelineInterval &interval = mTimeline->intervals.at(mCurrent);
    const bool outcome = mRevealed;
    mTime->setText(timeText(interval.startSeconds));
    mEvent->setText(outcome ? interval.label
                            : (interval.startSeconds < 0.0 ? tr("before the failure")
                                                           : tr("What happens now? Predict, "
                                                                "then press Reveal.")));
    mTable->setRowCount(int(interval.workloads.size()));
    for (int row = 0; row < interval.workloads.size(); ++row) {
        const engine::WorkloadInterval &w = interval.workloads.at(row);
        const model::Component *c = mDesign.findComponent(w.workload);
        const QStringList cells{c ? c->displayName() : w.workload.value(),
                                outcome ? (w.lost ? tr("lost") : served(w.read)) : kHidden,
                                outcome ? p99(w.read) : kHidden,
                                outcome ? (w.lost ? tr("lost") : served(w.write)) : kHidden,
                                outcome ? p99(w.write) : kHidden,
                                outcome ? render::duration(w.dataAtRiskSeconds) : kHidden};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            const bool hurt =
                outcome && ((col == 1 && w.read.served && w.read.availability < 1.0) ||
                            (col == 3 && w.write.served && w.write.availability < 1.0) ||
                            (col == 5 && w.dataAtRiskSeconds > 0.0));
            if (hurt)
                item->setForeground(QColor(0xC5, 0x30, 0x30));
            mTable->setItem(row, col, item);
        }
    }
    QStringList summary;
    if (outcome) {
        for (const engine::WorkloadOutcome &o : mTimeline->outcomes) {
            const model::Component *c = mDesign.findComponent(o.workload);
            const QString name = c ? c->displayName() : o.workload.value();
            summary << (o.lost ? tr("<b>%1</b>: lost with its region").arg(name)
                               : tr("<b>%1</b>: reads fail for %2, writes for %3; data at risk %4")
                                     .arg(name, render::duration(o.readOutageSeconds),
                                          render::duration(o.writeOutageSeconds),
                                          render::duration(o.dataAtRiskSeconds)));
        }
        for (const QString &f : mTimeline->findings)
            summary << f.toHtmlEscaped();
    }
    mSummary->setText(summary.join(QStringLiteral("<br>")));
    emit viewChanged(viewOf(interval, outcome));
}

} // namespace archstudio::ui
