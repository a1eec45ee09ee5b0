#include "awsterraform.h"

#include "awsterraformmapping.h"

#include "core/model/propertycheck.h"

#include <QCoreApplication>

namespace archstudio::aws {

void AwsTerraformMapper::map(const QList<engine::TerraformResource> &resources,
                             engine::TerraformImportContext &context) const
{
    TerraformMapping(resources, context).run();
}

TerraformMapping::TerraformMapping(const QList<TerraformResource> &resources,
                                   engine::TerraformImportContext &context)
    : mResources(resources), mContext(context)
{
    static const QStringList kKeys{QStringLiteral("identifier"), QStringLiteral("arn"),
                                   QStringLiteral("id"), QStringLiteral("cluster_identifier"),
                                   QStringLiteral("global_cluster_identifier")};
    for (const TerraformResource &r : mResources) {
        mByAddress.insert(r.address, &r);
        if (!mByConfigAddress.contains(r.configAddress()))
            mByConfigAddress.insert(r.configAddress(), &r);
        for (const QString &key : kKeys) {
            const QString value = text(r, key);
            if (!value.isEmpty() && !mByValue.contains(valueKey(r.type, key, value)))
                mByValue.insert(valueKey(r.type, key, value), &r);
        }
    }
}

void TerraformMapping::run()
{
    findGlobalMembers();
    // Sources before their replicas, clusters before their instances.
    QList<const TerraformResource *> replicas;
    QList<const TerraformResource *> instances;
    for (const TerraformResource &r : mResources) {
        if (r.type == QLatin1String("aws_db_instance")) {
            if (text(r, QStringLiteral("engine")).startsWith(QLatin1String("aurora")))
                instances.append(&r);
            else if (!text(r, QStringLiteral("replicate_source_db")).isEmpty() ||
                     r.isUnknown(QStringLiteral("replicate_source_db")) ||
                     r.references.contains(QStringLiteral("replicate_source_db")))
                replicas.append(&r);
            else
                mapDbInstance(r);
        } else if (r.type == QLatin1String("aws_rds_cluster")) {
            mapCluster(r);
        } else if (r.type == QLatin1String("aws_rds_cluster_instance")) {
            instances.append(&r);
        } else if (r.type == QLatin1String("aws_dynamodb_table")) {
            mapDynamoDb(r);
        } else if (r.type == QLatin1String("aws_elasticache_replication_group")) {
            mapReplicationGroup(r);
        } else if (r.type == QLatin1String("aws_elasticache_cluster")) {
            mapCacheCluster(r);
        } else if (r.type == QLatin1String("aws_elasticache_serverless_cache")) {
            mapServerlessCache(r);
        }
    }
    for (const TerraformResource *r : std::as_const(replicas))
        mapReplica(*r);
    mapClusterInstances(instances);
    for (const TerraformResource &r : mResources) {
        if (r.type == QLatin1String("aws_rds_global_cluster"))
            mapGlobalCluster(r);
    }
}

QString TerraformMapping::text(const TerraformResource &r, const QString &attribute) const
{
    const QVariant v = r.values.value(attribute);
    return v.typeId() == QMetaType::QString ? v.toString() : QString();
}

std::optional<double> TerraformMapping::number(const TerraformResource &r, const QString &attribute)
{
    const QVariant v = r.values.value(attribute);
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int ||
        v.typeId() == QMetaType::Double)
        return v.toDouble();
    mContext.warn(QCoreApplication::translate("Aws", "%1: %2 is %3, not a number; it is ignored.")
                      .arg(r.address, attribute, model::describeValueType(v)));
    return std::nullopt;
}

std::optional<bool> TerraformMapping::flag(const TerraformResource &r, const QString &attribute)
{
    const QVariant v = r.values.value(attribute);
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    mContext.warn(
        QCoreApplication::translate("Aws", "%1: %2 is %3, not true or false; it is ignored.")
            .arg(r.address, attribute, model::describeValueType(v)));
    return std::nullopt;
}

QVariantMap TerraformMapping::firstBlock(const QVariantMap &values, const QString &attribute) const
{
    const QVariant v = values.value(attribute);
    if (v.typeId() == QMetaType::QVariantMap)
        return v.toMap();
    const QVariantList list = v.toList();
    return list.isEmpty() ? QVariantMap() : list.first().toMap();
}

QString TerraformMapping::firstText(const TerraformResource &r, const QString &attribute) const
{
    const QVariantList list = r.values.value(attribute).toList();
    return list.isEmpty() || list.first().typeId() != QMetaType::QString ? QString()
                                                                         : list.first().toString();
}

QString TerraformMapping::zoneHint(const TerraformResource &r) const
{
    for (const QString &attribute : {QStringLiteral("availability_zone")}) {
        if (const QString zone = text(r, attribute); !zone.isEmpty())
            return zone;
    }
    for (const QString &attribute :
         {QStringLiteral("availability_zones"), QStringLiteral("preferred_cache_cluster_azs"),
          QStringLiteral("preferred_availability_zones")}) {
        if (const QString zone = firstText(r, attribute); !zone.isEmpty())
            return zone;
    }
    return {};
}

