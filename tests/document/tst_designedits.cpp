#include "core/engine/kindset.h"
#include "support/testkinds.h"
#include "support/undosymmetry.h"

#include "core/catalog/catalogfile.h"
#include "core/document/commands/editdesigncommand.h"
#include "core/document/designedits.h"
#include "core/document/document.h"
#include "core/document/regionedits.h"
#include "core/engine/engine.h"
#include "core/io/designfile.h"
#include "core/model/designvalidator.h"
#include "core/model/kindregistry.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace archstudio;
using namespace archstudio::document;
using model::ComponentId;
using model::RegionId;
using model::ZoneId;

namespace {

model::Design sample()
{
    auto loaded = io::loadDesignFile(
        QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio"), test::loadOptions());
    if (!loaded.file)
        qFatal("sample design does not load");
    return loaded.file->design;
}

const model::KindSchema &schema(const QString &kind)
{
    return *test::kinds()->schemas().schema(kind);
}

/// Pushes the delta as one command and checks undo restores the design exactly and redo
/// reproduces the edited one.
using archstudio::test::pushAndCheckSymmetry;

} // namespace

class TestDesignEdits : public QObject
{
    Q_OBJECT

private slots:
    void uniqueIdsCountUp()
    {
        const model::Design design = sample();
        QCOMPARE(edits::uniqueComponentId(design, "rds").value(), QStringLiteral("rds"));
        QCOMPARE(edits::uniqueComponentId(design, "orders-db").value(),
                 QStringLiteral("orders-db-2"));
    }

    void dropPlacementFollowsTheKind()
    {
        const RegionId region("us-east-1");
        const ZoneId zone("us-east-1b");
        QCOMPARE(*edits::placementFor(schema("rds"), nullptr, region, zone).placement->zone, zone);
        QCOMPARE(edits::placementFor(schema("workload"), nullptr, region, zone).placement->zones,
                 QList<ZoneId>{zone});
        // A regional service takes the region only, even when dropped into a zone.
        const auto dynamo = edits::placementFor(schema("dynamodb"), nullptr, region, zone);
        QVERIFY(dynamo.placement && !dynamo.placement->zone && dynamo.placement->zones.isEmpty());
        // A zonal database dropped on the region itself is refused, with a reason.
        const auto refused = edits::placementFor(schema("rds"), nullptr, region, std::nullopt);
        QVERIFY(!refused.placement);
        QVERIFY(refused.refusal.contains("Availability Zone"));
        QVERIFY(!edits::placementFor(schema("rds"), nullptr, RegionId(), zone).placement);
    }

    void serverlessCacheIsRegional()
    {
        model::Component cache;
        cache.kind = "elasticache";
        cache.properties.insert("deployment", "serverless");
        const auto placed =
            edits::placementFor(schema("elasticache"), &cache, RegionId("us-east-1"), std::nullopt);
        QVERIFY(placed.placement);
        QVERIFY(!edits::placementFor(schema("elasticache"), nullptr, RegionId("us-east-1"),
                                     std::nullopt)
                     .placement);
    }

    void newComponentsOfEveryKindAreValid()
    {
        // Whatever the palette drops into a zone of the sample is valid as dropped, so a
        // design built by dragging saves and reopens.
        const model::KindRegistry &registry = test::kinds()->schemas();
        for (const model::KindSchema &kind : registry.schemas()) {
            model::Design design = sample();
            const model::Component c =
                edits::newComponent(design, kind, RegionId("eu-west-1"), ZoneId("eu-west-1b"));
            design.components.append(c);
            const model::Problems problems = model::DesignValidator(registry).validate(design);
            QVERIFY2(!model::hasErrors(problems),
                     qPrintable(kind.kind + ": " +
                                (problems.isEmpty() ? QString() : problems.first().toString())));
        }
    }

    void engineEvaluatesWorkInProgress()
    {
        // The studio evaluates designs mid-edit, before they validate: a replica whose source
        // was deleted, an Aurora instance with no cluster yet, a zone outside its region.
        const catalog::Catalog catalog = test::kinds()->catalog();
        QList<model::Design> designs;
        model::Design empty;
        empty.regions.append({RegionId("us-east-1"), {ZoneId("us-east-1a"), ZoneId("us-east-1b")}});
        for (const model::KindSchema &kind : test::kinds()->schemas().schemas())
            empty.components.append(
                edits::newComponent(empty, kind, RegionId("us-east-1"), ZoneId("us-east-1a")));
        designs << empty;
        model::Design orphaned = sample();
        edits::Selection source;
        source.components = {ComponentId("orders-db"), ComponentId("catalog")};
        edits::removeItems(orphaned, source).apply(orphaned);
        designs << orphaned;
        model::Design misplaced = sample();
        misplaced.components[misplaced.indexOfComponent(ComponentId("orders-db"))].placement.zone =
            ZoneId("eu-west-1a");
        designs << misplaced;
        for (const model::Design &design : designs) {
            QVERIFY(model::hasErrors(
                        model::DesignValidator(test::kinds()->schemas()).validate(design)) ||
                    &design == &designs.first());
            const engine::Evaluation e = engine::evaluate(
                {design, 1}, engine::catalogFor(design, catalog), {}, test::behaviours());
            QCOMPARE(e.components.size(), design.components.size());
            QVERIFY(std::isfinite(e.totals.monthlyCostUsd));
        }
    }

