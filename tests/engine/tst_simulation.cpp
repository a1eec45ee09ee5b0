// Failure timelines (docs/ENGINE.md section 5) for each kind of failover the reference
// describes, under the loss of a component, an AZ and a region. Expected figures come
// from reference/aws-reference.md ("Failover and replication", "Failure and recovery").

#include "support/enginefixtures.h"
#include "support/testkinds.h"

#include "core/engine/simulation/simulation.h"

#include <QTest>

using namespace archstudio;
using engine::Condition;
using engine::FailureTarget;
using engine::Timeline;

namespace {

Timeline simulate(const QString &file, const QString &failure, double loadFactor = 1.0)
{
    const model::Design design = test::loadTestDesign(QStringLiteral("simulation/") + file);
    const catalog::Catalog catalog = engine::catalogFor(design, test::kinds()->catalog());
    engine::Scenario scenario;
    scenario.loadFactor = loadFactor;
    const engine::SimulationResult result = engine::simulateFailure(
        {design, 1}, catalog, *FailureTarget::parse(failure), scenario, test::behaviours());
    if (!result.timeline)
        qFatal("%s --fail %s: %s", qPrintable(file), qPrintable(failure), qPrintable(result.error));
    return *result.timeline;
}

const engine::WorkloadOutcome &outcomeOf(const Timeline &t, const QString &workload)
{
    for (const engine::WorkloadOutcome &o : t.outcomes) {
        if (o.workload.value() == workload)
            return o;
    }
    qFatal("no outcome for %s", qPrintable(workload));
}

double catalogSeconds(const QString &key)
{
    return test::kinds()->catalog().value(key).value_or(-1.0);
}

/// The condition of a component during the interval that contains `seconds`.
Condition conditionAt(const Timeline &t, const QString &file, const QString &component,
                      double seconds)
{
    const model::Design design = test::loadTestDesign(QStringLiteral("simulation/") + file);
    qsizetype index = -1;
    for (qsizetype i = 0; i < design.components.size(); ++i) {
        if (design.components.at(i).id.value() == component)
            index = i;
    }
    for (const engine::TimelineInterval &interval : t.intervals) {
        if (interval.startSeconds <= seconds && seconds < interval.endSeconds)
            return interval.components.at(index).condition;
    }
    qFatal("no interval at %f", seconds);
}

} // namespace

class TestSimulation : public QObject
{
    Q_OBJECT

private slots:
    void parsesTargets()
    {
        QCOMPARE(FailureTarget::parse("zone:us-east-1a")->scope, FailureTarget::Scope::Zone);
        QCOMPARE(FailureTarget::parse("region:eu-west-1")->id, QString("eu-west-1"));
        QCOMPARE(FailureTarget::parse("component:db")->toString(), QString("component:db"));
        QVERIFY(!FailureTarget::parse("rack:1"));
        QVERIFY(!FailureTarget::parse("zone:"));
        QVERIFY(!FailureTarget::parse("db"));
    }

