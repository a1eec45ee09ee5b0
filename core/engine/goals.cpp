#include "goals.h"

#include "simulation/simulation.h"
#include "workloadkind.h"

#include <algorithm>
#include <limits>

namespace archstudio::engine {

using model::Goal;

namespace {

double peakP99(const OperationResult &operation)
{
    return operation.served ? operation.peak.p99Ms : 0.0;
}

GoalResult worstP99(const Goal &goal, const Evaluation &evaluation)
{
    GoalResult result{goal, false, 0.0, {}};
    for (const WorkloadResult &w : evaluation.workloads) {
        if (!goal.workload.isEmpty() && w.id.value() != goal.workload)
            continue;
        const auto consider = [&](const OperationResult &op, const char *what) {
            const double p99 = peakP99(op);
            if (p99 >= result.figure) {
                result.figure = p99;
                result.detail =
                    QStringLiteral("%1 %2 at peak").arg(w.id.value(), QLatin1String(what));
            }
        };
        if (goal.operation != Goal::Operation::Writes)
            consider(w.read, "reads");
        if (goal.operation != Goal::Operation::Reads)
            consider(w.write, "writes");
    }
    if (result.detail.isEmpty()) {
        result.detail = goal.workload.isEmpty()
                            ? QStringLiteral("no workload")
                            : QStringLiteral("no workload \"%1\"").arg(goal.workload);
        return result; // nothing to measure is not a goal met
    }
    result.met = result.figure <= goal.value;
    return result;
}

/// The worst outage any surviving workload sees when each target in turn fails.
GoalResult worstOutage(const Goal &goal, const model::Design &design,
                       const catalog::Catalog &catalog, const QList<FailureTarget> &targets,
                       const BehaviourRegistry &behaviours)
{
    GoalResult result{goal, true, 0.0, QStringLiteral("nothing to fail")};
    const DesignSnapshot snapshot{design, 0};
    for (const FailureTarget &target : targets) {
        const SimulationResult simulated =
            simulateFailure(snapshot, catalog, target, {}, behaviours);
        if (!simulated.timeline)
            continue;
        for (const WorkloadOutcome &outcome : simulated.timeline->outcomes) {
            // A workload in the failed place goes with it: what matters is everyone else.
            if (outcome.lost)
                continue;
            const model::Component *w = design.findComponent(outcome.workload);
            const bool writes =
                w && w->properties.value(QStringLiteral("writesPerSecond")).toDouble() > 0;
            const double outage = writes ? outcome.writeOutageSeconds : outcome.readOutageSeconds;
            if (outage > result.figure || result.detail == QLatin1String("nothing to fail")) {
                result.figure = outage;
                result.detail = QStringLiteral("worst: losing %1 (%2)")
                                    .arg(target.id, outcome.workload.value());
            }
        }
    }
    result.met = result.figure <= goal.value;
    return result;
}

QList<FailureTarget> zonesOf(const model::Design &design)
{
    QList<FailureTarget> targets;
    for (const model::Region &region : design.regions) {
        for (const model::ZoneId &zone : region.zones)
            targets.append({FailureTarget::Scope::Zone, zone.value()});
    }
    return targets;
}

QList<FailureTarget> regionsOf(const model::Design &design)
{
    QList<FailureTarget> targets;
    for (const model::Region &region : design.regions)
        targets.append({FailureTarget::Scope::Region, region.code.value()});
    return targets;
}

} // namespace

QList<GoalResult> checkGoals(const model::Design &design, const catalog::Catalog &catalog,
                             const QList<Goal> &goals, const BehaviourRegistry &behaviours)
{
    return checkGoals(design, catalog, goals, evaluate({design, 0}, catalog, {}, behaviours),
                      behaviours);
}

QList<GoalResult> checkGoals(const model::Design &design, const catalog::Catalog &catalog,
                             const QList<Goal> &goals, const Evaluation &evaluation,
                             const BehaviourRegistry &behaviours)
{
    QList<GoalResult> results;
    for (const Goal &goal : goals) {
        GoalResult r{goal, false, 0.0, {}};
        switch (goal.kind) {
        case Goal::Kind::MaxMonthlyCost:
            r.figure = evaluation.totals.monthlyCostUsd;
            // An unpriced design's cost is only a lower bound: it cannot be shown to fit.
            r.met = r.figure <= goal.value && evaluation.totals.unpricedComponents == 0;
            r.detail = evaluation.totals.unpricedComponents
                           ? QStringLiteral("at least; %1 components unpriced")
                                 .arg(evaluation.totals.unpricedComponents)
                           : QStringLiteral("a month");
            break;
        case Goal::Kind::MaxP99Ms:
            r = worstP99(goal, evaluation);
            break;
        case Goal::Kind::MinAvailability: {
            const bool served = anyOperationServed(evaluation);
            r.figure = goal.slaFloor ? evaluation.totals.availability.slaFloor
                                     : evaluation.totals.availability.modelled;
            r.met = served && r.figure >= goal.value;
            r.detail =
                served ? (goal.slaFloor ? QStringLiteral("SLA floor") : QStringLiteral("modelled"))
                       : QStringLiteral("no workload is served");
            break;
        }
        case Goal::Kind::SurvivesZoneLoss:
            r = worstOutage(goal, design, catalog, zonesOf(design), behaviours);
            break;
        case Goal::Kind::SurvivesRegionLoss:
            r = worstOutage(goal, design, catalog, regionsOf(design), behaviours);
            break;
        case Goal::Kind::MaxRpoSeconds:
            r.figure = evaluation.totals.worstRpoSeconds;
            r.met = r.figure <= goal.value;
            r.detail = QStringLiteral("worst data-loss window");
            break;
        case Goal::Kind::MaxComponents:
            r.figure = double(
                std::count_if(design.components.cbegin(), design.components.cend(),
                              [](const model::Component &c) { return c.kind != kWorkloadKind; }));
            r.met = r.figure <= goal.value;
            r.detail = QStringLiteral("components besides workloads");
            break;
        }
        results.append(r);
    }
    return results;
}

QString goalText(const Goal &goal)
{
    const QString value = QString::number(goal.value, 'g', 6);
    switch (goal.kind) {
    case Goal::Kind::MaxMonthlyCost:
        return QStringLiteral("Monthly cost at most $%1").arg(value);
    case Goal::Kind::MaxP99Ms: {
        const QString ops = goal.operation == Goal::Operation::Reads ? QStringLiteral("reads")
                            : goal.operation == Goal::Operation::Writes
                                ? QStringLiteral("writes")
                                : QStringLiteral("reads and writes");
        const QString who =
            goal.workload.isEmpty() ? QStringLiteral("every workload") : goal.workload;
        return QStringLiteral("p99 of %1 at peak at most %2 ms (%3)").arg(ops, value, who);
    }
    case Goal::Kind::MinAvailability:
        return QStringLiteral("Availability (%1) at least %2%")
            .arg(goal.slaFloor ? QStringLiteral("SLA floor") : QStringLiteral("modelled"),
                 QString::number(goal.value * 100, 'g', 8));
    case Goal::Kind::SurvivesZoneLoss:
        return QStringLiteral("Survives losing any one zone with at most %1 s of outage")
            .arg(value);
    case Goal::Kind::SurvivesRegionLoss:
        return QStringLiteral("Survives losing any one region with at most %1 s of outage")
            .arg(value);
    case Goal::Kind::MaxRpoSeconds:
        return QStringLiteral("Data loss (RPO) at most %1 s").arg(value);
    case Goal::Kind::MaxComponents:
        return QStringLiteral("At most %1 components besides workloads").arg(value);
    }
    return {};
}

} // namespace archstudio::engine
