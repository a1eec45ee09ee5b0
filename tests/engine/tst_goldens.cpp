#include "support/enginefixtures.h"
#include "support/testkinds.h"
#include "support/workedexamples.h"

#include "core/engine/availabilityalgebra.h"

#include <QTest>

using namespace archstudio;
using test::componentOf;
using test::evaluateDesign;
using test::loadEngineDesign;
using test::within;
using test::workloadOf;

namespace {

double lineTotal(const engine::ComponentResult &c, const QString &keySuffix)
{
    double total = 0.0;
    for (const engine::LineItem &item : c.lineItems) {
        if (item.catalogKey.endsWith(keySuffix))
            total += item.monthlyUsd;
    }
    return total;
}

double catalogValue(const QString &key)
{
    return test::kinds()->catalog().value(key).value_or(-1.0);
}

/// The line whose description is the given one (a null line when there is none).
engine::LineItem lineNamed(const engine::ComponentResult &c, const QString &description)
{
    for (const engine::LineItem &item : c.lineItems) {
        if (item.description == description)
            return item;
    }
    return {};
}

} // namespace

class TestGoldens : public QObject
{
    Q_OBJECT

private slots:
    // The worked examples of reference/aws-reference.md, within 1%.
    void workedExampleCosts_data() { test::addWorkedExampleRows(); }

    void workedExampleCosts()
    {
        QFETCH(QString, file);
        QFETCH(QString, component);
        QFETCH(double, expected);
        const engine::Evaluation e = evaluateDesign(loadEngineDesign(file));
        const double actual = componentOf(e, component).monthlyCostUsd;
        QVERIFY2(within(actual, expected, 0.01),
                 qPrintable(QString("got %1, expected %2").arg(actual).arg(expected)));
    }

    void workedExampleLineItems()
    {
        // Example 1 line by line: 99.28 + 2.30 + 95.00.
        const engine::Evaluation e =
            evaluateDesign(loadEngineDesign("example1-rds-single-az.json"));
        const engine::ComponentResult &db = componentOf(e, "db");
        QCOMPARE(db.lineItems.size(), 3);
        QVERIFY(within(db.lineItems.at(0).monthlyUsd, 99.28, 1e-9));
        QCOMPARE(db.lineItems.at(0).quantity, 730.0);
        QCOMPARE(db.lineItems.at(0).unit, QStringLiteral("hour"));
        QCOMPARE(db.lineItems.at(0).catalogKey,
                 QStringLiteral("price.us-east-1.rds.instance.mysql.single-az.db.t3.large"));
        QVERIFY(!db.lineItems.at(0).source.isEmpty());
        QVERIFY(within(db.lineItems.at(1).monthlyUsd, 2.30, 1e-9));
        QVERIFY(within(db.lineItems.at(2).monthlyUsd, 95.00, 1e-9));
        QVERIFY(within(e.totals.monthlyCostUsd, 196.58, 1e-9));
    }

    void burstableInstanceIsReviewed()
    {
        const engine::Evaluation e =
            evaluateDesign(loadEngineDesign("example1-rds-single-az.json"));
        const auto finding =
            std::find_if(e.warnings.cbegin(), e.warnings.cend(),
                         [](const engine::Warning &w) { return w.rule == "burstable-instance"; });
        QVERIFY(finding != e.warnings.cend());
        QCOMPARE(finding->component.value(), QStringLiteral("db"));
        QCOMPARE(finding->fix, QStringLiteral("Use db.m6g.large"));
        // db.m6g.large MySQL costs more an hour than db.t3.large: 730 h x the difference.
        const double delta =
            730 * (catalogValue("price.us-east-1.rds.instance.mysql.single-az.db.m6g.large") -
                   catalogValue("price.us-east-1.rds.instance.mysql.single-az.db.t3.large"));
        QVERIFY(std::abs(finding->costDeltaUsd.value_or(0) - delta) < 1e-6);
    }

