#include "simulation.h"

#include "core/engine/availabilitypath.h"
#include "failureplan.h"

#include <QCoreApplication>
#include <QMap>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace archstudio::engine {

using namespace detail;

namespace {

bool serves(Condition c)
{
    return c != Condition::Down;
}

/// The design as it stands during one interval: conditions of every component.
struct Moment
{
    double at = 0.0; ///< a time inside the interval
    QList<Condition> conditions;
    QList<bool> promotedWriterOf; ///< per data-set owner: a replica took the writes over
};

Moment momentAt(const EvalState &state, const FailurePlan &plan, double at)
{
    Moment m;
    m.at = at;
    const qsizetype n = state.models.size();
    m.conditions.resize(n);
    m.promotedWriterOf.fill(false, n);
    for (qsizetype i = 0; i < n; ++i) {
        m.conditions[i] = at < 0.0 ? Condition::Up : plan.schedules.at(i).at(at);
        if (m.conditions.at(i) == Condition::Promoted && !state.models.at(i).isWriterOfDataSet)
            m.promotedWriterOf[state.ownerOf.at(i)] = true;
    }
    return m;
}

/// Whether component i serves this workload's requests of one kind at this moment.
bool servesWorkload(const EvalState &state, const Moment &m, int i, int workloadRegion, bool reads)
{
    const Condition c = m.conditions.at(i);
    const ComponentModel &model = state.models.at(i);
    if (c == Condition::Promoted)
        return true;
    if (c != Condition::Down)
        return true;
    // A copy in the workload's own region keeps serving reads (a global table); writes wait
    // for the copies to take over (Promoted).
    if (reads && workloadRegion != state.regionOf.at(i) &&
        model.replicaRegions.contains(workloadRegion))
        return true;
    // The writer's data set goes on through a promoted replica.
    return !reads && model.isWriterOfDataSet && m.promotedWriterOf.at(state.ownerOf.at(i));
}

double capacityOf(const ComponentModel &m, bool reads)
{
    if (m.servers > 0) {
        const double cost = reads ? m.readCostSeconds : m.writeCostSeconds;
        return cost > 0.0 ? m.servers / cost : m.servers;
    }
    const std::optional<double> &quota = reads ? m.readQuotaPerSecond : m.writeQuotaPerSecond;
    return quota && *quota > 0.0 ? *quota : 1.0;
}

/// The workload's request paths with what is down taken out: the readers left share the
/// reads, a promoted replica takes the writes, a cold cache passes every read on.
WorkloadPaths degradedPaths(EvalState &state, const Moment &m, const WorkloadPaths &original,
                            bool lost)
{
    WorkloadPaths w = original;
    if (lost) {
        w.readsPerSecond = 0.0;
        w.writesPerSecond = 0.0;
        return w;
    }
    const bool fallback = state.models.at(w.workload).clientCacheFallback;
    w.readCaches.clear();
    for (int cache : original.readCaches) {
        const Condition c = m.conditions.at(cache);
        if (c == Condition::Cold)
            state.models[cache].hitRatio = 0.0;
        if (serves(c)) {
            w.readCaches.append(cache);
        } else if (!fallback) {
            w.readsPerSecond = 0.0; // reads fail at the cache
        }
    }
    for (ReadSet &set : w.readSets) {
        double kept = 0.0;
        decltype(set.readers) readers;
        for (const auto &[reader, share] : set.readers) {
            if (servesWorkload(state, m, reader, w.region, true)) {
                readers.append({reader, share});
                kept += share;
            }
        }
        for (auto &reader : readers)
            reader.second = kept > 0.0 ? reader.second / kept : 0.0;
        set.readers = readers;
    }
    w.readSets.removeIf([](const ReadSet &set) { return set.readers.isEmpty(); });
    w.writeTargets.clear();
    for (int target : original.writeTargets) {
        if (serves(m.conditions.at(target))) {
            w.writeTargets.append(target);
            continue;
        }
        // A promoted replica of the same data set takes the writes.
        for (qsizetype r = 0; r < state.models.size(); ++r) {
            if (m.conditions.at(r) == Condition::Promoted &&
                state.ownerOf.at(r) == state.ownerOf.at(target) && r != target) {
                w.writeTargets.append(int(r));
                break;
            }
        }
    }
    return w;
}

/// Share of requests served, by the same path algebra as the modelled availability, with
/// each component simply up or down.
double servedShare(const EvalState &state, const Moment &m, const WorkloadPaths &paths,
                   const LocalPath &lp, bool reads)
{
    CompiledPath path = lp.path;
    QVarLengthArray<double, 16> up(lp.components.size());
    for (qsizetype k = 0; k < lp.components.size(); ++k) {
        const int i = lp.components.at(k);
        up[k] = servesWorkload(state, m, i, paths.region, reads) ? 1.0 : 0.0;
    }
    for (auto &[local, hitRatio] : path.caches) {
        if (m.conditions.at(lp.components.at(local)) == Condition::Cold)
            hitRatio = 0.0;
    }
    return reads ? path.reads(up.constData()) : path.writeAll(up.constData());
}

void fillUtilization(const EvalState &state, const WorkloadPaths &w, bool reads, OperationState &op)
{
    const auto consider = [&](int i) {
        const double u = state.peakQueue.at(i).utilization;
        if (u > op.utilization || op.bottleneck.isEmpty()) {
            op.utilization = u;
            op.bottleneck = state.design.components.at(i).id;
        }
    };
    if (reads) {
        for (int cache : w.readCaches)
            consider(cache);
        for (const ReadSet &set : w.readSets) {
            for (const auto &reader : set.readers)
                consider(reader.first);
        }
    } else {
        for (int target : w.writeTargets)
            consider(target);
    }
}

double capacityShare(const EvalState &state, const Moment &m, const WorkloadPaths &original,
                     bool reads)
{
    double all = 0.0;
    double left = 0.0;
    const auto add = [&](int i) {
        const double c = capacityOf(state.models.at(i), reads);
        all += c;
        if (servesWorkload(state, m, i, original.region, reads))
            left += c;
    };
    if (reads) {
        for (const ReadSet &set : original.readSets) {
            for (const auto &reader : set.readers)
                add(reader.first);
        }
    } else {
        for (int target : original.writeTargets)
            add(target);
    }
    return all > 0.0 ? left / all : 1.0;
}

/// Routes the degraded paths of one moment and reads off every workload's figures.
TimelineInterval measure(EvalState &state, const FailurePlan &plan, const QList<LocalPath> &lps,
                         double start, double end)
{
    const QList<WorkloadPaths> originalPaths = state.paths;
    const QList<ComponentModel> originalModels = state.models;
    const QList<int> originalZones = state.zoneOf;
    const Moment m = momentAt(state, plan, start < 0.0 ? -1.0 : start);

    for (qsizetype i = 0; i < state.models.size(); ++i) {
        const ComponentSchedule &s = plan.schedules.at(i);
        const Condition c = m.conditions.at(i);
        if (s.zoneAfter >= 0 && (c == Condition::FailedOver || c == Condition::Restored ||
                                 (c == Condition::Cold && start >= 0.0)))
            state.zoneOf[i] = s.zoneAfter;
    }
    QList<WorkloadPaths> degraded;
    for (const WorkloadPaths &p : originalPaths)
        degraded.append(degradedPaths(state, m, p, plan.lostWorkloads.at(p.workload)));
    state.paths = degraded;
    routeResolvedPaths(state);
    computeQueues(state);

    TimelineInterval interval;
    interval.startSeconds = start;
    interval.endSeconds = end;
    for (qsizetype k = 0; k < originalPaths.size(); ++k) {
        const WorkloadPaths &original = originalPaths.at(k);
        const WorkloadPaths &now = degraded.at(k);
        WorkloadInterval wi;
        wi.workload = state.design.components.at(original.workload).id;
        wi.lost = plan.lostWorkloads.at(original.workload);
        for (const bool reads : {true, false}) {
            OperationState &op = reads ? wi.read : wi.write;
            op.served = reads ? lps.at(k).path.hasReads() : lps.at(k).path.hasWrites();
            if (!op.served)
                continue;
            op.availability = wi.lost ? 0.0 : servedShare(state, m, original, lps.at(k), reads);
            op.capacityShare = wi.lost ? 0.0 : capacityShare(state, m, original, reads);
            const bool anyPath = reads ? !(now.readCaches.isEmpty() && now.readSets.isEmpty())
                                       : !now.writeTargets.isEmpty();
            if (op.availability > 0.0 && anyPath) {
                op.latency = workloadLatency(state, now, reads, false);
                fillUtilization(state, now, reads, op);
            }
        }
        if (start >= 0.0) {
            for (int i : lps.at(k).components)
                wi.dataAtRiskSeconds =
                    std::max(wi.dataAtRiskSeconds, plan.schedules.at(i).dataLossSeconds);
            for (int target : original.writeTargets) {
                for (qsizetype r = 0; r < state.models.size(); ++r) {
                    if (state.ownerOf.at(r) == state.ownerOf.at(target))
                        wi.dataAtRiskSeconds =
                            std::max(wi.dataAtRiskSeconds, plan.schedules.at(r).dataLossSeconds);
                }
            }
        }
        interval.workloads.append(wi);
    }
    interval.components.resize(state.models.size());
    for (qsizetype i = 0; i < state.models.size(); ++i) {
        interval.components[i] = {m.conditions.at(i), state.peakQueue.at(i).utilization, {}};
        if (state.zoneOf.at(i) >= 0 && state.zoneOf.at(i) != originalZones.at(i))
            interval.components[i].servingZone = state.zoneIndex.key(state.zoneOf.at(i));
    }

    state.paths = originalPaths;
    state.models = originalModels;
    state.zoneOf = originalZones;
    return interval;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 0) + QLatin1Char('%');
}

