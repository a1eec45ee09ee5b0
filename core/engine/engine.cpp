#include "engine.h"

#include "availabilitypath.h"
#include "evalstate.h"
#include "review.h"

#include <QCoreApplication>

#include <tuple>

namespace archstudio::engine {

using namespace detail;

namespace {

/// Fixes are priced by evaluating the patched design; beyond this many components (or
/// findings) that would cost more than the review is worth, so effects are left out.
constexpr qsizetype kMaxComponentsForEffects = 2000;
constexpr int kMaxPricedFindings = 25;

ComponentResult componentResult(const EvalState &state, int i)
{
    const model::Component &c = state.design.components.at(i);
    const ComponentModel &m = state.models.at(i);
    const KindBehaviour *const behaviour = state.behaviourOf.at(i);
    ComponentResult r;
    r.id = c.id;
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

void computeTotals(Evaluation &e)
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
    for (const ComponentResult &c : e.components) {
        e.totals.monthlyCostUsd += c.monthlyCostUsd;
        e.totals.unpricedComponents += c.unpriced ? 1 : 0;
        e.totals.worstRtoSeconds = std::max(e.totals.worstRtoSeconds, c.rtoSeconds.value_or(0.0));
        e.totals.worstRpoSeconds = std::max(e.totals.worstRpoSeconds, c.rpoSeconds.value_or(0.0));
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
    describeComponents(state);
    QList<Warning> routingWarnings;
    routeTraffic(state, routingWarnings);

    // Each component is queued, priced and reviewed from its own load alone, so one pass over
    // the components does all three.
    const qsizetype n = design.components.size();
    state.averageQueue.resize(n);
    state.peakQueue.resize(n);
    e.components.reserve(n);
    std::vector<double> transferUsd(review ? std::size_t(n) : 0);
    ComponentFindings findings;
    for (qsizetype i = 0; i < n; ++i) {
        componentQueues(state, i, state.averageQueue[i], state.peakQueue[i]);
        e.components.append(componentResult(state, int(i)));
        if (review)
            transferUsd[std::size_t(i)] = reviewComponent(state, i, e.components.last(), findings);
    }
    e.workloads.reserve(state.paths.size());
    for (const WorkloadPaths &paths : std::as_const(state.paths)) {
        // Compiled once for reads, writes and the single points of failure.
        const LocalPath path = compilePath(state, paths);
        e.workloads.append({design.components.at(paths.workload).id,
                            operationResult(state, paths, path, true),
                            operationResult(state, paths, path, false)});
        // Marked here: two workloads may share a single point of failure.
        for (int spof : singlePointsOfFailure(state, path))
            e.components[spof].singlePointOfFailure = true;
    }
    computeTotals(e);
    if (review) {
        e.warnings = routingWarnings;
        priceFindings(state, scenario, e, reviewDesign(state, e, findings, transferUsd));
    }
    return e;
}

} // namespace

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
                QCoreApplication::translate(
                    "Engine",
                    "catalogOverrides: the catalog has no \"%1\"; the override is ignored")
                    .arg(key));
    }
    return result;
}

} // namespace archstudio::engine
