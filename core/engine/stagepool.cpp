#include "stagepool.h"

#include <algorithm>
#include <system_error>

namespace archstudio::engine::detail {

namespace {

/// Waits until value differs from old, and returns it. (The library spins briefly before it
/// sleeps; spinning longer ourselves measured no faster, docs/BENCHMARKS.md.)
template <typename T> T awaitChange(const std::atomic<T> &value, T old)
{
    for (;;) {
        value.wait(old, std::memory_order_acquire);
        const T now = value.load(std::memory_order_acquire);
        if (now != old)
            return now;
    }
}

} // namespace

StagePool::StagePool(int workers)
{
    mThreads.reserve(std::size_t(std::max(0, workers)));
    for (int k = 0; k < workers; ++k) {
        try {
            mThreads.emplace_back([this, k] { work(k + 1); });
        } catch (const std::system_error &) {
            break; // the chunks it would have run run on the calling thread
        }
    }
}

StagePool::~StagePool()
{
    mStopping = true;
    mGeneration.fetch_add(1, std::memory_order_release);
    mGeneration.notify_all();
    for (std::thread &thread : mThreads)
        thread.join();
}

void StagePool::runChunk(int chunk)
{
    try {
        (*mJob)(chunk);
    } catch (...) {
        mErrors[std::size_t(chunk)] = std::current_exception();
    }
}

void StagePool::run(int chunks, const std::function<void(int)> &job)
{
    mJob = &job;
    mChunks = chunks;
    mErrors.assign(std::size_t(std::max(0, chunks)), nullptr);
    const int pooled = std::min(workers(), chunks - 1);
    if (pooled > 0) {
        mPending.store(workers(), std::memory_order_relaxed);
        mGeneration.fetch_add(1, std::memory_order_release);
        mGeneration.notify_all();
    }
    if (chunks > 0)
        runChunk(0);
    for (int k = pooled + 1; k < chunks; ++k)
        runChunk(k);
    if (pooled > 0) {
        for (int pending = mPending.load(std::memory_order_acquire); pending != 0;)
            pending = awaitChange(mPending, pending);
    }
    for (const std::exception_ptr &error : mErrors) {
        if (error)
            std::rethrow_exception(error);
    }
}

void StagePool::work(int chunk)
{
    unsigned seen = 0;
    for (;;) {
        seen = awaitChange(mGeneration, seen);
        if (mStopping)
            return;
        if (chunk < mChunks)
            runChunk(chunk);
        if (mPending.fetch_sub(1, std::memory_order_acq_rel) == 1)
            mPending.notify_all();
    }
}

} // namespace archstudio::engine::detail
