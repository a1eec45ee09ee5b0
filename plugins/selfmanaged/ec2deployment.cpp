#include "ec2deployment.h"

#include "selfmanagedkinds.h"

#include <QCoreApplication>

#include <algorithm>

namespace archstudio::selfmanaged {

using engine::KindContext;
using engine::LineItem;
using engine::PriceBook;

namespace {

// The engine counts transferred gigabytes as GiB (core/engine/routing.cpp): so does this.
constexpr double kBytesPerGiB = 1024.0 * 1024.0 * 1024.0;

// EC2 sizes from smallest to largest, for upsize(); a size not listed ("metal") has no next.
const QStringList kSizes{"nano",     "micro",    "small",    "medium",  "large",
                         "xlarge",   "2xlarge",  "4xlarge",  "8xlarge", "12xlarge",
                         "16xlarge", "24xlarge", "32xlarge", "48xlarge"};

/// "3 volumes", "1 instance": the count a line covers, for its description. The singular
/// is its own text: without a translator, a plural "%n" text stays as written.
QString instanceCount(int n)
{
    return n == 1 ? QCoreApplication::translate("SelfManaged", "1 instance")
                  : QCoreApplication::translate("SelfManaged", "%n instances", nullptr, n);
}

QString volumeCount(int n)
{
    return n == 1 ? QCoreApplication::translate("SelfManaged", "1 volume")
                  : QCoreApplication::translate("SelfManaged", "%n volumes", nullptr, n);
}

QString replicaCount(int n)
{
    return n == 1 ? QCoreApplication::translate("SelfManaged", "1 replica")
                  : QCoreApplication::translate("SelfManaged", "%n replicas", nullptr, n);
}

/// The burstable families are t followed by a generation: t2, t3, t3a, t4g (not trn1).
bool isBurstable(const QString &instanceType)
{
    return instanceType.size() > 2 && instanceType.at(0) == QLatin1Char('t') &&
           instanceType.at(1).isDigit();
}

} // namespace

namespace {

/// What compileEc2() reads of a component of one of the two kinds: the properties they share,
/// and those only one has.
engine::PropertyFields<Ec2Data> fieldsOf(const QString &kind)
{
    const QList<model::KindSchema> schemas = selfManagedKindSchemas();
    const auto schema = std::find_if(schemas.cbegin(), schemas.cend(),
                                     [&](const model::KindSchema &s) { return s.kind == kind; });
    using Field = engine::PropertyFields<Ec2Data>::Field;
    QList<Field> fields{{u"instanceType", &Ec2Data::instanceType},
                        {u"ebsType", &Ec2Data::ebsType},
                        {u"storageGiB", &Ec2Data::storageGiB},
                        {u"iops", &Ec2Data::iops},
                        {u"replicas", &Ec2Data::replicas},
                        {u"failoverTooling", &Ec2Data::failoverTooling},
                        {u"detectionSeconds", &Ec2Data::detectionSeconds},
                        {u"promotionSeconds", &Ec2Data::promotionSeconds}};
    if (kind == kPostgresKind)
        fields.append({u"replication", &Ec2Data::replication});
    else
        fields.append({u"hitRatio", &Ec2Data::hitRatio});
    return engine::PropertyFields<Ec2Data>(*schema, fields);
}

} // namespace

std::unique_ptr<const engine::KindData> compileEc2(const model::Component &component)
{
    static const engine::PropertyFields<Ec2Data> postgres = fieldsOf(kPostgresKind);
    static const engine::PropertyFields<Ec2Data> redis = fieldsOf(kRedisKind);
    auto d = std::make_unique<Ec2Data>();
    (component.kind == kPostgresKind ? postgres : redis).read(component, *d);
    if (!d->hasVolume())
        d->storageGiB = 0.0;
    d->synchronous = d->replication == QLatin1String("sync");
    d->tooling = d->failoverTooling == QLatin1String("automatic") ? Tooling::Automatic
                 : d->failoverTooling == QLatin1String("manual")  ? Tooling::Manual
                                                                  : Tooling::None;
    return d;
}

QList<int> replicaZones(const KindContext &c, int replicas)
{
    QList<int> others;
    for (int zone : c.regionZones(c.component.placement.region)) {
        if (zone >= 0 && zone != c.componentZone)
            others.append(zone);
    }
    QList<int> zones;
    for (int k = 0; k < replicas; ++k)
        zones.append(others.isEmpty() ? c.componentZone : others.at(k % others.size()));
    return zones;
}

int replicasElsewhere(const KindContext &c, const Ec2Data &d)
{
    const QList<int> zones = replicaZones(c, d.replicas);
    return int(std::count_if(zones.cbegin(), zones.cend(),
                             [&](int zone) { return zone != c.componentZone; }));
}

double takeoverSeconds(const PriceBook &p, const Ec2Data &d, const QString &engineToken)
{
    const QString tool = QStringLiteral("failover.selfmanaged.") + engineToken;
    const double promotion = d.promotionSeconds
                                 ? *d.promotionSeconds
                                 : p.value(tool + QStringLiteral(".promotion.seconds"));
    if (d.tooling == Tooling::Manual)
        return p.value(QStringLiteral("failover.selfmanaged.operator-response.seconds")) +
               promotion;
    const double detection = d.detectionSeconds
                                 ? *d.detectionSeconds
                                 : p.value(tool + QStringLiteral(".detection.seconds"));
    return detection + promotion;
}

void describeZones(const KindContext &c, const Ec2Data &d, double takeover, double relocateSeconds,
                   engine::ComponentModel &m)
{
    m.zoneDependence.zones = {c.componentZone};
    if (d.canPromote()) {
        // Listed once each: the engine asks whether any listed zone other than the first is up.
        for (int zone : replicaZones(c, d.replicas)) {
            if (zone != c.componentZone && !m.zoneDependence.zones.contains(zone))
                m.zoneDependence.zones.append(zone);
        }
        m.zoneDependence.failoverSeconds = takeover;
    }
    m.zoneDependence.relocateSeconds = relocateSeconds;
}

double slaOf(const KindContext &c, const Ec2Data &d)
{
    const bool spread = d.tooling == Tooling::Automatic && replicasElsewhere(c, d) > 0;
    return c.prices.value(spread ? QStringLiteral("sla.ec2.region")
                                 : QStringLiteral("sla.ec2.instance"));
}

int vcpusOf(const PriceBook &p, const QString &instanceType)
{
    // A type the catalog lacks is noted; one vCPU keeps the queue defined.
    return std::max(1, int(p.value(QStringLiteral("vcpu.") + instanceType, 1.0)));
}

double secondsPerOperation(const PriceBook &p, const QString &perSecondKey)
{
    const double perSecond = p.value(perSecondKey);
    return perSecond > 0.0 ? 1.0 / perSecond : 0.0;
}

QList<LineItem> instanceAndVolumeLines(const KindContext &c, const Ec2Data &d)
{
    const PriceBook &p = c.prices;
    const model::RegionId &region = c.component.placement.region;
    const int n = d.instances();
    QList<LineItem> lines;
    lines.append(
        PriceBook::line(QCoreApplication::translate("SelfManaged", "%1 instance-hours (%2)",
                                                    "%2: a number of instances")
                            .arg(d.instanceType, instanceCount(n)),
                        n * p.hoursPerMonth(), QStringLiteral("hour"),
                        p.price(region, QStringLiteral("ec2.instance.") + d.instanceType)));
    if (!d.hasVolume())
        return lines;
    const QString volumes = volumeCount(n);
    lines.append(
        PriceBook::line(QCoreApplication::translate("SelfManaged", "%1 volume storage (%2)",
                                                    "%2: a number of volumes")
                            .arg(d.ebsType, volumes),
                        n * d.storageGiB, QStringLiteral("GB-month"),
                        p.price(region, QStringLiteral("ebs.%1.storage").arg(d.ebsType))));
    const double baseline = p.value(QStringLiteral("ebs.gp3.baseline-iops"));
    const double iops = d.iops.value_or(baseline);
    if (d.ebsType == QLatin1String("gp3")) {
        lines.append(PriceBook::line(
            QCoreApplication::translate("SelfManaged", "gp3 IOPS above the %1 included (%2)")
                .arg(baseline)
                .arg(volumes),
            n * std::max(0.0, iops - baseline), QStringLiteral("IOPS-month"),
            p.price(region, QStringLiteral("ebs.gp3.iops"))));
        return lines;
    }
    if (d.ebsType != QLatin1String("io2"))
        return lines; // a type the schema does not offer: its storage line is unpriced
    // io2 bills every provisioned IOPS, cheaper per IOPS in the higher tiers.
    const double tier1 = p.value(QStringLiteral("ebs.io2.iops-tier1-max"));
    const double tier2 = p.value(QStringLiteral("ebs.io2.iops-tier2-max"));
    lines.append(PriceBook::line(
        QCoreApplication::translate("SelfManaged", "io2 provisioned IOPS up to %1 (%2)")
            .arg(tier1)
            .arg(volumes),
        n * std::min(iops, tier1), QStringLiteral("IOPS-month"),
        p.price(region, QStringLiteral("ebs.io2.iops"))));
    if (iops > tier1)
        lines.append(PriceBook::line(
            QCoreApplication::translate("SelfManaged", "io2 provisioned IOPS %1 to %2 (%3)")
                .arg(tier1)
                .arg(tier2)
                .arg(volumes),
            n * (std::min(iops, tier2) - tier1), QStringLiteral("IOPS-month"),
            p.price(region, QStringLiteral("ebs.io2.iops-tier2"))));
    if (iops > tier2)
        lines.append(PriceBook::line(
            QCoreApplication::translate("SelfManaged", "io2 provisioned IOPS above %1 (%2)")
                .arg(tier2)
                .arg(volumes),
            n * (iops - tier2), QStringLiteral("IOPS-month"),
            p.price(region, QStringLiteral("ebs.io2.iops-tier3"))));
    return lines;
}

std::optional<LineItem> replicationLine(const KindContext &c, const Ec2Data &d,
                                        double bytesPerSecond)
{
    const int elsewhere = replicasElsewhere(c, d);
    if (elsewhere == 0)
        return std::nullopt;
    const PriceBook &p = c.prices;
    // Each replica in another zone receives the stream; AWS charges both sides of the boundary.
    const double gib = bytesPerSecond * p.secondsPerMonth() / kBytesPerGiB;
    return PriceBook::line(
        QCoreApplication::translate("SelfManaged", "Cross-AZ replication to %1 (in and out)",
                                    "%1: a number of replicas")
            .arg(replicaCount(elsewhere)),
        2.0 * gib * elsewhere, QStringLiteral("GB"),
        p.price(c.component.placement.region, QStringLiteral("transfer.inter-az")));
}

engine::CatalogKeyedValue instanceTypeKey(const model::Component &component)
{
    // price.<region>.ec2.instance.<type>: no engine token, nothing skipped.
    engine::CatalogKeyedValue keyed;
    keyed.property = QStringLiteral("instanceType");
    keyed.label = QCoreApplication::translate("SelfManaged", "instance type");
    keyed.service = QStringLiteral("ec2.instance");
    keyed.value = propertyOf(component, QStringLiteral("instanceType")).toString();
    return keyed;
}

QList<engine::Finding> commonFindings(const KindContext &c, const Ec2Data &d)
{
    QList<engine::Finding> findings;
    const QString name = c.component.displayName();
    if (d.replicas > 0 && d.tooling == Tooling::None) {
        findings.append(
            {QStringLiteral("replicas-without-failover"),
             QCoreApplication::translate(
                 "SelfManaged",
                 "%1 has replicas but nothing promotes one: losing the primary means "
                 "rebuilding it")
                 .arg(name),
             QCoreApplication::translate(
                 "SelfManaged", "Run failover tooling that promotes a replica automatically"),
             engine::Patch{c.component.id,
                           {{QStringLiteral("failoverTooling"), QStringLiteral("automatic")}},
                           std::nullopt}});
    }
    if (isBurstable(d.instanceType)) {
        // Graviton burstables (t4g) move to Graviton general purpose, the others to m6i.
        const QString family =
            d.instanceType.section(QLatin1Char('.'), 0, 0).endsWith(QLatin1Char('g'))
                ? QStringLiteral("m6g")
                : QStringLiteral("m6i");
        const QString size = d.instanceType.section(QLatin1Char('.'), 1);
        const QString replacement = family + QLatin1Char('.') +
                                    (kSizes.indexOf(size) > kSizes.indexOf(QStringLiteral("large"))
                                         ? size
                                         : QStringLiteral("large"));
        findings.append(
            {QStringLiteral("burstable-instance"),
             QCoreApplication::translate(
                 "SelfManaged", "%1 runs on burstable %2: its CPU credits can run out under "
                                "sustained load")
                 .arg(name, d.instanceType),
             QCoreApplication::translate("SelfManaged", "Use %1").arg(replacement),
             engine::Patch{
                 c.component.id, {{QStringLiteral("instanceType"), replacement}}, std::nullopt}});
    }
    return findings;
}

std::optional<engine::Patch> upsizePatch(const KindContext &c, const Ec2Data &d)
{
    const QString size = d.instanceType.section(QLatin1Char('.'), 1);
    const qsizetype index = kSizes.indexOf(size);
    if (index < 0 || index + 1 >= kSizes.size())
        return std::nullopt;
    const QString next =
        d.instanceType.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.') + kSizes.at(index + 1);
    return engine::Patch{c.component.id, {{QStringLiteral("instanceType"), next}}, std::nullopt};
}

std::optional<engine::Patch> redundancyPatch(const KindContext &c, const Ec2Data &d)
{
    // A replica elsewhere and a tool to promote it: only where the region has another zone.
    if (replicaZones(c, 1).value(0, c.componentZone) == c.componentZone)
        return std::nullopt;
    if (d.tooling == Tooling::Automatic && replicasElsewhere(c, d) > 0)
        return std::nullopt;
    return engine::Patch{c.component.id,
                         {{QStringLiteral("replicas"), qint64(std::max(1, d.replicas))},
                          {QStringLiteral("failoverTooling"), QStringLiteral("automatic")}},
                         std::nullopt};
}

} // namespace archstudio::selfmanaged
