#include "parallelstages.h"

#include <algorithm>
#include <thread>

namespace archstudio::engine::detail {

namespace {
/// Beyond this, a stage's chunks get too small for the threads to pay for themselves.
constexpr int kMaxEvaluationThreads = 8;
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

} // namespace archstudio::engine::detail
