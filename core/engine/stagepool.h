#pragma once

#include <atomic>
#include <exception>
#include <functional>
#include <thread>
#include <vector>

namespace archstudio::engine::detail {

/// The threads one evaluation's stages share (parallelstages.h). They start with the first
/// stage that splits and stop when the evaluation ends, so a stage costs a wake-up instead of
/// a thread's start and end: an evaluation of 10,000 components has ten such stages, and
/// a thread started and joined for each cost 0.1-0.4 ms on a two-core virtual machine
/// (docs/BENCHMARKS.md). Job k of every stage runs on worker k: a stage split one chunk per
/// thread (Split::OnePerThread) gives each thread the same part of the items every time.
class StagePool
{
public:
    /// Starts up to workers threads; fewer when the system refuses one (see workers()).
    explicit StagePool(int workers);
    ~StagePool();
    StagePool(const StagePool &) = delete;
    StagePool &operator=(const StagePool &) = delete;

    /// The threads that started.
    int workers() const { return int(mThreads.size()); }

    /// Runs job(k) for every k in [0, chunks): chunk 0 on this thread, chunks 1..workers()
    /// on the pool's threads, any beyond that here after chunk 0. Returns when all have
    /// finished; an exception from a chunk is rethrown here (the first, by chunk order).
    void run(int chunks, const std::function<void(int)> &job);

private:
    /// A worker's loop: it runs chunk `chunk` of every stage that has one.
    void work(int chunk);
    void runChunk(int chunk);

    std::vector<std::thread> mThreads;
    // The current stage: written by run() before it bumps mGeneration, read by the workers
    // after they see the bump.
    const std::function<void(int)> *mJob = nullptr;
    int mChunks = 0;
    std::vector<std::exception_ptr> mErrors;
    bool mStopping = false;
    /// Bumped to hand out a stage, or to stop.
    std::atomic<unsigned> mGeneration{0};
    /// Workers that have not finished the current stage. Every worker answers every stage
    /// (those without a chunk at once), so no worker can still be reading a stage when
    /// run() returns and the next one is written.
    std::atomic<int> mPending{0};
};

} // namespace archstudio::engine::detail
