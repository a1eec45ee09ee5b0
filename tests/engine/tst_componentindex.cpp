#include "core/engine/componentindex.h"
#include "core/engine/kindbehaviour.h"
#include "core/engine/pricebook.h"

#include <QTest>

#include <vector>

using namespace archstudio;
using archstudio::engine::ComponentIndex;

namespace {

model::Design designWithIds(const QStringList &ids)
{
    model::Design design;
    for (const QString &id : ids) {
        model::Component c;
        c.id = model::ComponentId(id);
        c.kind = QStringLiteral("rds");
        design.components.append(c);
    }
    return design;
}

ComponentIndex indexOf(const model::Design &design)
{
    ComponentIndex index;
    index.build(design);
    return index;
}

/// What the compile pass collects of the "cluster" property of the referrers.
std::vector<engine::ReferenceIndex::Reference>
clusterReferences(const model::Design &design, const ComponentIndex &components,
                  std::initializer_list<int> referrers)
{
    std::vector<engine::ReferenceIndex::Reference> references;
    for (int i : referrers) {
        const QString target = design.components.at(i).properties.value("cluster").toString();
        references.push_back(
            {0, target, components.value(model::ComponentId(target), -1), qsizetype(i)});
    }
    return references;
}

/// The design's components at these indices.
QList<const model::Component *> componentsAt(const model::Design &design,
                                             std::initializer_list<int> indices)
{
    QList<const model::Component *> list;
    for (int i : indices)
        list.append(&design.components.at(i));
    return list;
}

} // namespace

class TestComponentIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryComponentAndNothingElse()
    {
        QStringList ids;
        for (int i = 0; i < 5000; ++i)
            ids << QStringLiteral("c%1").arg(i);
        const model::Design design = designWithIds(ids);
        const ComponentIndex index = indexOf(design);
        QCOMPARE(index.size(), 5000);
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(index.value(design.components.at(i).id), i);
        QCOMPARE(index.value(model::ComponentId(QStringLiteral("c5000"))), -1);
        QCOMPARE(index.value(model::ComponentId(QStringLiteral("c1")), 42), 1);
        QCOMPARE(index.value(model::ComponentId(QStringLiteral("nope")), 42), 42);
        QCOMPARE(index.value(model::ComponentId()), -1);
    }

    void aRepeatedIdKeepsItsLastComponentLikeQHash()
    {
        const model::Design design = designWithIds(
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")});
        const ComponentIndex index = indexOf(design);
        QCOMPARE(index.size(), 3);
        QCOMPARE(index.value(model::ComponentId(QStringLiteral("a"))), 2);
        QCOMPARE(index.value(model::ComponentId(QStringLiteral("b"))), 1);
        QCOMPARE(index.value(model::ComponentId(QStringLiteral("c"))), 3);
    }

    /// A behaviour reads another component's compiled data by the component itself: only
    /// the design's own components have any, and none while compiling.
    void compiledDataIsFoundForTheDesignsComponentsOnly()
    {
        const model::Design design = designWithIds({QStringLiteral("a"), QStringLiteral("b")});
        const ComponentIndex index = indexOf(design);
        const catalog::Catalog catalog;
        const engine::PriceBook prices(catalog, nullptr);
        std::vector<std::unique_ptr<const engine::KindData>> compiled;
        compiled.push_back(std::make_unique<engine::KindData>());
        compiled.push_back(std::make_unique<engine::KindData>());
        engine::KindContext context{design, design.components.at(0), prices, index};
        context.compiled = &compiled;
        QCOMPARE(context.compiledOf(design.components.at(0)), compiled[0].get());
        QCOMPARE(context.compiledOf(design.components.at(1)), compiled[1].get());
        const model::Component copy = design.components.at(1); // equal, but not the design's
        QCOMPARE(context.compiledOf(copy), nullptr);
        context.compiled = nullptr; // as inside compile()
        QCOMPARE(context.compiledOf(design.components.at(1)), nullptr);
    }

    void emptyIndexFindsNothing()
    {
        const ComponentIndex unbuilt;
        QCOMPARE(unbuilt.value(model::ComponentId(QStringLiteral("a"))), -1);
        const model::Design empty;
        const ComponentIndex index = indexOf(empty);
        QCOMPARE(index.size(), 0);
        QCOMPARE(index.value(model::ComponentId(QStringLiteral("a")), 3), 3);
    }

    /// Referrers of a declared property are filed by the index of the component they name
    /// (looked up during compile), and by name when no component has it; a property nobody
    /// declared is found by scanning the design, and components with one id share their
    /// referrers.
    void referrersAreFoundByIndexByNameAndByScan()
    {
        model::Design design =
            designWithIds({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("x1"),
                           QStringLiteral("x2"), QStringLiteral("x3"), QStringLiteral("dup"),
                           QStringLiteral("dup"), QStringLiteral("y")});
        const auto set = [&](int i, const QString &property, const QString &value) {
            design.components[i].properties.insert(property, value);
        };
        set(2, QStringLiteral("cluster"), QStringLiteral("a"));
        set(3, QStringLiteral("cluster"), QStringLiteral("a"));
        set(4, QStringLiteral("cluster"), QStringLiteral("ghost"));
        set(7, QStringLiteral("cluster"), QStringLiteral("dup"));
        set(3, QStringLiteral("replicaOf"), QStringLiteral("b"));
        const ComponentIndex components = indexOf(design);
        const auto references = clusterReferences(design, components, {2, 3, 4, 7});
        QCOMPARE(references.at(2).targetIndex, qsizetype(-1)); // "ghost" names nobody
        engine::ReferenceIndex index(design);
        index.index({QStringLiteral("cluster")}, references, components);
        const auto at = [&](std::initializer_list<int> indices) {
            return componentsAt(design, indices);
        };
        const QString cluster = QStringLiteral("cluster");
        QCOMPARE(index.referrers(cluster, model::ComponentId("a")), at({2, 3}));
        QCOMPARE(index.referrers(cluster, model::ComponentId("ghost")), at({4}));
        QCOMPARE(index.referrers(cluster, model::ComponentId("dup")), at({7}));
        QVERIFY(index.referrers(cluster, model::ComponentId("b")).isEmpty());
        QVERIFY(index.referrers(cluster, model::ComponentId("nobody")).isEmpty());
        QCOMPARE(index.referrers(QStringLiteral("replicaOf"), model::ComponentId("b")), at({3}));
        // With duplicate ids a component is looked up by its id: both "dup"s see the
        // referrers filed under the index the id has.
        QCOMPARE(index.referrers(cluster, design.components.at(5)), at({7}));
        QCOMPARE(index.referrers(cluster, design.components.at(6)), at({7}));
        QCOMPARE(index.referrers(cluster, design.components.at(0)), at({2, 3}));
    }

    /// With unique ids, a component's referrers are found by its place in the design; one
    /// that is not the design's own (an equal copy) by its id, with the same answer.
    void referrersOfADesignsComponentAreFoundByItsPlace()
    {
        model::Design design =
            designWithIds({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("x1"),
                           QStringLiteral("x2"), QStringLiteral("y")});
        design.components[2].properties.insert(QStringLiteral("cluster"), QStringLiteral("a"));
        design.components[3].properties.insert(QStringLiteral("cluster"), QStringLiteral("a"));
        design.components[4].properties.insert(QStringLiteral("cluster"), QStringLiteral("b"));
        const ComponentIndex components = indexOf(design);
        engine::ReferenceIndex index(design);
        const QString cluster = QStringLiteral("cluster");
        index.index({cluster}, clusterReferences(design, components, {2, 3, 4}), components);
        const auto at = [&](std::initializer_list<int> indices) {
            return componentsAt(design, indices);
        };
        QCOMPARE(index.referrers(cluster, design.components.at(0)), at({2, 3}));
        QCOMPARE(index.referrers(cluster, design.components.at(1)), at({4}));
        QVERIFY(index.referrers(cluster, design.components.at(4)).isEmpty());
        const model::Component copy = design.components.at(1);
        QCOMPARE(index.referrers(cluster, copy), at({4}));
        // A property no behaviour declared: found by a scan, by name.
        QVERIFY(index.referrers(QStringLiteral("replicaOf"), design.components.at(0)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestComponentIndex)
#include "tst_componentindex.moc"
