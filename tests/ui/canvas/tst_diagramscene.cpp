#include "canvasfixtures.h"
#include "core/engine/kindset.h"
#include "support/testkinds.h"
#include "syntheticdesign.h"

#include "core/catalog/catalogfile.h"
#include "core/document/commands/editdesigncommand.h"
#include "core/document/commands/setpropertycommand.h"
#include "core/document/designedits.h"
#include "core/document/evaluationscheduler.h"
#include "core/model/kindregistry.h"
#include "core/render/diagramstyle.h"
#include "ui/canvas/componentitem.h"
#include "ui/canvas/containeritem.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/palettemime.h"
#include "ui/canvas/palettewidget.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

using namespace archstudio;
using namespace archstudio::ui;
using model::ComponentId;
using model::ZoneId;

namespace {

/// A document, a scene and a view on the sample design, shown so the view maps coordinates.
struct Studio
{
    document::Document document{testing::sampleDesign(), test::kinds()};
    DiagramScene scene;
    DiagramView view{&scene};

    Studio()
    {
        scene.setDocument(&document);
        view.resize(1400, 900);
        view.show();
        view.setZoom(0.5);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    QPoint viewportPoint(QPointF scenePos)
    {
        view.centerOn(scenePos);
        return view.mapFromScene(scenePos);
    }

    /// Sends the events of a palette drag ending at a scene point; returns the drop's result.
    bool dropFromPalette(const QString &entry, QPointF scenePos)
    {
        const QPoint at = viewportPoint(scenePos);
        std::unique_ptr<QMimeData> mime(paletteMimeData(entry));
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        const bool accepted = move.dropAction() == Qt::CopyAction;
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &drop);
        return accepted;
    }

    QRectF zoneFrame(const char *zone) { return scene.zoneItem(ZoneId(zone))->frame(); }
    const model::Component *component(const char *id)
    {
        return document.design().findComponent(ComponentId(id));
    }
};

/// Every link the scene shows, with its ends, label and reach, in a stable order: what a
/// scene built afresh from the same design must show too.
QStringList linkSignatures(const DiagramScene &scene)
{
    QStringList links;
    for (const LinkItem *link : scene.linkItems()) {
        const QLineF line = link->ends();
        links << QStringLiteral("%1>%2 %3 %4 (%5,%6)-(%7,%8)")
                     .arg(link->from().value(), link->to().value(), link->label())
                     .arg(int(link->reach()))
                     .arg(line.x1())
                     .arg(line.y1())
                     .arg(line.x2())
                     .arg(line.y2());
    }
    links.sort();
    return links;
}

/// The links a scene built from scratch shows for the design.
QStringList freshLinkSignatures(const model::Design &design)
{
    document::Document document{design, test::kinds()};
    DiagramScene scene;
    scene.setCatalog(test::kinds()->catalog());
    scene.setDocument(&document);
    return linkSignatures(scene);
}

} // namespace

