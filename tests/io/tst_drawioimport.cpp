// Importing diagrams drawn in diagrams.net with its AWS shapes (not exported by ArchStudio):
// kinds, names, placements, references and links from the drawing, what was skipped and
// assumed, compressed pages, File > Open of such a diagram, and hostile files refused.
#include "core/engine/engine.h"
#include "core/io/drawiodecode.h"
#include "core/io/drawioimport.h"
#include "core/io/drawioreader.h"
#include "core/io/drawioshapes.h"
#include "support/testkinds.h"

#include <QFile>
#include <QTest>

using namespace archstudio;

namespace {

/// shop.drawio's components as read: the row of shapes in the zones left to right (y 140 in
/// the drawing), then Reports DB below them (y 240), then the cluster and the table (y 460).
const QStringList kShopReadingOrder{"orders-db",           "aurora-writer", "session-cache",
                                    "orders-read-replica", "aurora-reader", "reports-db",
                                    "catalog-cluster",     "carts-table"};

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(ARCHSTUDIO_TEST_DATA "/drawio-import/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

io::ImportResult import(const QString &name)
{
    return io::importDrawioDiagram(fixture(name), name, *test::kinds());
}

const model::Component *component(const model::Design &design, const QString &id)
{
    for (const model::Component &c : design.components) {
        if (c.id.value() == id)
            return &c;
    }
    return nullptr;
}

QString skipReason(const io::ImportResult &result, const QString &cellId)
{
    for (const io::SkippedItem &item : result.skipped) {
        if (item.source.startsWith(QStringLiteral("cell \"%1\"").arg(cellId)))
            return item.reason;
    }
    return QStringLiteral("<not skipped>");
}

bool hasWarning(const QStringList &warnings, const QString &part)
{
    return std::any_of(warnings.cbegin(), warnings.cend(),
                       [&](const QString &w) { return w.contains(part); });
}

} // namespace

class TestDrawioImport : public QObject
{
    Q_OBJECT

private slots:
    void decodesPlainAndCompressedPagesAlike()
    {
        const io::DecodedDrawio plain = io::decodeDrawio(fixture("shop.drawio"), {});
        const io::DecodedDrawio packed = io::decodeDrawio(fixture("shop-compressed.drawio"), {});
        QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
        QVERIFY2(packed.error.isEmpty(), qPrintable(packed.error));
        QCOMPARE(plain.pages, 2);
        QCOMPARE(packed.pages, 1);
        QVERIFY(!plain.compressed);
        QVERIFY(packed.compressed);
        QVERIFY(packed.model.startsWith("<mxGraphModel"));
        const io::ImportResult a = import("shop.drawio");
        const io::ImportResult b = import("shop-compressed.drawio");
        QVERIFY(a.design && b.design);
        QCOMPARE(a.design->components, b.design->components);
        QCOMPARE(a.design->regions, b.design->regions);
    }

    void importsKindsNamesAndPlacements()
    {
        const io::ImportResult result = import("shop.drawio");
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.design);
        const model::Design &d = *result.design;
        QCOMPARE(d.regions.size(), 1);
        QCOMPARE(d.regions.at(0).code.value(), QStringLiteral("us-east-1"));
        // The labelled zone keeps its name; the unnamed one takes the next free zone.
        QCOMPARE(d.regions.at(0).zones,
                 (QList<model::ZoneId>{model::ZoneId("us-east-1a"), model::ZoneId("us-east-1b")}));
        QCOMPARE(d.components.size(), 8);
        const auto check = [&](const QString &id, const QString &kind, const QString &name,
                               const QString &zone) {
            const model::Component *c = component(d, id);
            QVERIFY2(c, qPrintable(id));
            QCOMPARE(c->kind, kind);
            QCOMPARE(c->name, name);
            QCOMPARE(c->placement.region.value(), QStringLiteral("us-east-1"));
            QCOMPARE(c->placement.zone.value_or(model::ZoneId()).value(), zone);
        };
        check("orders-db", "rds", "Orders DB", "us-east-1a"); // label HTML and &nbsp; stripped
        check("aurora-writer", "aurora-instance", "Aurora writer", "us-east-1a");
        check("session-cache", "elasticache", "Session cache", "us-east-1a");
        check("orders-read-replica", "rds-replica", "Orders read replica", "us-east-1b");
        check("aurora-reader", "aurora-instance", "Aurora reader", "us-east-1b");
        check("catalog-cluster", "aurora-cluster", "Catalog cluster", QString());
        check("carts-table", "dynamodb", "Carts table", QString());
        // Not a child of the zone group, but drawn inside it.
        check("reports-db", "rds", "Reports DB", "us-east-1b");