    void addThenUndoRestoresExactly()
    {
        Document doc(sample(), test::kinds());
        const model::Component rds = edits::newComponent(
            doc.design(), schema("rds"), RegionId("us-east-1"), ZoneId("us-east-1b"));
        QCOMPARE(rds.id.value(), QStringLiteral("rds"));
        QSignalSpy edited(&doc, &Document::edited);
        pushAndCheckSymmetry(doc, edits::addComponent(doc.design(), rds, QPointF(10, 20)));
        QCOMPARE(doc.design().layout.componentPositions.value(rds.id), QPointF(10, 20));
        QVERIFY(edited.count() >= 1);
        const auto scope = edited.last().first().value<ChangeScope>();
        QVERIFY(scope.components.contains(rds.id));
        QVERIFY(!scope.links && !scope.everything);
    }

    void removeTakesLinksAndKeepsOrderOnUndo()
    {
        Document doc(sample(), test::kinds());
        edits::Selection selection;
        selection.components = {ComponentId("orders-db"), ComponentId("carts")};
        const DesignDelta delta = edits::removeItems(doc.design(), selection);
        pushAndCheckSymmetry(doc, delta);
        for (const model::Link &link : doc.design().links)
            QVERIFY(link.to != ComponentId("orders-db") && link.to != ComponentId("carts"));
        QVERIFY(!doc.design().findComponent(ComponentId("carts")));
    }

    void removingAZoneRemovesWhatLivesThere()
    {
        Document doc(sample(), test::kinds());
        edits::Selection selection;
        selection.zones = {ZoneId("us-east-1a")};
        pushAndCheckSymmetry(doc, edits::removeItems(doc.design(), selection));
        QVERIFY(!doc.design().findComponent(ComponentId("orders-db")));
        // The workload spanning three zones loses one of them and stays.
        const model::Component *storefront = doc.design().findComponent(ComponentId("storefront"));
        QVERIFY(storefront);
        QCOMPARE(storefront->placement.zones,
                 (QList<ZoneId>{ZoneId("us-east-1b"), ZoneId("us-east-1c")}));
        QVERIFY(!doc.design().findRegion(RegionId("us-east-1"))->hasZone(ZoneId("us-east-1a")));
    }

    void moveToAnotherZoneIsOneStep()
    {
        Document doc(sample(), test::kinds());
        const ComponentId db("orders-db");
        model::Placement placement = doc.design().findComponent(db)->placement;
        placement.zone = ZoneId("us-east-1b");
        pushAndCheckSymmetry(
            doc, edits::moveComponents(doc.design(), {{db, QPointF(500, 300)}}, {{db, placement}}));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(*doc.design().findComponent(db)->placement.zone, ZoneId("us-east-1b"));
    }

    void aReviewFixIsOneStepThatFixesTheFinding()
    {
        // The sample's replica, moved into its primary's zone, breaks replica-same-az.
        model::Design design = sample();
        const ComponentId replica("orders-replica");
        const qsizetype index = design.indexOfComponent(replica);
        QVERIFY(index >= 0);
        design.components[index].placement.zone = ZoneId("us-east-1a");
        const QRectF zoneA = design.layout.zoneFrames.value(ZoneId("us-east-1a"));
        QVERIFY(zoneA.isValid());
        design.layout.componentPositions.insert(replica, zoneA.topLeft() + QPointF(20, 60));
        const auto findingOf = [](const engine::Evaluation &e) -> std::optional<engine::Warning> {
            for (const engine::Warning &w : e.warnings) {
                if (w.rule == QLatin1String("replica-same-az"))
                    return w;
            }
            return std::nullopt;
        };
        const catalog::Catalog catalog = test::kinds()->catalog();
        const std::optional<engine::Warning> finding =
            findingOf(engine::evaluate({design, 0}, catalog, {}, test::behaviours()));
        QVERIFY(finding && finding->patch);
        QVERIFY(finding->patch->moveToZone);

        Document doc(design, test::kinds());
        const DesignDelta delta = edits::applyFix(doc.design(), *finding->patch);
        pushAndCheckSymmetry(doc, delta);
        const model::Component *fixed = doc.design().findComponent(replica);
        QCOMPARE(fixed->placement.zone, finding->patch->moveToZone);
        // The card moves with it, into the zone it now lives in.
        const QRectF zone = doc.design().layout.zoneFrames.value(*finding->patch->moveToZone);
        QVERIFY(zone.contains(doc.design().layout.componentPositions.value(replica)));
        QVERIFY(!findingOf(engine::evaluate({doc.design(), 0}, catalog, {}, test::behaviours())));
        // Applied twice, a fix changes nothing more.
        QVERIFY(edits::applyFix(doc.design(), *finding->patch).isEmpty());
        QVERIFY(edits::applyFix(doc.design(), {ComponentId("gone"), {}, std::nullopt}).isEmpty());
    }