    void unknownTargetsAreNamed_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("message");
        QTest::newRow("zone") << "zone:us-east-1z"
                              << "no Availability Zone \"us-east-1z\"";
        QTest::newRow("region") << "region:mars-1"
                                << "no region \"mars-1\"";
        QTest::newRow("component") << "component:nope"
                                   << "no component \"nope\"";
    }

    void unknownTargetsAreNamed()
    {
        QFETCH(QString, failure);
        QFETCH(QString, message);
        const model::Design design = test::loadTestDesign("simulation/rds-single-az.json");
        const engine::SimulationResult r =
            engine::simulateFailure({design, 1}, test::kinds()->catalog(),
                                    *FailureTarget::parse(failure), {}, test::behaviours());
        QVERIFY(!r.timeline);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }

    // The acceptance: the primary's AZ lost under Multi-AZ RDS is a write outage of
    // 60-120 s without data loss...
    void multiAzInstanceLosesItsZone()
    {
        const Timeline t = simulate("rds-multi-az-instance.json", "zone:us-east-1a");
        const engine::WorkloadOutcome &app = outcomeOf(t, "app");
        QVERIFY2(app.writeOutageSeconds >= 60 && app.writeOutageSeconds <= 120,
                 qPrintable(QString::number(app.writeOutageSeconds)));
        QCOMPARE(app.dataAtRiskSeconds, 0.0);
        QCOMPARE(conditionAt(t, "rds-multi-az-instance.json", "db", 30), Condition::Down);
        QCOMPARE(conditionAt(t, "rds-multi-az-instance.json", "db", 200), Condition::FailedOver);
        // Detection, promotion and the DNS update, in that order, within the failover time.
        QList<engine::TimelineEvent::Kind> kinds;
        for (const engine::TimelineEvent &e : t.events) {
            QVERIFY(e.atSeconds <= t.endSeconds);
            if (e.component.value() == "db")
                kinds << e.kind;
        }
        QCOMPARE(kinds,
                 (QList<engine::TimelineEvent::Kind>{engine::TimelineEvent::Kind::Failure,
                                                     engine::TimelineEvent::Kind::Detection,
                                                     engine::TimelineEvent::Kind::Promotion,
                                                     engine::TimelineEvent::Kind::DnsUpdate}));
        // Before the failure everything is served; the last interval is served again.
        QCOMPARE(t.intervals.first().workloads.first().write.availability, 1.0);
        QVERIFY(t.intervals.first().endSeconds <= 0.0);
        QCOMPARE(t.intervals.last().workloads.first().write.availability, 1.0);
    }

    // ...and under Single-AZ a restore measured in minutes with up to 5 minutes of data at risk.
    void singleAzLosesItsZone()
    {
        const Timeline t = simulate("rds-single-az.json", "zone:us-east-1a");
        const engine::WorkloadOutcome &app = outcomeOf(t, "app");
        QCOMPARE(app.writeOutageSeconds, catalogSeconds("recovery.restore.seconds"));
        QVERIFY(app.writeOutageSeconds >= 10 * 60 && app.writeOutageSeconds <= 30 * 60);
        QCOMPARE(app.dataAtRiskSeconds, 5 * 60.0);
        QCOMPARE(conditionAt(t, "rds-single-az.json", "db", 3600), Condition::Restored);
        // Rebuilt from the backup in a zone that is up, and said so.
        const engine::TimelineInterval *after = nullptr;
        for (const engine::TimelineInterval &interval : t.intervals) {
            if (interval.startSeconds <= 3600 && 3600 < interval.endSeconds)
                after = &interval;
        }
        QVERIFY(after);
        const model::ZoneId rebuiltIn = after->components.at(1).servingZone;
        QVERIFY(rebuiltIn == model::ZoneId("us-east-1b") ||
                rebuiltIn == model::ZoneId("us-east-1c"));
        QVERIFY(t.intervals.first().components.at(1).servingZone.isEmpty());
    }

    void singleAzInstanceFailureLosesNoData()
    {
        // Host replaced, storage reattached: ~15 min, RPO 0.
        const Timeline t = simulate("rds-single-az.json", "component:db");
        QCOMPARE(outcomeOf(t, "app").writeOutageSeconds, 15 * 60.0);
        QCOMPARE(outcomeOf(t, "app").dataAtRiskSeconds, 0.0);
    }

    void otherZonesDoNotMatter()
    {
        const Timeline t = simulate("rds-multi-az-instance.json", "zone:us-east-1c");
        QCOMPARE(outcomeOf(t, "app").writeOutageSeconds, 0.0);
        QCOMPARE(outcomeOf(t, "app").readOutageSeconds, 0.0);
    }

    void failoverTimes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<double>("lowSeconds");
        QTest::addColumn<double>("highSeconds");
        // Reference: Multi-AZ DB cluster under 35 s; Aurora with a replica within 30 s,
        // without one a new instance (~10 min); ElastiCache promotes a replica in tens of s.
        QTest::newRow("multi-az cluster") << "rds-multi-az-cluster.json"
                                          << "zone:us-east-1a" << 1.0 << 35.0;
        QTest::newRow("aurora, replica") << "aurora-with-replica.json"
                                         << "zone:us-east-1a" << 1.0 << 30.0;
        QTest::newRow("aurora, writer only") << "aurora-without-replica.json"
                                             << "zone:us-east-1a" << 5 * 60.0 << 15 * 60.0;
        QTest::newRow("aurora, writer fails") << "aurora-with-replica.json"
                                              << "component:writer" << 1.0 << 30.0;
    }

    void failoverTimes()
    {
        QFETCH(QString, file);
        QFETCH(QString, failure);
        QFETCH(double, lowSeconds);
        QFETCH(double, highSeconds);
        const Timeline t = simulate(file, failure);
        const double outage = outcomeOf(t, "app").writeOutageSeconds;
        QVERIFY2(outage >= lowSeconds && outage <= highSeconds,
                 qPrintable(QString::number(outage)));
        QCOMPARE(outcomeOf(t, "app").dataAtRiskSeconds, 0.0); // a shared volume loses nothing
    }

    void auroraReadsGoOnDuringFailover()
    {
        // The reader in another zone keeps serving reads while the writer fails over.
        const Timeline t = simulate("aurora-with-replica.json", "zone:us-east-1a");
        QCOMPARE(outcomeOf(t, "app").readOutageSeconds, 0.0);
        QVERIFY(outcomeOf(t, "app").writeOutageSeconds > 0.0);
    }

    void auroraLosingItsRegion()
    {
        const Timeline t = simulate("aurora-with-replica.json", "region:us-east-1");
        QVERIFY(outcomeOf(t, "app").lost);
        QCOMPARE(t.intervals.at(1).workloads.first().read.availability, 0.0);
    }

    void globalTableSurvivesARegion()
    {
        // The other region's replica takes reads and writes at once; writes not yet
        // replicated (within a second) are at risk.
        const Timeline t = simulate("dynamodb-global.json", "region:us-east-1");
        const engine::WorkloadOutcome &west = outcomeOf(t, "west");
        QVERIFY(!west.lost);
        QCOMPARE(west.readOutageSeconds, 0.0);
        QCOMPARE(west.writeOutageSeconds, 0.0);
        QCOMPARE(west.dataAtRiskSeconds, catalogSeconds("lag.dynamodb-global.seconds"));
        QVERIFY(outcomeOf(t, "east").lost);
        // A zone is absorbed by DynamoDB itself.
        const Timeline zone = simulate("dynamodb-global.json", "zone:us-east-1a");
        QCOMPARE(outcomeOf(zone, "east").writeOutageSeconds, 0.0);
    }

    void crossRegionReplicaIsPromoted()
    {
        // Manual promotion of the cross-region replica: writes stop until then, and the
        // replication lag is the data at risk; its reads never stop.
        const Timeline t = simulate("rds-cross-region-replica.json", "region:us-east-1");
        const engine::WorkloadOutcome &west = outcomeOf(t, "west");
        QCOMPARE(west.writeOutageSeconds, catalogSeconds("failover.rds-replica.promote.seconds"));
        QCOMPARE(west.readOutageSeconds, 0.0);
        QCOMPARE(west.dataAtRiskSeconds, catalogSeconds("lag.rds-replica.cross-region.seconds"));
        QCOMPARE(conditionAt(t, "rds-cross-region-replica.json", "dr", 3600), Condition::Promoted);
        // After promotion the writes reach the replica, in the workload's own region.
        const engine::WorkloadInterval &late =
            t.intervals.at(t.intervals.size() - 2).workloads.at(1);
        QCOMPARE(late.write.availability, 1.0);
        QCOMPARE(late.write.bottleneck.value(), QString("dr"));
        const engine::WorkloadInterval &before = t.intervals.first().workloads.at(1);
        QVERIFY(late.write.latency.p50Ms < before.write.latency.p50Ms);
    }

    void cacheWithReplicaFailsOver()
    {
        const Timeline t = simulate("elasticache-with-replica.json", "component:cache");
        QCOMPARE(outcomeOf(t, "app").readOutageSeconds, 0.0); // reads fall back to the database
        QCOMPARE(conditionAt(t, "elasticache-with-replica.json", "cache", 80),
                 Condition::FailedOver);
        QVERIFY(conditionAt(t, "elasticache-with-replica.json", "cache", 5) == Condition::Down);
    }

    void coldCacheMissesReachTheDatabase_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("saturates");
        QTest::newRow("database takes it") << "elasticache-without-replica.json" << false;
        QTest::newRow("database saturates") << "elasticache-db-too-small.json" << true;
    }

    void coldCacheMissesReachTheDatabase()
    {
        QFETCH(QString, file);
        QFETCH(bool, saturates);
        const Timeline t = simulate(file, "component:cache");
        // Down, then replaced but cold, then warm: the database carries the misses meanwhile.
        const double replaced = catalogSeconds("recovery.cache-node-replace.seconds");
        const double warm = replaced + catalogSeconds("recovery.cache-warmup.seconds");
        QCOMPARE(conditionAt(t, file, "cache", replaced / 2), Condition::Down);
        QCOMPARE(conditionAt(t, file, "cache", (replaced + warm) / 2), Condition::Cold);
        QCOMPARE(conditionAt(t, file, "cache", warm + 1), Condition::Up);
        QCOMPARE(t.findings.size(), 1);
        QVERIFY2(t.findings.first().contains(saturates ? "saturates" : "survives"),
                 qPrintable(t.findings.first()));
        // The database's load rises while the cache is out and falls back once warm.
        const auto dbUtilization = [&](double at) {
            for (const engine::TimelineInterval &i : t.intervals) {
                if (i.startSeconds <= at && at < i.endSeconds)
                    return i.components.at(2).utilization;
            }
            return -1.0;
        };
        QVERIFY(dbUtilization(replaced / 2) > 2 * dbUtilization(-1));
        QCOMPARE(dbUtilization(warm + 1), dbUtilization(-1));
        QCOMPARE(saturates, dbUtilization(replaced / 2) >= 1.0);
    }

    // Every design of the reference's failover table under the loss of its primary's AZ and
    // of its region: how long writes and reads fail, and what may be lost.
    void zoneAndRegionLoss_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<double>("writeOutage"); ///< seconds, from the catalog's figures
        QTest::addColumn<double>("readOutage");
        QTest::addColumn<double>("dataAtRisk");
        const double restore = catalogSeconds("recovery.restore.seconds");
        const double logs = catalogSeconds("rpo.rds.log-shipping.seconds");
        const double multiAz = catalogSeconds("failover.rds.multi-az-instance.seconds");
        const double cluster = catalogSeconds("failover.rds.multi-az-cluster.seconds");
        const double aurora = catalogSeconds("failover.aurora.replica.seconds");
        const double newInstance = catalogSeconds("failover.aurora.no-replica.seconds");
        QTest::newRow("single-AZ, AZ") << "rds-single-az.json"
                                       << "zone:us-east-1a" << restore << restore << logs;
        QTest::newRow("multi-AZ instance, AZ") << "rds-multi-az-instance.json"
                                               << "zone:us-east-1a" << multiAz << multiAz << 0.0;
        QTest::newRow("multi-AZ cluster, AZ") << "rds-multi-az-cluster.json"
                                              << "zone:us-east-1a" << cluster << cluster << 0.0;
        QTest::newRow("aurora replica, AZ") << "aurora-with-replica.json"
                                            << "zone:us-east-1a" << aurora << 0.0 << 0.0;
        QTest::newRow("aurora writer only, AZ")
            << "aurora-without-replica.json"
            << "zone:us-east-1a" << newInstance << newInstance << 0.0;
        QTest::newRow("global table, AZ") << "dynamodb-global.json"
                                          << "zone:us-east-1a" << 0.0 << 0.0 << 0.0;
        // A cache's zone: reads fall back to the database, which has its own standby.
        QTest::newRow("cache with replica, AZ") << "elasticache-with-replica.json"
                                                << "zone:us-east-1a" << multiAz << multiAz << 0.0;
        QTest::newRow("cache alone, AZ") << "elasticache-without-replica.json"
                                         << "zone:us-east-1a" << 0.0 << 0.0 << 0.0;
    }

    void zoneAndRegionLoss()
    {
        QFETCH(QString, file);
        QFETCH(QString, failure);
        QFETCH(double, writeOutage);
        QFETCH(double, readOutage);
        QFETCH(double, dataAtRisk);
        const Timeline t = simulate(file, failure);
        const engine::WorkloadOutcome &o = t.outcomes.first();
        QCOMPARE(o.writeOutageSeconds, writeOutage);
        QCOMPARE(o.readOutageSeconds, readOutage);
        QCOMPARE(o.dataAtRiskSeconds, dataAtRisk);
        // Losing the whole region takes the workload with it, in every one-region design.
        if (!file.startsWith("dynamodb-global") && !file.startsWith("rds-cross-region")) {
            const Timeline region = simulate(file, "region:us-east-1");
            QVERIFY(region.outcomes.first().lost);
            QCOMPARE(region.events.last().kind, engine::TimelineEvent::Kind::Recovery);
            // Back with the region, a cache then warms up for a while.
            const double regionBack =
                3600.0 *
                test::kinds()->catalog().value("failure.region.duration-hours").value_or(0.0);
            QCOMPARE(region.endSeconds,
                     file.startsWith("elasticache")
                         ? regionBack + catalogSeconds("recovery.cache-warmup.seconds")
                         : regionBack);
        }
    }

    void moreLoadSaturatesSooner()
    {
        // At a tenth of the load even the small database survives the cold cache.
        const Timeline t = simulate("elasticache-db-too-small.json", "component:cache", 0.1);
        QVERIFY2(t.findings.first().contains("survives"), qPrintable(t.findings.first()));
    }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