        QCOMPARE(component(d, "session-cache")->properties.value("engine").toString(),
                 QStringLiteral("redis"));
        QCOMPARE(component(d, "reports-db")->properties.value("engine").toString(),
                 QStringLiteral("postgres"));
        QCOMPARE(component(d, "aurora-writer")->properties.value("role").toString(),
                 QStringLiteral("writer"));
        QVERIFY(!component(d, "aurora-reader")->properties.contains("role"));
        // References from the edges, which do not become links.
        QCOMPARE(component(d, "orders-read-replica")->properties.value("replicaOf").toString(),
                 QStringLiteral("orders-db"));
        QCOMPARE(component(d, "aurora-writer")->properties.value("cluster").toString(),
                 QStringLiteral("catalog-cluster"));
        QCOMPARE(component(d, "aurora-reader")->properties.value("cluster").toString(),
                 QStringLiteral("catalog-cluster"));
        QVERIFY(d.links.isEmpty());
        QCOMPARE(result.imported.size(), 8);
        QCOMPARE(result.imported.at(0).source, QStringLiteral("cell \"orders\" (Orders DB)"));
        // No layout (the drawing's icons would pile the cards up): the components come in the
        // drawing's reading order, which the automatic layout fills each zone in.
        QVERIFY(d.layout.isEmpty());
        QStringList order;
        for (const model::Component &c : d.components)
            order << c.id.value();
        QCOMPARE(order, kShopReadingOrder);
    }

    void listsWhatItSkipsAndAssumes()
    {
        const io::ImportResult result = import("shop.drawio");
        QCOMPARE(skipReason(result, "fn"),
                 QStringLiteral("mxgraph.aws4.lambda is not a kind ArchStudio models"));
        QVERIFY(skipReason(result, "note").contains("text"));
        QVERIFY(skipReason(result, "e-fn").contains("does not join two imported"));
        QVERIFY(skipReason(result, "e-db-db").contains("links run from a workload"));
        QCOMPARE(skipReason(result, "deco"), QStringLiteral("<not skipped>"));
        QCOMPARE(skipReason(result, "e-replica"), QStringLiteral("<not skipped>"));
        QCOMPARE(result.skipped.size(), 6);
        QVERIFY(hasWarning(result.warnings, "2 pages; only the first"));
        QVERIFY(hasWarning(result.warnings, "cell \"az-b\" (Availability Zone): the Availability "
                                            "Zone group names no zone; it is taken as us-east-1b"));
        QVERIFY(hasWarning(result.warnings, "1 unlabelled shapes"));
        QCOMPARE(result.warnings.size(), 3);
    }

    void linksRunFromKindsThatStartThem()
    {
        // A registry where Lambda functions are workloads: the edges to them become links.
        model::KindRegistry registry;
        for (model::KindSchema schema : test::schemas().schemas()) {
            if (schema.kind == QLatin1String("workload"))
                schema.drawioShapes = {QStringLiteral("lambda")};
            registry.add(schema, {});
        }
        const io::DecodedDrawio decoded = io::decodeDrawio(fixture("shop.drawio"), {});
        const io::ImportResult result = io::importDrawioModel(decoded.model, 1, "shop.drawio",
                                                              registry, test::kinds()->catalog());
        QVERIFY2(result.design, qPrintable(result.error));
        const model::Component *fn = component(*result.design, "checkout-function");
        QVERIFY(fn);
        QCOMPARE(fn->kind, QStringLiteral("workload"));
        // Outside every group: the reference region, its first zone.
        QCOMPARE(fn->placement.zones, QList<model::ZoneId>{model::ZoneId("us-east-1a")});
        QVERIFY(hasWarning(result.warnings, "outside every Region group"));
        const QList<model::Link> links = result.design->links;
        QCOMPARE(links.size(), 3);
        QCOMPARE(links.at(0).from.value(), QStringLiteral("checkout-function"));
        QCOMPARE(links.at(0).to.value(), QStringLiteral("orders-db"));
        QCOMPARE(links.at(0).traffic, model::Traffic::ReadsWrites);
        // Drawn from the cache to the function: turned round, and a cache serves reads.
        QCOMPARE(links.at(2).from.value(), QStringLiteral("checkout-function"));
        QCOMPARE(links.at(2).to.value(), QStringLiteral("session-cache"));
        QCOMPARE(links.at(2).traffic, model::Traffic::Reads);
        QVERIFY(skipReason(result, "e-db-db").contains("cannot be linked"));
    }