    void movingARegionMovesItsContents()
    {
        Document doc(sample(), test::kinds());
        const RegionId region("us-east-1");
        const QRectF frame = doc.design().layout.regionFrames.value(region);
        QVERIFY(frame.isValid());
        const QPointF db = doc.design().layout.componentPositions.value(ComponentId("orders-db"));
        const QRectF zone = doc.design().layout.zoneFrames.value(ZoneId("us-east-1a"));
        pushAndCheckSymmetry(
            doc, edits::setRegionFrame(doc.design(), region, frame.translated(100, 50)));
        QCOMPARE(doc.design().layout.componentPositions.value(ComponentId("orders-db")),
                 db + QPointF(100, 50));
        QCOMPARE(doc.design().layout.zoneFrames.value(ZoneId("us-east-1a")),
                 zone.translated(100, 50));
    }

    void duplicateLinksAreNotAdded()
    {
        Document doc(sample(), test::kinds());
        const model::Link existing = doc.design().links.first();
        QVERIFY(edits::addLink(doc.design(), existing).isEmpty());
        model::Link link{ComponentId("eu-storefront"), ComponentId("catalog-reader"),
                         model::Traffic::Reads, std::nullopt};
        pushAndCheckSymmetry(doc, edits::addLink(doc.design(), link));
        QCOMPARE(doc.design().links.last(), link);
        // A no-op gesture is no undo step.
        doc.undoStack()->push(
            new EditDesignCommand(&doc, "nothing", edits::addLink(doc.design(), link)));
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void zonesAreNamedInOrder()
    {
        Document doc(sample(), test::kinds());
        const catalog::ZoneNaming &naming = test::kinds()->catalog().regionConventions().zones;
        QCOMPARE(edits::nextZoneCode(doc.design(), RegionId("us-east-1"), naming).value(),
                 QStringLiteral("us-east-1d"));
        pushAndCheckSymmetry(doc, edits::addZone(doc.design(), RegionId("us-east-1"), naming,
                                                 QRectF(0, 0, 300, 400)));
        QVERIFY(doc.design().findRegion(RegionId("us-east-1"))->hasZone(ZoneId("us-east-1d")));
        QVERIFY(edits::addZone(doc.design(), RegionId("nowhere-1"), naming, QRectF()).isEmpty());
    }

    void pasteRenamesAndFollowsReferences()
    {
        Document doc(sample(), test::kinds());
        const edits::Fragment fragment = edits::copyFragment(
            doc.design(), {ComponentId("orders-db"), ComponentId("orders-replica")});
        QCOMPARE(fragment.design.components.size(), 2);
        QList<ComponentId> pasted;
        pushAndCheckSymmetry(doc, edits::pasteFragment(doc.design(), test::kinds()->schemas(),
                                                       fragment, QPointF(20, 20), &pasted));
        QCOMPARE(pasted,
                 (QList<ComponentId>{ComponentId("orders-db-2"), ComponentId("orders-replica-2")}));
        const model::Component *replica =
            doc.design().findComponent(ComponentId("orders-replica-2"));
        QVERIFY(replica);
        QCOMPARE(replica->properties.value("replicaOf").toString(), QStringLiteral("orders-db-2"));
    }

    void pasteIntoAnEmptyDesignBringsRegions()
    {
        const model::Design source = sample();
        Document target(test::kinds());
        const edits::Fragment fragment =
            edits::copyFragment(source, {ComponentId("eu-storefront"), ComponentId("eu-cache")});
        pushAndCheckSymmetry(target, edits::pasteFragment(target.design(), test::kinds()->schemas(),
                                                          fragment, QPointF()));
        QCOMPARE(target.design().components.size(), 2);
        QVERIFY(target.design().findRegion(RegionId("eu-west-1")));
        QCOMPARE(target.design().links.size(), 1);
        QVERIFY(target.design().layout.regionFrames.contains(RegionId("eu-west-1")));
    }

    void pasteLandsInTheTargetsZone()
    {
        // The target lays out us-east-1a elsewhere: the copy follows the zone, not the page.
        const model::Design source = sample();
        Document target(sample(), test::kinds());
        QRectF moved = target.design().layout.zoneFrames.value(ZoneId("us-east-1a"));
        moved.translate(3000, 2000);
        pushAndCheckSymmetry(target,
                             edits::setZoneFrame(target.design(), ZoneId("us-east-1a"), moved));
        const edits::Fragment fragment =
            edits::copyFragment(source, {ComponentId("sessions-cache")});
        QList<ComponentId> pasted;
        pushAndCheckSymmetry(target, edits::pasteFragment(target.design(), test::kinds()->schemas(),
                                                          fragment, QPointF(), &pasted));
        QCOMPARE(pasted.size(), 1);
        QVERIFY(moved.contains(target.design().layout.componentPositions.value(pasted.first())));
    }
};

QTEST_GUILESS_MAIN(TestDesignEdits)
#include "tst_designedits.moc"