/// Whether the data stores take the load a failed or cold cache no longer absorbs: one
/// finding per store, over the span it carries extra load, at its worst.
void cacheFindings(const EvalState &state, Timeline &t)
{
    struct Span
    {
        double from = 0.0;
        double to = 0.0;
        double worst = 0.0;
    };
    QMap<int, Span> spans; // by component index, in design order
    const TimelineInterval &before = t.intervals.first();
    for (qsizetype k = 1; k < t.intervals.size(); ++k) {
        const TimelineInterval &interval = t.intervals.at(k);
        bool cacheMissing = false;
        for (qsizetype i = 0; i < interval.components.size(); ++i) {
            const Condition c = interval.components.at(i).condition;
            cacheMissing = cacheMissing || (state.models.at(i).role == Role::Cache &&
                                            (c == Condition::Down || c == Condition::Cold));
        }
        if (!cacheMissing)
            continue;
        for (qsizetype i = 0; i < interval.components.size(); ++i) {
            const double now = interval.components.at(i).utilization;
            if (state.models.at(i).role != Role::Store ||
                now <= before.components.at(i).utilization * 1.01 ||
                interval.components.at(i).condition == Condition::Down)
                continue;
            const auto it = spans.find(int(i));
            if (it == spans.end()) {
                spans.insert(int(i), {interval.startSeconds, interval.endSeconds, now});
            } else {
                it->to = interval.endSeconds;
                it->worst = std::max(it->worst, now);
            }
        }
    }
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        const QString name = state.design.components.at(it.key()).displayName();
        const QString was = percent(before.components.at(it.key()).utilization);
        const Span &span = it.value();
        t.findings.append(
            (span.worst >= 1.0
                 ? QCoreApplication::translate(
                       "Engine", "%1 s to %2 s: without the cache's hits, %3 saturates at peak "
                                 "(%4 of its capacity, %5 before): requests queue until the "
                                 "cache is back and warm")
                 : QCoreApplication::translate(
                       "Engine", "%1 s to %2 s: %3 takes the cache's misses at up to %4 of its "
                                 "capacity at peak (%5 before): it survives"))
                .arg(qRound(span.from))
                .arg(qRound(span.to))
                .arg(name, percent(span.worst), was));
    }
}

