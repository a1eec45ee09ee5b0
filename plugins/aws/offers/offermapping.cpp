#include "offermapping.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <utility>

namespace archstudio::aws::offer {

namespace {

const QString kRds = QStringLiteral("AmazonRDS");
const QString kElastiCache = QStringLiteral("AmazonElastiCache");
const QString kDynamoDb = QStringLiteral("AmazonDynamoDB");
const QString kDax = QStringLiteral("AmazonDAX");

// The regions of the catalog's round-trip matrix, by their Price List location names, for
// offer files whose products carry no regionCode.
const QHash<QString, QString> &locationRegions()
{
    static const QHash<QString, QString> map{
        {"Africa (Cape Town)", "af-south-1"},
        {"Asia Pacific (Hong Kong)", "ap-east-1"},
        {"Asia Pacific (Tokyo)", "ap-northeast-1"},
        {"Asia Pacific (Seoul)", "ap-northeast-2"},
        {"Asia Pacific (Osaka)", "ap-northeast-3"},
        {"Asia Pacific (Mumbai)", "ap-south-1"},
        {"Asia Pacific (Singapore)", "ap-southeast-1"},
        {"Asia Pacific (Sydney)", "ap-southeast-2"},
        {"Canada (Central)", "ca-central-1"},
        {"EU (Frankfurt)", "eu-central-1"},
        {"EU (Stockholm)", "eu-north-1"},
        {"EU (Milan)", "eu-south-1"},
        {"EU (Ireland)", "eu-west-1"},
        {"EU (London)", "eu-west-2"},
        {"EU (Paris)", "eu-west-3"},
        {"Middle East (Bahrain)", "me-south-1"},
        {"South America (Sao Paulo)", "sa-east-1"},
        {"US East (N. Virginia)", "us-east-1"},
        {"US East (Ohio)", "us-east-2"},
        {"US West (N. California)", "us-west-1"},
        {"US West (Oregon)", "us-west-2"},
    };
    return map;
}

// Usage types carry a region prefix outside us-east-1 ("USE2-", "EU-", "APN1-"): drop it.
// "IA-" (DynamoDB Standard-IA) looks like one and is kept.
QString baseUsageType(const OfferProduct &product)
{
    const QString usage = product.text("usagetype");
    const qsizetype dash = usage.indexOf(QLatin1Char('-'));
    if (dash < 2 || dash > 5)
        return usage;
    const QString prefix = usage.left(dash);
    if (prefix == QLatin1String("IA"))
        return usage;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        const QChar c = prefix.at(i);
        const bool upper = c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        const bool digit = c.isDigit() && i == prefix.size() - 1;
        if (!upper && !digit)
            return usage;
    }
    return usage.mid(dash + 1);
}

QString priceKey(const QString &region, const QString &rest)
{
    return QStringLiteral("price.") + region + QLatin1Char('.') + rest;
}

ProductMatch priced(const QString &key, const QString &unit, UnitKind kind)
{
    ProductMatch match;
    match.price = PriceTarget{key, unit, kind};
    return match;
}

ProductMatch skipped(const QString &reason)
{
    ProductMatch match;
    match.skipReason = reason;
    return match;
}

void addVcpus(ProductMatch &match, const OfferProduct &product, const QString &type)
{
    bool ok = false;
    const double vcpus = product.text("vcpu").toDouble(&ok);
    if (ok && vcpus > 0 && !type.isEmpty()) {
        match.vcpuKey = QStringLiteral("vcpu.") + type;
        match.vcpus = vcpus;
    }
}

QString azToken(const QString &deploymentOption)
{
    if (deploymentOption == QLatin1String("Single-AZ"))
        return QStringLiteral("single-az");
    if (deploymentOption == QLatin1String("Multi-AZ"))
        return QStringLiteral("multi-az");
    return {};
}

// Storage, IOPS and backup prices do not depend on the open-source engine; other engines'
// rows (Oracle, SQL Server, Db2, RDS Custom) are left out so they cannot contradict them.
bool openSourceOrAny(const QString &engine)
{
    static const std::array<QLatin1String, 6> engines{
        QLatin1String("PostgreSQL"), QLatin1String("MySQL"), QLatin1String("MariaDB"),
        QLatin1String("Any"),        QLatin1String("All"),   QLatin1String("")};
    return std::find(engines.begin(), engines.end(), engine) != engines.end();
}

QString rdsVolume(const QString &volumeType)
{
    static const QHash<QString, QString> map{
        {"General Purpose", "gp2"},        {"General Purpose (SSD)", "gp2"},
        {"General Purpose-GP3", "gp3"},    {"Provisioned IOPS", "io1"},
        {"Provisioned IOPS (SSD)", "io1"}, {"Provisioned IOPS-IO2", "io2"},
        {"Magnetic", "magnetic"},
    };
    return map.value(volumeType);
}

ProductMatch mapRdsInstance(const OfferProduct &p, const QString &region)
{
    static const QHash<QString, QString> rdsEngines{
        {"PostgreSQL", "postgres"}, {"MySQL", "mysql"}, {"MariaDB", "mariadb"}};
    static const QHash<QString, QString> auroraEngines{{"Aurora PostgreSQL", "aurora-postgresql"},
                                                       {"Aurora MySQL", "aurora-mysql"}};
    const QString engine = p.text("databaseEngine");
    const QString type = p.text("instanceType");
    const bool aurora = auroraEngines.contains(engine);
    if ((!aurora && !rdsEngines.contains(engine)) || !type.startsWith(QLatin1String("db.")))
        return {};
    if (p.text("deploymentModel") == QLatin1String("Custom"))
        return {};
    const QString license = p.text("licenseModel");
    if (!license.isEmpty() &&
        license.compare(QLatin1String("No license required"), Qt::CaseInsensitive) != 0)
        return skipped(
            QCoreApplication::translate("Aws", "licensed instance rows (%1) are not imported")
                .arg(license));
    const QString deployment = p.text("deploymentOption");
    const QString usage = baseUsageType(p);
    if (aurora && (p.text("storage") == QLatin1String("Aurora IO Optimization Mode") ||
                   usage.contains(QLatin1String("IOOptimized"))))
        return skipped(QCoreApplication::translate(
            "Aws", "Aurora I/O-Optimized instance rates are not imported "
                   "(the catalog keeps aurora.io-optimized-instance-factor)"));
    // Plain instance-hours are "InstanceUsage:<class>" or "Multi-AZUsage:<class>"; other rows
    // for the same class (extended support, add-ons) would contradict them.
    if (!usage.isEmpty() && !usage.endsWith(QLatin1String("Usage:") + type))
        return {};
    if (aurora) {
        if (deployment.startsWith(QLatin1String("Multi-AZ (")))
            return skipped(
                QCoreApplication::translate("Aws", "%1 has no catalog key").arg(deployment));
        ProductMatch match = priced(
            priceKey(region,
                     QStringLiteral("aurora.instance.%1.%2").arg(auroraEngines[engine], type)),
            QStringLiteral("USD/hour"), UnitKind::Hourly);
        addVcpus(match, p, type);
        return match;
    }
    const QString az = azToken(deployment);
    if (az.isEmpty())
        return skipped(
            QCoreApplication::translate("Aws", "deployment option \"%1\" has no catalog key")
                .arg(deployment));
    ProductMatch match = priced(
        priceKey(region, QStringLiteral("rds.instance.%1.%2.%3").arg(rdsEngines[engine], az, type)),
        QStringLiteral("USD/hour"), UnitKind::Hourly);
    addVcpus(match, p, type);
    return match;
}

ProductMatch mapRds(const OfferProduct &p, const QString &region)
{
    const QString family = QString::fromStdString(p.family);
    const QString usage = baseUsageType(p);
    if (family == QLatin1String("Database Instance"))
        return mapRdsInstance(p, region);
    if (family == QLatin1String("Database Storage")) {
        const QString volume = p.text("volumeType");
        if (volume == QLatin1String("General Purpose-Aurora") ||
            usage == QLatin1String("Aurora:StorageUsage"))
            return priced(priceKey(region, QStringLiteral("aurora.storage.standard")),
                          QStringLiteral("USD/GB-month"), UnitKind::GbMonth);
        if (volume == QLatin1String("IO Optimized-Aurora") ||
            usage == QLatin1String("Aurora:IO-OptimizedStorageUsage"))
            return priced(priceKey(region, QStringLiteral("aurora.storage.io-optimized")),
                          QStringLiteral("USD/GB-month"), UnitKind::GbMonth);
        const QString token = rdsVolume(volume);
        const QString az = azToken(p.text("deploymentOption"));
        if (token.isEmpty() || !openSourceOrAny(p.text("databaseEngine")) ||
            p.text("deploymentModel") == QLatin1String("Custom"))
            return {};
        if (az.isEmpty())
            return skipped(
                QCoreApplication::translate("Aws", "storage for \"%1\" has no catalog key")
                    .arg(p.text("deploymentOption")));
        return priced(priceKey(region, QStringLiteral("rds.storage.%1.%2").arg(token, az)),
                      QStringLiteral("USD/GB-month"), UnitKind::GbMonth);
    }
    if (family == QLatin1String("Provisioned IOPS")) {
        QString token = rdsVolume(p.text("volumeType"));
        if (token.isEmpty() || token == QLatin1String("gp2") || token == QLatin1String("magnetic"))
            token = usage.contains(QLatin1String("GP3"))   ? QStringLiteral("gp3")
                    : usage.contains(QLatin1String("IO2")) ? QStringLiteral("io2")
                                                           : QStringLiteral("io1");
        const QString az = azToken(p.text("deploymentOption"));
        if (!openSourceOrAny(p.text("databaseEngine")) || az.isEmpty() ||
            p.text("deploymentModel") == QLatin1String("Custom"))
            return {};
        return priced(priceKey(region, QStringLiteral("rds.iops.%1.%2").arg(token, az)),
                      QStringLiteral("USD/IOPS-month"), UnitKind::IopsMonth);
    }
    if (family == QLatin1String("System Operation")) {
        if (usage == QLatin1String("Aurora:StorageIOUsage"))
            return priced(priceKey(region, QStringLiteral("aurora.io")),
                          QStringLiteral("USD/million requests"), UnitKind::PerMillion);
        if (usage == QLatin1String("RDS:StorageIOUsage"))
            return priced(priceKey(region, QStringLiteral("rds.magnetic-io")),
                          QStringLiteral("USD/million requests"), UnitKind::PerMillion);
        return {};
    }
    if (family == QLatin1String("Storage Snapshot")) {
        if (usage == QLatin1String("RDS:ChargedBackupUsage"))
            return priced(priceKey(region, QStringLiteral("rds.backup")),
                          QStringLiteral("USD/GB-month"), UnitKind::GbMonth);
        if (usage == QLatin1String("Aurora:BackupUsage"))
            return priced(priceKey(region, QStringLiteral("aurora.backup")),
                          QStringLiteral("USD/GB-month"), UnitKind::GbMonth);
        return {};
    }
    if (family == QLatin1String("ServerlessV2")) {
        if (usage == QLatin1String("Aurora:ServerlessV2Usage"))
            return priced(priceKey(region, QStringLiteral("aurora.serverless-v2.standard")),
                          QStringLiteral("USD/ACU-hour"), UnitKind::Hourly);
        if (usage == QLatin1String("Aurora:ServerlessV2IOOptimizedUsage"))
            return priced(priceKey(region, QStringLiteral("aurora.serverless-v2.io-optimized")),
                          QStringLiteral("USD/ACU-hour"), UnitKind::Hourly);
    }
    return {};
}

QString cacheEngine(const QString &name)
{
    const QString lower = name.toLower();
    for (const char *engine : {"valkey", "redis", "memcached"}) {
        if (lower.contains(QLatin1String(engine)))
            return QLatin1String(engine);
    }
    return {};
}

ProductMatch mapElastiCache(const OfferProduct &p, const QString &region)
{
    const QString family = QString::fromStdString(p.family);
    const QString usage = baseUsageType(p);
    if (family == QLatin1String("Cache Instance")) {
        const QString type = p.text("instanceType");
        const QString engine = cacheEngine(p.text("cacheEngine"));
        // Extended-support, Outposts and other add-on rows have other usage types.
        if (engine.isEmpty() || !type.startsWith(QLatin1String("cache.")) ||
            usage != QLatin1String("NodeUsage:") + type)
            return {};
        ProductMatch match =
            priced(priceKey(region, QStringLiteral("elasticache.node.%1.%2").arg(engine, type)),
                   QStringLiteral("USD/hour"), UnitKind::Hourly);
        addVcpus(match, p, type);
        return match;
    }
    if (family == QLatin1String("ElastiCache Serverless")) {
        QString engine = cacheEngine(p.text("cacheEngine"));
        if (engine.isEmpty())
            engine = cacheEngine(usage);
        if (engine.isEmpty())
            return {};
        if (usage.endsWith(QLatin1String("CachedData")))
            return priced(
                priceKey(region, QStringLiteral("elasticache.serverless.%1.data").arg(engine)),
                QStringLiteral("USD/GB-hour"), UnitKind::GbHour);
        if (usage.endsWith(QLatin1String("ElastiCacheProcessingUnits")))
            return priced(
                priceKey(region, QStringLiteral("elasticache.serverless.%1.ecpu").arg(engine)),
                QStringLiteral("USD/million ECPU"), UnitKind::PerMillion);
        return {};
    }
    if (family == QLatin1String("Storage Snapshot") && usage == QLatin1String("BackupUsage"))
        return priced(priceKey(region, QStringLiteral("elasticache.backup")),
                      QStringLiteral("USD/GB-month"), UnitKind::GbMonth);
    return {};
}

ProductMatch mapDax(const OfferProduct &p, const QString &region)
{
    const QString type = p.text("instanceType");
    const QString usage = baseUsageType(p);
    const qsizetype colon = usage.indexOf(QLatin1Char(':'));
    const QString node = type.startsWith(QLatin1String("dax.")) ? type : usage.mid(colon + 1);
    if (!usage.startsWith(QLatin1String("NodeUsage:dax.")) ||
        !node.startsWith(QLatin1String("dax.")))
        return {};
    ProductMatch match = priced(priceKey(region, QStringLiteral("dax.node.") + node),
                                QStringLiteral("USD/hour"), UnitKind::Hourly);
    addVcpus(match, p, node);
    return match;
}

ProductMatch mapDynamoDb(const OfferProduct &p, const QString &region)
{
    if (QString::fromStdString(p.family).contains(QLatin1String("DAX")))
        return mapDax(p, region);
    QString usage = baseUsageType(p);
    if (usage.isEmpty()) {
        // Without a usage type the group and family still tell the rate apart.
        static const QHash<QString, QString> groups{
            {"Amazon DynamoDB PayPerRequest Throughput|DDB-ReadUnits", "ReadRequestUnits"},
            {"Amazon DynamoDB PayPerRequest Throughput|DDB-WriteUnits", "WriteRequestUnits"},
            {"Provisioned IOPS|DDB-ReadUnits", "ReadCapacityUnit-Hrs"},
            {"Provisioned IOPS|DDB-WriteUnits", "WriteCapacityUnit-Hrs"},
            {"Database Storage|DDB-StorageUsage", "TimedStorage-ByteHrs"},
        };
        usage = groups.value(QString::fromStdString(p.family) + QLatin1Char('|') + p.text("group"));
    }
    if (usage.startsWith(QLatin1String("IA-")))
        return skipped(QCoreApplication::translate(
            "Aws", "Standard-IA table class rates have no catalog key"));
    static const QHash<QString, std::pair<QString, QString>> rates{
        {"ReadRequestUnits", {"dynamodb.on-demand.read", "USD/million request units"}},
        {"WriteRequestUnits", {"dynamodb.on-demand.write", "USD/million request units"}},
        {"ReplWriteRequestUnits", {"dynamodb.replicated-write", "USD/million rWRU"}},
        {"ReadCapacityUnit-Hrs", {"dynamodb.provisioned.rcu", "USD/unit-hour"}},
        {"WriteCapacityUnit-Hrs", {"dynamodb.provisioned.wcu", "USD/unit-hour"}},
        {"ReplWriteCapacityUnit-Hrs", {"dynamodb.provisioned.rwcu", "USD/unit-hour"}},
        {"TimedStorage-ByteHrs", {"dynamodb.storage", "USD/GB-month"}},
        {"TimedPITRStorage-ByteHrs", {"dynamodb.pitr", "USD/GB-month"}},
    };
    const auto it = rates.constFind(usage);
    if (it == rates.cend())
        return {};
    const QString &unit = it->second;
    const UnitKind kind = unit == QLatin1String("USD/GB-month")    ? UnitKind::GbMonth
                          : unit == QLatin1String("USD/unit-hour") ? UnitKind::Hourly
                                                                   : UnitKind::PerMillion;
    return priced(priceKey(region, it->first), unit, kind);
}

} // namespace

