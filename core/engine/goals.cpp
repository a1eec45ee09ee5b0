#include "goals.h"

#include "simulation/simulation.h"
#include "workloadkind.h"

#include <QCoreApplication>

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
        const auto consider = [&](const OperationResult &op, bool reads) {
            const double p99 = peakP99(op);
            if (p99 >= result.figure) {
                result.figure = p99;
                //: %1 is a workload's id
                result.detail = (reads ? QCoreApplication::translate("Engine", "%1 reads at peak")
                                       : QCoreApplication::translate("Engine", "%1 writes at peak"))
                                    .arg(w.id.value());
            }
        };
        if (goal.operation != Goal::Operation::Writes)
            consider(w.read, true);
        if (goal.operation != Goal::Operation::Reads)
            consider(w.write, false);
    }
    if (result.detail.isEmpty()) {
        result.detail =
            goal.workload.isEmpty()
                ? QCoreApplication::translate("Engine", "no workload")
                : QCoreApplication::translate("Engine", "no workload \"%1\"").arg(goal.workload);
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
    GoalResult result{goal, true, 0.0, QCoreApplication::translate("Engine", "nothing to fail")};
    bool measured = false; // whether any outage has been measured yet
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
            if (outage > result.figure || !measured) {
                measured = true;
                result.figure = outage;
                //: %1 the zone or region lost, %2 the workload
                result.detail = QCoreApplication::translate("Engine", "worst: losing %1 (%2)")
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
                           ? QCoreApplication::translate(
                                 "Engine", "at least; %n components unpriced", nullptr,
                                 int(evaluation.totals.unpricedComponents))
                           //: of a monthly cost goal's figure: "$420 a month"
                           : QCoreApplication::translate("Engine", "a month");
            break;
        case Goal::Kind::MaxP99Ms:
            r = worstP99(goal, evaluation);
            break;
        case Goal::Kind::MinAvailability: {
            const bool served = anyOperationServed(evaluation);
            r.figure = goal.slaFloor ? evaluation.totals.availability.slaFloor
                                     : evaluation.totals.availability.modelled;
            r.met = served && r.figure >= goal.value;
            r.detail = served ? (goal.slaFloor ? QCoreApplication::translate("Engine", "SLA floor")
                                               : QCoreApplication::translate("Engine", "modelled",
                                                                             "availability"))
                              : QCoreApplication::translate("Engine", "no workload is served");
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
            r.detail = QCoreApplication::translate("Engine", "worst data-loss window");
            break;
        case Goal::Kind::MaxComponents:
            r.figure = double(
                std::count_if(design.components.cbegin(), design.components.cend(),
                              [](const model::Component &c) { return c.kind != kWorkloadKind; }));
            r.met = r.figure <= goal.value;
            r.detail = QCoreApplication::translate("Engine", "components besides workloads");
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
        return QCoreApplication::translate("Engine", "Monthly cost at most $%1").arg(value);
    case Goal::Kind::MaxP99Ms: {
        //: in parentheses after a latency goal, instead of one workload's id
        const QString who = goal.workload.isEmpty()
                                ? QCoreApplication::translate("Engine", "every workload")
                                : goal.workload;
        //: %1 the limit, %2 a workload's id or "every workload"
        if (goal.operation == Goal::Operation::Reads)
            return QCoreApplication::translate("Engine", "p99 of reads at peak at most %1 ms (%2)")
                .arg(value, who);
        //: %1 the limit, %2 a workload's id or "every workload"
        if (goal.operation == Goal::Operation::Writes)
            return QCoreApplication::translate("Engine", "p99 of writes at peak at most %1 ms (%2)")
                .arg(value, who);
        //: %1 the limit, %2 a workload's id or "every workload"
        return QCoreApplication::translate("Engine",
                                           "p99 of reads and writes at peak at most %1 ms (%2)")
            .arg(value, who);
    }
    case Goal::Kind::MinAvailability:
        //: %1 is a percentage
        return (goal.slaFloor
                    ? QCoreApplication::translate("Engine", "Availability (SLA floor) at least %1%")
                    : QCoreApplication::translate("Engine", "Availability (modelled) at least %1%"))
            .arg(QString::number(goal.value * 100, 'g', 8));
    case Goal::Kind::SurvivesZoneLoss:
        return QCoreApplication::translate(
                   "Engine", "Survives losing any one zone with at most %1 s of outage")
            .arg(value);
    case Goal::Kind::SurvivesRegionLoss:
        return QCoreApplication::translate(
                   "Engine", "Survives losing any one region with at most %1 s of outage")
            .arg(value);
    case Goal::Kind::MaxRpoSeconds:
        return QCoreApplication::translate("Engine", "Data loss (RPO) at most %1 s").arg(value);
    case Goal::Kind::MaxComponents:
        return QCoreApplication::translate("Engine", "At most %1 components besides workloads")
            .arg(value);
    }
    return {};
}

} // namespace archstudio::engine
