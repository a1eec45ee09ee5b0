#include "workloadkind.h"

#include "core/model/propertybuilders.h"

#include <QCoreApplication>

namespace archstudio::engine {

using namespace model::schema;

model::KindSchema workloadSchema()
{
    model::KindSchema s;
    s.kind = kWorkloadKind;
    // The texts are marked here and translated when the KindRegistry adds the schema.
    s.displayName = QStringLiteral(QT_TRANSLATE_NOOP("Kinds", "Workload"));
    s.category = QStringLiteral(QT_TRANSLATE_NOOP("Kinds", "Clients"));
    s.help = QStringLiteral(QT_TRANSLATE_NOOP(
        "Kinds",
        "An application tier that reads and writes data; the point of view of every figure"));
    s.placement = model::PlacementKind::Zones;
    s.properties = {
        number("readsPerSecond", "1/s", 0, 0, {},
               QT_TRANSLATE_NOOP("Kinds", "average reads per second")),
        number("writesPerSecond", "1/s", 0, 0, {},
               QT_TRANSLATE_NOOP("Kinds", "average writes per second")),
        number("itemSizeKiB", "KiB", 1, 0, 400 * 1024.0,
               QT_TRANSLATE_NOOP("Kinds", "size of one item read or written")),
        number("peakFactor", "", 1, 1, 1000,
               QT_TRANSLATE_NOOP("Kinds", "peak load as a multiple of the average")),
        choice("readConsistency", {"eventual", "strong"}, "eventual",
               QT_TRANSLATE_NOOP(
                   "Kinds", "consistency of reads (DynamoDB halves the cost of eventual reads)")),
        boolean("cacheFallback", true,
                QT_TRANSLATE_NOOP("Kinds", "on a cache outage, reads go to the database"))};
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

// The inspector's labels of the workload's properties: KindRegistry derives each from the
// property's name (model::englishPropertyLabel) and translates it, so lupdate finds them only here.
// tst_language fails, naming the line to add, when a property's label is missing.
[[maybe_unused]] constexpr const char *kPropertyLabels[] = {
    QT_TRANSLATE_NOOP("Kinds", "Reads per second"), QT_TRANSLATE_NOOP("Kinds", "Writes per second"),
    QT_TRANSLATE_NOOP("Kinds", "Item size"),        QT_TRANSLATE_NOOP("Kinds", "Peak factor"),
    QT_TRANSLATE_NOOP("Kinds", "Read consistency"), QT_TRANSLATE_NOOP("Kinds", "Cache fallback"),
};

} // namespace archstudio::engine