void sumOutcomes(Timeline &t)
{
    for (const WorkloadInterval &w : t.intervals.first().workloads)
        t.outcomes.append({w.workload, 0.0, 0.0, 0.0, false});
    for (const TimelineInterval &interval : t.intervals) {
        if (interval.startSeconds < 0.0)
            continue;
        const double length = interval.endSeconds - interval.startSeconds;
        for (qsizetype k = 0; k < interval.workloads.size(); ++k) {
            const WorkloadInterval &w = interval.workloads.at(k);
            WorkloadOutcome &o = t.outcomes[k];
            if (w.read.served && w.read.availability < 1.0)
                o.readOutageSeconds += length;
            if (w.write.served && w.write.availability < 1.0)
                o.writeOutageSeconds += length;
            o.dataAtRiskSeconds = std::max(o.dataAtRiskSeconds, w.dataAtRiskSeconds);
            o.lost = o.lost || w.lost;
        }
    }
}

} // namespace

SimulationResult simulateFailure(const DesignSnapshot &snapshot, const catalog::Catalog &catalog,
                                 const FailureTarget &target, const Scenario &scenario,
                                 const BehaviourRegistry &behaviours)
{
    SimulationResult result;
    Timeline t;
    t.target = target;
    EvalState state(snapshot.design, catalog, behaviours, &t.notes);
    state.loadFactor = scenario.loadFactor;
    describeComponents(state);
    QList<Warning> ignored;
    routeTraffic(state, ignored);

    const FailurePlan plan = planFailure(state, target, &result.error);
    if (!result.error.isEmpty())
        return result;
    t.events = plan.events;
    t.notes += plan.notes;

    QList<double> cuts{0.0};
    for (const TimelineEvent &e : plan.events)
        cuts.append(e.atSeconds);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    t.endSeconds = cuts.last();
    // Normal operation before, and the settled state after, each shown for a while.
    const double margin = std::max(60.0, 0.05 * t.endSeconds);
    cuts.prepend(-margin);
    cuts.append(t.endSeconds + margin);

    QList<LocalPath> lps;
    for (const WorkloadPaths &p : state.paths)
        lps.append(compilePath(state, p));
    for (qsizetype k = 0; k + 1 < cuts.size(); ++k) {
        TimelineInterval interval = measure(state, plan, lps, cuts.at(k), cuts.at(k + 1));
        interval.label =
            k == 0 ? QCoreApplication::translate("Engine", "before the failure") : QString();
        for (const TimelineEvent &e : plan.events) {
            if (e.atSeconds <= cuts.at(k) && k > 0)
                interval.label = e.text;
        }
        t.intervals.append(interval);
    }
    cacheFindings(state, t);
    sumOutcomes(t);
    result.timeline = t;
    return result;
}

