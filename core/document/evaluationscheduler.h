#pragma once

#include "core/catalog/catalog.h"
#include "core/catalog/catalogfile.h"
#include "core/engine/engine.h"
#include "core/engine/kindset.h"

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace archstudio::document {

class Document;

/// Keeps an engine::Evaluation of a Document up to date without ever blocking the GUI thread.
///
/// Each Document::changed() (and setScenario()) restarts a debounce timer, except the change
/// that replaces the whole design (New, Open), which is evaluated at once; when it fires, the
/// design is copied on the GUI thread and evaluated on the global thread pool. Guarantees:
/// - at most one evaluation runs at a time; edits arriving while one runs are coalesced into
///   one new run started as soon as it finishes;
/// - a result is delivered (evaluationFinished, on this object's thread) only if nothing
///   changed since its snapshot was taken: a stale result is dropped, never shown;
/// - the document may be deleted at any time, even with a run in flight (its result is
///   dropped), and so may the scheduler (the worker holds values only);
/// - an evaluation it lets go of (replaced by a newer one, or stale) is freed on the thread
///   pool, not on the GUI thread.
class EvaluationScheduler : public QObject
{
    Q_OBJECT

public:
    /// Evaluates the document's current design once, after the debounce interval, with the
    /// document's kinds and their catalog (or the catalog given).
    explicit EvaluationScheduler(Document *document, QObject *parent = nullptr);
    EvaluationScheduler(Document *document, catalog::Catalog catalog, QObject *parent = nullptr);
    ~EvaluationScheduler() override;

    Document *document() const { return mDocument; }

    /// Milliseconds of quiet after an edit before evaluating; 0 means the next event-loop turn.
    int debounceInterval() const { return mDebounce.interval(); }
    void setDebounceInterval(int milliseconds) { mDebounce.setInterval(milliseconds); }

    const engine::Scenario &scenario() const { return mScenario; }
    /// Replaces the scenario and re-evaluates (debounced, like an edit).
    void setScenario(const engine::Scenario &scenario);

    /// True from an edit until the evaluation of the resulting design has been delivered.
    bool isBusy() const { return mBusy; }

    bool hasEvaluation() const { return mHasEvaluation; }
    /// The last delivered evaluation (a default Evaluation before the first one).
    const engine::Evaluation &latestEvaluation() const { return mLatest; }
    /// The document revision latestEvaluation() describes.
    quint64 latestRevision() const { return mLatestRevision; }

    /// Test hook, for tests only: called on the worker thread with the snapshot's revision
    /// just before the engine runs, so a test can hold a run in flight (e.g. on a semaphore)
    /// while it edits the document. It must not touch the document or the scheduler.
    void setWorkerHookForTesting(std::function<void(quint64 revision)> hook);
    /// Test hook, for tests only: called on the thread that frees an evaluation the
    /// scheduler lets go of (a replaced or a stale one), just before it is freed.
    void setReleaseHookForTesting(std::function<void(const engine::Evaluation &)> hook);

public slots:
    /// Evaluates as soon as possible, skipping the debounce interval.
    void requestNow();

signals:
    void evaluationStarted(quint64 revision);
    void evaluationFinished(const archstudio::engine::Evaluation &evaluation, quint64 revision);
    void busyChanged(bool busy);

private:
    struct Result
    {
        engine::Evaluation evaluation;
        bool failed = false;
    };

    void invalidate();
    void start();
    void onFinished();
    void onDocumentDestroyed();
    void setBusy(bool busy);
    /// Frees an evaluation on the thread pool: one of 100,000 components takes tens of
    /// milliseconds to free (docs/BENCHMARKS.md), a hitch on the GUI thread.
    void releaseOffThread(engine::Evaluation evaluation) const;

    QPointer<Document> mDocument;
    catalog::Catalog mCatalog;
    /// The kinds' behaviours; a worker holds a reference of its own while it runs.
    std::shared_ptr<const engine::KindSet> mKinds;
    engine::Scenario mScenario;
    QTimer mDebounce;
    QFutureWatcher<Result> mWatcher;
    std::function<void(quint64)> mWorkerHook;
    std::function<void(const engine::Evaluation &)> mReleaseHook;

    /// Grows on every change of the inputs (design or scenario); a run remembers the value it
    /// started from, and its result is current only if the value has not moved since.
    quint64 mInputSerial = 0;
    quint64 mRunSerial = 0;
    quint64 mRunRevision = 0;
    bool mRunning = false;
    bool mBusy = false;
    bool mDesignReplaced = false; ///< the next change replaces the design: no debounce

    engine::Evaluation mLatest;
    quint64 mLatestRevision = 0;
    bool mHasEvaluation = false;
};

} // namespace archstudio::document

Q_DECLARE_METATYPE(archstudio::engine::Evaluation)
