#include "core/engine/kindset.h"
#include "support/catalogfixtures.h"
#include "support/enginefixtures.h"
#include "support/testkinds.h"

#include "core/engine/catalogvalues.h"
#include "core/engine/kindbehaviour.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace archstudio;
using test::componentOf;
using test::evaluateDesign;
using test::loadEngineDesign;

namespace {

engine::CatalogValues bundledValues()
{
    return engine::CatalogValues(test::kinds()->catalog(), test::kinds()->behaviours());
}

const engine::Warning *findingFor(const engine::Evaluation &e, const QString &rule,
                                  const QString &component)
{
    const auto it = std::find_if(e.warnings.cbegin(), e.warnings.cend(), [&](const auto &w) {
        return w.rule == rule && w.component.value() == component;
    });
    return it == e.warnings.cend() ? nullptr : &*it;
}

double entry(const QString &key)
{
    return test::kinds()->catalog().value(key).value_or(-1.0);
}

model::Component &componentIn(model::Design &design, const char *id)
{
    const qsizetype i = design.indexOfComponent(model::ComponentId(QString::fromLatin1(id)));
    Q_ASSERT(i >= 0);
    return design.components[i];
}

/// The shipped catalog (the bundled figures and the AWS plugin's) without one of its entries.
catalog::Catalog shippedWithout(const QString &key)
{
    QJsonObject root =
        QJsonDocument::fromJson(catalog::catalogToJson(test::kinds()->catalog())).object();
    QJsonObject entries = root.value(QStringLiteral("entries")).toObject();
    if (!entries.contains(key))
        qFatal("the shipped catalog has no %s", qPrintable(key));
    entries.remove(key);
    root.insert(QStringLiteral("entries"), entries);
    const catalog::CatalogLoadResult parsed = catalog::parseCatalog(QJsonDocument(root).toJson());
    if (!parsed.catalog)
        qFatal("%s", qPrintable(parsed.error));
    return *parsed.catalog;
}

/// A cache and a DAX cluster of node types the catalog does not know, in us-east-1.
void addUnpricedCacheAndDax(model::Design &design)
{
    model::Component cache;
    cache.id = model::ComponentId("cache");
    cache.kind = "elasticache";
    cache.placement.region = model::RegionId("us-east-1");
    cache.placement.zone = model::ZoneId("us-east-1a");
    cache.properties.insert("nodeType", "cache.bogus.large");
    design.components.append(cache);
    model::Component table;
    table.id = model::ComponentId("table");
    table.kind = "dynamodb";
    table.placement.region = model::RegionId("us-east-1");
    table.properties.insert("dax", QVariantMap{{"nodeType", "dax.bogus.large"}, {"nodes", 3}});
    design.components.append(table);
}

} // namespace

class TestCatalogValues : public QObject
{
    Q_OBJECT

private slots:
    void listsTheKeyedPropertiesOfEachKind()
    {
        const engine::CatalogValues values = bundledValues();
        QVERIFY(values.listsValues("rds", "instanceClass"));
        QVERIFY(values.listsValues("rds-replica", "instanceClass"));
        QVERIFY(values.listsValues("aurora-instance", "instanceClass"));
        QVERIFY(values.listsValues("elasticache", "nodeType"));
        QVERIFY(values.listsValues("dynamodb", "dax.nodeType"));
        QVERIFY(!values.listsValues("rds", "storageType"));
        QVERIFY(!values.listsValues("elasticache", "instanceClass"));
        QVERIFY(!values.listsValues("workload", "readsPerSecond"));
        QVERIFY(!values.listsValues("no-such-kind", "instanceClass"));
    }

