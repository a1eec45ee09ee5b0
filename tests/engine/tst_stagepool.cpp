#include "core/engine/stagepool.h"

#include <QTest>

#include <atomic>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using archstudio::engine::detail::StagePool;

namespace {

/// Which thread ran each chunk of one run, and how often each chunk ran.
struct Record
{
    std::vector<std::thread::id> thread;
    std::vector<std::atomic<int>> runs;
    explicit Record(int chunks) : thread(std::size_t(chunks)), runs(std::size_t(chunks)) {}
};

void runRecorded(StagePool &pool, Record &record, int chunks)
{
    pool.run(chunks, [&](int k) {
        record.thread[std::size_t(k)] = std::this_thread::get_id();
        record.runs[std::size_t(k)].fetch_add(1);
    });
}

} // namespace

class TestStagePool : public QObject
{
    Q_OBJECT

private slots:
    /// Chunk 0 runs on the calling thread and every other on a worker of its own, once per
    /// run; chunk k stays on the same worker from stage to stage (so a stage split one
    /// chunk per thread gives each thread the same items every time, parallelstages.h).
    void everyChunkRunsOnceAndKeepsItsThread()
    {
        StagePool pool(3);
        QCOMPARE(pool.workers(), 3);
        std::vector<std::thread::id> first;
        for (int stage = 0; stage < 50; ++stage) {
            Record record(4);
            runRecorded(pool, record, 4);
            for (const std::atomic<int> &runs : record.runs)
                QCOMPARE(runs.load(), 1);
            QCOMPARE(record.thread.at(0), std::this_thread::get_id());
            QCOMPARE(std::set<std::thread::id>(record.thread.begin(), record.thread.end()).size(),
                     std::size_t(4));
            if (stage == 0)
                first = record.thread;
            QVERIFY(record.thread == first);
        }
    }

    /// Fewer chunks than workers leave the rest idle; more run on the calling thread after
    /// its own; no workers at all run everything here.
    void chunksBeyondTheWorkersRunHere()
    {
        StagePool pool(2);
        Record few(2);
        runRecorded(pool, few, 2);
        QCOMPARE(few.runs.at(0).load() + few.runs.at(1).load(), 2);
        QVERIFY(few.thread.at(1) != std::this_thread::get_id());

        Record many(6);
        runRecorded(pool, many, 6);
        for (int k = 0; k < 6; ++k) {
            QCOMPARE(many.runs.at(std::size_t(k)).load(), 1);
            const bool here = k == 0 || k >= 3;
            QCOMPARE(many.thread.at(std::size_t(k)) == std::this_thread::get_id(), here);
        }

        StagePool none(0);
        QCOMPARE(none.workers(), 0);
        Record alone(3);
        runRecorded(none, alone, 3);
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(alone.runs.at(std::size_t(k)).load(), 1);
            QCOMPARE(alone.thread.at(std::size_t(k)), std::this_thread::get_id());
        }
    }

    /// An exception in a chunk reaches the caller once every chunk has finished (the first by
    /// chunk order), and the pool goes on working.
    void anExceptionReachesTheCallerAfterTheStage()
    {
        StagePool pool(2);
        std::atomic<int> finished{0};
        try {
            pool.run(3, [&](int k) {
                if (k >= 1)
                    throw std::runtime_error("chunk " + std::to_string(k));
                // Chunk 0 is slow: the workers' exceptions wait for it.
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                finished.fetch_add(1);
            });
            QFAIL("no exception reached the caller");
        } catch (const std::runtime_error &e) {
            QCOMPARE(QByteArray(e.what()), QByteArray("chunk 1"));
        }
        QCOMPARE(finished.load(), 1);
        Record after(3);
        runRecorded(pool, after, 3);
        for (const std::atomic<int> &runs : after.runs)
            QCOMPARE(runs.load(), 1);
    }

    /// Stages that follow each other without a pause and a stage after the workers went to
    /// sleep both complete (a waiting worker spins briefly in the library, then sleeps).
    void stagesCompleteBackToBackAndAfterAPause()
    {
        StagePool pool(1);
        std::atomic<long> sum{0};
        for (int stage = 0; stage < 2000; ++stage)
            pool.run(2, [&](int k) { sum.fetch_add(k + 1); });
        QCOMPARE(sum.load(), 2000L * 3);
        std::this_thread::sleep_for(std::chrono::milliseconds(5)); // past any spinning
        pool.run(2, [&](int k) { sum.fetch_add(k + 1); });
        QCOMPARE(sum.load(), 2001L * 3);
    }
};

QTEST_GUILESS_MAIN(TestStagePool)
#include "tst_stagepool.moc"
