#pragma once

#include "core/engine/kindbehaviour.h"
#include "core/engine/pricebook.h"
#include "core/engine/propertyfields.h"

#include <optional>

// What the two self-managed kinds have in common: a primary EC2 instance with its EBS volume,
// replicas in the region's other zones, and whoever promotes one of them when the primary is
// lost. Self-contained on purpose: a plugin builds against core alone (docs/PLUGINS.md).

namespace archstudio::selfmanaged {

enum class Tooling {
    None,      ///< nobody promotes a replica: the primary is rebuilt
    Manual,    ///< an operator is paged and promotes a replica
    Automatic, ///< a tool (Patroni, Redis Sentinel) detects the loss and promotes a replica
};

/// A component's properties, read once per evaluation by KindBehaviour::compile.
struct Ec2Data final : engine::KindData
{
    QString instanceType;
    QString ebsType;            ///< "gp3", "io2", or "none" (a cache without persistence)
    double storageGiB = 0.0;    ///< 0 without a volume
    std::optional<double> iops; ///< unset: the gp3 baseline
    int replicas = 0;
    QString replication;                    ///< "async" or "sync" (PostgreSQL only)
    QString failoverTooling;                ///< "none", "manual" or "automatic"
    std::optional<double> detectionSeconds; ///< unset: the catalog's figure for the tool
    std::optional<double> promotionSeconds;
    double hitRatio = 0.0; ///< caches only
    // Read from the properties above by compileEc2().
    bool synchronous = false;
    Tooling tooling = Tooling::None;

    int instances() const { return 1 + replicas; }
    bool hasVolume() const { return ebsType != QLatin1String("none"); }
    /// Someone promotes a replica when the primary is lost.
    bool canPromote() const { return replicas > 0 && tooling != Tooling::None; }
};

std::unique_ptr<const engine::KindData> compileEc2(const model::Component &component);

/// The design zone index of each replica: the region's other zones in turn, or the primary's
/// own when the region has no other.
QList<int> replicaZones(const engine::KindContext &context, int replicas);
/// How many replicas run outside the primary's zone.
int replicasElsewhere(const engine::KindContext &context, const Ec2Data &data);

/// Seconds from the primary's loss until a replica serves as primary: detection and promotion
/// (automatic), or the operator's response and promotion (manual). engineToken names the
/// tool's figures: "postgres" or "redis".
double takeoverSeconds(const engine::PriceBook &prices, const Ec2Data &data,
                       const QString &engineToken);

/// Fills the zone model: the primary's zone, and the replicas' zones when a replica can be
/// promoted; relocateSeconds when every listed zone is out.
void describeZones(const engine::KindContext &context, const Ec2Data &data, double takeover,
                   double relocateSeconds, engine::ComponentModel &model);

/// The EC2 SLA that covers the deployment: region-level when a tool fails over to a replica
/// in another zone, else the single instance's.
double slaOf(const engine::KindContext &context, const Ec2Data &data);

int vcpusOf(const engine::PriceBook &prices, const QString &instanceType);
/// Server-seconds one operation takes, from a per-server rate in the catalog.
double secondsPerOperation(const engine::PriceBook &prices, const QString &perSecondKey);

/// Instance-hours, then each volume's storage and provisioned IOPS.
QList<engine::LineItem> instanceAndVolumeLines(const engine::KindContext &context,
                                               const Ec2Data &data);
/// Replication traffic to the replicas in other zones, charged in and out at the inter-AZ
/// rate; none when every replica shares the primary's zone.
std::optional<engine::LineItem> replicationLine(const engine::KindContext &context,
                                                const Ec2Data &data, double bytesPerSecond);

engine::CatalogKeyedValue instanceTypeKey(const model::Component &component);
QList<engine::Finding> commonFindings(const engine::KindContext &context, const Ec2Data &data);
std::optional<engine::Patch> upsizePatch(const engine::KindContext &context, const Ec2Data &data);
std::optional<engine::Patch> redundancyPatch(const engine::KindContext &context,
                                             const Ec2Data &data);

} // namespace archstudio::selfmanaged
