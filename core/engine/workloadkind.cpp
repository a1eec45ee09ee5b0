#include "workloadkind.h"

#include "core/model/propertybuilders.h"

namespace archstudio::engine {

using namespace model::schema;

model::KindSchema workloadSchema()
{
    model::KindSchema s;
    s.kind = kWorkloadKind;
    s.displayName = QStringLiteral("Workload");
    s.category = QStringLiteral("Clients");
    s.help = QStringLiteral(
        "An application tier that reads and writes data; the point of view of every figure");
    s.placement = model::PlacementKind::Zones;
    s.properties = {
        number("readsPerSecond", "1/s", 0, 0, {}, "average reads per second"),
        number("writesPerSecond", "1/s", 0, 0, {}, "average writes per second"),
        number("itemSizeKiB", "KiB", 1, 0, 400 * 1024.0, "size of one item read or written"),
        number("peakFactor", "", 1, 1, 1000, "peak load as a multiple of the average"),
        choice("readConsistency", {"eventual", "strong"}, "eventual",
               "consistency of reads (DynamoDB halves the cost of eventual reads)"),
        boolean("cacheFallback", true, "on a cache outage, reads go to the database")};
    s.icon = QStringLiteral(":/icons/workload.svg");
    // draw.io's generic server tile stands for "the application" in exported diagrams.
    s.drawioStyle = QStringLiteral("shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.ec2;"
                                   "fillColor=#ED7100;strokeColor=#ffffff;");
    s.colour = QStringLiteral("#1E9A76");
    s.startsLinks = true;
    return s;
}

namespace {

/// A workload offers load; it is neither priced nor counted.
class WorkloadBehaviour : public KindBehaviour
{
public:
    QString kind() const override { return kWorkloadKind; }
    ComponentModel describe(const KindContext &c) const override
    {
        // The defaults are the schema's: one place says what an unset property means.
        static const model::KindSchema schema = workloadSchema();
        const auto value = [&](const QString &name) {
            return schema.valueOf(name, c.component.properties);
        };
        ComponentModel m;
        m.role = Role::Client;
        m.clientReadsPerSecond = value(QStringLiteral("readsPerSecond")).toDouble();
        m.clientWritesPerSecond = value(QStringLiteral("writesPerSecond")).toDouble();
        m.clientItemKiB = value(QStringLiteral("itemSizeKiB")).toDouble();
        m.clientPeakFactor = value(QStringLiteral("peakFactor")).toDouble();
        m.clientStrongReads =
            value(QStringLiteral("readConsistency")).toString() == QLatin1String("strong");
        m.clientCacheFallback = value(QStringLiteral("cacheFallback")).toBool();
        return m;
    }
    QList<LineItem> price(const KindContext &, const ComponentLoad &) const override { return {}; }
};

} // namespace

std::shared_ptr<const KindBehaviour> workloadBehaviour()
{
    return std::make_shared<WorkloadBehaviour>();
}

} // namespace archstudio::engine