QString TerraformMapping::regionOf(const TerraformResource &r)
{
    if (const auto it = mRegions.constFind(r.address); it != mRegions.cend())
        return *it;
    QString region = r.region;
    if (region.isEmpty()) {
        if (const QString zone = zoneHint(r); !zone.isEmpty())
            region = mContext.regionOfZone(zone);
    }
    if (region.isEmpty()) {
        // "arn:aws:rds:eu-west-1:123456789012:db:orders", as a state records it
        const QString arn = text(r, QStringLiteral("arn"));
        if (arn.startsWith(QLatin1String("arn:")))
            region = arn.section(QLatin1Char(':'), 3, 3);
    }
    if (region.isEmpty())
        region = r.defaultRegion;
    if (region.isEmpty()) {
        region = mContext.fallbackRegion();
        mContext.warn(QCoreApplication::translate(
                          "Aws", "%1: the file does not say its region; it is placed in %2.")
                          .arg(r.address, region));
    }
    mRegions.insert(r.address, region);
    return region;
}

model::ZoneId TerraformMapping::placeZone(const TerraformResource &r, const QString &region,
                                          const QString &attribute, const QString &zone)
{
    const model::ZoneId first = mContext.usualZones(region).value(0);
    if (!zone.isEmpty()) {
        if (mContext.catalog().regionConventions().zones.belongsTo(zone, region))
            return model::ZoneId(zone);
        mContext.warn(QCoreApplication::translate(
                          "Aws",
                          "%1: its availability zone %2 is not one of region %3; it is placed in "
                          "%4.")
                          .arg(r.address, zone, region, first.value()));
    } else if (r.isUnknown(attribute)) {
        mContext.warn(
            QCoreApplication::translate(
                "Aws", "%1: its availability zone is unknown until apply; it is placed in %2.")
                .arg(r.address, first.value()));
    } else {
        mContext.warn(QCoreApplication::translate(
                          "Aws", "%1: it names no availability zone; it is placed in %2.")
                          .arg(r.address, first.value()));
    }
    return first;
}

model::ZoneId TerraformMapping::otherZone(const QString &region, const model::ZoneId &avoid) const
{
    for (const model::ZoneId &zone : mContext.usualZones(region)) {
        if (zone != avoid)
            return zone;
    }
    return {};
}

model::Component TerraformMapping::component(const TerraformResource &r, const QString &kind,
                                             const QString &nameAttribute)
{
    model::Component c;
    c.id = mContext.componentId(r.address);
    c.kind = kind;
    c.name = text(r, nameAttribute);
    if (c.name.isEmpty())
        c.name = r.address;
    return c;
}

bool TerraformMapping::set(model::Component &c, const TerraformResource &r, const QString &property,
                           const QVariant &value, const QString &attribute)
{
    const model::KindSchema *schema = mContext.schemas().schema(c.kind);
    const model::PropertySchema *p = schema ? schema->property(property) : nullptr;
    if (!p)
        return false;
    model::Problems problems;
    model::checkProperty(*p, value, property, {}, problems);
    if (!problems.isEmpty()) {
        mContext.warn(QCoreApplication::translate(
                          "Aws", "%1: %2 = %3 cannot be used (%4); it is left at the default.")
                          .arg(r.address, attribute, value.toString(), problems.first().message));
        return false;
    }
    c.properties.insert(property, value);
    return true;
}

const TerraformResource *TerraformMapping::referenced(const TerraformResource &r,
                                                      const QString &attribute,
                                                      const QStringList &types,
                                                      const QStringList &matchAttributes) const
{
    // Looked up in indexes built once: a plan of thousands of instances must not compare
    // each with every cluster.
    const auto fits = [&](const TerraformResource *other) {
        return other && other != &r && types.contains(other->type);
    };
    if (const QString value = text(r, attribute); !value.isEmpty()) {
        // An identifier or ARN; an ARN's last part is the identifier.
        QStringList candidates{value};
        if (value.startsWith(QLatin1String("arn:")))
            candidates << value.section(QLatin1Char(':'), -1);
        for (const QString &candidate : std::as_const(candidates)) {
            for (const QString &type : types) {
                for (const QString &match : matchAttributes) {
                    const TerraformResource *other =
                        mByValue.value(valueKey(type, match, candidate));
                    if (fits(other))
                        return other;
                }
            }
        }
    }
    // "module.db.aws_rds_cluster.main.id": the resource is the longest prefix that names one.
    for (const QString &ref : r.references.value(attribute)) {
        if (ref.size() > 1024) // no address is this long; a hostile file's would take long
            continue;
        for (QString address = ref; !address.isEmpty();
             address =
                 address.left(std::max<qsizetype>(address.lastIndexOf(QLatin1Char('.')), 0))) {
            if (const TerraformResource *other = mByAddress.value(address); fits(other))
                return other;
            if (const TerraformResource *other = mByConfigAddress.value(address); fits(other))
                return other;
        }
    }
    return nullptr;
}

QString TerraformMapping::valueKey(const QString &type, const QString &attribute,
                                   const QString &value)
{
    return type + QLatin1Char('\n') + attribute + QLatin1Char('\n') + value;
}

void TerraformMapping::skip(const TerraformResource &r, const QString &reason)
{
    mContext.skip(r.address, reason);
}

void TerraformMapping::add(const TerraformResource &r, model::Component c)
{
    mMappedKind.insert(r.address, c.kind);
    mContext.addComponent(r.address, std::move(c));
}

} // namespace archstudio::aws