    void pricedValuesAreTheCatalogs()
    {
        model::Design design = loadEngineDesign("unknown-instance-class.json");
        const QStringList listed =
            bundledValues().pricedValues(design, componentIn(design, "db"), "instanceClass");
        // Every class the catalog prices for MySQL in us-east-1, whatever the deployment.
        const QString prefix = QStringLiteral("price.us-east-1.rds.instance.mysql.");
        const QSet<QString> expected = test::bundledRdsClassesUnder(prefix);
        QVERIFY(expected.size() > 5);
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), expected);
        QCOMPARE(listed.size(), expected.size());
        // A replica prices its source's engine; a region without prices of its own, us-east-1's.
        componentIn(design, "replica").placement.region = model::RegionId("eu-west-1");
        QCOMPARE(
            bundledValues().pricedValues(design, componentIn(design, "replica"), "instanceClass"),
            listed);
    }

    void sortsByFamilyThenSize()
    {
        QStringList values{"db.t4g.micro", "db.r6g.2xlarge", "db.r6g.xlarge",
                           "db.r6g.large", "db.m5.12xlarge", "db.m5.2xlarge"};
        engine::sortByFamilyAndSize(values);
        QCOMPARE(values, (QStringList{"db.m5.2xlarge", "db.m5.12xlarge", "db.r6g.large",
                                      "db.r6g.xlarge", "db.r6g.2xlarge", "db.t4g.micro"}));
    }

    void validationNamesThePathAndWhatIsPriced()
    {
        const model::Design design = loadEngineDesign("unknown-instance-class.json");
        const engine::CatalogValues values = bundledValues();
        const model::Problems problems = values.problems(design);
        // The replica takes its source's class: reported once, where it is set.
        QCOMPARE(problems.size(), 1);
        const model::Problem &p = problems.first();
        QCOMPARE(p.severity, model::Problem::Severity::Warning);
        QCOMPARE(p.path, QStringLiteral("components[1].properties.instanceClass"));
        QVERIFY2(p.message.startsWith(QStringLiteral(
                     "instance class \"db.bogus.huge\" is not in the aws catalog for mysql in "
                     "us-east-1, so it cannot be priced; expected one it prices (")),
                 qPrintable(p.message));
        // A few of the classes the catalog prices, each one it really prices.
        const QStringList priced =
            values.pricedValues(design, design.components.at(1), QStringLiteral("instanceClass"));
        const QStringList offered =
            p.message.section(QStringLiteral("such as "), 1).split(QStringLiteral(", "));
        QVERIFY2(offered.size() >= 3, qPrintable(p.message));
        for (const QString &value : offered)
            QVERIFY2(priced.contains(value), qPrintable(value));
        QVERIFY(p.message.contains(QStringLiteral("(%1 in all)").arg(priced.size())));
        QCOMPARE(values.problems(design, 1), problems);
        QVERIFY(values.problems(design, 2).isEmpty());
    }

    void validationFollowsEachKeyedKind()
    {
        model::Design design = loadEngineDesign("unknown-instance-class.json");
        componentIn(design, "db").properties.insert("instanceClass", "db.r6g.large");
        // A size its family lacks: the family's own sizes are offered first.
        componentIn(design, "replica").properties.insert("instanceClass", "db.r6g.huge");
        addUnpricedCacheAndDax(design);

        const model::Problems problems = bundledValues().problems(design);
        QStringList paths;
        for (const model::Problem &p : problems)
            paths << p.path;
        QCOMPARE(paths, (QStringList{"components[2].properties.instanceClass",
                                     "components[3].properties.nodeType",
                                     "components[4].properties.dax.nodeType"}));
        QVERIFY2(
            problems.at(0).message.contains(QStringLiteral("such as db.r6g.large, db.r6g.xlarge")),
            qPrintable(problems.at(0).message));
        QVERIFY(problems.at(1).message.startsWith(
            QStringLiteral("node type \"cache.bogus.large\" is not in the aws catalog for valkey "
                           "in us-east-1")));
        QVERIFY(problems.at(2).message.startsWith(
            QStringLiteral("DAX node type \"dax.bogus.large\" is not in the aws catalog for "
                           "us-east-1")));

        // A deployment that does not use the value is not reported.
        componentIn(design, "cache").properties.insert("deployment", "serverless");
        componentIn(design, "table").properties.insert("dax", QVariant::fromValue(nullptr));
        QCOMPARE(bundledValues().problems(design).size(), 1);
    }

    void anEngineTheCatalogDoesNotPriceIsReported()
    {
        // The catalog has no Oracle prices: even the kind's default class is not priced, and
        // the warning says so where the class would be set.
        model::Design design = loadEngineDesign("unknown-instance-class.json");
        model::Component &db = componentIn(design, "db");
        db.properties.insert("engine", "oracle");
        db.properties.remove("instanceClass");
        const model::Problems problems = bundledValues().problems(design);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, QStringLiteral("components[1].properties.instanceClass"));
        QCOMPARE(problems.first().message,
                 QStringLiteral("instance class \"db.r6g.large\" is not in the aws catalog for "
                                "oracle in us-east-1, so it cannot be priced; it prices no "
                                "instance class there (an imported AWS price list may: "
                                "archstudio catalog import)"));
        const engine::Evaluation e = evaluateDesign(design);
        QVERIFY(componentOf(e, "db").unpriced);
        QCOMPARE(
            findingFor(e, "unpriced-value", "db")->fix,
            QStringLiteral("Import an AWS price list that has it (archstudio catalog import)"));
    }

    void anUnknownClassLeavesTheComponentUnpriced()
    {
        const engine::Evaluation e =
            evaluateDesign(loadEngineDesign("unknown-instance-class.json"));
        const engine::ComponentResult &db = componentOf(e, "db");
        QVERIFY(db.unpriced);
        const engine::LineItem &instance = db.lineItems.first();
        QVERIFY(instance.unpriced);
        QCOMPARE(instance.catalogKey,
                 QStringLiteral("price.us-east-1.rds.instance.mysql.single-az.db.bogus.huge"));
        QCOMPARE(instance.quantity, 730.0);
        QCOMPARE(instance.monthlyUsd, 0.0);
        // What is priced is still there: the storage and the backup.
        const double storage = 20 * entry("price.us-east-1.rds.storage.gp2.single-az") +
                               1000 * entry("price.us-east-1.rds.backup");
        QVERIFY(std::abs(db.monthlyCostUsd - storage) < 1e-9);
        for (const engine::LineItem &line : db.lineItems.mid(1))
            QVERIFY(!line.unpriced);
        // The replica is priced with its source's class: unpriced too.
        QVERIFY(componentOf(e, "replica").unpriced);
        QVERIFY(!componentOf(e, "app").unpriced);
        QCOMPARE(e.totals.unpricedComponents, 2);
        // The total is what could be priced: a lower bound.
        QVERIFY(std::abs(e.totals.monthlyCostUsd -
                         (db.monthlyCostUsd + componentOf(e, "replica").monthlyCostUsd)) < 1e-9);
    }

    void theReviewNamesTheComponentAndTheValue()
    {
        const engine::Evaluation e =
            evaluateDesign(loadEngineDesign("unknown-instance-class.json"));
        const engine::Warning *db = findingFor(e, "unpriced-value", "db");
        QVERIFY(db);
        QCOMPARE(db->message,
                 QStringLiteral("db is not priced: its instance class \"db.bogus.huge\" is not in "
                                "the aws catalog for mysql in us-east-1, so the total leaves it "
                                "out"));
        QVERIFY2(db->fix.startsWith(
                     QStringLiteral("Set instanceClass to one the catalog prices, such as db.")),
                 qPrintable(db->fix));
        QVERIFY(db->fix.contains(QStringLiteral("archstudio catalog import")));
        const engine::Warning *replica = findingFor(e, "unpriced-value", "replica");
        QVERIFY(replica);
        // Its class is its source's: the message says whose.
        QVERIFY2(replica->message.contains(QStringLiteral("\"db.bogus.huge\" (db's) is not in")),
                 qPrintable(replica->message));
        // Listed before the other findings: the bill itself is wrong.
        QCOMPARE(e.warnings.first().rule, QStringLiteral("unpriced-value"));
    }

    void otherKeyedValuesAreUnpricedToo()
    {
        model::Design design = loadEngineDesign("unknown-instance-class.json");
        componentIn(design, "db").properties.insert("instanceClass", "db.r6g.large");
        addUnpricedCacheAndDax(design);

        engine::Evaluation e = evaluateDesign(design);
        QVERIFY(!componentOf(e, "db").unpriced);
        QVERIFY(componentOf(e, "cache").unpriced);
        QVERIFY(componentOf(e, "table").unpriced);
        QCOMPARE(e.totals.unpricedComponents, 2);
        QVERIFY(findingFor(e, "unpriced-value", "cache")
                    ->message.contains(QStringLiteral("node type \"cache.bogus.large\"")));
        QVERIFY(findingFor(e, "unpriced-value", "table")
                    ->message.contains(QStringLiteral("DAX node type \"dax.bogus.large\"")));

        // Serverless has no nodes, a table without DAX no DAX nodes: nothing is left unpriced.
        componentIn(design, "cache").properties.insert("deployment", "serverless");
        componentIn(design, "table").properties.insert("dax", QVariant::fromValue(nullptr));
        e = evaluateDesign(design);
        QCOMPARE(e.totals.unpricedComponents, 0);
        QVERIFY(!findingFor(e, "unpriced-value", "cache"));
    }

    void aMissingPriceIsNamedWhenNoValueIsUnknown()
    {
        const model::Design design = loadEngineDesign("example1-rds-single-az.json");
        const catalog::Catalog withoutBackup = shippedWithout("price.us-east-1.rds.backup");
        const engine::Evaluation e =
            engine::evaluate({design, 1}, withoutBackup, {}, test::behaviours());
        QVERIFY(componentOf(e, "db").unpriced);
        QCOMPARE(e.totals.unpricedComponents, 1);
        const engine::Warning *finding = findingFor(e, "unpriced", "db");
        QVERIFY(finding);
        QVERIFY2(finding->message.contains(QStringLiteral("price.us-east-1.rds.backup")),
                 qPrintable(finding->message));
        QVERIFY(!findingFor(e, "unpriced-value", "db"));
        // A missing price of something the design does not use leaves the bill whole.
        model::Design noBackup = design;
        noBackup.components[0].properties.insert("backupGiB", 0);
        QCOMPARE(engine::evaluate({noBackup, 1}, withoutBackup, {}, test::behaviours())
                     .totals.unpricedComponents,
                 0);
    }

    void pricedDesignsHaveNothingUnpriced_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file :
             {"example1-rds-single-az.json", "example2-rds-multi-az.json",
              "example3-dynamodb-on-demand.json", "example4-aurora-serverless.json",
              "example5-aurora-standard-io.json", "example6-composite-sla.json",
              "example8-dynamodb-global-provisioned.json", "cross-region-read.json",
              "same-az-cache.json", "eu-west-1-database.json"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void pricedDesignsHaveNothingUnpriced()
    {
        QFETCH(QString, file);
        const engine::Evaluation e = evaluateDesign(loadEngineDesign(file));
        QCOMPARE(e.totals.unpricedComponents, 0);
        for (const engine::ComponentResult &c : e.components)
            QVERIFY2(!c.unpriced, qPrintable(c.id.value()));
        for (const engine::Warning &w : e.warnings)
            QVERIFY2(!w.rule.startsWith(QStringLiteral("unpriced")), qPrintable(w.message));
    }
};

QTEST_GUILESS_MAIN(TestCatalogValues)
#include "tst_catalogvalues.moc"
