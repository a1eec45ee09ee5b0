#include "core/engine/kindset.h"
#include "core/model/designvalidator.h"
#include "support/testkinds.h"

#include <QTest>

using namespace archstudio;
using namespace archstudio::model;

namespace {

Design baseDesign()
{
    Design d;
    d.regions = {{RegionId("us-east-1"), {ZoneId("us-east-1a"), ZoneId("us-east-1b")}},
                 {RegionId("eu-west-1"), {ZoneId("eu-west-1a")}}};
    Component api{
        ComponentId("api"),
        "workload",
        "API",
        {RegionId("us-east-1"), std::nullopt, {ZoneId("us-east-1a"), ZoneId("us-east-1b")}},
        {{"readsPerSecond", 100}, {"writesPerSecond", 10}},
        {}};
    Component db{ComponentId("db"),
                 "rds",
                 {},
                 {RegionId("us-east-1"), ZoneId("us-east-1a"), {}},
                 {{"deployment", "multi-az-instance"}, {"standbyZone", "us-east-1b"}},
                 {}};
    d.components = {api, db};
    d.links = {{ComponentId("api"), ComponentId("db"), Traffic::ReadsWrites, std::nullopt}};
    return d;
}

Problems validate(const Design &d)
{
    return DesignValidator(test::kinds()->schemas()).validate(d);
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join('\n');
}

bool hasProblemAt(const Problems &problems, const QString &path, Problem::Severity severity,
                  const QString &text)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const Problem &p) {
        return p.path == path && p.severity == severity && p.message.contains(text);
    });
}

} // namespace

