#include "selfmanagedkinds.h"

#include "core/model/propertybuilders.h"

#include <QCoreApplication>

namespace archstudio::selfmanaged {

using model::KindSchema;
using model::PlacementKind;
using model::PropertySchema;
using namespace model::schema;

namespace {

// One dot between family and size ("m6i.large", "u-6tb1.metal"): an RDS class such as
// db.r6g.large has two, so it is refused rather than priced as something else.
const QString kInstanceType = QStringLiteral(R"([a-z][a-z0-9-]*\.[a-z0-9]+)");
const char *const kInstanceTypeHelp =
    QT_TRANSLATE_NOOP("Kinds", "expected an EC2 instance type such as m6i.large or r6g.xlarge");
const QStringList kTooling{"none", "manual", "automatic"};
const QStringList kWithReplicas{"1", "2", "3", "4", "5"};

// The properties both kinds share: where the data lives and how a replica takes over.
PropertySchema replicas()
{
    return integer(
        "replicas", "", 0, 0, 5,
        QT_TRANSLATE_NOOP(
            "Kinds", "further instances, each with its own volume, in the region's other zones"));
}

// help: the whole sentence, marked for translation by the caller.
PropertySchema tooling(const char *help)
{
    return choice("failoverTooling", kTooling, "none", help);
}

// Optional: unset, the behaviour takes the catalog's figure for the tool, with its source.
PropertySchema detection()
{
    return when(
        number("detectionSeconds", "s", {}, 0, 3600,
               QT_TRANSLATE_NOOP(
                   "Kinds", "time to notice a failed primary (default: the catalog's figure)")),
        "failoverTooling", {"automatic"});
}

PropertySchema promotion()
{
    return when(
        number("promotionSeconds", "s", {}, 0, 3600,
               QT_TRANSLATE_NOOP(
                   "Kinds",
                   "time to promote a replica and reconnect clients (default: the catalog's "
                   "figure)")),
        "failoverTooling", {"manual", "automatic"});
}

PropertySchema iops(const QStringList &types)
{
    return when(
        integer("iops", "IOPS", {}, 0, 256000,
                QT_TRANSLATE_NOOP(
                    "Kinds", "IOPS of each volume (gp3 bills those above its included baseline; "
                             "default: the gp3 baseline)")),
        "ebsType", types);
}

// draw.io's EC2 instance shape (AWS / Compute palette): the kinds are instances the user runs.
const QString kDrawioInstance =
    QStringLiteral("shape=mxgraph.aws4.instance2;fillColor=#ED7100;strokeColor=none;"
                   "pointerEvents=1;");

KindSchema postgres()
{
    KindSchema s;
    s.kind = kPostgresKind;
    s.displayName = QT_TRANSLATE_NOOP("Kinds", "PostgreSQL on EC2");
    s.category = QT_TRANSLATE_NOOP("Kinds", "Databases");
    s.help =
        QT_TRANSLATE_NOOP("Kinds", "PostgreSQL run by its owner on EC2 instances with EBS volumes, "
                                   "optionally with streaming replicas in other zones");
    s.placement = PlacementKind::Zone;
    s.properties = {
        pattern("instanceType", kInstanceType, "m6i.large", kInstanceTypeHelp),
        choice("ebsType", {"gp3", "io2"}, "gp3",
               QT_TRANSLATE_NOOP("Kinds", "EBS volume type of each instance")),
        integer("storageGiB", "GiB", 100, 1, 65536,
                QT_TRANSLATE_NOOP("Kinds", "size of each instance's volume")),
        iops({"gp3", "io2"}),
        replicas(),
        when(choice("replication", {"async", "sync"}, "async",
                    QT_TRANSLATE_NOOP(
                        "Kinds",
                        "asynchronous streaming, or synchronous commits that wait for a replica")),
             "replicas", kWithReplicas),
        tooling(QT_TRANSLATE_NOOP("Kinds",
                                  "who promotes a replica when the primary is lost: nobody "
                                  "(rebuild), an operator, or a tool such as Patroni")),
        detection(),
        promotion()};
    s.colour = QStringLiteral("#8A5A2B");
    s.drawioStyle = kDrawioInstance;
    return s;
}

KindSchema redis()
{
    KindSchema s;
    s.kind = kRedisKind;
    s.displayName = QT_TRANSLATE_NOOP("Kinds", "Redis on EC2");
    s.category = QT_TRANSLATE_NOOP("Kinds", "Caches");
    s.help = QT_TRANSLATE_NOOP("Kinds",
                               "A Redis cache run by its owner on EC2 instances, optionally with "
                               "asynchronous replicas in other zones");
    s.placement = PlacementKind::Zone;
    s.properties = {
        pattern("instanceType", kInstanceType, "r6g.large", kInstanceTypeHelp),
        choice("ebsType", {"none", "gp3"}, "none",
               QT_TRANSLATE_NOOP("Kinds", "an EBS volume for RDB or AOF persistence, or none")),
        when(integer("storageGiB", "GiB", 20, 1, 16384,
                     QT_TRANSLATE_NOOP("Kinds", "size of each instance's volume")),
             "ebsType", {"gp3"}),
        iops({"gp3"}),
        replicas(),
        tooling(QT_TRANSLATE_NOOP("Kinds",
                                  "who promotes a replica when the primary is lost: nobody "
                                  "(rebuild), an operator, or Redis Sentinel")),
        detection(),
        promotion(),
        number("hitRatio", "", 0.8, 0, 1,
               QT_TRANSLATE_NOOP("Kinds", "share of reads answered by the cache"))};
    s.colour = QStringLiteral("#B8336A");
    s.drawioStyle = kDrawioInstance;
    // A cache answers reads: a new link to it carries reads only.
    s.linkTraffic = model::Traffic::Reads;
    return s;
}

} // namespace

QList<KindSchema> selfManagedKindSchemas()
{
    QList<KindSchema> kinds{postgres(), redis()};
    for (KindSchema &kind : kinds) {
        kind.icon = QStringLiteral(":/selfmanaged/icons/%1.svg").arg(kind.kind);
        // The instance type tells two components apart first; then how they fail over.
        kind.cardProperties = {QStringLiteral("instanceType"), QStringLiteral("failoverTooling")};
    }
    return kinds;
}

QVariant propertyOf(const model::Component &component, const QString &name)
{
    static const QList<KindSchema> schemas = selfManagedKindSchemas();
    for (const KindSchema &schema : schemas) {
        if (schema.kind == component.kind)
            return schema.valueOf(name, component.properties);
    }
    // Not one of these kinds: its own value only.
    const QVariant value = component.properties.value(name);
    return value.isNull() ? QVariant() : value;
}

// The inspector's labels of the self-managed kinds' properties: KindRegistry derives each from the
// property's name (model::englishPropertyLabel) and translates it, so lupdate finds them only here.
// tst_language fails, naming the line to add, when a property's label is missing.
[[maybe_unused]] constexpr const char *kPropertyLabels[] = {
    QT_TRANSLATE_NOOP("Kinds", "Instance type"),    QT_TRANSLATE_NOOP("Kinds", "EBS type"),
    QT_TRANSLATE_NOOP("Kinds", "Storage"),          QT_TRANSLATE_NOOP("Kinds", "IOPS"),
    QT_TRANSLATE_NOOP("Kinds", "Replicas"),         QT_TRANSLATE_NOOP("Kinds", "Replication"),
    QT_TRANSLATE_NOOP("Kinds", "Failover tooling"), QT_TRANSLATE_NOOP("Kinds", "Detection"),
    QT_TRANSLATE_NOOP("Kinds", "Promotion"),        QT_TRANSLATE_NOOP("Kinds", "Hit ratio"),
};

} // namespace archstudio::selfmanaged
