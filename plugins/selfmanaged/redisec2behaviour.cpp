#include "redisec2behaviour.h"

#include "ec2deployment.h"
#include "selfmanagedkinds.h"

namespace archstudio::selfmanaged {

using engine::ComponentModel;
using engine::KindContext;
using engine::LineItem;
using engine::PriceBook;

QString RedisEc2Behaviour::kind() const
{
    return kRedisKind;
}

std::unique_ptr<const engine::KindData> RedisEc2Behaviour::compile(const KindContext &c) const
{
    return compileEc2(c.component);
}

ComponentModel RedisEc2Behaviour::describe(const KindContext &c) const
{
    const PriceBook &p = c.prices;
    const Ec2Data &d = engine::dataOf<Ec2Data>(c);
    ComponentModel m;
    m.role = engine::Role::Cache;
    m.hitRatio = d.hitRatio;
    // Redis runs commands on one thread whatever the vCPUs: one server, at the rate of the
    // same engine on an ElastiCache node.
    m.servers = 1;
    m.readCostSeconds =
        secondsPerOperation(p, QStringLiteral("perf.selfmanaged.redis.ops-per-second"));
    m.writeCostSeconds = m.readCostSeconds;
    m.readServiceMs = p.value(QStringLiteral("perf.selfmanaged.redis.read.service-ms"));
    m.writeServiceMs = p.value(QStringLiteral("perf.selfmanaged.redis.write.service-ms"));

    const bool promote = d.canPromote();
    const double takeover = promote ? takeoverSeconds(p, d, QStringLiteral("redis")) : 0.0;
    // Without a replica to promote, a new node is started; it comes back empty either way
    // (the engine warms it up), so the volume's own failures do not matter to the cache.
    const double rebuild = p.value(QStringLiteral("recovery.selfmanaged.instance-rebuild.seconds"));
    m.failures = {
        {p.value(QStringLiteral("failure.instance.per-year")), promote ? takeover : rebuild}};
    describeZones(c, d, takeover, rebuild, m);
    m.sla = slaOf(c, d);
    m.rtoSeconds = promote ? takeover : rebuild;
    m.rpoSeconds = 0.0; // a cache is not the data's home: a lost node means misses, not loss
    return m;
}

QList<LineItem> RedisEc2Behaviour::price(const KindContext &c,
                                         const engine::ComponentLoad &load) const
{
    const Ec2Data &d = engine::dataOf<Ec2Data>(c);
    QList<LineItem> lines = instanceAndVolumeLines(c, d);
    // The replication stream carries every write, and every value stored after a miss.
    double bytes = 0.0;
    for (const engine::TrafficFlow &f : load.flows)
        bytes += (f.writesPerSecond + f.readsPerSecond * (1.0 - d.hitRatio)) * f.itemKiB * 1024.0;
    if (const std::optional<LineItem> line = replicationLine(c, d, bytes))
        lines.append(*line);
    return lines;
}

QList<engine::Finding> RedisEc2Behaviour::review(const KindContext &c,
                                                 const engine::ComponentLoad &, double,
                                                 const QList<LineItem> &) const
{
    return commonFindings(c, engine::dataOf<Ec2Data>(c));
}

QList<engine::CatalogKeyedValue>
RedisEc2Behaviour::catalogKeyedValues(const model::Component &component,
                                      const engine::ComponentLookup &) const
{
    return {instanceTypeKey(component)};
}

std::optional<engine::Patch> RedisEc2Behaviour::makeRedundant(const KindContext &c) const
{
    return redundancyPatch(c, engine::dataOf<Ec2Data>(c));
}

} // namespace archstudio::selfmanaged
