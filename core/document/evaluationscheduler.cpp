#include "evaluationscheduler.h"

#include "document.h"

#include "core/engine/kindbehaviour.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace archstudio::document {

EvaluationScheduler::EvaluationScheduler(Document *document, catalog::Catalog catalog,
                                         QObject *parent)
    : QObject(parent), mDocument(document), mCatalog(std::move(catalog))
{
    qRegisterMetaType<engine::Evaluation>();
    // The registry loads plugins on first use; do it here so their QObjects live on this
    // thread rather than on whichever worker happens to evaluate first.
    engine::BehaviourRegistry::builtin();

    mDebounce.setSingleShot(true);
    mDebounce.setInterval(30);
    connect(&mDebounce, &QTimer::timeout, this, &EvaluationScheduler::start);
    connect(&mWatcher, &QFutureWatcher<Result>::finished, this, &EvaluationScheduler::onFinished);
    if (mDocument) {
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
    if (!mRunning)
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
                 hook = mWorkerHook]() -> Result {
        if (hook)
            hook(snapshot.revision);
        // No exception may reach the event loop: an engine failure is logged and dropped.
        try {
            // Applying the overrides is pure and copies the catalog, so it is done here too.
            QStringList notes;
            const catalog::Catalog withOverrides =
                engine::catalogFor(snapshot.design, base, &notes);
            Result result{engine::evaluate(snapshot, withOverrides, scenario)};
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
    Result result = mWatcher.result();
    if (!mDocument) {
        setBusy(false);
        return;
    }
    const bool current = mRunSerial == mInputSerial && mRunRevision == mDocument->revision();
    if (!current) {
        // Superseded: evaluate the newest design right away (edits were coalesced meanwhile).
        start();
        return;
    }
    setBusy(false);
    if (result.failed)
        return;
    mLatest = std::move(result.evaluation);
    mLatestRevision = mRunRevision;
    mHasEvaluation = true;
    emit evaluationFinished(mLatest, mLatestRevision);
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
