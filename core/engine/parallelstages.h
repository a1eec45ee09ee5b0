#pragma once

#include "evalstate.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace archstudio::engine::detail {

/// The least work worth a thread of its own: about a millisecond, against the tens of
/// microseconds it costs to copy a lane and to wake a worker.
inline constexpr qsizetype kMinComponentsPerThread = 500;
inline constexpr qsizetype kMinWorkloadsPerThread = 50;

/// Scenario::threads as the most threads one evaluation uses: 0 means one per core.
int evaluationThreads(int requested);

/// How many threads a stage of count items uses: at most state.threads, and none that
/// would get fewer than minPerThread items.
int stageThreads(const EvalState &state, qsizetype count, qsizetype minPerThread);

/// How a stage's items are split into chunks for its threads.
enum class Split {
    /// Many short chunks, which each thread takes in item order as soon as it is free. A
    /// thread that starts late (a worker has to be woken) or runs slowly (the host's other
    /// guests take its core) takes fewer, so the stage ends when its work is done rather
    /// than when its slower half is: with one chunk per thread the faster thread idled about
    /// 4 ms of every evaluation of 10,000 components here (docs/BENCHMARKS.md).
    Balanced,
    /// One contiguous chunk per thread, for work whose cost grows with the number of chunks
    /// (routing's load sums walk every workload once per chunk).
    OnePerThread,
};

/// How many chunks forEachChunkNumbered() splits count items into.
int stageChunks(const EvalState &state, qsizetype count, qsizetype minPerThread, Split split);

/// Runs work(lane, chunk, begin, end) over [0, count) in contiguous chunks numbered from 0
/// in item order (stageChunks() of them) on up to stageThreads() threads: this thread with
/// state itself, state.pool's workers with lanes (copies of state with their own caches, see
/// EvalState). Each thread takes the next chunk not yet taken, so it runs its chunks in item
/// order. work writes its results by index into storage that was sized before the call,
/// never into the lane's lists.
///
/// The evaluation stays deterministic: every item's result is the same on any thread, and
/// each chunk's notes are kept apart and added after all chunks finished, in chunk order and
/// without repeats, so they read exactly as if the chunks had run one after another on this
/// thread. (A thread's price book notes a text once, in the first of its chunks that needs
/// it; as a thread takes its chunks in item order, any earlier chunk that needs the text
/// is another thread's, which notes it there. So every text's first place in the merged
/// notes is that of the first chunk that needs it, as on one thread.)
template <typename Work>
void forEachChunkNumbered(EvalState &state, qsizetype count, qsizetype minPerThread, Work work,
                          Split split = Split::Balanced)
{
    const int threads = stageThreads(state, count, minPerThread);
    if (threads <= 1) {
        work(state, 0, qsizetype(0), count);
        return;
    }
    const int chunks = stageChunks(state, count, minPerThread, split);
    const auto bound = [&](int chunk) {
        return count * chunk / chunks;
    };
    std::vector<QStringList> chunkNotes(static_cast<std::size_t>(chunks));
    // Made here, before any chunk starts: copying the lists only shares them.
    std::vector<std::unique_ptr<EvalState>> lanes;
    for (int k = 1; k < threads; ++k)
        lanes.push_back(std::make_unique<EvalState>(state, nullptr));

    if (!state.pool)
        state.pool = std::make_unique<StagePool>(state.threads - 1);
    // The notes this thread's chunks make are kept apart like the others', so the book's
    // record of what it noted is put back as it was before the stage.
    PriceBook::NoteState evaluationNotes = state.prices.noteState();
    std::atomic<int> nextChunk{0};
    try {
        state.pool->run(threads, [&](int k) {
            EvalState &lane = k == 0 ? state : *lanes[std::size_t(k - 1)];
            for (int chunk = nextChunk.fetch_add(1, std::memory_order_relaxed); chunk < chunks;
                 chunk = nextChunk.fetch_add(1, std::memory_order_relaxed)) {
                lane.prices.sendNotesTo(&chunkNotes[std::size_t(chunk)]);
                work(lane, chunk, bound(chunk), bound(chunk + 1));
            }
        });
    } catch (...) {
        state.prices.restoreNotes(std::move(evaluationNotes));
        throw;
    }
    lanes.clear();
    state.prices.restoreNotes(std::move(evaluationNotes));
    for (const QStringList &notes : chunkNotes) {
        for (const QString &note : notes)
            state.prices.note(note);
    }
}

/// forEachChunkNumbered() for work that needs no chunk number: work(lane, begin, end).
template <typename Work>
void forEachChunk(EvalState &state, qsizetype count, qsizetype minPerThread, Work work,
                  Split split = Split::Balanced)
{
    forEachChunkNumbered(
        state, count, minPerThread,
        [&work](EvalState &lane, int, qsizetype begin, qsizetype end) { work(lane, begin, end); },
        split);
}

/// Like forEachChunk(), for work that gathers something (findings, references) rather than
/// writing each item's slot: work(lane, begin, end, gathered) adds to its chunk's own
/// Gathered. Returns every chunk's Gathered in item order, so that concatenated they read as
/// if one thread had gathered everything in turn.
template <typename Gathered, typename Work>
std::vector<Gathered> gatherByChunk(EvalState &state, qsizetype count, qsizetype minPerThread,
                                    Work work)
{
    // One split for the sizing and the run: each chunk's list is indexed by its number.
    constexpr Split split = Split::Balanced;
    std::vector<Gathered> chunks(std::size_t(stageChunks(state, count, minPerThread, split)));
    forEachChunkNumbered(
        state, count, minPerThread,
        [&](EvalState &lane, int chunk, qsizetype begin, qsizetype end) {
            work(lane, begin, end, chunks[std::size_t(chunk)]);
        },
        split);
    return chunks;
}

} // namespace archstudio::engine::detail
