#include "parallelstages.h"

#include <algorithm>
#include <thread>

namespace archstudio::engine::detail {

namespace {
/// Beyond this, a stage's chunks get too small for the threads to pay for themselves.
constexpr int kMaxEvaluationThreads = 8;
/// Split::Balanced's chunks per thread: enough that the last chunk to finish leaves the
/// other threads little to wait for, few enough that taking one (an atomic add on a line
/// every thread writes) stays a rounding error.
constexpr int kBalancedChunksPerThread = 16;
/// ... and the fewest items in one of them.
constexpr qsizetype kMinItemsPerBalancedChunk = 16;
} // namespace

int evaluationThreads(int requested)
{
    if (requested > 0)
        return requested;
    return std::clamp(int(std::thread::hardware_concurrency()), 1, kMaxEvaluationThreads);
}

int stageThreads(const EvalState &state, qsizetype count, qsizetype minPerThread)
{
    const qsizetype byWork = count / std::max<qsizetype>(1, minPerThread);
    return int(std::clamp<qsizetype>(byWork, 1, std::max(1, state.threads)));
}

int stageChunks(const EvalState &state, qsizetype count, qsizetype minPerThread, Split split)
{
    const int threads = stageThreads(state, count, minPerThread);
    if (threads <= 1 || split == Split::OnePerThread)
        return threads;
    const qsizetype bySize = count / kMinItemsPerBalancedChunk;
    return int(
        std::clamp<qsizetype>(bySize, threads, qsizetype(threads) * kBalancedChunksPerThread));
}

} // namespace archstudio::engine::detail