std::optional<FailureTarget> FailureTarget::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon + 1 >= text.size())
        return std::nullopt;
    const QString scope = text.left(colon);
    const QString id = text.mid(colon + 1);
    if (scope == QLatin1String("component"))
        return FailureTarget{Scope::Component, id};
    if (scope == QLatin1String("zone"))
        return FailureTarget{Scope::Zone, id};
    if (scope == QLatin1String("region"))
        return FailureTarget{Scope::Region, id};
    return std::nullopt;
}

QString FailureTarget::toString() const
{
    switch (scope) {
    case Scope::Component:
        return QStringLiteral("component:") + id;
    case Scope::Zone:
        return QStringLiteral("zone:") + id;
    case Scope::Region:
        return QStringLiteral("region:") + id;
    }
    return id;
}

QString conditionName(Condition condition)
{
    switch (condition) {
    case Condition::Up:
        return QStringLiteral("up");
    case Condition::Down:
        return QStringLiteral("down");
    case Condition::FailedOver:
        return QStringLiteral("failed-over");
    case Condition::Restored:
        return QStringLiteral("restored");
    case Condition::Promoted:
        return QStringLiteral("promoted");
    case Condition::Cold:
        return QStringLiteral("cold");
    }
    return {};
}

QString eventKindName(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::Failure:
        return QStringLiteral("failure");
    case TimelineEvent::Kind::Detection:
        return QStringLiteral("detection");
    case TimelineEvent::Kind::Promotion:
        return QStringLiteral("promotion");
    case TimelineEvent::Kind::DnsUpdate:
        return QStringLiteral("dns-update");
    case TimelineEvent::Kind::Recovery:
        return QStringLiteral("recovery");
    }
    return {};
}

} // namespace archstudio::engine