    void withoutGroupsUsesTheReferenceRegion()
    {
        const io::ImportResult result = import("no-groups.drawio");
        QVERIFY2(result.design, qPrintable(result.error));
        QVERIFY(hasWarning(result.warnings, "no Region group; its shapes are placed in "
                                            "us-east-1"));
        QVERIFY(hasWarning(result.warnings, "cell \"d\" (Billing DB): not inside an "
                                            "Availability Zone group; placed in us-east-1a"));
        // The same design built by hand evaluates alike: defaults from a drawing.
        model::Design expected;
        expected.regions = {{model::RegionId("us-east-1"), {model::ZoneId("us-east-1a")}}};
        model::Component table{model::ComponentId("orders-table"),     "dynamodb", "Orders table",
                               {model::RegionId("us-east-1"), {}, {}}, {},         {}};
        model::Component db{model::ComponentId("billing-db"),
                            "rds",
                            "Billing DB",
                            {model::RegionId("us-east-1"), model::ZoneId("us-east-1a"), {}},
                            {},
                            {}};
        expected.components = {table, db};
        QCOMPARE(result.design->components, expected.components);
        QCOMPARE(result.design->regions, expected.regions);
        const auto cost = [](const model::Design &design) {
            return engine::evaluate({design, 1}, test::kinds()->catalog(), {}, test::behaviours())
                .totals.monthlyCostUsd;
        };
        QVERIFY(cost(expected) > 0.0);
        QCOMPARE(cost(*result.design), cost(expected));
    }

    void importsDiagramsNetTemplates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tables");
        QTest::newRow("aws_3") << QStringLiteral("aws_3.drawio") << 1;
        QTest::newRow("aws_7") << QStringLiteral("aws_7.drawio") << 1;
    }

    void importsDiagramsNetTemplates()
    {
        QFETCH(QString, name);
        QFETCH(int, tables);
        const io::ImportResult result = import(name);
        QVERIFY2(result.design, qPrintable(result.error));
        QCOMPARE(result.design->components.size(), tables);
        QCOMPARE(result.design->components.at(0).kind, QStringLiteral("dynamodb"));
        QVERIFY(!result.skipped.isEmpty()); // Lambda, S3, SNS ... are listed
        QVERIFY(std::any_of(result.skipped.cbegin(), result.skipped.cend(), [](const auto &item) {
            return item.source.endsWith("(AWS Cloud)") &&
                   item.reason.contains("a group ArchStudio does not model");
        }));
        QVERIFY(hasWarning(result.warnings, "no Region group"));
    }

    void refusesHostileFilesNamingThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("xml") << QStringLiteral("malformed-xml.drawio")
                             << QStringLiteral("malformed-xml.drawio: line 1, column");
        QTest::newRow("base64") << QStringLiteral("bad-base64.drawio")
                                << QStringLiteral("bad-base64.drawio: line 1: the compressed "
                                                  "diagram is not valid base64 text");
        QTest::newRow("deflate") << QStringLiteral("bad-deflate.drawio")
                                 << QStringLiteral("bad-deflate.drawio: line 1: the compressed "
                                                   "diagram cannot be uncompressed");
        QTest::newRow("bomb") << QStringLiteral("deflate-bomb.drawio")
                              << QStringLiteral("it inflates to more than 64 MiB");
    }

    void refusesHostileFilesNamingThem()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const io::ImportResult result = import(name);
        QVERIFY(!result.design);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY(result.error.startsWith(name + QStringLiteral(": ")));
    }

    void survivesCyclesAndDuplicateIds()
    {
        const io::ImportResult result = import("parent-cycle.drawio");
        QVERIFY2(result.design, qPrintable(result.error));
        QCOMPARE(result.design->components.size(), 1);
        QCOMPARE(result.design->components.at(0).name, QStringLiteral("Fine table"));
        QVERIFY(skipReason(result, "db").contains("cycle"));
        QVERIFY(skipReason(result, "ok").contains("same id"));
    }

    void readsLabelsAndRegionNames()
    {
        QCOMPARE(
            io::drawioimport::plainText("Orders&nbsp;<b>DB</b><br>primary &amp; &#228;&#x2014;"),
            QString::fromUtf8("Orders DB primary & \u00e4\u2014"));
        QCOMPARE(io::drawioimport::regionInLabel("Region: eu-west-1"), QStringLiteral("eu-west-1"));
        QCOMPARE(io::drawioimport::regionInLabel("US East (N. Virginia)"),
                 QStringLiteral("us-east-1"));
        QCOMPARE(io::drawioimport::regionInLabel("zone ap-southeast-2b"),
                 QStringLiteral("ap-southeast-2"));
        QCOMPARE(io::drawioimport::regionInLabel("Region"), QString());
    }

    void guessesParentsOnlyWhereItCan()
    {
        // An unnamed Region group, an Aurora instance without a cluster, a replica without
        // an edge to its source, and shapes nested deeper than any drawing.
        QByteArray xml = R"(<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="r" value="Region" style="shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_region;" vertex="1" parent="1"><mxGeometry width="800" height="600" as="geometry"/></mxCell>
<mxCell id="i" value="Writer" style="shape=mxgraph.aws4.aurora_instance;" vertex="1" parent="r"><mxGeometry x="10" y="10" width="78" height="78" as="geometry"/></mxCell>
<mxCell id="rep" value="Read replica" style="shape=mxgraph.aws4.rds_instance;" vertex="1" parent="r"><mxGeometry x="200" y="10" width="78" height="78" as="geometry"/></mxCell>
<mxCell id="g0" style="rounded=1;" vertex="1" parent="1"><mxGeometry width="10" height="10" as="geometry"/></mxCell>
)";
        for (int i = 1; i < 40; ++i)
            xml += QStringLiteral("<mxCell id=\"g%1\" style=\"rounded=1;\" vertex=\"1\" "
                                  "parent=\"g%2\"><mxGeometry width=\"10\" height=\"10\" "
                                  "as=\"geometry\"/></mxCell>")
                       .arg(i)
                       .arg(i - 1)
                       .toUtf8();
        xml +=
            R"(<mxCell id="deep" value="Deep table" style="shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.dynamodb;" vertex="1" parent="g39"><mxGeometry width="78" height="78" as="geometry"/></mxCell>
