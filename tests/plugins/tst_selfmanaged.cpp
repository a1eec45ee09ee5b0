// The self-managed kinds (plugins/selfmanaged), loaded from their shared library the way the
// studio loads plugins. Every expected figure is computed here from the catalog entries the
// plugin documents (docs/PLUGINS.md), so a change to a formula or to a figure's key fails.

#include "core/catalog/catalogfile.h"
#include "core/engine/catalogvalues.h"
#include "core/engine/engine.h"
#include "core/engine/kindplugin.h"
#include "core/engine/kindset.h"
#include "core/engine/simulation/simulation.h"
#include "core/model/designvalidator.h"
#include "core/model/propertybuilders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <memory>

using namespace archstudio;
using model::Component;
using model::ComponentId;
using model::Design;
using model::PropertyMap;
using model::RegionId;
using model::ZoneId;

namespace {

constexpr double kBytesPerGiB = 1024.0 * 1024.0 * 1024.0;

const engine::LineItem *lineWithKey(const engine::ComponentResult &c, const QString &key,
                                    const QString &descriptionStart = {})
{
    for (const engine::LineItem &item : c.lineItems) {
        if (item.catalogKey == key && item.description.startsWith(descriptionStart))
            return &item;
    }
    return nullptr;
}

const engine::ComponentResult &componentOf(const engine::Evaluation &e, const QString &id)
{
    for (const engine::ComponentResult &c : e.components) {
        if (c.id.value() == id)
            return c;
    }
    qFatal("no component %s", qPrintable(id));
}

bool close(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

QString describe(const model::Problems &problems)
{
    QStringList lines;
    for (const model::Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSelfManaged : public QObject
{
    Q_OBJECT

private:
    QPluginLoader mLoader{QStringLiteral(ARCHSTUDIO_SELFMANAGED_PLUGIN)};
    engine::KindPlugin *mPlugin = nullptr;
    std::unique_ptr<engine::KindSet> mSet;

    /// A catalog figure as the behaviours read it (NaN when absent: every comparison fails).
    double figure(const QString &key) const
    {
        return mSet->catalog().value(key).value_or(std::nan(""));
    }

    /// A workload in two of the region's three zones, linked to store in the first zone.
    static Design designWith(const Component &store, model::Traffic traffic,
                             const QString &region = QStringLiteral("us-east-1"))
    {
        Design d;
        d.regions = {
            {RegionId(region), {ZoneId(region + "a"), ZoneId(region + "b"), ZoneId(region + "c")}}};
        const Component api{
            ComponentId("api"),
            "workload",
            "API",
            {RegionId(region), std::nullopt, {ZoneId(region + "a"), ZoneId(region + "b")}},
            {{"readsPerSecond", 200}, {"writesPerSecond", 50}, {"itemSizeKiB", 4}},
            {}};
        Component placed = store;
        placed.placement = {RegionId(region), ZoneId(region + "a"), {}};
        d.components = {api, placed};
        d.links = {{api.id, placed.id, traffic, std::nullopt}};
        return d;
    }

    static Component postgres(const PropertyMap &properties)
    {
        return {ComponentId("db"), "postgres-ec2", {}, {}, properties, {}};
    }

    static Design postgresDesign(const PropertyMap &properties,
                                 const QString &region = QStringLiteral("us-east-1"))
    {
        return designWith(postgres(properties), model::Traffic::ReadsWrites, region);
    }

    engine::Evaluation evaluate(const Design &design) const
    {
        const catalog::Catalog catalog = engine::catalogFor(design, mSet->catalog());
        return engine::evaluate({design, 1}, catalog, {}, mSet->behaviours());
    }

    static QStringList missingFigures(const engine::Evaluation &e)
    {
        QStringList missing;
        for (const QString &note : e.notes) {
            if (note.contains(QLatin1String("catalog has no")))
                missing << note;
        }
        return missing;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(mLoader.load(), qPrintable(mLoader.errorString()));
        mPlugin = qobject_cast<engine::KindPlugin *>(mLoader.instance());
        QVERIFY2(mPlugin, "the plugin does not implement engine::KindPlugin");
        mSet = std::make_unique<engine::KindSet>(catalog::bundledCatalog());
        const QStringList problems = mSet->add(*mPlugin);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }

    void pluginDescribesItself()
    {
        QCOMPARE(mPlugin->pluginId(), QStringLiteral("selfmanaged"));
        QCOMPARE(mPlugin->version(), QStringLiteral("1.0.0"));
        QCOMPARE(mLoader.metaData().value("IID").toString(),
                 QStringLiteral(ArchStudioKindPlugin_iid));
        const QJsonObject meta = mLoader.metaData().value("MetaData").toObject();
        QCOMPARE(meta.value("id").toString(), mPlugin->pluginId());
        QCOMPARE(meta.value("version").toString(), mPlugin->version());
        QStringList declared;
        for (const QJsonValue &kind : meta.value("kinds").toArray())
            declared << kind.toString();
        QStringList schemas;
        for (const model::KindSchema &schema : mPlugin->kindSchemas())
            schemas << schema.kind;
        QCOMPARE(declared, schemas);
        QCOMPARE(schemas, QStringList({"postgres-ec2", "redis-ec2"}));
    }

#ifdef Q_OS_LINUX
    // The plugin links the core's shared libraries instead of a copy of them: looked up in
    // the plugin, a core function is the very one this program calls. A plugin with its own
    // copy would find that copy first (the dynamic linker searches the library before its
    // dependencies), with its own resources and its own bundled catalog.
    void pluginSharesTheProgramsCore()
    {
        QLibrary library(QStringLiteral(ARCHSTUDIO_SELFMANAGED_PLUGIN));
        QVERIFY2(library.load(), qPrintable(library.errorString()));
        const QFunctionPointer inPlugin =
            library.resolve("_ZN10archstudio5model6schema6choiceERK7QStringRK5QListIS2_ES4_S4_");
        QVERIFY2(inPlugin, "the plugin does not use model::schema::choice");
        QVERIFY(inPlugin == reinterpret_cast<QFunctionPointer>(&model::schema::choice));
    }
#endif

    void schemasAreComplete()
    {
        const QStringList awsColours{"#2E6FD9", "#5B4BD6", "#1F5FA8", "#D94A2E", "#1E9A76"};
        const QRegularExpression rgb(QStringLiteral("^#[0-9A-F]{6}$"));
        QStringList colours;
        for (const QString kind : {"postgres-ec2", "redis-ec2"}) {
            const model::KindSchema *s = mSet->schemas().schema(kind);
            QVERIFY2(s, qPrintable(kind));
            QVERIFY(mSet->behaviours().find(kind));
            QCOMPARE(s->placement, model::PlacementKind::Zone);
            QVERIFY2(rgb.match(s->colour).hasMatch(), qPrintable(s->colour));
            QVERIFY(!awsColours.contains(s->colour) && !colours.contains(s->colour));
            colours << s->colour;
            QCOMPARE(s->cardProperties.value(0), QStringLiteral("instanceType"));
            for (const QString &p : s->cardProperties)
                QVERIFY2(s->property(p), qPrintable(p));
            QVERIFY(s->drawioStyle.contains(QLatin1String("shape=mxgraph.aws4.instance2;")));
            // The icon is the plugin's own resource, in the style of resources/icons/README.md.
            QFile icon(s->icon);
            QVERIFY2(icon.open(QIODevice::ReadOnly), qPrintable(s->icon));
            const QString svg = QString::fromUtf8(icon.readAll());
            QVERIFY(svg.contains(QLatin1String("viewBox=\"0 0 48 48\"")));
            QVERIFY(svg.contains(QStringLiteral("fill=\"%1\"").arg(s->colour)));
            for (const char *banned : {"<text", "Gradient", "<filter", "<image", "<style"})
                QVERIFY2(!svg.contains(QLatin1String(banned)), banned);
        }
        QCOMPARE(mSet->schemas().schema("redis-ec2")->linkTraffic, model::Traffic::Reads);
        QCOMPARE(mSet->schemas().schema("postgres-ec2")->linkTraffic, model::Traffic::ReadsWrites);
    }

    void catalogEntriesNameSources()
    {
        const catalog::CatalogLoadResult loaded =
            catalog::loadCatalogFile(mPlugin->catalogFiles().value(0));
        QVERIFY2(loaded.catalog, qPrintable(loaded.error));
        const catalog::Catalog &own = *loaded.catalog;
        QVERIFY(own.entries().size() > 50);
        QSet<QString> used;
        for (auto it = own.entries().cbegin(); it != own.entries().cend(); ++it) {
            const QString &key = it.key();
            const catalog::Source *source = own.source(it->source);
            QVERIFY2(source, qPrintable(key));
            used.insert(source->id);
            QVERIFY2(!catalog::bundledCatalog().contains(key), qPrintable(key));
            // Within the plausible range of its unit, as overrides of it must be.
            const catalog::Range *range = mSet->catalog().rangeForUnit(it->unit);
            QVERIFY2(range, qPrintable(key + " " + it->unit));
            QVERIFY2(it->value >= range->min && it->value <= range->max, qPrintable(key));
            QCOMPARE(mSet->catalog().value(key), std::optional<double>(it->value));
        }
        for (const catalog::Source &source : own.sources()) {
            QVERIFY2(used.contains(source.id), qPrintable(source.id + " is not cited"));
            QVERIFY2(QStringList({"A", "C", "E"}).contains(source.tier), qPrintable(source.id));
            QCOMPARE(source.date, QStringLiteral("2026-12-07"));
            if (source.tier != QLatin1String("E"))
                QVERIFY2(source.url.startsWith(QLatin1String("https://")), qPrintable(source.id));
        }
    }

    void postgresCost()
    {
        const Design d = postgresDesign({{"instanceType", "m6i.large"},
                                         {"storageGiB", 100},
                                         {"iops", 6000},
                                         {"replicas", 2},
                                         {"failoverTooling", "automatic"}});
        const engine::Evaluation e = evaluate(d);
        QVERIFY2(missingFigures(e).isEmpty(), qPrintable(missingFigures(e).join('\n')));
        const engine::ComponentResult &db = componentOf(e, "db");
        QVERIFY(db.evaluated && !db.unpriced);

        const double hours = figure("month.hours");
        const double seconds = figure("month.seconds");
        const double interAz = figure("price.us-east-1.transfer.inter-az");
        const double instances = 3.0;
        const double instance =
            hours * instances * figure("price.us-east-1.ec2.instance.m6i.large");
        const double storage = 100.0 * instances * figure("price.us-east-1.ebs.gp3.storage");
        const double iops = (6000.0 - figure("ebs.gp3.baseline-iops")) * instances *
                            figure("price.us-east-1.ebs.gp3.iops");
        const double snapshots = 100.0 * figure("price.us-east-1.ebs.snapshot");
        // 50 writes/s of 4 KiB, as WAL, to the two replicas in us-east-1b and us-east-1c.
        const double walGiB = 50.0 * 4096.0 *
                              figure("perf.selfmanaged.postgres.wal-per-written-byte") * seconds /
                              kBytesPerGiB;
        const double replication = 2.0 * walGiB * 2.0 * interAz;
        // The engine's own line: half of the API's traffic comes from us-east-1b.
        const double clientGiB = (200.0 + 50.0) * 4096.0 * 0.5 * seconds / kBytesPerGiB;
        const double clients = 2.0 * clientGiB * interAz;

        const auto check = [&](const QString &key, const QString &start, double expected) {
            const engine::LineItem *item = lineWithKey(db, key, start);
            QVERIFY2(item, qPrintable(key));
            QVERIFY2(close(item->monthlyUsd, expected),
                     qPrintable(QStringLiteral("%1: %2, expected %3")
                                    .arg(key)
                                    .arg(item->monthlyUsd)
                                    .arg(expected)));
            QVERIFY(!item->source.isEmpty() && !item->unpriced);
        };
        check("price.us-east-1.ec2.instance.m6i.large", {}, instance);
        check("price.us-east-1.ebs.gp3.storage", {}, storage);
        check("price.us-east-1.ebs.gp3.iops", {}, iops);
        check("price.us-east-1.ebs.snapshot", {}, snapshots);
        check("price.us-east-1.transfer.inter-az", "Cross-AZ replication", replication);
        check("price.us-east-1.transfer.inter-az", "Cross-AZ data transfer", clients);
        QCOMPARE(db.lineItems.size(), 6);
        QVERIFY(close(db.monthlyCostUsd,
                      instance + storage + iops + snapshots + replication + clients));
        QVERIFY(!lineWithKey(db, "price.us-east-1.ec2.instance.m6i.large")->estimate);
    }

    void replicasShareTheOnlyZone()
    {
        // A region with one zone keeps the replica beside the primary: no cross-AZ stream,
        // and no failover out of a lost zone.
        Design d = postgresDesign({{"replicas", 1}, {"failoverTooling", "automatic"}});
        d.regions.first().zones = {ZoneId("us-east-1a")};
        d.components.first().placement.zones = {ZoneId("us-east-1a")};
        const engine::Evaluation e = evaluate(d);
        const engine::ComponentResult &db = componentOf(e, "db");
        for (const engine::LineItem &item : db.lineItems)
            QVERIFY2(!item.description.startsWith(QLatin1String("Cross-AZ")),
                     qPrintable(item.description));
        QCOMPARE(*db.slaFloor, figure("sla.ec2.instance"));
    }

    void io2PricesByTier()
    {
        const Design d = postgresDesign({{"ebsType", "io2"}, {"storageGiB", 500}, {"iops", 40000}});
        const engine::Evaluation e = evaluate(d);
        const engine::ComponentResult &db = componentOf(e, "db");
        const double tier1 = figure("ebs.io2.iops-tier1-max");
        QVERIFY(tier1 < 40000.0 && figure("ebs.io2.iops-tier2-max") > 40000.0);
        const engine::LineItem *first = lineWithKey(db, "price.us-east-1.ebs.io2.iops");
        const engine::LineItem *second = lineWithKey(db, "price.us-east-1.ebs.io2.iops-tier2");
        QVERIFY(first && second);
        QVERIFY(!lineWithKey(db, "price.us-east-1.ebs.io2.iops-tier3"));
        QVERIFY(close(first->monthlyUsd, tier1 * figure("price.us-east-1.ebs.io2.iops")));
        QVERIFY(close(second->monthlyUsd,
                      (40000.0 - tier1) * figure("price.us-east-1.ebs.io2.iops-tier2")));
        QVERIFY(close(lineWithKey(db, "price.us-east-1.ebs.io2.storage")->monthlyUsd,
                      500.0 * figure("price.us-east-1.ebs.io2.storage")));
        QVERIFY(!lineWithKey(db, "price.us-east-1.ebs.gp3.iops"));
    }

    void regionalPrices()
    {
        // eu-west-1 has its own rate; a type it lacks is us-east-1's times the region's
        // factor, marked as an estimate.
        const engine::ComponentResult own = componentOf(
            evaluate(postgresDesign({{"instanceType", "r6g.large"}}, "eu-west-1")), "db");
        const engine::LineItem *rate = lineWithKey(own, "price.eu-west-1.ec2.instance.r6g.large");
        QVERIFY(rate && !rate->estimate);
        QCOMPARE(rate->unitPriceUsd, figure("price.eu-west-1.ec2.instance.r6g.large"));

        const engine::ComponentResult derived = componentOf(
            evaluate(postgresDesign({{"instanceType", "m7g.large"}}, "eu-west-1")), "db");
        const engine::LineItem &line = derived.lineItems.first();
        QCOMPARE(line.catalogKey, QStringLiteral("price.us-east-1.ec2.instance.m7g.large"));
        QVERIFY(line.estimate);
        QVERIFY(close(line.unitPriceUsd, figure("price.us-east-1.ec2.instance.m7g.large") *
                                             figure("price.region-factor.eu-west-1")));
    }

    void recovery_data()
    {
        // How the RTO and RPO are made: the names of the catalog figures they come from.
        QTest::addColumn<PropertyMap>("properties");
        QTest::addColumn<QString>("rto");
        QTest::addColumn<QString>("rpo");
        QTest::newRow("single instance") << PropertyMap{} << "rebuild"
                                         << "snapshot";
        QTest::newRow("replica, no tooling")
            << PropertyMap{{"replicas", 1}, {"failoverTooling", "none"}} << "rebuild"
            << "lag";
        QTest::newRow("replica, manual")
            << PropertyMap{{"replicas", 1}, {"failoverTooling", "manual"}} << "operator"
            << "lag";
        QTest::newRow("replica, automatic")
            << PropertyMap{{"replicas", 1}, {"failoverTooling", "automatic"}} << "tool"
            << "lag";
        QTest::newRow("sync replicas, automatic, own times")
            << PropertyMap{{"replicas", 2},
                           {"replication", "sync"},
                           {"failoverTooling", "automatic"},
                           {"detectionSeconds", 5},
                           {"promotionSeconds", 7}}
            << "5 + 7"
            << "none";
    }

    void recovery()
    {
        QFETCH(PropertyMap, properties);
        QFETCH(QString, rto);
        QFETCH(QString, rpo);
        const double promotion = figure("failover.selfmanaged.postgres.promotion.seconds");
        const QHash<QString, double> rtos{
            {"rebuild", std::max(figure("recovery.selfmanaged.instance-rebuild.seconds"),
                                 figure("recovery.selfmanaged.restore.seconds"))},
            {"operator", figure("failover.selfmanaged.operator-response.seconds") + promotion},
            {"tool", figure("failover.selfmanaged.postgres.detection.seconds") + promotion},
            {"5 + 7", 12.0}};
        const QHash<QString, double> rpos{
            {"snapshot", figure("rpo.selfmanaged.snapshot-interval.seconds")},
            {"lag", figure("lag.selfmanaged.postgres.async.seconds")},
            {"none", 0.0}};
        const engine::Evaluation e = evaluate(postgresDesign(properties));
        const engine::ComponentResult &db = componentOf(e, "db");
        QVERIFY(db.rtoSeconds && db.rpoSeconds);
        QCOMPARE(*db.rtoSeconds, rtos.value(rto));
        QCOMPARE(*db.rpoSeconds, rpos.value(rpo));
    }

    void availabilityGrowsWithFailover()
    {
        const auto writes = [&](const PropertyMap &p) {
            return evaluate(postgresDesign(p)).workloads.first().write.availability;
        };
        const engine::Availability single = writes({});
        const engine::Availability manual =
            writes({{"replicas", 1}, {"failoverTooling", "manual"}});
        const engine::Availability automatic =
            writes({{"replicas", 1}, {"failoverTooling", "automatic"}});
        QCOMPARE(single.slaFloor, figure("sla.ec2.instance"));
        QCOMPARE(manual.slaFloor, figure("sla.ec2.instance"));
        QCOMPARE(automatic.slaFloor, figure("sla.ec2.region"));
        QVERIFY2(manual.modelled > single.modelled && automatic.modelled > manual.modelled,
                 qPrintable(QStringLiteral("%1 %2 %3")
                                .arg(single.modelled, 0, 'g', 12)
                                .arg(manual.modelled, 0, 'g', 12)
                                .arg(automatic.modelled, 0, 'g', 12)));
        // Only the automatic deployment survives a zone without the component's own outage.
        QVERIFY(!componentOf(
                     evaluate(postgresDesign({{"replicas", 1}, {"failoverTooling", "automatic"}})),
                     "db")
                     .singlePointOfFailure);
        QVERIFY(componentOf(evaluate(postgresDesign({})), "db").singlePointOfFailure);
    }

    void syncCommitWaitsForTheReplica()
    {
        const auto p50 = [&](const char *replication) {
            return evaluate(postgresDesign({{"replicas", 1},
                                            {"replication", replication},
                                            {"failoverTooling", "automatic"}}))
                .workloads.first()
                .write.average.p50Ms;
        };
        QVERIFY(close(p50("sync") - p50("async"), figure("latency.cross-az-rtt-ms")));
    }

    void zoneFailure_data()
    {
        QTest::addColumn<QString>("tooling");
        QTest::addColumn<QString>("outageKey");
        QTest::newRow("automatic") << "automatic"
                                   << "";
        QTest::newRow("none") << "none"
                              << "recovery.selfmanaged.restore.seconds";
    }

    void zoneFailure()
    {
        QFETCH(QString, tooling);
        QFETCH(QString, outageKey);
        const Design d = postgresDesign({{"replicas", 1}, {"failoverTooling", tooling}});
        const engine::SimulationResult result = engine::simulateFailure(
            {d, 1}, mSet->catalog(),
            {engine::FailureTarget::Scope::Zone, QStringLiteral("us-east-1a")}, {},
            mSet->behaviours());
        QVERIFY2(result.timeline, qPrintable(result.error));
        const double expected = outageKey.isEmpty()
                                    ? figure("failover.selfmanaged.postgres.detection.seconds") +
                                          figure("failover.selfmanaged.postgres.promotion.seconds")
                                    : figure(outageKey);
        QCOMPARE(result.timeline->outcomes.first().writeOutageSeconds, expected);
    }

    void redisCache()
    {
        const Component cache{ComponentId("cache"),
                              "redis-ec2",
                              {},
                              {},
                              {{"instanceType", "r6g.large"},
                               {"replicas", 1},
                               {"failoverTooling", "automatic"},
                               {"hitRatio", 0.9}},
                              {}};
        Design d = designWith(cache, model::Traffic::Reads);
        Component db = postgres({});
        db.placement = d.components.at(1).placement;
        d.components.append(db);
        d.links.append(
            {ComponentId("api"), ComponentId("db"), model::Traffic::ReadsWrites, std::nullopt});
        const engine::Evaluation e = evaluate(d);
        QVERIFY2(missingFigures(e).isEmpty(), qPrintable(missingFigures(e).join('\n')));
        const engine::ComponentResult &c = componentOf(e, "cache");
        const double seconds = figure("month.seconds");
        const double interAz = figure("price.us-east-1.transfer.inter-az");
        QVERIFY(
            close(lineWithKey(c, "price.us-east-1.ec2.instance.r6g.large")->monthlyUsd,
                  2.0 * figure("month.hours") * figure("price.us-east-1.ec2.instance.r6g.large")));
        QVERIFY(!lineWithKey(c, "price.us-east-1.ebs.gp3.storage"));
        // The stream to the replica carries the values stored after the 10% of reads missed.
        const double fills = 200.0 * (1.0 - 0.9) * 4096.0 * seconds / kBytesPerGiB;
        QVERIFY(close(
            lineWithKey(c, "price.us-east-1.transfer.inter-az", "Cross-AZ replication")->monthlyUsd,
            2.0 * fills * interAz));
        QCOMPARE(*c.rtoSeconds, figure("failover.selfmanaged.redis.detection.seconds") +
                                    figure("failover.selfmanaged.redis.promotion.seconds"));
        QCOMPARE(*c.rpoSeconds, 0.0);
        QCOMPARE(*c.slaFloor, figure("sla.ec2.region"));
        QCOMPARE(componentOf(e, "db").readsPerSecond, 200.0 * (1.0 - 0.9));
    }

    void reviewFindings()
    {
        // Replicas nobody promotes, on a burstable type: both are reported with a fix.
        const Design d = postgresDesign({{"instanceType", "t3.medium"}, {"replicas", 1}});
        const engine::Evaluation e = evaluate(d);
        QHash<QString, engine::Warning> byRule;
        for (const engine::Warning &w : e.warnings)
            byRule.insert(w.rule, w);
        QVERIFY(byRule.contains("replicas-without-failover"));
        QCOMPARE(byRule["replicas-without-failover"].patch->properties.value("failoverTooling"),
                 QVariant("automatic"));
        QVERIFY(byRule.contains("burstable-instance"));
        QCOMPARE(byRule["burstable-instance"].patch->properties.value("instanceType"),
                 QVariant("m6i.large"));

        // A single instance is a single point of failure; the fix adds a promotable replica.
        const engine::Evaluation single = evaluate(postgresDesign({}));
        const auto spof = std::find_if(
            single.warnings.cbegin(), single.warnings.cend(),
            [](const engine::Warning &w) { return w.rule == QLatin1String("single-az-database"); });
        QVERIFY(spof != single.warnings.cend() && spof->patch);
        QCOMPARE(spof->patch->properties.value("replicas").toInt(), 1);
        QCOMPARE(spof->patch->properties.value("failoverTooling"), QVariant("automatic"));
        QVERIFY(spof->costDeltaUsd && *spof->costDeltaUsd > 0.0);
    }

    void instanceTypesComeFromTheCatalog()
    {
        const engine::CatalogValues values(mSet->catalog(), mSet->behaviours());
        Design d = postgresDesign({{"instanceType", "m6i.huge"}});
        const QStringList priced = values.pricedValues(d, d.components.at(1), "instanceType");
        QVERIFY(priced.contains("m6i.large") && priced.contains("r6g.xlarge"));
        QVERIFY(!priced.contains("db.r6g.large"));
        const auto unknown = values.unknownValues(d, d.components.at(1));
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().value, QStringLiteral("m6i.huge"));
    }

    void validation()
    {
        const model::DesignValidator validator(mSet->schemas());
        const model::Problems fine = validator.validate(postgresDesign(
            {{"replicas", 2}, {"replication", "sync"}, {"failoverTooling", "manual"}}));
        QVERIFY2(!model::hasErrors(fine), qPrintable(describe(fine)));

        const model::Problems wrong =
            validator.validate(postgresDesign({{"instanceType", "db.r6g.large"},
                                               {"ebsType", "gp2"},
                                               {"replicas", 9},
                                               {"failoverTooling", "magic"}}));
        for (const char *property : {"instanceType", "ebsType", "replicas", "failoverTooling"}) {
            const QString path = QStringLiteral("components[1].properties.") + property;
            QVERIFY2(
                std::any_of(wrong.cbegin(), wrong.cend(),
                            [&](const model::Problem &p) { return p.isError() && p.path == path; }),
                qPrintable(path + "\n" + describe(wrong)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSelfManaged)
#include "tst_selfmanaged.moc"
