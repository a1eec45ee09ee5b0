#pragma once

#include "evaluation.h"

#include "core/model/ids.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace archstudio::engine {

/// How the generic algebra treats a component. Filled by the kind's behaviour.
enum class Role {
    Client,      ///< a workload: the point of view, neither priced nor counted
    Cache,       ///< cache-aside: takes reads first, misses continue
    Store,       ///< serves reads and/or writes of one data set
    StorageOnly, ///< holds a data set for its instances (an Aurora cluster volume)
    Unknown,     ///< no behaviour: loads and re-saves, not evaluated
};

/// An independent way for a component to fail: how often, and how long until it serves again.
struct FailureMode
{
    double ratePerYear = 0.0;
    double recoverySeconds = 0.0;
    double dataLossSeconds = 0.0; ///< writes it may lose (a volume restored from backup)
};

/// How a copy elsewhere takes over a data set's writes when its writer is lost for good (a
/// region outage): after how long it accepts writes, and how far behind the writer it was.
struct Takeover
{
    double seconds = 0.0;
    double lagSeconds = 0.0;
};

/// How a component depends on its Availability Zones. zones[0] is where it runs; the rest
/// are where it can fail over to (a standby, a replica, other nodes).
struct ZoneDependence
{
    QVarLengthArray<int, 3> zones; ///< design zone indices; empty for regional services
    double failoverSeconds = 0.0;  ///< outage when zones[0] fails and another listed zone is up
    /// Outage when no listed zone is up but it can be rebuilt elsewhere in the region
    /// (restore from backup); empty when it cannot.
    std::optional<double> relocateSeconds;
    /// For a volume spread over zones: how many of zones must be up (Aurora: 2 of 3 AZs
    /// keep the 4-of-6 write quorum). 0 means "zones[0], or a failover".
    int quorum = 0;
};

/// What the engine needs to know about one component, independent of the load.
///
/// The fields routing reads for every request path (role, flags, servers, hit ratio, request
/// units, serving copies) come first, so a look-up of a component touches one or two cache
/// lines of it rather than all of them.
struct ComponentModel
{
    Role role = Role::Unknown;
    bool readable = true;
    bool writable = true;
    bool isWriterOfDataSet = false;       ///< receives the data set's writes
    bool appliesReplicatedWrites = false; ///< an asynchronous replica replays the writer's writes
    bool regional = false; ///< placed in a region only; AWS spreads it over zones itself

    // Capacity: an M/M/c queue when servers > 0; a managed service with quotas otherwise.
    int servers = 0;
    /// Regions holding a copy that can serve (DynamoDB global tables, Aurora Global
    /// Database), besides its own; a workload in one of them is served there.
    QList<int> replicaRegions;
    double hitRatio = 0.0; ///< caches

    /// Managed services that meter in request units: the item size one unit covers (0: one
    /// unit per request) and the discount for eventually consistent reads. Their quotas
    /// (readQuotaPerSecond, writeQuotaPerSecond) are then in units per second.
    double readUnitKiB = 0.0;
    double writeUnitKiB = 0.0;
    double eventualReadFactor = 1.0;

    double readCostSeconds = 0.0; ///< server-seconds a read takes (1 / per-server capacity)
    double writeCostSeconds =
        0.0; ///< server-seconds a write (or an applied replicated write) takes
    std::optional<double> readQuotaPerSecond;
    std::optional<double> writeQuotaPerSecond;

    // Latency: server-side time per operation, commits included.
    double readServiceMs = 0.0;
    double writeServiceMs = 0.0;

    /// The component whose data this one serves (an RDS primary for its replicas, an Aurora
    /// cluster for its instances); empty when it owns its data.
    model::ComponentId dataOwner;

    // Clients (workloads): the load they offer.
    double clientReadsPerSecond = 0.0;
    double clientWritesPerSecond = 0.0;
    double clientItemKiB = 1.0;
    double clientPeakFactor = 1.0;
    bool clientStrongReads = false;
    bool clientCacheFallback = true; ///< on a cache outage, its reads go on to the data stores

    // Availability.
    std::optional<double> sla;        ///< published SLA of this component
    std::optional<double> dataSetSla; ///< SLA covering the whole data set (Aurora cluster)
    /// One or two for every kind: inline, so describing a component allocates no list.
    QVarLengthArray<FailureMode, 2> failures;
    ZoneDependence zoneDependence;

    std::optional<double> rtoSeconds;
    std::optional<double> rpoSeconds;

    // Failure simulation (docs/ENGINE.md section 5).
    /// A replica that can be promoted to the data set's writer (an RDS read replica).
    std::optional<Takeover> promotion;
    /// The copies in replicaRegions take the writes of a lost region (global tables, Aurora
    /// Global Database).
    std::optional<Takeover> crossRegionTakeover;
};

/// One workload's traffic to a component: what a per-request price (DynamoDB request
/// units, ElastiCache ECPUs) needs beyond the rates.
struct TrafficFlow
{
    double readsPerSecond = 0.0;
    double writesPerSecond = 0.0;
    double itemKiB = 1.0;
    bool strongReads = false;
    double peakFactor = 1.0;
};

/// The load routed to one component, at average load and scaled by the load factor.
///
/// The sums come first, the rates the queues read in the first seven: a component's queues
/// then read one or two cache lines of it, not all three.
struct ComponentLoad
{
    double readsPerSecond = 0.0;
    double writesPerSecond = 0.0;
    double replicatedWritesPerSecond = 0.0; ///< writes applied from the writer
    double readBytesPerSecond = 0.0;
    double writeBytesPerSecond = 0.0;
    double readUnitsPerSecond = 0.0; ///< request units, where the model meters them
    double writeUnitsPerSecond = 0.0;
    double crossAzBytesPerSecond = 0.0;
    double crossRegionBytesPerSecond = 0.0;
    double peakFactor = 1.0; ///< the highest peak factor among the workloads that use it
    /// Most components serve one or two workloads: their flows need no allocation.
    QVarLengthArray<TrafficFlow, 2> flows;
};

} // namespace archstudio::engine
