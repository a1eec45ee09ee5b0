#pragma once

#include "core/model/ids.h"
#include "core/model/propertymap.h"

#include <QList>
#include <QString>

#include <initializer_list>
#include <limits>
#include <optional>
#include <utility>

namespace archstudio::engine {

inline constexpr double kUnbounded = std::numeric_limits<double>::infinity();
/// Latency quantiles are found to within this many milliseconds (a nanosecond).
inline constexpr double kLatencyResolutionMs = 1e-6;

/// One priced line of a component's monthly bill.
struct LineItem
{
    QString description; ///< "db.r6g.large Multi-AZ instance-hours"
    double quantity = 0.0;
    QString unit; ///< "hour", "GB-month", "million requests"
    double unitPriceUsd = 0.0;
    double monthlyUsd = 0.0;
    QString catalogKey;    ///< the catalog entry the unit price comes from
    QString source;        ///< that entry's source id
    bool estimate = false; ///< tier E, or derived from another region's price
    /// The catalog has no such price (nor a us-east-1 one to derive it from): the line is
    /// counted as $0, and its component is unpriced when the quantity is not 0.
    bool unpriced = false;
};

} // namespace archstudio::engine
// Plain values of Qt strings: moved in memory, not copied, when a QList grows.
Q_DECLARE_TYPEINFO(archstudio::engine::LineItem, Q_RELOCATABLE_TYPE);
namespace archstudio::engine {

struct Availability
{
    double slaFloor = 1.0; ///< composed from published SLAs
    double modelled = 1.0; ///< expected, from failure and recovery rates
};

struct Latency
{
    double p50Ms = 0.0; ///< kUnbounded when a component on the path is saturated
    double p99Ms = 0.0;
    bool saturated() const { return p99Ms == kUnbounded; }
};

/// Reads or writes of one workload.
struct OperationResult
{
    double perSecond = 0.0; ///< offered rate at average load (scaled by the load factor)
    Latency average;        ///< at average load
    Latency peak;           ///< at peakFactor times average
    Availability availability;
    bool served = false; ///< false when the workload has no path for this operation
};

struct WorkloadResult
{
    model::ComponentId id;
    OperationResult read;
    OperationResult write;
    /// Linked to nothing that serves it: it depends on nothing, so it has no availability,
    /// latency or recovery of its own to show.
    bool hasNoDependencies() const { return !read.served && !write.served; }
};

struct ComponentResult
{
    model::ComponentId id;
    QString kind;
    bool evaluated = false; ///< false for kinds no behaviour knows (and workloads have no bill)
    double monthlyCostUsd = 0.0;
    QList<LineItem> lineItems;
    double utilization = 0.0;        ///< at peak load; >= 1 means saturated
    double utilizationAverage = 0.0; ///< at average load
    double readsPerSecond = 0.0;     ///< routed, at average load
    double writesPerSecond = 0.0;
    double bytesInPerSecond = 0.0;
    double bytesOutPerSecond = 0.0;
    double crossAzShare = 0.0;     ///< share of its traffic bytes that cross an AZ boundary
    double crossRegionShare = 0.0; ///< share that crosses a region boundary
    std::optional<double> rtoSeconds;
    std::optional<double> rpoSeconds;
    std::optional<double> slaFloor;
    bool singlePointOfFailure = false;
    /// A line with a quantity has no price in the catalog (an instance class or node type it
    /// does not know): monthlyCostUsd is the rest of the bill, a lower bound.
    bool unpriced = false;
};

} // namespace archstudio::engine
Q_DECLARE_TYPEINFO(archstudio::engine::ComponentResult, Q_RELOCATABLE_TYPE);
namespace archstudio::engine {

/// A design-review finding (docs/ENGINE.md section 6) with its fix and the fix's effect.
/// A change that would fix a review finding: new property values for one component, and
/// the zone to move it to.
struct Patch
{
    model::ComponentId component;
    model::PropertyMap properties;
    std::optional<model::ZoneId> moveToZone;
};

struct Warning
{
    QString rule; ///< e.g. "replica-same-az"
    model::ComponentId component;
    QString message;
    QString fix;
    std::optional<double> costDeltaUsd;      ///< monthly, positive when the fix costs more
    std::optional<double> availabilityDelta; ///< modelled, of the worst affected workload
    /// The change the fix describes, for the studio's Apply Fix; none when the fix is advice.
    std::optional<Patch> patch;
};

} // namespace archstudio::engine
Q_DECLARE_TYPEINFO(archstudio::engine::Warning, Q_RELOCATABLE_TYPE);
namespace archstudio::engine {

struct Totals
{
    double monthlyCostUsd = 0.0; ///< a lower bound when unpricedComponents > 0
    int unpricedComponents = 0;  ///< components with a line the catalog cannot price
    Availability availability;   ///< the worst over every workload's reads and writes
    double worstRtoSeconds = 0.0;
    double worstRpoSeconds = 0.0;
};

/// Everything the engine says about one design under one scenario. A plain value.
struct Evaluation;
/// Does any workload have an operation something serves? Without one, the totals'
/// availability describes nothing.
bool anyOperationServed(const Evaluation &evaluation);

struct Evaluation
{
    QString designName;
    QString catalogId;
    QString catalogDate;
    double loadFactor = 1.0;
    Totals totals;
    QList<WorkloadResult> workloads;
    QList<ComponentResult> components; ///< in design order
    QList<Warning> warnings;
    QStringList notes; ///< catalog gaps and fallbacks the user should know about
};

inline bool anyOperationServed(const Evaluation &evaluation)
{
    for (const WorkloadResult &w : evaluation.workloads) {
        if (!w.hasNoDependencies())
            return true;
    }
    return false;
}

} // namespace archstudio::engine
