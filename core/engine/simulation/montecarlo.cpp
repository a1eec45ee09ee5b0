#include "montecarlo.h"

#include "core/engine/availabilitypath.h"
#include "montecarlomodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <thread>

namespace archstudio::engine {

using namespace detail;

namespace {

constexpr qint64 kYearsPerBlock = 250;
constexpr double kSecondsPerYear = 8760.0 * 3600.0;
constexpr int kHistogramBins = 30;
constexpr double kZ95 = 1.959963984540054; // two-sided 95% normal quantile

double quantile(const QList<double> &sorted, double q)
{
    if (sorted.isEmpty())
        return 0.0;
    const double position = q * double(sorted.size() - 1);
    const qsizetype low = qsizetype(std::floor(position));
    const qsizetype high = std::min(low + 1, sorted.size() - 1);
    return sorted.at(low) + (sorted.at(high) - sorted.at(low)) * (position - double(low));
}

/// Mean, confidence interval, percentiles and histogram of one operation's yearly downtime.
void summarise(MonteCarloOperation &op, QList<double> downtimeSeconds, double target)
{
    const qsizetype n = downtimeSeconds.size();
    if (n == 0)
        return;
    double sum = 0.0;
    qint64 below = 0;
    for (double d : downtimeSeconds) {
        sum += d;
        below += 1.0 - d / kSecondsPerYear < target ? 1 : 0;
        op.outageYears += d > 0.0 ? 1 : 0;
    }
    const double meanUnavailable = sum / double(n) / kSecondsPerYear;
    double squares = 0.0;
    for (double d : downtimeSeconds) {
        const double u = d / kSecondsPerYear - meanUnavailable;
        squares += u * u;
    }
    const double sd = n > 1 ? std::sqrt(squares / double(n - 1)) : 0.0;
    const double half = kZ95 * sd / std::sqrt(double(n));
    op.availability = 1.0 - meanUnavailable;
    op.confidenceLow = std::max(0.0, op.availability - half);
    op.confidenceHigh = std::min(1.0, op.availability + half);
    op.probabilityBelowTarget = double(below) / double(n);
    std::sort(downtimeSeconds.begin(), downtimeSeconds.end());
    for (double &d : downtimeSeconds)
        d /= 60.0;
    op.meanDowntimeMinutes = sum / double(n) / 60.0;
    op.p50DowntimeMinutes = quantile(downtimeSeconds, 0.50);
    op.p90DowntimeMinutes = quantile(downtimeSeconds, 0.90);
    op.p99DowntimeMinutes = quantile(downtimeSeconds, 0.99);
    op.maxDowntimeMinutes = downtimeSeconds.last();
    const double width = op.maxDowntimeMinutes > 0.0 ? op.maxDowntimeMinutes / kHistogramBins : 1.0;
    for (int b = 0; b < kHistogramBins; ++b)
        op.histogram.append({b * width, (b + 1) * width, 0});
    for (double minutes : downtimeSeconds)
        ++op.histogram[std::min(kHistogramBins - 1, int(minutes / width))].years;
}

} // namespace

MonteCarloResult runMonteCarlo(const DesignSnapshot &snapshot, const catalog::Catalog &catalog,
                               const MonteCarloOptions &options,
                               const BehaviourRegistry &behaviours)
{
    MonteCarloResult result;
    result.seed = options.seed;
    result.target = options.target;
    QStringList notes;
    EvalState state(snapshot.design, catalog, behaviours, &notes);
    describeComponents(state);
    QList<Warning> ignored;
    routeTraffic(state, ignored);
    computeQueues(state);

    const MonteCarloModel model(state);
    for (const MonteCarloModel::Operation &op : model.operations()) {
        const WorkloadPaths &paths = state.paths.at(op.workloadPath);
        MonteCarloOperation out;
        out.workload = state.design.components.at(paths.workload).id;
        out.reads = op.reads;
        out.exact = workloadAvailability(state, paths, op.local, op.reads).modelled;
        result.operations.append(out);
    }

    const qint64 years = std::max<qint64>(0, options.years);
    const qint64 blocks = (years + kYearsPerBlock - 1) / kYearsPerBlock;
    const int threads = options.threads > 0 ? options.threads
                                            : std::max(1, int(std::thread::hardware_concurrency()));
    result.threads = int(std::min<qint64>(threads, std::max<qint64>(1, blocks)));
    // downtime[op][year], filled block by block; each block writes its own slice (plain
    // vectors: no implicit sharing to detach from several threads at once).
    std::vector<std::vector<double>> downtime(std::size_t(model.operations().size()),
                                              std::vector<double>(std::size_t(years), 0.0));
    std::atomic<qint64> nextBlock{0};
    std::atomic<bool> tooManyEvents{false}; // one block's year overflowed: every worker stops
    std::atomic<qint64> yearsDone{0};
    std::vector<char> blockDone(std::size_t(blocks), 0);
    std::mutex doneMutex;

    const auto work = [&] {
        for (;;) {
            if ((options.cancel && options.cancel->load()) || tooManyEvents.load())
                return;
            const qint64 block = nextBlock.fetch_add(1);
            if (block >= blocks)
                return;
            const qint64 first = block * kYearsPerBlock;
            const qint64 count = std::min(kYearsPerBlock, years - first);
            const MonteCarloModel::Outcome outcome = model.simulateYears(
                options.seed, block, count, downtime, first, options.cancel, tooManyEvents);
            if (outcome == MonteCarloModel::Outcome::TooManyEvents)
                tooManyEvents.store(true);
            if (outcome != MonteCarloModel::Outcome::Done)
                return;
            {
                const std::lock_guard lock(doneMutex);
                blockDone[std::size_t(block)] = 1;
            }
            const qint64 done = yearsDone.fetch_add(count) + count;
            if (options.progress)
                options.progress(done, years);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < result.threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();

    // A cancelled run reports the leading blocks that finished, so a seed still means the
    // same years.
    qint64 leading = 0;
    while (leading < blocks && blockDone[std::size_t(leading)])
        ++leading;
    result.cancelled = leading < blocks && !tooManyEvents.load();
    if (tooManyEvents.load())
        result.error =
            QCoreApplication::translate(
                "Engine", "the simulation stopped: a simulated year took more than %L1 failure "
                          "and recovery events. Failure rates this high (the catalog's "
                          "failure.*.per-year figures and the design's catalogOverrides) "
                          "cannot be simulated")
                .arg(MonteCarloModel::kMaxEventsPerYear);
    result.years = std::min(years, leading * kYearsPerBlock);
    for (qsizetype o = 0; o < result.operations.size(); ++o) {
        const std::vector<double> &all = downtime[std::size_t(o)];
        summarise(result.operations[o], QList<double>(all.begin(), all.begin() + result.years),
                  options.target);
        if (result.worst < 0 ||
            result.operations.at(o).availability < result.operations.at(result.worst).availability)
            result.worst = int(o);
    }
    return result;
}

} // namespace archstudio::engine
