// Exercise goals (engine::checkGoals): each kind met and missed on designs whose figures the
// engine is known to produce, the survival goals through the failure simulator.
#include "support/enginefixtures.h"
#include "support/testkinds.h"

#include "core/engine/goals.h"
#include "core/io/designtemplates.h"

#include <QTest>

using namespace archstudio;
using model::Goal;

namespace {

model::Design templateDesign(const QString &name)
{
    const io::LoadResult loaded = io::loadTemplate(*io::findTemplate(name), test::loadOptions());
    if (!loaded.file)
        qFatal("template %s does not load", qPrintable(name));
    return loaded.file->design;
}

/// The template with its workload spread over two zones: losing one zone leaves it running.
model::Design inTwoZones(const QString &name)
{
    model::Design design = templateDesign(name);
    for (model::Component &c : design.components) {
        if (c.kind == QLatin1String("workload"))
            c.placement.zones = {model::ZoneId("us-east-1a"), model::ZoneId("us-east-1b")};
    }
    return design;
}

Goal goal(Goal::Kind kind, double value)
{
    Goal g;
    g.kind = kind;
    g.value = value;
    return g;
}

engine::GoalResult check(const model::Design &design, const Goal &g)
{
    const catalog::Catalog catalog = engine::catalogFor(design, test::kinds()->catalog());
    return engine::checkGoals(design, catalog, {g}, test::behaviours()).first();
}

} // namespace

class TestGoals : public QObject
{
    Q_OBJECT

private slots:
    void costAndComponentCount()
    {
        const model::Design starter = templateDesign("single-az-starter");
        const double cost = test::evaluateDesign(starter).totals.monthlyCostUsd;
        QVERIFY(check(starter, goal(Goal::Kind::MaxMonthlyCost, cost + 1)).met);
        const engine::GoalResult over = check(starter, goal(Goal::Kind::MaxMonthlyCost, cost - 1));
        QVERIFY(!over.met);
        QCOMPARE(over.figure, cost);
        QVERIFY(check(starter, goal(Goal::Kind::MaxComponents, 1)).met); // the workload is free
        QVERIFY(
            !check(templateDesign("rds-read-replicas"), goal(Goal::Kind::MaxComponents, 2)).met);
    }

    void surviveALostZone()
    {
        // One instance: losing its zone stops the workload in the other zone for a long time.
        const engine::GoalResult single =
            check(inTwoZones("single-az-starter"), goal(Goal::Kind::SurvivesZoneLoss, 180));
        QVERIFY(!single.met);
        QVERIFY(single.figure > 180);
        QVERIFY2(single.detail.contains("us-east-1a"), qPrintable(single.detail));
        // Multi-AZ fails over within the goal, with no data lost.
        const model::Design multiAz = inTwoZones("rds-multi-az");
        const engine::GoalResult survived = check(multiAz, goal(Goal::Kind::SurvivesZoneLoss, 180));
        QVERIFY2(survived.met, qPrintable(QString::number(survived.figure)));
        QVERIFY(survived.figure > 0); // a failover is not instant
        QVERIFY(!check(multiAz, goal(Goal::Kind::SurvivesZoneLoss, survived.figure - 1)).met);
        QVERIFY(check(multiAz, goal(Goal::Kind::MaxRpoSeconds, 0)).met);
        QVERIFY(!check(inTwoZones("single-az-starter"), goal(Goal::Kind::MaxRpoSeconds, 0)).met);
    }

    void surviveALostRegion()
    {
        // A global table keeps serving the other region's workload through a regional outage.
        const engine::GoalResult global =
            check(templateDesign("dynamodb-global-dax"), goal(Goal::Kind::SurvivesRegionLoss, 60));
        QVERIFY2(global.met, qPrintable(global.detail + QString::number(global.figure)));
        // One region's Multi-AZ database does not.
        model::Design east = inTwoZones("rds-multi-az");
        QVERIFY(check(east, goal(Goal::Kind::SurvivesRegionLoss, 600)).met); // nobody outside it
    }

    void latencyAtPeakForOneWorkloadOrAll()
    {
        const model::Design cache = templateDesign("cache-aside");
        const engine::Evaluation e = test::evaluateDesign(cache);
        const engine::WorkloadResult &news = test::workloadOf(e, "news");
        Goal reads = goal(Goal::Kind::MaxP99Ms, news.read.peak.p99Ms);
        reads.operation = Goal::Operation::Reads;
        reads.workload = "news";
        QVERIFY(check(cache, reads).met);
        reads.value = news.read.peak.p99Ms * 0.9;
        QVERIFY(!check(cache, reads).met);
        Goal both = goal(Goal::Kind::MaxP99Ms, news.read.peak.p99Ms);
        const engine::GoalResult worst = check(cache, both); // writes are slower than cached reads
        QVERIFY(!worst.met);
        QCOMPARE(worst.figure, news.write.peak.p99Ms);
        QVERIFY(worst.detail.contains("writes"));
        Goal nobody = goal(Goal::Kind::MaxP99Ms, 1000);
        nobody.workload = "no-such-workload";
        QVERIFY(!check(cache, nobody).met);
    }

    void availabilityModelledOrSlaFloor()
    {
        const model::Design aurora = templateDesign("aurora-readers");
        const engine::Evaluation e = test::evaluateDesign(aurora);
        Goal modelled = goal(Goal::Kind::MinAvailability, e.totals.availability.modelled);
        QVERIFY(check(aurora, modelled).met);
        modelled.value = std::nextafter(e.totals.availability.modelled, 1.0);
        QVERIFY(!check(aurora, modelled).met);
        Goal floor = goal(Goal::Kind::MinAvailability, e.totals.availability.slaFloor);
        floor.slaFloor = true;
        const engine::GoalResult r = check(aurora, floor);
        QVERIFY(r.met);
        QCOMPARE(r.figure, e.totals.availability.slaFloor);
    }

    void goalsReadAsSentences()
    {
        QCOMPARE(engine::goalText(goal(Goal::Kind::MaxMonthlyCost, 500)),
                 QString("Monthly cost at most $500"));
        QCOMPARE(engine::goalText(goal(Goal::Kind::SurvivesZoneLoss, 60)),
                 QString("Survives losing any one zone with at most 60 s of outage"));
    }
};

QTEST_GUILESS_MAIN(TestGoals)
#include "tst_goals.moc"
