#pragma once

#include "core/engine/engine.h"

#include <QList>
#include <QString>

#include <optional>

namespace archstudio::engine {

/// What fails in a simulation: one component, one Availability Zone or one region.
struct FailureTarget
{
    enum class Scope { Component, Zone, Region };
    Scope scope = Scope::Component;
    QString id; ///< component id, zone code or region code

    /// "component:ID", "zone:CODE" or "region:CODE"; nullopt for anything else.
    static std::optional<FailureTarget> parse(const QString &text);
    QString toString() const;
    friend bool operator==(const FailureTarget &, const FailureTarget &) = default;
};

/// What a simulated component is doing during one interval of the timeline.
enum class Condition {
    Up,         ///< serving as designed
    Down,       ///< failed, or in a failed zone or region, and not yet recovered
    FailedOver, ///< serving again from another zone (a standby or replica was promoted)
    Restored,   ///< rebuilt elsewhere (from a backup, or a replaced node)
    Promoted,   ///< a replica (or a copy in another region) now takes the data set's writes
    Cold,       ///< a cache back in service, empty: its misses go on to the data stores
};

struct TimelineEvent
{
    enum class Kind { Failure, Detection, Promotion, DnsUpdate, Recovery };
    Kind kind = Kind::Failure;
    double atSeconds = 0.0;       ///< from the failure
    model::ComponentId component; ///< empty for a zone or region event
    QString text;                 ///< "db: standby promoted in us-east-1b"
};

/// One operation (reads or writes) of one workload during one interval.
struct OperationState
{
    bool served = false;           ///< the workload has a path for this operation at all
    double availability = 1.0;     ///< share of the requests that succeed (a cache hit may)
    Latency latency;               ///< at average load, of the requests that succeed
    double utilization = 0.0;      ///< highest at peak among the components it uses
    model::ComponentId bottleneck; ///< the component with that utilisation
    double capacityShare = 1.0;    ///< share of its serving capacity still up
};

struct WorkloadInterval
{
    model::ComponentId workload;
    bool lost = false; ///< the workload itself is in the failed region
    OperationState read;
    OperationState write;
    double dataAtRiskSeconds = 0.0; ///< writes that may be lost, as seconds before the failure
};

struct ComponentInterval
{
    Condition condition = Condition::Up;
    double utilization = 0.0; ///< at peak load
    /// Set while it serves from a zone other than its own: where its standby took over, or
    /// where it was rebuilt from a backup.
    model::ZoneId servingZone;
};

struct TimelineInterval
{
    double startSeconds = 0.0;
    double endSeconds = 0.0;
    QString label; ///< "before the failure", "failover under way", ...
    QList<WorkloadInterval> workloads;
    QList<ComponentInterval> components; ///< in design order
};

/// Per workload, the totals a timeline adds up to.
struct WorkloadOutcome
{
    model::ComponentId workload;
    double readOutageSeconds = 0.0;  ///< time with some reads failing
    double writeOutageSeconds = 0.0; ///< time with some writes failing
    double dataAtRiskSeconds = 0.0;
    bool lost = false;
};

/// The answer to "what happens when this fails" (docs/ENGINE.md section 5).
struct Timeline
{
    FailureTarget target;
    QList<TimelineEvent> events;       ///< in time order
    QList<TimelineInterval> intervals; ///< the first is normal operation before the failure
    QList<WorkloadOutcome> outcomes;
    QStringList findings;    ///< e.g. whether a database takes a cold cache's misses
    QStringList notes;       ///< assumptions this scenario relies on
    double endSeconds = 0.0; ///< when the last component is back to its final state
};

struct SimulationResult
{
    std::optional<Timeline> timeline;
    QString error; ///< names what is wrong with the target when there is no timeline
};

/// Fails the target at time 0 and follows the design through detection, failover, DNS and
/// recovery with the catalog's figures. Pure and deterministic.
SimulationResult simulateFailure(const DesignSnapshot &snapshot, const catalog::Catalog &catalog,
                                 const FailureTarget &target, const Scenario &scenario,
                                 const BehaviourRegistry &behaviours);

QString conditionName(Condition condition);
QString eventKindName(TimelineEvent::Kind kind);

} // namespace archstudio::engine
