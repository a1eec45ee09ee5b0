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

ComponentIndex indexOf(const model::Design &design, std::vector<size_t> hashes = {})
{
    if (hashes.empty()) {
        for (const model::Component &c : design.components)
            hashes.push_back(ComponentIndex::hashOf(c.id));
    }
    ComponentIndex index;
    index.build(design, hashes);
    return index;
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

    void idsFiledUnderOneHashAreToldApartByTheirText()
    {
        // Every id under one hash, as a hostile file would aim for: filing compares the ids
        // themselves, so the two y's are one id and x, y, z stay three.
        const model::Design design = designWithIds(
            {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"), QStringLiteral("y")});
        QCOMPARE(indexOf(design, std::vector<size_t>(4, 7)).size(), 3);
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
};

QTEST_GUILESS_MAIN(TestComponentIndex)
#include "tst_componentindex.moc"
