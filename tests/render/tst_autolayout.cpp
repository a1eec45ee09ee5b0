#include "core/io/designfile.h"
#include "core/render/autolayout.h"
#include "core/render/diagramstyle.h"
#include "support/testkinds.h"

#include <QTest>

using namespace archstudio;

namespace {

model::Design sampleWithoutLayout()
{
    io::LoadResult loaded = io::loadDesignFile(
        QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio"), test::loadOptions());
    if (!loaded.file)
        qFatal("the sample does not load");
    model::Design design = loaded.file->design;
    design.layout = {};
    // A workload in one zone, to be laid out inside it.
    model::Component app;
    app.id = model::ComponentId("one-zone-app");
    app.kind = "workload";
    app.placement.region = model::RegionId("us-east-1");
    app.placement.zones = {model::ZoneId("us-east-1b")};
    design.components.append(app);
    return design;
}

} // namespace

class TestAutoLayout : public QObject
{
    Q_OBJECT

private slots:
    void everythingLandsInItsContainer()
    {
        const model::Design design = sampleWithoutLayout();
        const model::Layout layout = render::completeLayout(design, test::schemas());
        for (const model::Region &region : design.regions) {
            QVERIFY(layout.regionFrames.contains(region.code));
            for (const model::ZoneId &zone : region.zones) {
                QVERIFY(layout.zoneFrames.contains(zone));
                QVERIFY(
                    layout.regionFrames.value(region.code).contains(layout.zoneFrames.value(zone)));
            }
        }
        for (const model::Component &c : design.components) {
            QVERIFY2(layout.componentPositions.contains(c.id), qPrintable(c.id.value()));
            const QPointF at = layout.componentPositions.value(c.id);
            const QRectF card(at - QPointF(render::style::kCardSize.width() / 2,
                                           render::style::kCardSize.height() / 2),
                              render::style::kCardSize);
            QVERIFY2(layout.regionFrames.value(c.placement.region).contains(card),
                     qPrintable(c.id.value()));
            std::optional<model::ZoneId> zone = c.placement.zone;
            if (c.placement.zones.size() == 1)
                zone = c.placement.zones.first();
            if (zone && c.kind != "elasticache")
                QVERIFY2(layout.zoneFrames.value(*zone).contains(card), qPrintable(c.id.value()));
        }
        // Regions side by side, never overlapping.
        const QRectF us = layout.regionFrames.value(model::RegionId("us-east-1"));
        const QRectF eu = layout.regionFrames.value(model::RegionId("eu-west-1"));
        QVERIFY(!us.intersects(eu));
    }

    void keepsWhatTheLayoutHas()
    {
        model::Design design = sampleWithoutLayout();
        design.layout.componentPositions.insert(model::ComponentId("carts"), QPointF(-5000, 42));
        const model::Layout layout = render::completeLayout(design, test::schemas());
        QCOMPARE(layout.componentPositions.value(model::ComponentId("carts")), QPointF(-5000, 42));
        // Arranging ignores it.
        QVERIFY(render::arrangeLayout(design, test::schemas())
                    .componentPositions.value(model::ComponentId("carts")) != QPointF(-5000, 42));
    }
};

QTEST_GUILESS_MAIN(TestAutoLayout)
#include "tst_autolayout.moc"