</root></mxGraphModel>)";
        const io::ImportResult result = io::importDrawioDiagram(xml, "g.drawio", *test::kinds());
        QVERIFY2(result.design, qPrintable(result.error));
        const model::Design &d = *result.design;
        QCOMPARE(d.components.size(), 2);
        QCOMPARE(d.components.at(0).kind, QStringLiteral("aurora-instance"));
        QCOMPARE(d.components.at(1).kind, QStringLiteral("aurora-cluster"));
        QCOMPARE(d.components.at(0).properties.value("cluster").toString(),
                 d.components.at(1).id.value());
        QCOMPARE(d.components.at(1).placement.region.value(), QStringLiteral("us-east-1"));
        QVERIFY(hasWarning(result.warnings, "cell \"r\" (Region): the Region group names no "
                                            "region; it is taken as us-east-1"));
        QVERIFY(hasWarning(result.warnings, "The diagram has no Aurora cluster in us-east-1 for "
                                            "Writer; one was added"));
        QVERIFY(skipReason(result, "rep").contains("must be joined by an edge"));
        QVERIFY(skipReason(result, "deep").contains("nest more than 32 deep"));
    }

    void deepXmlIsNoProblem()
    {
        QByteArray xml = "<mxfile><diagram><mxGraphModel><root>";
        xml += QByteArray("<a>").repeated(20000) + QByteArray("</a>").repeated(20000);
        xml += "</root></mxGraphModel></diagram></mxfile>";
        const io::ImportResult result = io::importDrawioDiagram(xml, "d.drawio", *test::kinds());
        QVERIFY(!result.design);
        QVERIFY(result.error.startsWith("d.drawio: "));
    }

    void emptyOrForeignDiagramsAreRefused()
    {
        const io::ImportResult result =
            io::importDrawioDiagram("<mxGraphModel><root><mxCell id=\"0\"/></root></mxGraphModel>",
                                    "x.drawio", *test::kinds());
        QVERIFY(!result.design);
        QVERIFY(result.error.startsWith("x.drawio: this diagram was not written by ArchStudio"));
    }

    void fileOpenImportsWithWarnings()
    {
        for (const QString name : {"shop.drawio", "shop-compressed.drawio"}) {
            const io::LoadResult loaded = io::loadDrawio(fixture(name), test::loadOptions());
            QVERIFY(loaded.file);
            QVERIFY(!model::hasErrors(loaded.problems));
            QCOMPARE(loaded.file->design.components.size(), 8);
            QCOMPARE(loaded.file->container, io::Container::Drawio);
            const bool skippedLambda =
                std::any_of(loaded.problems.cbegin(), loaded.problems.cend(), [](const auto &p) {
                    return p.path == QLatin1String("cell \"fn\" (Checkout function)") &&
                           p.message.startsWith("not imported: mxgraph.aws4.lambda");
                });
            QVERIFY(skippedLambda);
        }
        const io::LoadResult bomb =
            io::loadDrawio(fixture("deflate-bomb.drawio"), test::loadOptions());
        QVERIFY(!bomb.file);
        QVERIFY(bomb.problems.at(0).message.contains("inflates to more than"));
    }
};

QTEST_GUILESS_MAIN(TestDrawioImport)
#include "tst_drawioimport.moc"
