#include "core/catalog/catalogfile.h"
#include "core/document/commands/setpropertycommand.h"
#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "document/testdesigns.h"
#include "support/testkinds.h"

#include <QMutex>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QUndoStack>

#include <memory>

using namespace archstudio;
using namespace archstudio::document;

namespace {

const model::ComponentId kApp(QStringLiteral("app-0"));

engine::Evaluation evaluateDirectly(const model::Design &design, double loadFactor = 1.0)
{
    QStringList notes;
    const catalog::Catalog catalog = engine::catalogFor(design, test::kinds()->catalog(), &notes);
    engine::Evaluation e = engine::evaluate({design, 0}, catalog, {loadFactor}, test::behaviours());
    e.notes = notes + e.notes;
    return e;
}

/// The design with the app workload's reads set to reads.
model::Design withReads(model::Design design, qint64 reads)
{
    for (model::Component &c : design.components) {
        if (c.id == kApp)
            c.properties.insert(QStringLiteral("readsPerSecond"), reads);
    }
    return design;
}

void setReads(Document &doc, qint64 reads)
{
    doc.undoStack()->push(new SetPropertyCommand(&doc, kApp, "readsPerSecond", reads));
}

} // namespace

class TestEvaluationScheduler : public QObject
{
    Q_OBJECT

    /// Workers wait here when a test installs holdRuns(): each release(1) lets one run go.
    QSemaphore mGate;

    void holdRuns(EvaluationScheduler &scheduler)
    {
        QSemaphore *gate = &mGate;
        scheduler.setWorkerHookForTesting([gate](quint64) { gate->acquire(); });
    }

private slots:
    void cleanup()
    {
        // A failed test must not leave a worker blocked on the gate.
        mGate.release(1000);
        QThreadPool::globalInstance()->waitForDone();
        mGate.acquire(mGate.available());
    }