QString regionOf(const OfferProduct &product)
{
    const QString locationType = product.text("locationType");
    if (!locationType.isEmpty() && locationType != QLatin1String("AWS Region"))
        return {};
    const QString code = product.text("regionCode");
    if (!code.isEmpty())
        return code;
    return locationRegions().value(product.text("location"));
}

bool isSupportedOfferCode(const QString &offerCode)
{
    return offerCode == kRds || offerCode == kElastiCache || offerCode == kDynamoDb ||
           offerCode == kDax;
}

QString supportedOfferCodes()
{
    return QStringList{kRds, kElastiCache, kDynamoDb, kDax}.join(QStringLiteral(", "));
}

ProductMatch mapProduct(const OfferProduct &product, const QString &offerCode)
{
    QString service = product.text("servicecode");
    if (service.isEmpty())
        service = offerCode;
    if (!isSupportedOfferCode(service))
        return {};
    const QString region = regionOf(product);
    const ProductMatch match = service == kRds           ? mapRds(product, region)
                               : service == kElastiCache ? mapElastiCache(product, region)
                               : service == kDax         ? mapDax(product, region)
                                                         : mapDynamoDb(product, region);
    if (match.price && region.isEmpty()) {
        // Summed per location type, so a file full of Local Zones gives one line.
        const QString locationType = product.text("locationType");
        if (!locationType.isEmpty() && locationType != QLatin1String("AWS Region"))
            return skipped(
                QCoreApplication::translate("Aws", "located in an \"%1\", not an AWS Region")
                    .arg(locationType));
        return skipped(QCoreApplication::translate(
                           "Aws", "no regionCode and location \"%1\" is not one the catalog knows")
                           .arg(product.text("location")));
    }
    return match;
}

} // namespace archstudio::aws::offer
