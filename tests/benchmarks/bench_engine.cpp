// Benchmarks of the estimation engine on synthetic designs (docs/BENCHMARKS.md).
// Never registered with CTest: benchmarks report figures, they are not timed assertions.

#include "core/engine/kindset.h"
#include "support/testkinds.h"
#include "syntheticdesign.h"

#include "core/catalog/catalogfile.h"
#include "core/engine/engine.h"
#include "core/io/designfile.h"
#include "core/model/designvalidator.h"
#include "core/model/kindregistry.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QHash>

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>

namespace {

using namespace archstudio;

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_engine: %s\n", qPrintable(message));
    std::fflush(stderr);
    std::abort();
}

/// A "VmHWM:" or "VmRSS:" line of /proc/self/status, in bytes; 0 when it cannot be read.
double procStatusBytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0.0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            const QByteArray kib = line.mid(prefix.size()).trimmed().split(' ').value(0);
            return kib.toDouble() * 1024.0;
        }
    }
    return 0.0;
}

/// Returns freed heap to the system and resets the peak RSS to the current RSS
/// (Linux >= 4.0: "5" in /proc/self/clear_refs), so the peak after some work is that
/// work's own. Returns the RSS the peak was reset to; 0 when the reset is unavailable.
double resetPeakRss()
{
    malloc_trim(0);
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
        return 0.0;
    clear.close();
    return procStatusBytes("VmRSS");
}

const catalog::Catalog &benchCatalog()
{
    const catalog::Catalog &c = test::kinds()->catalog();
    if (c.entries().isEmpty())
        die(QStringLiteral("the bundled catalog did not load"));
    return c;
}

struct Fixture
{
    model::Design design;
    QList<qsizetype> rdsIndices; ///< the components ReevaluateAfterOneChange edits in turn
    double designRssBytes = 0.0; ///< RSS growth while the design was built
};

/// The design of each size, built and validated once per process, outside any timed region.
const Fixture &fixture(int components)
{
    static QHash<int, std::shared_ptr<const Fixture>> cache;
    if (const auto it = cache.constFind(components); it != cache.cend())
        return **it;

    auto f = std::make_shared<Fixture>();
    malloc_trim(0);
    const double before = procStatusBytes("VmRSS");
    f->design = benchmarks::syntheticDesign(components);
    f->designRssBytes = procStatusBytes("VmRSS") - before;

    if (f->design.components.size() != components)
        die(QStringLiteral("syntheticDesign(%1) made %2 components")
                .arg(components)
                .arg(f->design.components.size()));
    const model::Problems problems =
        model::DesignValidator(test::kinds()->schemas()).validate(f->design);
    if (model::hasErrors(problems)) {
        QStringList lines;
        for (const model::Problem &p : problems.mid(0, 20))
            lines << p.toString();
        die(QStringLiteral("syntheticDesign(%1) does not validate (%2 problems):\n  %3")
                .arg(components)
                .arg(problems.size())
                .arg(lines.join(QStringLiteral("\n  "))));
    }
    for (qsizetype i = 0; i < f->design.components.size(); ++i) {
        if (f->design.components.at(i).kind == QLatin1String("rds"))
            f->rdsIndices.append(i);
    }
    if (f->rdsIndices.isEmpty())
        die(QStringLiteral("syntheticDesign(%1) has no rds component to edit").arg(components));
    return **cache.insert(components, f);
}

/// Aborts when an evaluation does not look like one of the whole design.
void checkEvaluation(const engine::Evaluation &e, const Fixture &f)
{
    if (e.components.size() != f.design.components.size() || e.totals.monthlyCostUsd <= 0.0)
        die(QStringLiteral("evaluating a design of %1 components gave %2 component results and "
                           "$%3 a month")
                .arg(f.design.components.size())
                .arg(e.components.size())
                .arg(e.totals.monthlyCostUsd));
}

void setCommonCounters(benchmark::State &state, const Fixture &f, double baselineRss)
{
    const auto components = f.design.components.size();
    state.SetItemsProcessed(state.iterations() * components);
    state.counters["components"] = double(components);
    state.counters["design_rss"] = benchmark::Counter(
        f.designRssBytes, benchmark::Counter::kDefaults, benchmark::Counter::kIs1024);
    if (baselineRss > 0.0) {
        const double growth = std::max(0.0, procStatusBytes("VmHWM") - baselineRss);
        state.counters["peak_rss_growth"] =
            benchmark::Counter(growth, benchmark::Counter::kDefaults, benchmark::Counter::kIs1024);
        state.counters["peak_rss_growth_per_component"] = growth / double(components);
    }
}

/// The scenario every benchmark evaluates.
engine::Scenario scenarioOf(const benchmark::State &)
{
    return {};
}

/// engine::evaluate on a snapshot of the whole design.
void BM_Evaluate(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    const catalog::Catalog &catalog = benchCatalog();
    const engine::DesignSnapshot snapshot{f.design, 1};
    const engine::Scenario scenario = scenarioOf(state);
    engine::Evaluation last;
    const double baseline = resetPeakRss();
    for (auto _ : state) {
        last = engine::evaluate(snapshot, catalog, scenario, test::behaviours());
        benchmark::DoNotOptimize(last);
    }
    setCommonCounters(state, f, baseline);
    checkEvaluation(last, f);
    state.counters["warnings"] = double(last.warnings.size());
}