    void evaluatesTheDocumentOnConstruction()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        EvaluationScheduler scheduler(&doc);
        QSignalSpy finished(&scheduler, &EvaluationScheduler::evaluationFinished);
        QVERIFY(scheduler.isBusy());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!scheduler.isBusy());
        QVERIFY(scheduler.hasEvaluation());
        QCOMPARE(scheduler.latestRevision(), doc.revision());
    }

    void deliveredFiguresEqualADirectEvaluation()
    {
        model::Design design = testing::workloadsWithDatabases(2);
        const engine::Evaluation plain = evaluateDirectly(design);
        QVERIFY(plain.totals.monthlyCostUsd > 0.0);
        // An override of the first priced line must reach the scheduler's evaluation too.
        const QString key = plain.components.at(1).lineItems.at(0).catalogKey;
        QVERIFY(!key.isEmpty());
        design.catalogOverrides.insert(key, 1000.0);
        const engine::Evaluation expected = evaluateDirectly(design);
        QVERIFY(expected.totals.monthlyCostUsd != plain.totals.monthlyCostUsd);

        Document doc(design, test::kinds());
        EvaluationScheduler scheduler(&doc);
        QTRY_VERIFY(scheduler.hasEvaluation());
        QCOMPARE(scheduler.latestEvaluation().totals.monthlyCostUsd,
                 expected.totals.monthlyCostUsd);
        QCOMPARE(scheduler.latestEvaluation().components.size(), expected.components.size());
        QCOMPARE(scheduler.latestEvaluation().notes, expected.notes);
    }

    void aBurstOfEditsIsCoalesced()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        EvaluationScheduler scheduler(&doc);
        QTRY_VERIFY(!scheduler.isBusy());
        QSignalSpy started(&scheduler, &EvaluationScheduler::evaluationStarted);
        QSignalSpy finished(&scheduler, &EvaluationScheduler::evaluationFinished);

        constexpr int kEdits = 100;
        for (int i = 1; i <= kEdits; ++i) {
            setReads(doc, 1000 + i);
            QCoreApplication::processEvents(); // edits arrive between event-loop turns
        }
        QTRY_VERIFY(!scheduler.isBusy());
        QVERIFY2(started.count() <= kEdits / 10, qPrintable(QString::number(started.count())));
        QVERIFY(finished.count() >= 1);
        QVERIFY(finished.count() <= started.count());
        QCOMPARE(finished.last().at(1).value<quint64>(), doc.revision());
        QCOMPARE(scheduler.latestEvaluation().totals.monthlyCostUsd,
                 evaluateDirectly(doc.design()).totals.monthlyCostUsd);
    }

    void editsDuringARunCoalesceIntoOneMoreRun()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        EvaluationScheduler scheduler(&doc);
        holdRuns(scheduler);
        QSignalSpy started(&scheduler, &EvaluationScheduler::evaluationStarted);
        QSignalSpy finished(&scheduler, &EvaluationScheduler::evaluationFinished);
        scheduler.requestNow();
        QCOMPARE(started.count(), 1);

        for (int i = 1; i <= 10; ++i) {
            setReads(doc, 2000 + i);
            scheduler.requestNow(); // even an explicit request waits for the run in flight
            QCoreApplication::processEvents();
        }
        QCOMPARE(started.count(), 1);
        mGate.release(1);
        QTRY_COMPARE(started.count(), 2);
        QCOMPARE(started.last().at(0).value<quint64>(), doc.revision());
        QCOMPARE(finished.count(), 0);
        mGate.release(1);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.last().at(1).value<quint64>(), doc.revision());
    }

    void aStaleResultIsNeverDelivered()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        EvaluationScheduler scheduler(&doc);
        scheduler.setDebounceInterval(0);
        holdRuns(scheduler);
        QList<quint64> delivered;
        QList<double> costs;
        connect(&scheduler, &EvaluationScheduler::evaluationFinished, this,
                [&](const engine::Evaluation &e, quint64 revision) {
                    QCOMPARE(revision, doc.revision()); // only ever the current design
                    delivered.append(revision);
                    costs.append(e.totals.monthlyCostUsd);
                });
        QSignalSpy started(&scheduler, &EvaluationScheduler::evaluationStarted);
        QTRY_COMPARE(started.count(), 1);
        const quint64 stale = started.last().at(0).value<quint64>();

        setReads(doc, 50000); // the run in flight now describes an old design
        QVERIFY(doc.revision() > stale);
        mGate.release(1);
        QTRY_COMPARE(started.count(), 2);
        QVERIFY(delivered.isEmpty());
        mGate.release(1);
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(delivered.first(), doc.revision());
        QCOMPARE(costs.first(), evaluateDirectly(doc.design()).totals.monthlyCostUsd);
        QVERIFY(!delivered.contains(stale));
    }

    void aScenarioChangeSupersedesARunInFlight()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        EvaluationScheduler scheduler(&doc);
        holdRuns(scheduler);
        QSignalSpy finished(&scheduler, &EvaluationScheduler::evaluationFinished);
        scheduler.requestNow();
        scheduler.setScenario({2.0});
        mGate.release(2);
        QTRY_COMPARE(finished.count(), 1);
        QTRY_VERIFY(!scheduler.isBusy());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(scheduler.latestEvaluation().loadFactor, 2.0);
        QCOMPARE(scheduler.latestEvaluation().totals.monthlyCostUsd,
                 evaluateDirectly(doc.design(), 2.0).totals.monthlyCostUsd);
    }

    void resultsArriveOnTheGuiThread()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        EvaluationScheduler scheduler(&doc);
        QThread *direct = nullptr;
        QThread *queued = nullptr;
        QObject receiver;
        connect(&scheduler, &EvaluationScheduler::evaluationFinished, this,
                [&] { direct = QThread::currentThread(); });
        // A queued connection copies the Evaluation, so its metatype must be known.
        connect(
            &scheduler, &EvaluationScheduler::evaluationFinished, &receiver,
            [&](const engine::Evaluation &e) {
                QVERIFY(!e.components.isEmpty());
                queued = QThread::currentThread();
            },
            Qt::QueuedConnection);
        QTRY_VERIFY(queued != nullptr);
        QCOMPARE(direct, QCoreApplication::instance()->thread());
        QCOMPARE(queued, QCoreApplication::instance()->thread());
    }

    void busyFollowsEditsAndDeliveries()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        EvaluationScheduler scheduler(&doc);
        QTRY_VERIFY(!scheduler.isBusy());
        QSignalSpy busy(&scheduler, &EvaluationScheduler::busyChanged);
        setReads(doc, 10);
        setReads(doc, 20);
        QVERIFY(scheduler.isBusy());
        QTRY_VERIFY(!scheduler.isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        QCOMPARE(scheduler.latestRevision(), doc.revision());
    }

    void requestNowSkipsTheDebounce()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        EvaluationScheduler scheduler(&doc);
        scheduler.setDebounceInterval(60 * 60 * 1000);
        QSignalSpy finished(&scheduler, &EvaluationScheduler::evaluationFinished);
        scheduler.requestNow();
        QTRY_COMPARE(finished.count(), 1);
        setReads(doc, 77);
        scheduler.requestNow();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(scheduler.latestRevision(), doc.revision());
    }

    void aNewDesignIsEvaluatedWithoutTheDebounce()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        EvaluationScheduler scheduler(&doc);
        scheduler.setDebounceInterval(60 * 60 * 1000);
        QSignalSpy started(&scheduler, &EvaluationScheduler::evaluationStarted);
        QSignalSpy finished(&scheduler, &EvaluationScheduler::evaluationFinished);
        scheduler.requestNow();
        QTRY_COMPARE(finished.count(), 1);

        // Opening a design starts its evaluation at once, and only one.
        doc.setDesign(testing::workloadsWithDatabases(3));
        QCOMPARE(started.count(), 2);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(scheduler.latestRevision(), doc.revision());
        QVERIFY(!scheduler.isBusy());

        // An edit after it waits for quiet again.
        setReads(doc, 77);
        QTest::qWait(50);
        QCOMPARE(started.count(), 2);
        QVERIFY(scheduler.isBusy());
    }

    void deletingTheDocumentMidRunIsSafe()
    {
        auto *doc = new Document(testing::workloadsWithDatabases(1), test::kinds());
        EvaluationScheduler scheduler(doc);
        holdRuns(scheduler);
        QSignalSpy started(&scheduler, &EvaluationScheduler::evaluationStarted);
        QSignalSpy finished(&scheduler, &EvaluationScheduler::evaluationFinished);
        scheduler.requestNow();
        QCOMPARE(started.count(), 1);

        delete doc;
        QCOMPARE(scheduler.document(), nullptr);
        mGate.release(1);
        QTRY_VERIFY(!scheduler.isBusy());
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(started.count(), 1);
        scheduler.requestNow(); // nothing left to evaluate
        QCOMPARE(started.count(), 1);
    }

    void deletingTheSchedulerMidRunIsSafe()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        auto scheduler = std::make_unique<EvaluationScheduler>(&doc);
        holdRuns(*scheduler);
        QSignalSpy started(scheduler.get(), &EvaluationScheduler::evaluationStarted);
        scheduler->requestNow();
        QCOMPARE(started.count(), 1);
        scheduler.reset();
        setReads(doc, 5);
        mGate.release(1);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void replacedAndStaleEvaluationsAreFreedOffTheGuiThread()
    {
        Document doc(testing::workloadsWithDatabases(1), test::kinds());
        EvaluationScheduler scheduler(&doc);
        scheduler.setDebounceInterval(0);
        struct Release
        {
            QThread *thread;
            bool lastReference;
            double monthlyCostUsd;
        };
        // Shared with the hook, which runs on the pool and may outlive this function.
        struct Log
        {
            QMutex mutex;
            QList<Release> released;
        };
        const auto log = std::make_shared<Log>();
        scheduler.setReleaseHookForTesting([log](const engine::Evaluation &e) {
            const QMutexLocker lock(&log->mutex);
            log->released.append({QThread::currentThread(),
                                  e.components.isDetached() && e.workloads.isDetached(),
                                  e.totals.monthlyCostUsd});
        });
        const auto releases = [log] {
            const QMutexLocker lock(&log->mutex);
            return log->released;
        };
        // A receiver that keeps a copy, as the diagram does: it shares the lists.
        engine::Evaluation kept;
        connect(&scheduler, &EvaluationScheduler::evaluationFinished, this,
                [&](const engine::Evaluation &e) { kept = e; });
        QTRY_VERIFY(scheduler.hasEvaluation());
        const double firstCost = scheduler.latestEvaluation().totals.monthlyCostUsd;
        QVERIFY(kept.components.isSharedWith(scheduler.latestEvaluation().components));

        setReads(doc, 50000);
        QTRY_COMPARE(scheduler.latestRevision(), doc.revision());
        QTRY_COMPARE(releases().size(), 1);
        QVERIFY(releases().first().thread != QCoreApplication::instance()->thread());
        QVERIFY(releases().first().lastReference); // so its memory is freed there
        QCOMPARE(releases().first().monthlyCostUsd, firstCost);

        // A result that arrives stale is let go of the same way.
        holdRuns(scheduler);
        setReads(doc, 60000);
        QSignalSpy started(&scheduler, &EvaluationScheduler::evaluationStarted);
        QTRY_COMPARE(started.count(), 1);
        setReads(doc, 70000);
        mGate.release(1);
        QTRY_COMPARE(releases().size(), 2);
        QVERIFY(releases().at(1).thread != QCoreApplication::instance()->thread());
        QVERIFY(releases().at(1).lastReference);
        QCOMPARE(releases().at(1).monthlyCostUsd,
                 evaluateDirectly(withReads(doc.design(), 60000)).totals.monthlyCostUsd);
        mGate.release(1);
        QTRY_COMPARE(scheduler.latestRevision(), doc.revision());
        // That delivery lets go of one more evaluation, on the pool.
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(releases().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEvaluationScheduler)
#include "tst_evaluationscheduler.moc"
