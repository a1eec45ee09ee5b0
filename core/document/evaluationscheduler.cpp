#include "evaluationscheduler.h"

#include "document.h"

#include "core/engine/kindbehaviour.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>

namespace archstudio::document {

EvaluationScheduler::EvaluationScheduler(Document *document, QObject *parent)
    : EvaluationScheduler(document, document ? document->kinds().catalog() : catalog::Catalog(),
                          parent)
{}

EvaluationScheduler::EvaluationScheduler(Document *document, catalog::Catalog catalog,
                                         QObject *parent)
    : QObject(parent), mDocument(document), mCatalog(std::move(catalog)),
      mKinds(document ? document->sharedKinds() : nullptr)
{
    qRegisterMetaType<engine::Evaluation>();

    mDebounce.setSingleShot(true);
    mDebounce.setInterval(30);
    connect(&mDebounce, &QTimer::timeout, this, &EvaluationScheduler::start);
    connect(&mWatcher, &QFutureWatcher<Result>::finished, this, &EvaluationScheduler::onFinished);
    if (mDocument) {
        // A new design (New, Open) is not a burst of edits: no reason to wait for quiet.
        connect(mDocument, &Document::designReplaced, this, [this] { mDesignReplaced = true; });
        connect(mDocument, &Document::changed, this, &EvaluationScheduler::invalidate);
        connect(mDocument, &QObject::destroyed, this, &EvaluationScheduler::onDocumentDestroyed);
        invalidate();
    }
}

// A run still in flight only holds copies; it finishes on the pool and its result is dropped.
EvaluationScheduler::~EvaluationScheduler() = default;

void EvaluationScheduler::setScenario(const engine::Scenario &scenario)
{
    mScenario = scenario;
    invalidate();
}

void EvaluationScheduler::setWorkerHookForTesting(std::function<void(quint64)> hook)
{
    mWorkerHook = std::move(hook);
}

void EvaluationScheduler::setReleaseHookForTesting(
    std::function<void(const engine::Evaluation &)> hook)
{
    mReleaseHook = std::move(hook);
}

void EvaluationScheduler::releaseOffThread(engine::Evaluation evaluation) const
{
    QThreadPool::globalInstance()->start(
        [evaluation = std::move(evaluation), hook = mReleaseHook]() mutable {
            if (hook)
                hook(evaluation);
            evaluation = {}; // freed here, not when the pool gets round to the task
        });
}

void EvaluationScheduler::requestNow()
{
    mDebounce.stop();
    if (!mRunning)
        start();
}

void EvaluationScheduler::invalidate()
{
    ++mInputSerial;
    setBusy(true);
    // While a run is in flight, its end starts the next one (see onFinished).
    if (mRunning)
        return;
    if (std::exchange(mDesignReplaced, false)) {
        mDebounce.stop();
        start();
        return;
    }
    mDebounce.start();
}

void EvaluationScheduler::start()
{
    if (!mDocument || mRunning)
        return;
    // The snapshot is a copy taken here, on the GUI thread; the worker only sees values.
    engine::DesignSnapshot snapshot{mDocument->design(), mDocument->revision()};
    mRunSerial = mInputSerial;
    mRunRevision = snapshot.revision;
    mRunning = true;
    emit evaluationStarted(mRunRevision);

    auto work = [snapshot = std::move(snapshot), base = mCatalog, scenario = mScenario,
                 kinds = mKinds, hook = mWorkerHook]() -> Result {
        if (hook)
            hook(snapshot.revision);
        // No exception may reach the event loop: an engine failure is logged and dropped.
        try {
            // Applying the overrides is pure and copies the catalog, so it is done here too.
            QStringList notes;
            const catalog::Catalog withOverrides =
                engine::catalogFor(snapshot.design, base, &notes);
            Result result{engine::evaluate(snapshot, withOverrides, scenario, kinds->behaviours())};
            result.evaluation.notes = notes + result.evaluation.notes;
            return result;
        } catch (const std::exception &e) {
            qWarning("Evaluation of revision %llu failed: %s", snapshot.revision, e.what());
        } catch (...) {
            qWarning("Evaluation of revision %llu failed", snapshot.revision);
        }
        return {{}, true};
    };
    mWatcher.setFuture(QtConcurrent::run(std::move(work)));
}

void EvaluationScheduler::onFinished()
{
    mRunning = false;
    // Taken, not copied: the future would otherwise keep the evaluation until the next run.
    Result result = mWatcher.future().takeResult();
    if (!mDocument) {
        setBusy(false);
        releaseOffThread(std::move(result.evaluation));
        return;
    }
    const bool current = mRunSerial == mInputSerial && mRunRevision == mDocument->revision();
    if (!current) {
        // Superseded: evaluate the newest design right away (edits were coalesced meanwhile).
        releaseOffThread(std::move(result.evaluation));
        start();
        return;
    }
    setBusy(false);
    if (result.failed)
        return;
    engine::Evaluation previous = std::exchange(mLatest, std::move(result.evaluation));
    const bool replaced = std::exchange(mHasEvaluation, true);
    mLatestRevision = mRunRevision;
    emit evaluationFinished(mLatest, mLatestRevision);
    // The receivers have replaced their copies of the previous evaluation (which share its
    // lists) by now, so `previous` holds the last reference: its lists are freed there.
    if (replaced)
        releaseOffThread(std::move(previous));
}

void EvaluationScheduler::onDocumentDestroyed()
{
    mDebounce.stop();
    ++mInputSerial;
    if (!mRunning)
        setBusy(false);
}

void EvaluationScheduler::setBusy(bool busy)
{
    if (busy == mBusy)
        return;
    mBusy = busy;
    emit busyChanged(mBusy);
}

} // namespace archstudio::document