    void dynamoDbRequestUnits()
    {
        const engine::Evaluation e =
            evaluateDesign(loadEngineDesign("example3-dynamodb-on-demand.json"));
        const engine::ComponentResult &table = componentOf(e, "table");
        QVERIFY(within(lineTotal(table, "dynamodb.on-demand.write"), 1.875, 1e-6));
        QVERIFY(within(lineTotal(table, "dynamodb.on-demand.read"), 1.00, 1e-6));
        QVERIFY(within(lineTotal(table, "dynamodb.storage"), 57.50, 1e-9));
    }

    void provisionedGlobalTable()
    {
        // A published example: infracost's golden test output for a provisioned global table
        // (aws_dynamodb_table.my_dynamodb_table in internal/providers/terraform/aws/testdata/
        // dynamodb_table_test/dynamodb_table_test.golden): 30 RCU and 20 WCU in us-east-2,
        // replicated to us-west-1, no traffic. Its lines, a 730-hour month:
        //   write capacity   20 x 730 h x $0.00065  =  $9.49  (us-east-2)
        //   read capacity    30 x 730 h x $0.00013  =  $2.85  (us-east-2)
        //   rWCU, us-west-1  20 x 730 h x $0.000725 = $10.59
        // AWS bills a global table's write capacity as rWCUs in every region holding a replica,
        // its own included, at the region's WCU rate; each replica region also pays its own
        // read capacity (here the table's 30 RCU, which infracost leaves out).
        const engine::Evaluation e =
            evaluateDesign(loadEngineDesign("example8-dynamodb-global-provisioned.json"));
        const engine::ComponentResult &table = componentOf(e, "table");
        const double hours = catalogValue("month.hours");
        QCOMPARE(hours, 730.0);

        const engine::LineItem write =
            lineNamed(table, "Provisioned replicated write capacity (rWCU-hours)");
        QCOMPARE(write.catalogKey, QStringLiteral("price.us-east-2.dynamodb.provisioned.rwcu"));
        QCOMPARE(write.quantity, 20 * hours);
        QCOMPARE(write.monthlyUsd,
                 20 * hours * catalogValue("price.us-east-2.dynamodb.provisioned.rwcu"));
        QVERIFY(std::abs(write.monthlyUsd - 9.49) <= 0.005 + 1e-9);

        const engine::LineItem read = lineNamed(table, "Provisioned read capacity (RCU-hours)");
        QVERIFY(std::abs(read.monthlyUsd - 2.85) <= 0.005 + 1e-9);

        const engine::LineItem replicaWrite =
            lineNamed(table, "Replicated write capacity in us-west-1 (rWCU-hours)");
        QCOMPARE(replicaWrite.catalogKey,
                 QStringLiteral("price.us-west-1.dynamodb.provisioned.rwcu"));
        QCOMPARE(replicaWrite.quantity, 20 * hours);
        // $10.585, which the example shows rounded to the cent.
        QVERIFY2(std::abs(replicaWrite.monthlyUsd - 10.59) <= 0.005 + 1e-9,
                 qPrintable(QString::number(replicaWrite.monthlyUsd)));

        // The replica's own read capacity: us-west-1 has no RCU price of its own, so
        // us-east-1's, marked as an estimate.
        const engine::LineItem replicaRead =
            lineNamed(table, "Read capacity in us-west-1 (RCU-hours)");
        QCOMPARE(replicaRead.quantity, 30 * hours);
        QCOMPARE(replicaRead.monthlyUsd,
                 30 * hours * catalogValue("price.us-east-1.dynamodb.provisioned.rcu"));
        QVERIFY(replicaRead.estimate);

        // Capacity is paid by the hour: nothing per replicated write, and the total is the
        // lines' (storage is 0 GB).
        for (const engine::LineItem &item : table.lineItems)
            QVERIFY2(!item.catalogKey.endsWith("dynamodb.replicated-write"),
                     qPrintable(item.description));
        QVERIFY(std::abs(table.monthlyCostUsd -
                         (write.monthlyUsd + read.monthlyUsd + replicaWrite.monthlyUsd +
                          replicaRead.monthlyUsd)) < 1e-9);
        QVERIFY(std::abs(table.monthlyCostUsd - (9.49 + 2.85 + 10.59 + 2.85)) < 0.02);
    }

