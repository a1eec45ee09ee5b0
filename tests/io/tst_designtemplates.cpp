// The bundled templates (resources/templates): each a valid, priced design with traffic, and
// the trade-offs their texts teach are the ones the engine computes.
#include "core/engine/kindset.h"
#include "support/enginefixtures.h"
#include "support/testkinds.h"

#include "core/engine/catalogvalues.h"
#include "core/io/designtemplates.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace archstudio;

namespace {

model::Design templateDesign(const QString &name)
{
    const std::optional<io::DesignTemplate> found = io::findTemplate(name);
    if (!found)
        qFatal("no template %s", qPrintable(name));
    io::LoadResult loaded = io::loadTemplate(*found, test::loadOptions());
    if (!loaded.file)
        qFatal("template %s does not load", qPrintable(name));
    return loaded.file->design;
}

engine::Evaluation evaluateTemplate(const QString &name)
{
    return test::evaluateDesign(templateDesign(name));
}

bool hasFinding(const engine::Evaluation &e, const QString &rule)
{
    return std::any_of(e.warnings.cbegin(), e.warnings.cend(),
                       [&rule](const engine::Warning &w) { return w.rule == rule; });
}

} // namespace

class TestDesignTemplates : public QObject
{
    Q_OBJECT

private slots:
    void theLessonsArchitecturesAreAllThere()
    {
        const QList<io::DesignTemplate> &templates = io::bundledTemplates();
        QVERIFY(templates.size() >= 12);
        QStringList names;
        for (const io::DesignTemplate &t : templates)
            names << t.name;
        for (const char *wanted :
             {"single-az-starter", "rds-multi-az", "rds-multi-az-cluster", "rds-read-replicas",
              "cross-region-dr-replica", "aurora-readers", "aurora-serverless-v2",
              "aurora-global-database", "dynamodb-on-demand", "dynamodb-global-dax", "cache-aside",
              "elasticache-serverless"})
            QVERIFY2(names.contains(QLatin1String(wanted)), wanted);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
        QCOMPARE(names.first(), QString("single-az-starter")); // the lesson's order
        QVERIFY(!io::findTemplate("no-such-template"));
    }

    void everyTemplateIsAValidPricedDesignWithTraffic_data()
    {
        QTest::addColumn<QString>("name");
        for (const io::DesignTemplate &t : io::bundledTemplates())
            QTest::newRow(qPrintable(t.name)) << t.name;
    }

    void everyTemplateIsAValidPricedDesignWithTraffic()
    {
        QFETCH(QString, name);
        const std::optional<io::DesignTemplate> found = io::findTemplate(name);
        QVERIFY(found);
        QVERIFY(QRegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$").match(name).hasMatch());
        const io::LoadResult loaded = io::loadTemplate(*found, test::loadOptions());
        QVERIFY(loaded.file);
        for (const model::Problem &p : loaded.problems)
            QFAIL(qPrintable(p.toString())); // not even a warning
        const model::Design &design = loaded.file->design;
        QCOMPARE(found->title, design.name);
        QCOMPARE(found->summary, design.description);
        // A text on when to choose it and what it costs in return, not a caption.
        QVERIFY2(design.description.size() >= 250, qPrintable(design.description));
        // Every value has a price in the bundled catalog.
        const engine::CatalogValues values(test::kinds()->catalog(), test::kinds()->behaviours());
        for (const model::Problem &p : values.problems(design))
            QFAIL(qPrintable(p.toString()));
        // Realistic traffic reaches a store.
        double reads = 0;
        for (const model::Component &c : design.components) {
            if (c.kind == QLatin1String("workload"))
                reads += c.properties.value("readsPerSecond").toDouble();
        }
        QVERIFY(reads >= 100);
        QVERIFY(!design.links.isEmpty());
        const engine::Evaluation e = test::evaluateDesign(design);
        QVERIFY(e.totals.monthlyCostUsd > 10);
        QCOMPARE(e.totals.unpricedComponents, 0);
        QVERIFY(engine::anyOperationServed(e));
        QVERIFY(!hasFinding(e, "saturated")); // a reference sized for its load
    }

    void theTradeOffsTheTextsTeachAreTheEnginesFigures()
    {
        // A single instance is the cheap start the review flags; Multi-AZ costs more and loses
        // no committed write.
        const engine::Evaluation starter = evaluateTemplate("single-az-starter");
        QVERIFY(hasFinding(starter, "single-az-database"));
        QVERIFY(starter.totals.worstRpoSeconds > 0);
        const engine::Evaluation multiAz = evaluateTemplate("rds-multi-az");
        QVERIFY(!hasFinding(multiAz, "single-az-database"));
        QCOMPARE(multiAz.totals.worstRpoSeconds, 0.0);
        QVERIFY(multiAz.totals.worstRtoSeconds < starter.totals.worstRtoSeconds);
        // The cluster with readable standbys and Aurora fail over faster than the instance.
        const engine::Evaluation cluster = evaluateTemplate("rds-multi-az-cluster");
        const engine::Evaluation aurora = evaluateTemplate("aurora-readers");
        QVERIFY(cluster.totals.worstRtoSeconds < multiAz.totals.worstRtoSeconds);
        QVERIFY(aurora.totals.worstRtoSeconds < multiAz.totals.worstRtoSeconds);
        // Replicas take the reads off the primary.
        const engine::Evaluation replicas = evaluateTemplate("rds-read-replicas");
        QVERIFY(test::componentOf(replicas, "replica-b").utilization > 0);
        QVERIFY(test::componentOf(replicas, "catalog-db").utilization <
                test::componentOf(replicas, "replica-b").utilization * 2);
        // The cache answers reads faster than the database behind it.
        const engine::Evaluation cache = evaluateTemplate("cache-aside");
        const engine::WorkloadResult &news = test::workloadOf(cache, "news");
        QVERIFY(news.read.average.p50Ms < news.write.average.p50Ms);
    }
};

QTEST_GUILESS_MAIN(TestDesignTemplates)
#include "tst_designtemplates.moc"
