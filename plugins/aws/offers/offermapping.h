#pragma once

#include "offerprice.h"
#include "offersaxhandler.h"

#include <QString>

#include <optional>

namespace archstudio::aws::offer {

/// The catalog entry a product's on-demand price becomes (docs/CATALOG.md keys).
struct PriceTarget
{
    QString key;  ///< "price.us-east-1.rds.instance.postgres.single-az.db.r6g.large"
    QString unit; ///< the catalog's unit, "USD/hour"
    UnitKind kind = UnitKind::Hourly;
};

/// What one product of an offer file means to the catalog.
struct ProductMatch
{
    std::optional<PriceTarget> price;
    QString vcpuKey; ///< "vcpu.db.r6g.large" when the product states its vCPUs
    double vcpus = 0.0;
    /// Non-empty when a product of a family the catalog knows is deliberately not imported
    /// ("Multi-AZ (readable standbys) has no catalog key"); reported, summed per reason.
    QString skipReason;
};

/// Maps a product to its catalog key. offerCode is the file's, used when the product has no
/// "servicecode" attribute. Products the catalog has no use for return an empty match.
/// Usage types are compared without their region prefix ("USE2-", "EU-").
///
/// AmazonRDS, "Database Instance": databaseEngine PostgreSQL/MySQL/MariaDB with
///   deploymentOption Single-AZ/Multi-AZ -> rds.instance.<engine>.<az>.<class>; Aurora
///   PostgreSQL/MySQL with storage "EBS Only" -> aurora.instance.<engine>.<class>; plus
///   vcpu.<class>. Skipped with a note: "Multi-AZ (readable standbys)" (no key), Aurora
///   I/O-Optimized rates (the catalog keeps a factor), licensed rows.
/// "Database Storage": volumeType -> rds.storage.<gp2|gp3|io1|io2|magnetic>.<az>;
///   "General Purpose-Aurora" / Aurora:StorageUsage -> aurora.storage.standard,
///   "IO Optimized-Aurora" -> aurora.storage.io-optimized. "Provisioned IOPS" ->
///   rds.iops.<gp3|io1|io2>.<az>. "System Operation" Aurora:StorageIOUsage -> aurora.io,
///   RDS:StorageIOUsage -> rds.magnetic-io. "Storage Snapshot" RDS:ChargedBackupUsage ->
///   rds.backup, Aurora:BackupUsage -> aurora.backup. "ServerlessV2" Aurora:ServerlessV2Usage
///   / ServerlessV2IOOptimizedUsage -> aurora.serverless-v2.<standard|io-optimized>.
///   Storage, IOPS and backup rows of other engines (Oracle, SQL Server, Db2) are ignored.
/// AmazonElastiCache, "Cache Instance" with usagetype NodeUsage:<instanceType> ->
///   elasticache.node.<valkey|redis|memcached>.<type> and vcpu.<type>; "ElastiCache
///   Serverless" usage types ending CachedData / ElastiCacheProcessingUnits ->
///   elasticache.serverless.<engine>.data / .ecpu (engine from cacheEngine, else the usage
///   type; a per-ECPU price is multiplied by 1,000,000); "Storage Snapshot" BackupUsage ->
///   elasticache.backup.
/// AmazonDynamoDB, by usage type (else group + family): ReadRequestUnits / WriteRequestUnits
///   -> dynamodb.on-demand.<read|write> (x 1,000,000), ReplWriteRequestUnits ->
///   dynamodb.replicated-write, Read/WriteCapacityUnit-Hrs -> dynamodb.provisioned.<rcu|wcu>,
///   TimedStorage-ByteHrs / TimedPITRStorage-ByteHrs -> dynamodb.<storage|pitr>; "IA-"
///   (Standard-IA) rows are skipped with a note. DAX nodes (NodeUsage:dax.*, in AmazonDynamoDB
///   or AmazonDAX) -> dax.node.<type> and vcpu.<type>.
ProductMatch mapProduct(const OfferProduct &product, const QString &offerCode);

/// The offer codes mapProduct understands.
bool isSupportedOfferCode(const QString &offerCode);
QString supportedOfferCodes();

/// The region code of a product: its "regionCode" attribute, else its "location" name for the
/// regions the catalog knows. Empty when neither resolves or the location is not an AWS
/// Region (a Local Zone, an Outpost).
QString regionOf(const OfferProduct &product);

} // namespace archstudio::aws::offer