class TestDiagramScene : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryComponentContainerAndLink()
    {
        Studio studio;
        const model::Design &design = studio.document.design();
        for (const model::Component &c : design.components)
            QVERIFY2(studio.scene.componentItem(c.id), qPrintable(c.id.value()));
        QVERIFY(studio.scene.regionItem(model::RegionId("eu-west-1")));
        QVERIFY(studio.scene.zoneItem(ZoneId("us-east-1c")));
        qsizetype traffic = 0, replication = 0;
        for (LinkItem *link : studio.scene.linkItems())
            (link->kind() == LinkItem::Kind::Traffic ? traffic : replication)++;
        QCOMPARE(traffic, design.links.size());
        // Two replicas to their source, two Aurora instances to their cluster.
        QCOMPARE(replication, 4);
        // Every component sits inside the container its placement names.
        for (const model::Component &c : design.components) {
            const QPointF at = studio.scene.componentItem(c.id)->pos();
            if (c.placement.zone)
                QVERIFY2(studio.scene.zoneItem(*c.placement.zone)->frame().contains(at),
                         qPrintable(c.id.value()));
            else
                QVERIFY(studio.scene.regionItem(c.placement.region)->frame().contains(at));
        }
    }

    // The canvas labels its links with core/render's rules (render::linkLabel), the ones the
    // exported diagrams use. These are the sample's labels as the canvas and the SVG export
    // wrote them before the two shared one function.
    void linkLabelsSayWhatTravelsAndHowFar()
    {
        Studio studio;
        studio.scene.setCatalog(test::kinds()->catalog());
        using Reach = LinkItem::Reach;
        const QHash<QString, std::pair<QString, Reach>> expected{
            {"storefront>sessions-cache", {"reads · 67% cross-AZ 1.70 ms", Reach::CrossZone}},
            {"storefront>orders-db", {"reads + writes · 67% cross-AZ 1.70 ms", Reach::CrossZone}},
            {"storefront>orders-replica", {"reads · 67% cross-AZ 1.70 ms", Reach::CrossZone}},
            {"storefront>catalog-reader", {"reads · 67% cross-AZ 1.70 ms", Reach::CrossZone}},
            {"storefront>carts", {"reads + writes · regional", Reach::SameZone}},
            {"eu-storefront>eu-cache", {"reads · regional", Reach::SameZone}},
            {"eu-storefront>orders-replica-eu", {"reads · 50% cross-AZ 1.70 ms", Reach::CrossZone}},
            {"eu-storefront>carts", {"reads + writes · regional replica", Reach::SameZone}},
            {"orders-db>orders-replica", {"", Reach::SameZone}},
            {"orders-db>orders-replica-eu", {"cross-region replication", Reach::CrossRegion}},
            {"catalog>catalog-writer", {"", Reach::SameZone}},
            {"catalog>catalog-reader", {"", Reach::SameZone}}};
        qsizetype seen = 0;
        for (const LinkItem *link : studio.scene.linkItems()) {
            const QString key = link->from().value() + QLatin1Char('>') + link->to().value();
            QVERIFY2(expected.contains(key), qPrintable(key));
            QCOMPARE(link->label(), expected.value(key).first);
            QCOMPARE(link->reach(), expected.value(key).second);
            ++seen;
        }
        QCOMPARE(seen, expected.size());
    }

    void editsInPlaceRedoOnlyTheirOwnLinksAndGetThemRight()
    {
        // An edit that changes components in place redoes only their links; whatever it
        // does, the scene must show what a scene built afresh shows.
        Studio studio;
        studio.scene.setCatalog(test::kinds()->catalog());
        QUndoStack *stack = studio.document.undoStack();
        const auto check = [&studio](const char *step) {
            QVERIFY2(linkSignatures(studio.scene) == freshLinkSignatures(studio.document.design()),
                     step);
        };
        check("as opened");
        // A replica that names another source: its replication link moves.
        stack->push(new document::SetPropertyCommand(
            &studio.document, ComponentId("orders-replica"), QStringLiteral("replicaOf"),
            QStringLiteral("catalog-writer")));
        check("replicaOf changed");
        // A workload's traffic: its links' labels follow.
        stack->push(new document::SetPropertyCommand(&studio.document, ComponentId("storefront"),
                                                     QStringLiteral("readsPerSecond"),
                                                     qint64(12345)));
        check("reads changed");
        // A move: the link ends follow the card.
        const model::Design &design = studio.document.design();
        const QPointF at = design.layout.componentPositions.value(ComponentId("orders-db"));
        stack->push(new document::EditDesignCommand(
            &studio.document, QStringLiteral("move"),
            document::edits::moveComponents(
                design, {{ComponentId("orders-db"), at + QPointF(40, 0)}}, {})));
        check("moved");
        // A replica moved to another region: the labels and reach of its links change.
        const QPointF replicaAt =
            design.layout.componentPositions.value(ComponentId("orders-replica-eu"));
        model::Placement placement;
        placement.region = model::RegionId("us-east-1");
        placement.zone = model::ZoneId("us-east-1b");
        const QStringList before = linkSignatures(studio.scene);
        stack->push(new document::EditDesignCommand(
            &studio.document, QStringLiteral("move"),
            document::edits::moveComponents(design, {{ComponentId("orders-replica-eu"), replicaAt}},
                                            {{ComponentId("orders-replica-eu"), placement}})));
        QVERIFY(linkSignatures(studio.scene) != before);
        check("placement changed");
        while (stack->canUndo()) {
            stack->undo();
            check("undone");
        }
    }

    void paletteCarriesEveryKind()
    {
        const model::KindRegistry &registry = test::kinds()->schemas();
        PaletteWidget palette(registry);
        QStringList entries;
        for (int row = 0; row < palette.list()->count(); ++row) {
            if (std::unique_ptr<QMimeData> mime{palette.mimeDataFor(row)})
                entries << paletteEntry(mime.get());
        }
        QVERIFY(entries.contains(DiagramScene::regionEntry()));
        QVERIFY(entries.contains(DiagramScene::zoneEntry()));
        for (const QString &kind : registry.kinds())
            QVERIFY2(entries.contains(DiagramScene::componentEntry(kind)), qPrintable(kind));
        // Searching hides what does not match and keeps its group header.
        palette.searchField()->setText("aurora");
        int visible = 0;
        for (int row = 0; row < palette.list()->count(); ++row) {
            if (!palette.list()->item(row)->isHidden() && !palette.entryAt(row).isEmpty()) {
                ++visible;
                QVERIFY(palette.entryAt(row).contains("aurora"));
            }
        }
        QCOMPARE(visible, 2);
    }

    void dropIntoAZoneSetsThePlacement()
    {
        Studio studio;
        const QPointF target = studio.zoneFrame("us-east-1b").center() + QPointF(0, 60);
        QVERIFY(studio.dropFromPalette(DiagramScene::componentEntry("rds"), target));
        const model::Component *added = studio.component("rds");
        QVERIFY(added);
        QCOMPARE(added->placement.region, model::RegionId("us-east-1"));
        QCOMPARE(*added->placement.zone, ZoneId("us-east-1b"));
        QVERIFY(studio.scene.componentItem(added->id));
        QCOMPARE(studio.document.undoStack()->count(), 1);
        studio.document.undoStack()->undo();
        QVERIFY(!studio.component("rds"));
        QVERIFY(!studio.scene.componentItem(ComponentId("rds")));
    }

    void droppedCardsNeverStraddleABorder()
    {
        Studio studio;
        const auto cardOf = [&](const char *id) {
            const QPointF centre =
                studio.document.design().layout.componentPositions.value(ComponentId(id));
            const QSizeF size = render::style::kCardSize;
            return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
        };
        // Just inside a zone's right border: the card is pulled in, not left across it.
        const QRectF zone = studio.zoneFrame("us-east-1b");
        QVERIFY(studio.scene.dropPaletteEntry(DiagramScene::componentEntry("rds"),
                                              QPointF(zone.right() - 5, zone.center().y())) ==
                QString());
        QCOMPARE(*studio.component("rds")->placement.zone, ZoneId("us-east-1b"));
        QVERIFY(zone.contains(cardOf("rds")));

        // A regional service dropped inside a zone lands in its region, clear of every zone.
        QVERIFY(studio.scene.dropPaletteEntry(DiagramScene::componentEntry("dynamodb"),
                                              zone.center()) == QString());
        const model::Component *table = studio.component("dynamodb");
        QVERIFY(table && !table->placement.zone);
        const QRectF card = cardOf("dynamodb");
        QVERIFY(studio.scene.regionItem(model::RegionId("us-east-1"))->frame().contains(card));
        for (const char *z : {"us-east-1a", "us-east-1b", "us-east-1c"})
            QVERIFY2(!studio.zoneFrame(z).intersects(card), z);

        // A region with no room beside its zones grows to hold the card, in the same step.
        studio.document.undoStack()->undo(); // the table
        QRectF region = studio.scene.regionItem(model::RegionId("us-east-1"))->frame();
        const qreal bottom = region.bottom();
        model::Layout tight = studio.document.design().layout;
        QRectF zonesBox;
        for (const char *z : {"us-east-1a", "us-east-1b", "us-east-1c"})
            zonesBox = zonesBox.united(studio.zoneFrame(z));
        const std::optional<QRectF> grown = document::edits::regionFrameToHold(
            tight, model::RegionId("us-east-1"), QPointF(zonesBox.center().x(), bottom + 20),
            render::style::kCardSize);
        QVERIFY(grown && grown->bottom() > bottom && grown->contains(region));
        QVERIFY(!document::edits::regionFrameToHold(tight, model::RegionId("us-east-1"),
                                                    region.center(), render::style::kCardSize));

        // A workload dropped in a zone stays in it (it runs there), inside its border.
        const QRectF zoneC = studio.zoneFrame("us-east-1c");
        QVERIFY(studio.scene.dropPaletteEntry(DiagramScene::componentEntry("workload"),
                                              QPointF(zoneC.left() + 5, zoneC.center().y())) ==
                QString());
        QVERIFY(zoneC.contains(cardOf("workload")));

        // A paste near a border lands inside too.
        const document::edits::Fragment fragment =
            document::edits::copyFragment(studio.document.design(), {ComponentId("rds")});
        QList<ComponentId> pasted;
        const document::DesignDelta delta = document::edits::pasteFragment(
            studio.document.design(), test::kinds()->schemas(), fragment, QPointF(150, 0), &pasted,
            render::style::kCardSize);
        studio.document.undoStack()->push(
            new document::EditDesignCommand(&studio.document, QStringLiteral("paste"), delta));
        QCOMPARE(pasted.size(), 1);
        QVERIFY(zone.contains(cardOf(qPrintable(pasted.first().value()))));
    }

    void invalidDropIsRefusedVisibly()
    {
        Studio studio;
        QSignalSpy messages(&studio.scene, &DiagramScene::statusMessage);
        // The region's own band (above its zones) takes workloads and regional services, not
        // an RDS instance, which lives in one zone.
        const QRectF region = studio.scene.regionItem(model::RegionId("us-east-1"))->frame();
        const QPointF band(region.center().x(), region.top() + 40);
        QVERIFY(!studio.scene.containerAt(band).zone);
        const QPoint at = studio.viewportPoint(band);
        std::unique_ptr<QMimeData> mime(paletteMimeData(DiagramScene::componentEntry("rds")));
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(studio.view.viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(studio.view.viewport(), &move);
        QCOMPARE(move.dropAction(), Qt::IgnoreAction);
        QCOMPARE(studio.scene.regionItem(model::RegionId("us-east-1"))->frame(), region);
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(studio.view.viewport(), &drop);
        QVERIFY(!studio.component("rds"));
        QCOMPARE(studio.document.undoStack()->count(), 0);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains("Availability Zone"));
        // DynamoDB is regional: the same place takes it.
        QVERIFY(studio.dropFromPalette(DiagramScene::componentEntry("dynamodb"), band));
        QVERIFY(studio.component("dynamodb"));
    }

    void movingToAnotherZoneChangesPlacementInOneStep()
    {
        Studio studio;
        ComponentItem *item = studio.scene.componentItem(ComponentId("orders-db"));
        const QPointF from = item->pos();
        const QPointF to = studio.zoneFrame("us-east-1b").center() + QPointF(0, 120);
        const model::Design before = studio.document.design();
        testing::sceneDrag(&studio.scene, from, to);
        QCOMPARE(*studio.component("orders-db")->placement.zone, ZoneId("us-east-1b"));
        QCOMPARE(studio.document.undoStack()->count(), 1);
        QVERIFY(studio.scene.zoneItem(ZoneId("us-east-1b"))->frame().contains(item->pos()));
        studio.document.undoStack()->undo();
        QCOMPARE(studio.document.design(), before);
        QCOMPARE(item->pos(), from);
    }

    void movingOutOfAnyZoneSnapsBack()
    {
        Studio studio;
        ComponentItem *item = studio.scene.componentItem(ComponentId("orders-db"));
        const QPointF from = item->pos();
        const QRectF region = studio.scene.regionItem(model::RegionId("us-east-1"))->frame();
        QSignalSpy messages(&studio.scene, &DiagramScene::statusMessage);
        testing::sceneDrag(&studio.scene, from, QPointF(region.center().x(), region.top() + 40));
        QCOMPARE(item->pos(), from);
        QCOMPARE(studio.document.undoStack()->count(), 0);
        QCOMPARE(messages.count(), 1);
    }

    void aZoneIsMovedByItsHeaderOnly()
    {
        Studio studio;
        ContainerItem *zone = studio.scene.zoneItem(ZoneId("eu-west-1c"));
        const QRectF before = zone->frame();
        // Inside the empty zone: a rubber band, not a move.
        testing::sceneDrag(&studio.scene, before.center(), before.center() + QPointF(150, 80));
        QCOMPARE(zone->frame(), before);
        QCOMPARE(studio.document.undoStack()->count(), 0);
        // By its header: a move, one undo step; the region grows to keep it.
        const QPointF header = before.topLeft() + QPointF(60, 12);
        testing::sceneDrag(&studio.scene, header, header + QPointF(200, 0));
        QCOMPARE(studio.document.undoStack()->count(), 1);
        const QRectF moved = studio.document.design().layout.zoneFrames.value(ZoneId("eu-west-1c"));
        QCOMPARE(moved, before.translated(200, 0));
        QVERIFY(studio.document.design()
                    .layout.regionFrames.value(model::RegionId("eu-west-1"))
                    .contains(moved));
    }

    void draggingFromTheHandleCreatesALink()
    {
        Studio studio;
        ComponentItem *source = studio.scene.componentItem(ComponentId("eu-storefront"));
        ComponentItem *target = studio.scene.componentItem(ComponentId("catalog-reader"));
        const qsizetype links = studio.document.design().links.size();
        testing::sceneDrag(&studio.scene, source->mapToScene(source->handleRect().center()),
                           target->pos());
        QCOMPARE(studio.document.design().links.size(), links + 1);
        const model::Link &link = studio.document.design().links.last();
        QCOMPARE(link.from, ComponentId("eu-storefront"));
        QCOMPARE(link.to, ComponentId("catalog-reader"));
        QCOMPARE(studio.document.undoStack()->count(), 1);
        // The new link is drawn, and labelled as the cross-region traffic it is.
        const LinkItem *drawn = studio.scene.linkItems().isEmpty() ? nullptr : [&] {
            for (LinkItem *l : studio.scene.linkItems())
                if (l->kind() == LinkItem::Kind::Traffic && l->linkIndex() == links)
                    return l;
            return static_cast<LinkItem *>(nullptr);
        }();
        QVERIFY(drawn);
        QCOMPARE(drawn->reach(), LinkItem::Reach::CrossRegion);
        QVERIFY(drawn->label().contains("cross-region"));
        // The EU storefront reaches the carts table through its eu-west-1 replica: local.
        for (LinkItem *l : studio.scene.linkItems()) {
            if (l->from() == ComponentId("eu-storefront") && l->to() == ComponentId("carts")) {
                QCOMPARE(l->reach(), LinkItem::Reach::SameZone);
                QVERIFY(l->label().contains("regional replica"));
            }
        }
        // The card under the handle did not move.
        QCOMPARE(source->pos(),
                 studio.document.design().layout.componentPositions.value(source->id()));
    }

    void movingARegionMovesItsContents()
    {
        Studio studio;
        ContainerItem *region = studio.scene.regionItem(model::RegionId("eu-west-1"));
        ComponentItem *cache = studio.scene.componentItem(ComponentId("eu-cache"));
        const QPointF cacheBefore = cache->pos();
        const QPointF grab = region->frame().topLeft() + QPointF(200, 10);
        testing::sceneDrag(&studio.scene, grab, grab + QPointF(300, 100));
        QCOMPARE(studio.document.undoStack()->count(), 1);
        QCOMPARE(studio.document.design().layout.componentPositions.value(ComponentId("eu-cache")),
                 cacheBefore + QPointF(300, 100));
        QCOMPARE(cache->pos(), cacheBefore + QPointF(300, 100));
    }

    void badgesShowTheLatestEvaluation()
    {
        Studio studio;
        document::EvaluationScheduler scheduler(&studio.document);
        scheduler.setDebounceInterval(0);
        connect(&scheduler, &document::EvaluationScheduler::evaluationFinished, &studio.scene,
                [&](const engine::Evaluation &e) { studio.scene.setEvaluation(e); });
        QTRY_VERIFY(scheduler.hasEvaluation());
        ComponentItem *db = studio.scene.componentItem(ComponentId("orders-db"));
        const QString before = db->content().badge;
        QVERIFY(before.startsWith("$"));
        // A bigger instance class costs more: the badge follows the edit.
        studio.document.undoStack()->push(
            new document::SetPropertyCommand(&studio.document, ComponentId("orders-db"),
                                             "instanceClass", QString("db.r6g.4xlarge")));
        QTRY_VERIFY(scheduler.hasEvaluation() &&
                    scheduler.latestRevision() == studio.document.revision());
        QVERIFY(db->content().badge != before);
        for (const engine::ComponentResult &r : scheduler.latestEvaluation().components) {
            if (r.id == ComponentId("orders-db"))
                QCOMPARE(db->content().badge, render::badgeText(r, nullptr));
        }
        studio.scene.setBadgesVisible(false);
        QVERIFY(!studio.scene.badgesVisible());
    }

    void deleteRemovesLinksAndUndoRestores()
    {
        Studio studio;
        const model::Design before = studio.document.design();
        studio.scene.selectComponents({ComponentId("carts")});
        studio.scene.deleteSelection();
        QVERIFY(!studio.component("carts"));
        for (LinkItem *link : studio.scene.linkItems())
            QVERIFY(link->to() != ComponentId("carts"));
        studio.document.undoStack()->undo();
        QCOMPARE(studio.document.design(), before);
        QVERIFY(studio.scene.componentItem(ComponentId("carts")));
    }

    void largeDesignOpenedIsBuiltInSteps()
    {
        const model::Design large = benchmarks::syntheticDesign(2500);
        document::Document reference(large, test::kinds());
        DiagramScene built;
        built.setDocument(&reference); // a scene set up on a design builds everything at once
        QVERIFY(built.isComplete());
        const qsizetype links = built.linkItems().size();
        QVERIFY(links > 2000);

        document::Document document(test::kinds());
        DiagramScene scene;
        scene.setDocument(&document);
        document.setDesign(large); // as File > Open does
        QVERIFY(!scene.isComplete());
        QVERIFY(scene.linkItems().isEmpty());
        // Already known from the layout, for Fit Design: the items' extent but for the
        // strokes and badges around the edge.
        const QRectF early = scene.designBounds();
        const QRectF whole = built.designBounds();
        QVERIFY(whole.contains(early));
        QVERIFY(early.width() * early.height() > 0.99 * whole.width() * whole.height());
        QTRY_VERIFY(scene.isComplete());
        QCOMPARE(scene.componentItems().size(), large.components.size());
        QCOMPARE(scene.linkItems().size(), links);
        QCOMPARE(scene.designBounds(), built.designBounds());

        // An edit before the build is done completes it first, then applies itself.
        document.setDesign(model::Design());
        document.setDesign(large);
        QVERIFY(scene.componentItems().size() < large.components.size());
        const auto workload = std::find_if(
            large.components.cbegin(), large.components.cend(),
            [](const model::Component &c) { return c.kind == QLatin1String("workload"); });
        QVERIFY(workload != large.components.cend());
        document.undoStack()->push(
            new document::SetPropertyCommand(&document, workload->id, "readsPerSecond", 1234.0));
        QVERIFY(scene.componentItems().size() == large.components.size());
        QCOMPARE(scene.linkItems().size(), links);
        QCoreApplication::processEvents(); // a step still due does nothing twice
        QCOMPARE(scene.linkItems().size(), links);
        // So does selecting cards.
        document.setDesign(model::Design());
        document.setDesign(large);
        scene.selectComponents({large.components.last().id});
        QCOMPARE(scene.selectedComponents(), QList<ComponentId>{large.components.last().id});
        QVERIFY(!scene.isComplete() || scene.linkItems().size() == links);
    }

    void scriptedSessionUndoesAndRedoesSymmetrically()
    {
        Studio studio;
        QList<model::Design> states{studio.document.design()};
        const auto step = [&] {
            states.append(studio.document.design());
        };
        QVERIFY(studio.dropFromPalette(DiagramScene::componentEntry("elasticache"),
                                       studio.zoneFrame("us-east-1c").center() + QPointF(0, 80)));
        step();
        testing::sceneDrag(&studio.scene,
                           studio.scene.componentItem(ComponentId("elasticache"))->pos(),
                           studio.zoneFrame("us-east-1a").center() + QPointF(0, 150));
        step();
        ComponentItem *app = studio.scene.componentItem(ComponentId("storefront"));
        testing::sceneDrag(&studio.scene, app->mapToScene(app->handleRect().center()),
                           studio.scene.componentItem(ComponentId("elasticache"))->pos());
        step();
        studio.scene.selectComponents({ComponentId("orders-replica")});
        studio.view.setFocus();
        QTest::keyClick(studio.view.viewport(), Qt::Key_Right, Qt::ShiftModifier);
        step();
        studio.scene.selectComponents({ComponentId("orders-replica")});
        studio.scene.deleteSelection();
        step();
        QVERIFY(studio.dropFromPalette(
            DiagramScene::zoneEntry(),
            studio.scene.regionItem(model::RegionId("eu-west-1"))->frame().bottomRight() -
                QPointF(60, 60)));
        step();
        QCOMPARE(studio.document.undoStack()->count(), states.size() - 1);
        for (qsizetype i = 1; i < states.size(); ++i)
            QVERIFY2(states.at(i) != states.at(i - 1), qPrintable(QString::number(i)));

        QUndoStack *stack = studio.document.undoStack();
        for (qsizetype i = states.size() - 1; i > 0; --i) {
            stack->undo();
            QCOMPARE(studio.document.design(), states.at(i - 1));
        }
        for (qsizetype i = 1; i < states.size(); ++i) {
            stack->redo();
            QCOMPARE(studio.document.design(), states.at(i));
        }
        // The scene follows: one item per component of the final design.
        for (const model::Component &c : studio.document.design().components)
            QVERIFY(studio.scene.componentItem(c.id));
        QVERIFY(!studio.scene.componentItem(ComponentId("orders-replica")));
    }
};

QTEST_MAIN(TestDiagramScene)
#include "tst_diagramscene.moc"
