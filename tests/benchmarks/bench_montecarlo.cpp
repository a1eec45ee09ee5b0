// Monte Carlo throughput (docs/BENCHMARKS.md): simulated years per second on the synthetic
// 50-component design, with 1 and 2 threads. Each iteration simulates a fixed number of
// years; items_per_second is years per second (wall time, since the work is spread over
// threads).

#include "support/testkinds.h"
#include "syntheticdesign.h"

#include "core/catalog/catalogfile.h"
#include "core/engine/simulation/montecarlo.h"

#include <benchmark/benchmark.h>

namespace {

using namespace archstudio;

constexpr qint64 kYearsPerIteration = 20000;

void BM_MonteCarloYears(benchmark::State &state)
{
    const model::Design design = benchmarks::syntheticDesign(int(state.range(0)));
    const catalog::Catalog catalog = engine::catalogFor(design, test::kinds()->catalog());
    engine::MonteCarloOptions options;
    options.years = kYearsPerIteration;
    options.threads = int(state.range(1));
    qsizetype operations = 0;
    for (auto _ : state) {
        const engine::MonteCarloResult r =
            engine::runMonteCarlo({design, 1}, catalog, options, test::behaviours());
        operations = r.operations.size();
        benchmark::DoNotOptimize(r.operations.data());
    }
    state.SetItemsProcessed(state.iterations() * kYearsPerIteration);
    state.counters["components"] = double(design.components.size());
    state.counters["operations"] = double(operations);
    state.counters["threads"] = double(options.threads);
}

} // namespace

BENCHMARK(BM_MonteCarloYears)
    ->Args({50, 1})
    ->Args({50, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

BENCHMARK_MAIN();