class TestDesignValidator : public QObject
{
    Q_OBJECT

private slots:
    void validDesignHasNoProblems()
    {
        const Problems problems = validate(baseDesign());
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void serverlessCacheIsRegional()
    {
        Design d = baseDesign();
        d.components.append({ComponentId("cache"),
                             "elasticache",
                             {},
                             {RegionId("us-east-1"), std::nullopt, {}},
                             {{"deployment", "serverless"}, {"dataGiB", 2}},
                             {}});
        QVERIFY2(validate(d).isEmpty(), qPrintable(describe(validate(d))));

        d.components.last().properties.remove("deployment"); // node-based needs a zone
        QVERIFY(hasProblemAt(validate(d), "components[2].placement.zone", Problem::Severity::Error,
                             "lives in one Availability Zone"));
    }

    void regionalServiceWithZoneIsAWarning()
    {
        Design d = baseDesign();
        d.components.append({ComponentId("t"),
                             "dynamodb",
                             {},
                             {RegionId("us-east-1"), ZoneId("us-east-1a"), {}},
                             {},
                             {}});
        QVERIFY(hasProblemAt(validate(d), "components[2].placement", Problem::Severity::Warning,
                             "regional service"));
        QVERIFY(!hasErrors(validate(d)));
    }

    void workloadNeedsZones()
    {
        Design d = baseDesign();
        d.components[0].placement.zones.clear();
        QVERIFY(hasProblemAt(validate(d), "components[0].placement.zones", Problem::Severity::Error,
                             "missing"));
    }

    void linkProblems()
    {
        Design d = baseDesign();
        d.links.append({ComponentId("db"), ComponentId("db"), Traffic::Reads, std::nullopt});
        d.links.append({ComponentId("api"), ComponentId("db"), Traffic::Reads, 1.5});
        const Problems problems = validate(d);
        QVERIFY(hasProblemAt(problems, "links[1]", Problem::Severity::Error, "to itself"));
        QVERIFY(hasProblemAt(problems, "links[2].readShare", Problem::Severity::Error,
                             "between 0 and 1"));
        QVERIFY(hasProblemAt(problems, "links[2]", Problem::Severity::Warning, "a second link"));
    }

    void integerPropertyRefusesFraction()
    {
        Design d = baseDesign();
        d.components[1].properties.insert("storageGiB", 20.5);
        QVERIFY(hasProblemAt(validate(d), "components[1].properties.storageGiB",
                             Problem::Severity::Error, "expected a whole number"));
    }

    void unknownPropertyIsAWarning()
    {
        Design d = baseDesign();
        d.components[1].properties.insert("colour", "blue");
        const Problems problems = validate(d);
        QVERIFY(hasProblemAt(problems, "components[1].properties.colour",
                             Problem::Severity::Warning, "unknown property"));
        QVERIFY(!hasErrors(problems));
    }

    void aPropertyThatDoesNotApplyIsAWarning()
    {
        const KindSchema *cache = test::kinds()->schemas().schema("elasticache");
        QVERIFY(cache);
        // node-based is the default deployment: a node type applies, cached data does not.
        QVERIFY(cache->applies("nodeType", {}));
        QVERIFY(!cache->applies("dataGiB", {}));
        QVERIFY(!cache->applies("nodeType", {{"deployment", "serverless"}}));
        QVERIFY(cache->applies("dataGiB", {{"deployment", "serverless"}}));
        QVERIFY(cache->applies("hitRatio", {{"deployment", "serverless"}}));
        QVERIFY(cache->applies("noSuchProperty", {}));

        Design d = baseDesign();
        d.components.append({ComponentId("cache"),
                             "elasticache",
                             {},
                             {RegionId("us-east-1"), std::nullopt, {}},
                             {{"deployment", "serverless"}, {"nodeType", "cache.r7g.large"}},
                             {}});
        const Problems problems = validate(d);
        QVERIFY2(hasProblemAt(problems, "components[2].properties.nodeType",
                              Problem::Severity::Warning,
                              "does not apply unless deployment is node-based"),
                 qPrintable(describe(problems)));
        QVERIFY(!hasErrors(problems));
        // RDS: a standby zone only for a Multi-AZ deployment.
        d.components[1].properties.insert("deployment", "single-az");
        QVERIFY(hasProblemAt(validate(d), "components[1].properties.standbyZone",
                             Problem::Severity::Warning, "does not apply"));
    }

    void daxObjectIsChecked()
    {
        Design d = baseDesign();
        d.components.append({ComponentId("t"),
                             "dynamodb",
                             {},
                             {RegionId("us-east-1"), std::nullopt, {}},
                             {{"dax", QVariantMap{{"nodeType", "dax.r5.large"}}}},
                             {}});
        QVERIFY(hasProblemAt(validate(d), "components[2].properties.dax.nodes",
                             Problem::Severity::Error, "missing"));
        d.components.last().properties.insert("dax", QVariant::fromValue(nullptr));
        QVERIFY2(validate(d).isEmpty(), qPrintable(describe(validate(d))));
    }

    void duplicateRegionAndZone()
    {
        Design d = baseDesign();
        d.regions.append({RegionId("us-east-1"), {ZoneId("us-east-1a")}});
        const Problems problems = validate(d);
        QVERIFY(
            hasProblemAt(problems, "regions[2].code", Problem::Severity::Error, "listed twice"));
        QVERIFY(hasProblemAt(problems, "regions[2].zones[0]", Problem::Severity::Error,
                             "already listed"));
    }

    void danglingLayoutIsAWarning()
    {
        Design d = baseDesign();
        d.layout.componentPositions.insert(ComponentId("gone"), QPointF(1, 2));
        QVERIFY(hasProblemAt(validate(d), "layout.components.gone", Problem::Severity::Warning,
                             "no such component"));
    }

    void oneComponentsProblemsAreThoseOfTheWholeDesign()
    {
        // A design with something wrong in most components: an empty id, a repeated one,
        // an unknown zone, a wrong value, a reference to nothing, an unknown property.
        Design d = baseDesign();
        Component copy = d.components.at(1);
        copy.properties.insert("allocatedStorage", "lots");
        d.components.append(copy); // repeats the id "db"
        Component lost{ComponentId("lost"),
                       "rds-replica",
                       {},
                       {RegionId("us-east-1"), ZoneId("us-east-1z"), {}},
                       {{"replicaOf", "nothing"}, {"colour", "blue"}},
                       {}};
        d.components.append(lost);
        Component nameless = lost;
        nameless.id = ComponentId();
        d.components.append(nameless);
        d.components[0].properties.insert("readsPerSecond", -5);
        const Problems all = validate(d);
        QVERIFY(all.size() >= 6);
        const DesignValidator validator(test::kinds()->schemas());
        for (qsizetype i = 0; i < d.components.size(); ++i) {
            const QString prefix = indexPath(QStringLiteral("components"), i);
            QStringList expected;
            for (const Problem &p : all) {
                const QString rest = p.path.mid(prefix.size());
                if (p.path.startsWith(prefix) && (rest.isEmpty() || rest.at(0) == '.'))
                    expected << p.toString();
            }
            QStringList actual;
            for (const Problem &p : validator.validateComponent(d, i))
                actual << p.toString();
            expected.sort();
            actual.sort();
            QCOMPARE(actual, expected);
            // All but the first "db" (components[1]) have something wrong.
            QVERIFY2(actual.isEmpty() == (i == 1), qPrintable(prefix));
        }
        QVERIFY(validator.validateComponent(d, d.components.size()).isEmpty());
    }

    void scalesToManyComponents()
    {
        // References are resolved through an index, so a large design validates in linear time.
        Design d = baseDesign();
        for (int i = 0; i < 20000; ++i)
            d.components.append({ComponentId(QString("r%1").arg(i)),
                                 "rds-replica",
                                 {},
                                 {RegionId("us-east-1"), ZoneId("us-east-1b"), {}},
                                 {{"replicaOf", "db"}},
                                 {}});
        QVERIFY(validate(d).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDesignValidator)
#include "tst_designvalidator.moc"
