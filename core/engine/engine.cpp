#include "engine.h"

#include "availabilitypath.h"
#include "evalstate.h"
#include "listinplace.h"
#include "parallelstages.h"
#include "prefetch.h"
#include "review.h"

#include <tuple>

namespace archstudio::engine {

using namespace detail;

namespace {

/// Fixes are priced by evaluating the patched design; beyond this many components (or
/// findings) that would cost more than the review is worth, so effects are left out.
constexpr qsizetype kMaxComponentsForEffects = 2000;
constexpr int kMaxPricedFindings = 25;

/// How many components ahead of the result being made its stage starts loading what the
/// result reads: memory last touched stages before, where each miss would stall the loop.
constexpr qsizetype kPrefetchDistance = 12;

/// Starts loading, for component i + kPrefetchDistance, its entry in the design, its load
/// and the lines of its model its queues and result read; for the component half as far
/// ahead (whose entry is loaded by now), the reference count of its id, which the result's
/// copy increments.
[[gnu::always_inline]] inline void prefetchForResult(const EvalState &state, qsizetype i,
                                                     qsizetype end)
{
    if (i + kPrefetchDistance < end) {
        prefetch(&state.design.components.at(i + kPrefetchDistance));
        const ComponentModel &m = state.models.at(i + kPrefetchDistance);
        prefetch(&m);
        prefetch(&m.sla);
        prefetch(&m.rtoSeconds);
        prefetchWhole(state.load.at(i + kPrefetchDistance));
    }
    if (i + kPrefetchDistance / 2 < end)
        prefetchText(state.design.components.at(i + kPrefetchDistance / 2).id.value());
}

ComponentResult componentResult(const EvalState &state, int i)
{
    const model::Component &c = state.design.components.at(i);
    const ComponentModel &m = state.models.at(i);
    const KindBehaviour *const behaviour = state.behaviourOf.at(i);
    ComponentResult r;
    r.id = c.id;
    // The behaviour's own name of the kind is a literal: copying it touches no reference
    // count, where every component's copy of a design's shared kind string would contend
    // for one cache line across the threads.
    r.kind = behaviour ? behaviour->kind() : c.kind;
    r.evaluated = m.role != Role::Unknown && m.role != Role::Client;
    if (!r.evaluated)
        return r;
    const ComponentLoad &load = state.load.at(i);
    r.lineItems = behaviour->price(state.context(i), load);
    appendTransferLines(state, i, r.lineItems);
    for (const LineItem &item : r.lineItems) {
        r.monthlyCostUsd += item.monthlyUsd;
        // A missing price of something the component does not use costs nothing.
        r.unpriced = r.unpriced || (item.unpriced && item.quantity != 0.0);
    }
    r.utilization = state.peakQueue.at(i).utilization;
    r.utilizationAverage = state.averageQueue.at(i).utilization;
    r.readsPerSecond = load.readsPerSecond;
    r.writesPerSecond = load.writesPerSecond + load.replicatedWritesPerSecond;
    r.bytesInPerSecond = load.writeBytesPerSecond;
    r.bytesOutPerSecond = load.readBytesPerSecond;
    const double bytes = load.readBytesPerSecond + load.writeBytesPerSecond;
    if (bytes > 0.0) {
        r.crossAzShare = std::min(1.0, load.crossAzBytesPerSecond / bytes);
        r.crossRegionShare = std::min(1.0, load.crossRegionBytesPerSecond / bytes);
    }
    r.rtoSeconds = m.rtoSeconds;
    r.rpoSeconds = m.rpoSeconds;
    r.slaFloor = m.sla ? m.sla : m.dataSetSla;
    return r;
}

OperationResult operationResult(const EvalState &state, const WorkloadPaths &paths,
                                const LocalPath &path, bool reads)
{
    OperationResult op;
    op.perSecond = reads ? paths.readsPerSecond : paths.writesPerSecond;
    op.served = reads ? !(paths.readCaches.isEmpty() && paths.readSets.isEmpty())
                      : !paths.writeTargets.isEmpty();
    if (!op.served)
        return op;
    std::tie(op.average, op.peak) = workloadLatencies(state, paths, reads);
    op.availability = workloadAvailability(state, paths, path, reads);
    return op;
}

/// What the totals need of one component, packed: the totals are added up on one thread, in
/// component order (so the sum is the same on any number of threads), and reading them from
/// the results themselves would touch a few cache lines of each.
struct TotalsPart
{
    double monthlyCostUsd = 0.0;
    double rtoSeconds = 0.0;
    double rpoSeconds = 0.0;
    bool unpriced = false;
};

TotalsPart totalsPart(const ComponentResult &c)
{
    return {c.monthlyCostUsd, c.rtoSeconds.value_or(0.0), c.rpoSeconds.value_or(0.0), c.unpriced};
}

void computeTotals(Evaluation &e, const std::vector<TotalsPart> &components)
{
    bool any = false;
    for (const WorkloadResult &w : e.workloads) {
        for (const OperationResult *op : {&w.read, &w.write}) {
            if (!op->served)
                continue;
            e.totals.availability.slaFloor =
                any ? std::min(e.totals.availability.slaFloor, op->availability.slaFloor)
                    : op->availability.slaFloor;
            e.totals.availability.modelled =
                any ? std::min(e.totals.availability.modelled, op->availability.modelled)
                    : op->availability.modelled;
            any = true;
        }
    }
    for (const TotalsPart &c : components) {
        e.totals.monthlyCostUsd += c.monthlyCostUsd;
        e.totals.unpricedComponents += c.unpriced ? 1 : 0;
        e.totals.worstRtoSeconds = std::max(e.totals.worstRtoSeconds, c.rtoSeconds);
        e.totals.worstRpoSeconds = std::max(e.totals.worstRpoSeconds, c.rpoSeconds);
    }
}

Evaluation evaluateDesign(const model::Design &design, const catalog::Catalog &catalog,
                          const Scenario &scenario, const BehaviourRegistry &behaviours,
                          bool review);

/// The worst modelled availability among the workloads that use a component.
double worstAvailabilityFor(const Evaluation &e, const EvalState &state,
                            const model::ComponentId &component)
{
    double worst = 1.0;
    const int target = int(state.componentIndex.value(component, -1));
    for (qsizetype w = 0; w < state.paths.size(); ++w) {
        const WorkloadPaths &p = state.paths.at(w);
        bool uses = p.readCaches.contains(target) || p.writeTargets.contains(target);
        for (const ReadSet &set : p.readSets) {
            uses = uses || set.owner == state.ownerOf.value(target, -2);
            for (const auto &reader : set.readers)
                uses = uses || reader.first == target;
        }
        if (!uses)
            continue;
        for (const OperationResult *op : {&e.workloads.at(w).read, &e.workloads.at(w).write}) {
            if (op->served)
                worst = std::min(worst, op->availability.modelled);
        }
    }
    return worst;
}

void priceFindings(const EvalState &state, const Scenario &scenario, Evaluation &e,
                   const QList<PendingFinding> &findings)
{
    const bool priced = state.design.components.size() <= kMaxComponentsForEffects;
    int count = 0;
    for (const PendingFinding &f : findings) {
        Warning w = f.warning;
        w.patch = f.patch;
        if (priced && f.patch && count++ < kMaxPricedFindings) {
            const Evaluation fixed =
                evaluateDesign(applyPatch(state.design, *f.patch), state.catalog, scenario,
                               state.behaviours, false);
            w.costDeltaUsd = fixed.totals.monthlyCostUsd - e.totals.monthlyCostUsd;
            // The patched design has the same components in the same order, so the same
            // workloads are affected.
            w.availabilityDelta = worstAvailabilityFor(fixed, state, f.patch->component) -
                                  worstAvailabilityFor(e, state, f.patch->component);
        }
        e.warnings.append(w);
    }
}

Evaluation evaluateDesign(const model::Design &design, const catalog::Catalog &catalog,
                          const Scenario &scenario, const BehaviourRegistry &behaviours,
                          bool review)
{
    Evaluation e;
    e.designName = design.name;
    e.catalogId = catalog.id();
    e.catalogDate = catalog.date();
    e.loadFactor = scenario.loadFactor;

    EvalState state(design, catalog, behaviours, &e.notes);
    state.loadFactor = scenario.loadFactor;
    state.threads = evaluationThreads(scenario.threads);
    describeComponents(state);
    QList<Warning> routingWarnings;
    routeTraffic(state, routingWarnings);

    // Components are queued, priced and reviewed, and workloads timed and composed, each on
    // its own: the stages split them over threads, each writing its own slots. A
    // component's queues need only its own load, its result only its own queues, and the
    // rules that see one component only its result, so one pass does all three.
    const qsizetype n = design.components.size();
    state.averageQueue.resize(n);
    state.peakQueue.resize(n);
    QueueState *const average = state.averageQueue.data();
    QueueState *const peak = state.peakQueue.data();
    ListInPlace<ComponentResult> components(n);
    std::vector<TotalsPart> totals(static_cast<std::size_t>(n));
    std::vector<double> transferUsd(review ? std::size_t(n) : 0);
    const std::vector<ComponentFindings> findings = gatherByChunk<ComponentFindings>(
        state, n, kMinComponentsPerThread,
        [&](EvalState &lane, qsizetype begin, qsizetype end, ComponentFindings &found) {
            for (qsizetype i = begin; i < end; ++i) {
                prefetchForResult(lane, i, end);
                componentQueues(lane, i, average[i], peak[i]);
                const ComponentResult &result = components.make(i, componentResult(lane, int(i)));
                totals[std::size_t(i)] = totalsPart(result);
                if (review)
                    transferUsd[std::size_t(i)] = reviewComponent(lane, i, result, found);
            }
        });
    e.components = components.take();
    ListInPlace<WorkloadResult> workloads(state.paths.size());
    std::vector<QList<int>> spofs(std::size_t(state.paths.size()));
    forEachChunk(state, state.paths.size(), kMinWorkloadsPerThread,
                 [&](EvalState &lane, qsizetype begin, qsizetype end) {
                     for (qsizetype w = begin; w < end; ++w) {
                         const WorkloadPaths &paths = lane.paths.at(w);
                         // Compiled once for reads, writes and the single points of failure.
                         const LocalPath path = compilePath(lane, paths);
                         workloads.make(w, design.components.at(paths.workload).id,
                                        operationResult(lane, paths, path, true),
                                        operationResult(lane, paths, path, false));
                         spofs[std::size_t(w)] = singlePointsOfFailure(lane, path);
                     }
                 });
    e.workloads = workloads.take();
    // Marked here: two workloads may share a single point of failure.
    ComponentResult *const results = e.components.data();
    for (const QList<int> &list : spofs) {
        for (int spof : list)
            results[spof].singlePointOfFailure = true;
    }
    computeTotals(e, totals);
    if (review) {
        e.warnings = routingWarnings;
        priceFindings(state, scenario, e, reviewDesign(state, e, findings, transferUsd));
    }
    releaseComponents(state);
    return e;
}

} // namespace

Evaluation evaluate(const DesignSnapshot &snapshot, const catalog::Catalog &catalog,
                    const Scenario &scenario)
{
    return evaluate(snapshot, catalog, scenario, BehaviourRegistry::builtin());
}

Evaluation evaluate(const DesignSnapshot &snapshot, const catalog::Catalog &catalog,
                    const Scenario &scenario, const BehaviourRegistry &behaviours)
{
    return evaluateDesign(snapshot.design, catalog, scenario, behaviours, scenario.review);
}

catalog::Catalog catalogFor(const model::Design &design, const catalog::Catalog &base,
                            QStringList *notes)
{
    QStringList unknown;
    catalog::Catalog result = base.withOverrides(design.catalogOverrides, &unknown);
    if (notes) {
        for (const QString &key : unknown)
            notes->append(
                QStringLiteral(
                    "catalogOverrides: the catalog has no \"%1\"; the override is ignored")
                    .arg(key));
    }
    return result;
}

} // namespace archstudio::engine
