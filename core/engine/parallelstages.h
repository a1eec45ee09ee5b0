#pragma once

#include "evalstate.h"

#include <QStringList>

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

/// Runs work(lane, chunk, begin, end) over [0, count) in contiguous chunks, one per thread,
/// numbered from 0 in item order (stageThreads() of them): the first chunk on this thread
/// with state itself, the others on state.pool's workers with lanes (copies of state with
/// their own caches, see EvalState). work writes its results by index into storage that was sized
/// before the call, never into the lane's lists.
///
/// The evaluation stays deterministic: every item's result is the same on any thread, and
/// the lanes' notes are added after all chunks finished, in chunk order and without repeats,
/// so they read exactly as if the chunks had run one after another on this thread.
template <typename Work>
void forEachChunkNumbered(EvalState &state, qsizetype count, qsizetype minPerThread, Work work)
{
    const int threads = stageThreads(state, count, minPerThread);
    if (threads <= 1) {
        work(state, 0, qsizetype(0), count);
        return;
    }
    const auto bound = [&](int chunk) {
        return count * chunk / threads;
    };
    std::vector<QStringList> laneNotes(static_cast<std::size_t>(threads - 1));
    // Made here, before any chunk starts: copying the lists only shares them.
    std::vector<std::unique_ptr<EvalState>> lanes;
    for (int k = 1; k < threads; ++k)
        lanes.push_back(std::make_unique<EvalState>(state, &laneNotes[std::size_t(k - 1)]));

    if (!state.pool)
        state.pool = std::make_unique<StagePool>(state.threads - 1);
    state.pool->run(threads, [&](int k) {
        if (k == 0)
            work(state, 0, qsizetype(0), bound(1));
        else
            work(*lanes[std::size_t(k - 1)], k, bound(k), bound(k + 1));
    });
    lanes.clear();
    for (const QStringList &notes : laneNotes) {
        for (const QString &note : notes)
            state.prices.note(note);
    }
}

/// forEachChunkNumbered() for work that needs no chunk number: work(lane, begin, end).
template <typename Work>
void forEachChunk(EvalState &state, qsizetype count, qsizetype minPerThread, Work work)
{
    forEachChunkNumbered(
        state, count, minPerThread,
        [&work](EvalState &lane, int, qsizetype begin, qsizetype end) { work(lane, begin, end); });
}

/// Like forEachChunk(), for work that gathers something (findings, references) rather than
/// writing each item's slot: work(lane, begin, end, gathered) adds to its chunk's own
/// Gathered. Returns every chunk's Gathered in item order, so that concatenated they read as
/// if one thread had gathered everything in turn.
template <typename Gathered, typename Work>
std::vector<Gathered> gatherByChunk(EvalState &state, qsizetype count, qsizetype minPerThread,
                                    Work work)
{
    std::vector<Gathered> chunks(std::size_t(stageThreads(state, count, minPerThread)));
    forEachChunkNumbered(state, count, minPerThread,
                         [&](EvalState &lane, int chunk, qsizetype begin, qsizetype end) {
                             work(lane, begin, end, chunks[std::size_t(chunk)]);
                         });
    return chunks;
}

} // namespace archstudio::engine::detail
