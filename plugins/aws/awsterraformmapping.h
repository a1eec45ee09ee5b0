#pragma once

// The work of one AwsTerraformMapper::map() call (awsterraform.cpp: the shared helpers;
// awsterraform_rds.cpp: RDS and Aurora; awsterraform_managed.cpp: DynamoDB and ElastiCache).

#include "core/engine/terraformmapper.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace archstudio::aws {

using engine::TerraformResource;

class TerraformMapping
{
public:
    TerraformMapping(const QList<TerraformResource> &resources,
                     engine::TerraformImportContext &context);
    void run();

private:
    // Reading values (awsterraform.cpp). Each warns of a value of the wrong type, naming it.
    QString text(const TerraformResource &r, const QString &attribute) const;
    std::optional<double> number(const TerraformResource &r, const QString &attribute);
    std::optional<bool> flag(const TerraformResource &r, const QString &attribute);
    /// The first element of a list of blocks ("replica", "point_in_time_recovery").
    QVariantMap firstBlock(const QVariantMap &values, const QString &attribute) const;
    QString firstText(const TerraformResource &r, const QString &attribute) const;
    /// The zone a resource names, for its region when nothing else says.
    QString zoneHint(const TerraformResource &r) const;
    /// Its region: own or its provider's, else by its zone or ARN, else the plan's default.
    QString regionOf(const TerraformResource &r);
    /// Its zone in region: zone when it is one of region's, else the region's first, saying so.
    model::ZoneId placeZone(const TerraformResource &r, const QString &region,
                            const QString &attribute, const QString &zone);
    model::ZoneId otherZone(const QString &region, const model::ZoneId &avoid) const;
    model::Component component(const TerraformResource &r, const QString &kind,
                               const QString &nameAttribute);
    /// Sets property to value when the kind allows it; else warns and leaves it unset.
    bool set(model::Component &c, const TerraformResource &r, const QString &property,
             const QVariant &value, const QString &attribute);
    /// The resource of one of types that attribute of r names: by the value (an identifier
    /// or ARN held in one of matchAttributes) or, when unknown, by its configuration's
    /// references.
    const TerraformResource *referenced(const TerraformResource &r, const QString &attribute,
                                        const QStringList &types,
                                        const QStringList &matchAttributes) const;
    static QString valueKey(const QString &type, const QString &attribute, const QString &value);
    void skip(const TerraformResource &r, const QString &reason);
    void add(const TerraformResource &r, model::Component c);

    // DynamoDB and ElastiCache (awsterraform_managed.cpp).
    void mapDynamoDb(const TerraformResource &r);
    void mapReplicationGroup(const TerraformResource &r);
    void mapCacheCluster(const TerraformResource &r);
    void mapServerlessCache(const TerraformResource &r);

    // RDS and Aurora (awsterraform_rds.cpp).
    void findGlobalMembers();
    void mapDbInstance(const TerraformResource &r);
    void mapReplica(const TerraformResource &r);
    void mapCluster(const TerraformResource &r);
    void mapMultiAzCluster(const TerraformResource &r);
    void mapClusterInstances(const QList<const TerraformResource *> &instances);
    void mapGlobalCluster(const TerraformResource &r);
    QString rdsEngine(const TerraformResource &r, bool *refused);

    const QList<TerraformResource> &mResources;
    engine::TerraformImportContext &mContext;
    QHash<QString, const TerraformResource *> mByAddress;
    QHash<QString, const TerraformResource *> mByConfigAddress; ///< the first of each
    QHash<QString, const TerraformResource *> mByValue;         ///< by valueKey()
    QHash<QString, QString> mRegions;                           ///< address -> region, once found
    QHash<QString, QString> mMappedKind; ///< address -> kind of its component
    /// A secondary cluster of a global database -> its primary cluster.
    QHash<QString, QString> mPrimaryOf;
    /// A primary cluster -> the regions of its secondaries.
    QHash<QString, QStringList> mSecondaryRegions;
    /// A global cluster -> its primary cluster.
    QHash<QString, QString> mGlobalPrimary;
};

} // namespace archstudio::aws