/// What the studio does after an edit: change one property of the document's design
/// (which detaches it from the previous snapshot: copy-on-write), take a new snapshot
/// and evaluate it. Each iteration flips the instance class of the next rds component.
void BM_ReevaluateAfterOneChange(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    const catalog::Catalog &catalog = benchCatalog();
    model::Design document = f.design;
    engine::DesignSnapshot snapshot{document, 1};
    const QString key = QStringLiteral("instanceClass");
    const QString large = QStringLiteral("db.r6g.large");
    const QString xlarge = QStringLiteral("db.r6g.xlarge");
    qsizetype next = 0;
    const engine::Scenario scenario = scenarioOf(state);
    engine::Evaluation last;
    const double baseline = resetPeakRss();
    for (auto _ : state) {
        const qsizetype index = f.rdsIndices.at(next++ % f.rdsIndices.size());
        model::PropertyValue &value = document.components[index].properties[key];
        value = value.toString() == large ? xlarge : large;
        snapshot = engine::DesignSnapshot{document, snapshot.revision + 1};
        last = engine::evaluate(snapshot, catalog, scenario, test::behaviours());
        benchmark::DoNotOptimize(last);
    }
    setCommonCounters(state, f, baseline);
    checkEvaluation(last, f);
}

/// Copying the design into a DesignSnapshot (the GUI thread's cost before handing work
/// to a worker).
void BM_Snapshot(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    quint64 revision = 0;
    for (auto _ : state) {
        engine::DesignSnapshot snapshot{f.design, ++revision};
        benchmark::DoNotOptimize(snapshot);
    }
    setCommonCounters(state, f, 0.0);
}

/// The copy-on-write bill the snapshot defers: the first change to a design that a
/// snapshot still shares (detaches the component list and one property map). Manually
/// timed so that taking and dropping the snapshot stay outside the measurement.
void BM_ChangeAfterSnapshot(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    model::Design document = f.design;
    const QString key = QStringLiteral("instanceClass");
    const qsizetype index = f.rdsIndices.constFirst();
    for (auto _ : state) {
        auto snapshot =
            std::make_unique<engine::DesignSnapshot>(engine::DesignSnapshot{document, 0});
        const auto start = std::chrono::steady_clock::now();
        document.components[index].properties[key] = QStringLiteral("db.r6g.xlarge");
        benchmark::DoNotOptimize(document.components);
        const auto stop = std::chrono::steady_clock::now();
        state.SetIterationTime(std::chrono::duration<double>(stop - start).count());
        snapshot.reset();
    }
    setCommonCounters(state, f, 0.0);
}

/// Freeing an evaluation: what the GUI thread would pay for every result it replaces, were
/// EvaluationScheduler not to hand the old one to the thread pool. Manually timed, so the
/// evaluation that makes it stays outside the measurement.
void BM_FreeEvaluation(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    const catalog::Catalog &catalog = benchCatalog();
    const engine::DesignSnapshot snapshot{f.design, 1};
    for (auto _ : state) {
        auto evaluation = std::make_unique<engine::Evaluation>(
            engine::evaluate(snapshot, catalog, {}, test::behaviours()));
        checkEvaluation(*evaluation, f);
        const auto start = std::chrono::steady_clock::now();
        evaluation.reset();
        const auto stop = std::chrono::steady_clock::now();
        state.SetIterationTime(std::chrono::duration<double>(stop - start).count());
    }
    setCommonCounters(state, f, 0.0);
}

void sizes(benchmark::internal::Benchmark *b)
{
    b->Arg(1'000)->Arg(10'000)->Arg(100'000);
}

/// Each size, in wall time.
void sizesAndThreads(benchmark::internal::Benchmark *b)
{
    b->ArgName("components")->Arg(1'000)->Arg(10'000)->Arg(100'000);
    b->UseRealTime();
    // This machine's speed drifts by a third from minute to minute (a shared host): with
    // --benchmark_repetitions, the fastest repetition is the figure least disturbed.
    b->ComputeStatistics(
        "min", [](const std::vector<double> &v) { return *std::min_element(v.begin(), v.end()); });
}

} // namespace

BENCHMARK(BM_Evaluate)->Apply(sizesAndThreads)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReevaluateAfterOneChange)->Apply(sizesAndThreads)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Snapshot)->Apply(sizes)->Unit(benchmark::kNanosecond);
BENCHMARK(BM_FreeEvaluation)->Apply(sizes)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChangeAfterSnapshot)->Apply(sizes)->UseManualTime()->Unit(benchmark::kMicrosecond);

/// `bench_engine --write-design N FILE` writes the synthetic design of N components as a
/// bare design.json, for end-to-end timings of the command line (docs/BENCHMARKS.md);
/// anything else runs the benchmarks.
int main(int argc, char **argv)
{
    if (argc == 4 && std::string_view(argv[1]) == "--write-design") {
        io::DesignFile file;
        file.design = benchmarks::syntheticDesign(std::atoi(argv[2]));
        const QString error = io::saveDesignFile(QString::fromLocal8Bit(argv[3]), file);
        if (!error.isEmpty())
            die(error);
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
