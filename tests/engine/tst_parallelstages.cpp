#include "core/engine/parallelstages.h"

#include <QTest>

#include <atomic>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace archstudio;
using namespace archstudio::engine::detail;

namespace {

constexpr qsizetype kItems = 20000;
constexpr qsizetype kMinPerThread = 100;

/// An evaluation's state for a design with nothing in it: the stages under test only need
/// its threads and its price book's notes.
struct EmptyEvaluation
{
    model::Design design;
    catalog::Catalog catalog;
    QStringList notes;
    EvalState state{design, catalog, engine::BehaviourRegistry::builtin(), &notes};

    explicit EmptyEvaluation(int threads) { state.threads = threads; }
};

/// The notes of a stage whose items note texts that repeat within a chunk, across
/// neighbouring chunks and across distant ones, in the order the evaluation keeps them.
QStringList notesOfStage(int threads)
{
    EmptyEvaluation e(threads);
    e.notes.clear(); // the empty catalog's own, noted when the price book was made
    forEachChunk(e.state, kItems, kMinPerThread,
                 [](EvalState &lane, qsizetype begin, qsizetype end) {
                     for (qsizetype i = begin; i < end; ++i) {
                         lane.prices.note(QStringLiteral("block %1").arg(i / 1500));
                         if (i % 97 == 0)
                             lane.prices.note(QStringLiteral("scattered %1").arg(i * 7919 % 13));
                     }
                 });
    return e.notes;
}

} // namespace

class TestParallelStages : public QObject
{
    Q_OBJECT

private slots:
    /// A balanced stage has many chunks; every item runs once, in the chunk that holds it,
    /// and each thread takes its chunks in item order (which keeps the notes in order).
    void balancedChunksRunEveryItemOnceAndEachThreadInOrder()
    {
        EmptyEvaluation e(4);
        const int chunks = stageChunks(e.state, kItems, kMinPerThread, Split::Balanced);
        QVERIFY(chunks > 4);
        QCOMPARE(stageChunks(e.state, kItems, kMinPerThread, Split::OnePerThread), 4);

        std::vector<std::atomic<int>> runs(static_cast<std::size_t>(kItems));
        std::vector<int> chunkOf(std::size_t(kItems), -1);
        std::mutex mutex;
        std::map<std::thread::id, std::vector<int>> chunksOfThread;
        forEachChunkNumbered(e.state, kItems, kMinPerThread,
                             [&](EvalState &, int chunk, qsizetype begin, qsizetype end) {
                                 {
                                     const std::lock_guard lock(mutex);
                                     chunksOfThread[std::this_thread::get_id()].push_back(chunk);
                                 }
                                 for (qsizetype i = begin; i < end; ++i) {
                                     runs[std::size_t(i)].fetch_add(1);
                                     chunkOf[std::size_t(i)] = chunk;
                                 }
                             });
        for (qsizetype i = 0; i < kItems; ++i) {
            QCOMPARE(runs[std::size_t(i)].load(), 1);
            // Chunks are contiguous and numbered in item order, each one non-empty.
            if (i > 0)
                QVERIFY(chunkOf[std::size_t(i)] - chunkOf[std::size_t(i - 1)] <= 1);
            QVERIFY(chunkOf[std::size_t(i)] >= (i > 0 ? chunkOf[std::size_t(i - 1)] : 0));
        }
        QCOMPARE(chunkOf.front(), 0);
        QCOMPARE(chunkOf.back(), chunks - 1);
        qsizetype taken = 0;
        for (const auto &[thread, list] : chunksOfThread) {
            taken += qsizetype(list.size());
            for (std::size_t k = 1; k < list.size(); ++k)
                QVERIFY(list[k] > list[k - 1]);
        }
        QCOMPARE(taken, qsizetype(chunks));
    }

    /// The notes of a split stage read as if one thread had run its items in turn, however
    /// the threads happened to share the chunks.
    void notesReadAsIfOneThreadRanTheStage()
    {
        const QStringList alone = notesOfStage(1);
        QCOMPARE(alone.size(), 14 + 13);
        QCOMPARE(alone.first(), QStringLiteral("block 0"));
        for (int run = 0; run < 20; ++run) {
            for (int threads : {2, 3, 8})
                QCOMPARE(notesOfStage(threads), alone);
        }
    }

    /// Gathered lists come back one per chunk, in item order.
    void gatheredListsJoinInItemOrder()
    {
        EmptyEvaluation e(3);
        const std::vector<std::vector<qsizetype>> gathered = gatherByChunk<std::vector<qsizetype>>(
            e.state, kItems, kMinPerThread,
            [](EvalState &, qsizetype begin, qsizetype end, std::vector<qsizetype> &items) {
                for (qsizetype i = begin; i < end; ++i)
                    items.push_back(i);
            });
        QCOMPARE(qsizetype(gathered.size()),
                 qsizetype(stageChunks(e.state, kItems, kMinPerThread, Split::Balanced)));
        qsizetype next = 0;
        for (const std::vector<qsizetype> &chunk : gathered) {
            for (qsizetype i : chunk)
                QCOMPARE(i, next++);
        }
        QCOMPARE(next, kItems);
    }

    /// A stage makes each model in its slot (replaceWith): the old value is released, and
    /// a behaviour that throws leaves a default model there, never a destroyed one.
    void aSlotIsReplacedInPlaceAndStaysWholeWhenMakingThrows()
    {
        const QString owner = QString::fromLatin1("db-primary"); // on the heap: counted
        engine::ComponentModel slot;
        slot.dataOwner = model::ComponentId(owner);
        slot.replicaRegions = {1, 2};
        QVERIFY(!owner.isDetached());

        replaceWith(slot, [] {
            engine::ComponentModel made;
            made.servers = 3;
            return made;
        });
        QVERIFY(owner.isDetached()); // the old model let go of it
        QCOMPARE(slot.servers, 3);
        QVERIFY(slot.replicaRegions.isEmpty());

        slot.dataOwner = model::ComponentId(owner);
        bool thrown = false;
        try {
            replaceWith(slot, []() -> engine::ComponentModel {
                throw std::runtime_error("describe failed");
            });
        } catch (const std::runtime_error &) {
            thrown = true;
        }
        QVERIFY(thrown);
        QVERIFY(owner.isDetached());
        QCOMPARE(slot.servers, engine::ComponentModel{}.servers);
        QVERIFY(slot.dataOwner.isEmpty());
        slot.replicaRegions.append(4); // usable: a model, not raw memory
        QCOMPARE(slot.replicaRegions.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestParallelStages)
#include "tst_parallelstages.moc"