    void onDemandGlobalTableKeepsPayingPerWrite()
    {
        // 1,000 writes a second of 1 KiB: one replicated write request unit each, in the
        // other region, at its rWRU rate.
        model::Design design = loadEngineDesign("example8-dynamodb-global-provisioned.json");
        design.components[0].properties.insert("capacityMode", "on-demand");
        const model::ComponentId table = design.components[0].id;
        model::Component app;
        app.id = model::ComponentId("app");
        app.kind = "workload";
        app.placement.region = model::RegionId("us-east-2");
        app.placement.zones = {model::ZoneId("us-east-2a")};
        app.properties.insert("writesPerSecond", 1000);
        design.components.prepend(app);
        design.links.append({app.id, table, model::Traffic::Writes, std::nullopt});
        const engine::Evaluation e = evaluateDesign(design);
        const engine::LineItem replicated =
            lineNamed(componentOf(e, "table"), "Replicated writes to us-west-1");
        QCOMPARE(replicated.catalogKey,
                 QStringLiteral("price.us-east-1.dynamodb.replicated-write"));
        const double millions = 1000 * catalogValue("month.seconds") / 1e6;
        QVERIFY(std::abs(replicated.quantity - millions) < 1e-6);
        for (const engine::LineItem &item : componentOf(e, "table").lineItems)
            QVERIFY2(!item.catalogKey.contains("provisioned"), qPrintable(item.description));
    }

    void compositeSlaInSeries()
    {
        // Example 6: writes need the Multi-AZ database (99.95%) and the table (99.99%).
        const engine::Evaluation e =
            evaluateDesign(loadEngineDesign("example6-composite-sla.json"));
        const double floor = workloadOf(e, "app").write.availability.slaFloor;
        QVERIFY2(std::abs(floor - 0.99940005) < 1e-9, qPrintable(QString::number(floor, 'f', 10)));
        QVERIFY(std::abs(e.totals.availability.slaFloor - 0.99940005) < 1e-9);
    }

    void redundantPairInParallel()
    {
        // Example 7: reads from either of two 99.9% instances (SLA overridden in the design).
        const engine::Evaluation e =
            evaluateDesign(loadEngineDesign("example7-redundant-pair.json"));
        const double floor = workloadOf(e, "app").read.availability.slaFloor;
        QVERIFY2(std::abs(floor - 0.999999) < 1e-12, qPrintable(QString::number(floor, 'f', 12)));
        // Writes need the primary alone.
        QVERIFY(std::abs(workloadOf(e, "app").write.availability.slaFloor - 0.999) < 1e-12);
    }

    void crossRegionReadsTakeTensOfMilliseconds()
    {
        const engine::Evaluation e = evaluateDesign(loadEngineDesign("cross-region-read.json"));
        const engine::Latency read = workloadOf(e, "eu-app").read.average;
        const double rtt = catalogValue("rtt.eu-west-1.us-east-1");
        QVERIFY(rtt >= 10.0);
        QVERIFY2(read.p50Ms >= rtt && read.p50Ms < rtt + 5.0,
                 qPrintable(QString::number(read.p50Ms)));
        QVERIFY(componentOf(e, "db").crossRegionShare > 0.99);
    }

    void sameAzCacheHitsUnderAMillisecond()
    {
        const engine::Evaluation e = evaluateDesign(loadEngineDesign("same-az-cache.json"));
        const engine::Latency read = workloadOf(e, "app").read.average;
        QVERIFY2(read.p50Ms < 1.0, qPrintable(QString::number(read.p50Ms)));
        QVERIFY(std::abs(read.p50Ms - (catalogValue("latency.same-az-rtt-ms") +
                                       catalogValue("perf.elasticache.read.service-ms"))) < 1e-6);
        // 5% of reads miss: the p99 is a database read behind the cache.
        QVERIFY(read.p99Ms > read.p50Ms + catalogValue("perf.rds.read.service-ms"));
        QCOMPARE(componentOf(e, "db").readsPerSecond, 1000 * (1 - 0.95));
    }

