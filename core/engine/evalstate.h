#pragma once

#include "componentmodel.h"
#include "engine.h"
#include "kindbehaviour.h"
#include "pricebook.h"
#include "queueing.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVarLengthArray>

#include <memory>
#include <unordered_map>
#include <vector>

namespace archstudio::engine::detail {

/// The readers of one data set that a workload reads from, with their shares.
struct ReadSet
{
    int owner = -1; ///< component index of the data owner
    /// Component index, share of the reads. A data set has a few readers: they are kept
    /// inline, with no allocation (a workload's lists are made and freed every evaluation).
    QVarLengthArray<std::pair<int, double>, 3> readers;
    double unassignedShare = 0.0; ///< reads no linked reader takes
};

/// The request paths of one workload, resolved to component indices. Its lists are short
/// and kept inline, like ReadSet's.
struct WorkloadPaths
{
    int workload = -1;
    int region = -1;
    QVarLengthArray<int, 3> zones;
    double readsPerSecond = 0.0; ///< average, scaled by the load factor
    double writesPerSecond = 0.0;
    double peakFactor = 1.0;
    double itemBytes = 0.0;
    bool strongReads = false;
    QVarLengthArray<int, 2> readCaches; ///< cache-aside, in link order
    QVarLengthArray<ReadSet, 2> readSets;
    QVarLengthArray<int, 4>
        writeTargets; ///< one writer per data set, plus caches linked for writes
};

/// What routing's replication pass asks of a model, packed (EvalState::replicationOf).
enum ReplicationFlag : quint8 {
    kAppliesReplicatedWrites = 1, ///< ComponentModel::appliesReplicatedWrites
    kHasCopiesElsewhere = 2,      ///< ComponentModel::replicaRegions is not empty
};

/// Per-component queueing state at one load level.
struct QueueState
{
    double utilization = 0.0;
    WaitTail wait;
};

/// Everything one evaluation derives, shared by its stages, each a plain pass over the
/// components or the workloads (one thread, one evaluation).
struct EvalState
{
    EvalState(const model::Design &d, const catalog::Catalog &c, const BehaviourRegistry &b,
              QStringList *notes);
    EvalState(const EvalState &) = delete;
    EvalState &operator=(const EvalState &) = delete;

    const model::Design &design;
    const catalog::Catalog &catalog;
    const BehaviourRegistry &behaviours;
    PriceBook prices;
    ReferenceIndex references;
    double loadFactor = 1.0;

    ComponentIndex componentIndex;
    QHash<model::ZoneId, int> zoneIndex;
    QList<int> zoneRegion;               ///< region index of each zone
    QList<QList<int>> regionZoneIndices; ///< zones of each region
    double sameAzRttMs = 0.0;
    double crossAzRttMs = 0.0;

    QList<const KindBehaviour *> behaviourOf; ///< per component; null when unknown
    /// Per component, from compile().
    std::vector<std::unique_ptr<const KindData>> kindData;
    QList<ComponentModel> models;
    /// models[i].role, compact: what the passes over every component read (a model is
    /// hundreds of bytes, so reading one field of each touches a cache line per component).
    QList<Role> roleOf;
    /// The ReplicationFlags of each model, for the same reason: the replication pass runs on
    /// one thread and would otherwise read a cache line of every model.
    QList<quint8> replicationOf;
    QList<int> regionOf; ///< region index of each component (-1 when unknown)
    QList<int> zoneOf;   ///< zone index of zone-placed components, else -1
    QList<int> ownerOf;  ///< component index of each component's data owner

    QList<WorkloadPaths> paths;
    QList<ComponentLoad> load; ///< average
    QList<double> peakReads;   ///< at each workload's peak
    QList<double> peakWrites;
    QList<QueueState> averageQueue;
    QList<QueueState> peakQueue;

    KindContext context(int component) const;
    int regionIndex(const model::RegionId &region) const;
    double rttMs(int fromRegion, int toRegion) const;
    /// Round trips between design regions, read from the catalog at first use (NaN before).
    mutable QList<double> rttCache;
    /// Modelled availability by every input of its computation (availability.cpp), so
    /// workloads built alike are enumerated once.
    mutable std::unordered_map<QByteArray, double> availabilityMemo;
    /// The region a workload's requests to a component are served in: the component's own,
    /// or the workload's when the component keeps a serving copy there (a global table).
    int servingRegion(int component, int workloadRegion) const;
};

/// Builds indices and component models (topology.cpp).
void describeComponents(EvalState &state);
/// Routes every workload's load to components (routing.cpp).
void routeTraffic(EvalState &state, QList<Warning> &warnings);
/// Routes state.paths again, from scratch: after the simulator changed them (routing.cpp).
void routeResolvedPaths(EvalState &state);
/// Utilisation and waits at average and peak (routing.cpp).
void computeQueues(EvalState &state);
/// Those of component i alone, from its own load: for a stage that has other work per
/// component (routing.cpp).
void componentQueues(const EvalState &state, qsizetype i, QueueState &average, QueueState &peak);
/// Read and write latency of one workload at average or peak (latency.cpp).
Latency workloadLatency(const EvalState &state, const WorkloadPaths &paths, bool reads, bool peak);
/// Both at once, average then peak: each as workloadLatency() gives it, from one walk of the
/// paths (latency.cpp).
std::pair<Latency, Latency> workloadLatencies(const EvalState &state, const WorkloadPaths &paths,
                                              bool reads);
struct LocalPath; // availabilitypath.h: a workload's paths compiled for the availability algebra
/// SLA floor and modelled availability (availability.cpp).
Availability workloadAvailability(const EvalState &state, const WorkloadPaths &paths,
                                  const LocalPath &path, bool reads);
/// Components whose loss alone stops one of the workload's operations (availability.cpp).
QList<int> singlePointsOfFailure(const EvalState &state, const LocalPath &path);
/// Appends the data transfer line items of a component to lines (routing.cpp).
void appendTransferLines(const EvalState &state, int component, QList<LineItem> &lines);

} // namespace archstudio::engine::detail