    void saturationIsFlagged()
    {
        const engine::Evaluation e = evaluateDesign(loadEngineDesign("saturated.json"));
        const engine::ComponentResult &db = componentOf(e, "db");
        // 30,000 reads/s at 10,000 per vCPU plus 2,000 writes at 2,500 per vCPU on 2 vCPUs.
        QVERIFY(std::abs(db.utilization - (3.0 + 0.8) / 2.0) < 1e-9);
        QVERIFY(workloadOf(e, "app").read.average.saturated());
        const auto saturated =
            std::find_if(e.warnings.cbegin(), e.warnings.cend(),
                         [](const engine::Warning &w) { return w.rule == "saturated"; });
        QVERIFY(saturated != e.warnings.cend());
        QCOMPARE(saturated->component.value(), QStringLiteral("db"));
        QVERIFY(saturated->message.contains("90% more than it has"));
        QVERIFY(saturated->fix.contains("db.m6g.xlarge"));
        QVERIFY(saturated->costDeltaUsd.value_or(0) > 0);
    }

    void singleAzDatabaseByHand()
    {
        // Modelled availability of reads from one Single-AZ database, conditioned by hand on
        // its zone and region (the workload's zones do not matter: it is the point of view).
        const engine::Evaluation e = evaluateDesign(loadEngineDesign("single-az-region.json"));
        const double zoneDown =
            1 - engine::steadyState(catalogValue("failure.az.per-year"),
                                    catalogValue("failure.az.duration-hours") * 3600);
        const double regionDown =
            1 - engine::steadyState(catalogValue("failure.region.per-year"),
                                    catalogValue("failure.region.duration-hours") * 3600);
        const double own = engine::steadyState(catalogValue("failure.instance.per-year"),
                                               catalogValue("recovery.instance-replace.seconds")) *
                           engine::steadyState(catalogValue("failure.storage.per-year"),
                                               catalogValue("recovery.restore.seconds"));
        // While its zone is out it is restored elsewhere after the restore time.
        const double duringZoneOutage = 1 - catalogValue("recovery.restore.seconds") /
                                                (catalogValue("failure.az.duration-hours") * 3600);
        const double expected =
            own * (1 - regionDown) * ((1 - zoneDown) + zoneDown * duringZoneOutage);
        const double modelled = workloadOf(e, "app").read.availability.modelled;
        QVERIFY2(
            std::abs(modelled - expected) < 1e-12,
            qPrintable(QString("%1 vs %2").arg(modelled, 0, 'g', 15).arg(expected, 0, 'g', 15)));
        // The reference's expectation for a Single-AZ database: roughly 99.97-99.98%.
        QVERIFY(modelled > 0.9996 && modelled < 0.9999);
        QCOMPARE(componentOf(e, "db").rtoSeconds.value(), catalogValue("recovery.restore.seconds"));
        QCOMPARE(componentOf(e, "db").rpoSeconds.value(),
                 catalogValue("rpo.rds.log-shipping.seconds"));
        QVERIFY(componentOf(e, "db").singlePointOfFailure);
    }

    void singleAzDatabaseIsReviewed()
    {
        const engine::Evaluation e = evaluateDesign(loadEngineDesign("single-az-region.json"));
        const auto finding =
            std::find_if(e.warnings.cbegin(), e.warnings.cend(),
                         [](const engine::Warning &w) { return w.rule == "single-az-database"; });
        QVERIFY(finding != e.warnings.cend());
        QVERIFY(finding->costDeltaUsd.value_or(0) > 0);      // Multi-AZ costs more...
        QVERIFY(finding->availabilityDelta.value_or(0) > 0); // ...and is more available
    }

    void multiAzApproachesTheRegion()
    {
        const engine::Evaluation e =
            evaluateDesign(loadEngineDesign("example6-composite-sla.json"));
        const double regionUp =
            engine::steadyState(catalogValue("failure.region.per-year"),
                                catalogValue("failure.region.duration-hours") * 3600);
        const double modelled = workloadOf(e, "app").read.availability.modelled;
        QVERIFY(modelled < regionUp);
        QVERIFY(regionUp - modelled < 2e-5); // "close to the region's own availability"
        QCOMPARE(componentOf(e, "db").rtoSeconds.value(),
                 catalogValue("failover.rds.multi-az-instance.seconds"));
        QVERIFY(!componentOf(e, "db").singlePointOfFailure);
    }
};

QTEST_GUILESS_MAIN(TestGoldens)
#include "tst_goldens.moc"
