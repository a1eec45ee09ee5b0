#include "core/engine/kindset.h"
#include "support/enginefixtures.h"
#include "support/testkinds.h"

#include "core/io/evaluationjson.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <thread>

Q_DECLARE_METATYPE(archstudio::model::Design)

using namespace archstudio;
using model::Component;
using model::ComponentId;
using model::RegionId;
using model::ZoneId;

namespace {

const QStringList kZones{"us-east-1a", "us-east-1b", "us-east-1c"};

Component component(const QString &id, const QString &kind, std::optional<QString> zone,
                    model::PropertyMap props)
{
    Component c;
    c.id = ComponentId(id);
    c.kind = kind;
    c.placement.region = RegionId("us-east-1");
    if (zone)
        c.placement.zone = ZoneId(*zone);
    c.properties = std::move(props);
    return c;
}

/// A random single-region design: workloads reading and writing a random mix of stores,
/// some behind a cache. Seeded, so a failure names a reproducible case.
model::Design randomDesign(quint32 seed)
{
    QRandomGenerator rng(seed);
    model::Design d;
    d.name = QStringLiteral("random %1").arg(seed);
    d.regions = {{RegionId("us-east-1"),
                  {ZoneId("us-east-1a"), ZoneId("us-east-1b"), ZoneId("us-east-1c")}}};
    const auto zone = [&] {
        return kZones.at(rng.bounded(3));
    };
    const QStringList classes{"db.r6g.large", "db.m6g.large", "db.r6g.xlarge"};
    QStringList stores;
    const int storeCount = 2 + rng.bounded(4);
    for (int s = 0; s < storeCount; ++s) {
        const QString id = QStringLiteral("s%1").arg(s);
        switch (rng.bounded(3)) {
        case 0:
            d.components.append(component(
                id, "rds", zone(),
                {{"instanceClass", classes.at(rng.bounded(3))}, {"deployment", "single-az"}}));
            break;
        case 1:
            d.components.append(component(id, "dynamodb", std::nullopt, {}));
            break;
        default:
            d.components.append(component(id, "aurora-cluster", std::nullopt, {}));
            d.components.append(component(id + "-w", "aurora-instance", zone(),
                                          {{"cluster", id}, {"role", "writer"}}));
            break;
        }
        stores << id;
    }
    const int workloads = 1 + rng.bounded(3);
    for (int w = 0; w < workloads; ++w) {
        const QString id = QStringLiteral("w%1").arg(w);
        Component c = component(id, "workload", std::nullopt,
                                {{"readsPerSecond", double(100 + rng.bounded(3000))},
                                 {"writesPerSecond", double(10 + rng.bounded(400))},
                                 {"peakFactor", 1.0 + rng.bounded(3)}});
        c.placement.zones = {ZoneId(kZones.at(0)), ZoneId(kZones.at(1 + rng.bounded(2)))};
        d.components.append(c);
        if (rng.bounded(2)) {
            const QString cache = id + "-cache";
            d.components.append(component(cache, "elasticache", zone(),
                                          {{"hitRatio", 0.5 + rng.bounded(45) / 100.0}}));
            d.links.append({c.id, ComponentId(cache), model::Traffic::Reads, std::nullopt});
        }
        for (const QString &s : stores) {
            if (rng.bounded(2) || s == stores.first())
                d.links.append({c.id, ComponentId(s), model::Traffic::ReadsWrites, std::nullopt});
        }
    }
    return d;
}

QString otherZone(const Component &c)
{
    const QString own = c.placement.zone ? c.placement.zone->value() : QString();
    return own == kZones.at(1) ? kZones.at(2) : kZones.at(1);
}

/// Each way of adding redundancy, applied to the first component it fits; false if none.
QList<std::pair<QString, std::function<bool(model::Design &)>>> redundancySteps()
{
    return {
        {"rds Multi-AZ",
         [](model::Design &d) {
             for (Component &c : d.components) {
                 if (c.kind == "rds" && c.properties.value("deployment") == "single-az") {
                     c.properties.insert("deployment", "multi-az-instance");
                     c.properties.insert("standbyZone", otherZone(c));
                     return true;
                 }
             }
             return false;
         }},
        {"rds read replica",
         [](model::Design &d) {
             // A copy: appending to the list below would leave a reference dangling.
             const QList<Component> components = d.components;
             for (const Component &c : components) {
                 if (c.kind != "rds")
                     continue;
                 const QString id = c.id.value() + "-replica";
                 d.components.append(
                     component(id, "rds-replica", otherZone(c), {{"replicaOf", c.id.value()}}));
                 const QList<model::Link> links = d.links;
                 for (const model::Link &l : links) {
                     if (l.to == c.id && l.carriesReads())
                         d.links.append(
                             {l.from, ComponentId(id), model::Traffic::Reads, std::nullopt});
                 }
                 return true;
             }
             return false;
         }},
        {"cache replica",
         [](model::Design &d) {
             for (Component &c : d.components) {
                 if (c.kind == "elasticache" &&
                     c.properties.value("replicasPerShard").toInt() == 0) {
                     c.properties.insert("replicasPerShard", 1);
                     c.properties.insert("multiAz", true);
                     return true;
                 }
             }
             return false;
         }},
        {"aurora reader",
         [](model::Design &d) {
             const QList<Component> components = d.components;
             for (const Component &c : components) {
                 if (c.kind == "aurora-instance" && c.properties.value("role") == "writer") {
                     d.components.append(component(
                         c.id.value() + "-r", "aurora-instance", otherZone(c),
                         {{"cluster", c.properties.value("cluster")}, {"role", "reader"}}));
                     return true;
                 }
             }
             return false;
         }},
    };
}

QList<double> modelledPerOperation(const engine::Evaluation &e)
{
    QList<double> values;
    for (const engine::WorkloadResult &w : e.workloads) {
        values << (w.read.served ? w.read.availability.modelled : -1.0);
        values << (w.write.served ? w.write.availability.modelled : -1.0);
    }
    return values;
}

QList<double> latenciesPerOperation(const engine::Evaluation &e)
{
    QList<double> values;
    for (const engine::WorkloadResult &w : e.workloads) {
        for (const engine::OperationResult *op : {&w.read, &w.write})
            values << op->average.p50Ms << op->average.p99Ms << op->peak.p50Ms << op->peak.p99Ms;
    }
    return values;
}

/// An empty design named name, with one region: us-east-1 and its zones a, b and c.
model::Design usEast1Design(const QString &name)
{
    model::Design design;
    design.name = name;
    design.regions = {{RegionId("us-east-1"),
                       {ZoneId("us-east-1a"), ZoneId("us-east-1b"), ZoneId("us-east-1c")}}};
    return design;
}

/// Random cells side by side, 3,000 components or more: enough for several threads in
/// every stage. Each cell's rds has a class the catalog lacks, one class per 40 cells, so
/// notes first appear in every chunk and repeat within them.
model::Design cellsDesign()
{
    model::Design design = usEast1Design(QStringLiteral("cells"));
    for (quint32 cell = 0; design.components.size() < 3000; ++cell) {
        const model::Design part = randomDesign(1000 + cell);
        const auto renamed = [cell](const ComponentId &id) {
            return ComponentId(QStringLiteral("c%1-").arg(cell) + id.value());
        };
        for (Component c : part.components) {
            c.id = renamed(c.id);
            for (const QString &key : {QStringLiteral("cluster"), QStringLiteral("replicaOf")}) {
                if (c.properties.contains(key))
                    c.properties.insert(
                        key, renamed(ComponentId(c.properties.value(key).toString())).value());
            }
            if (c.kind == QLatin1String("rds"))
                c.properties.insert("instanceClass",
                                    QStringLiteral("db.zz%1.large").arg(cell / 40));
            design.components.append(c);
        }
        for (model::Link l : part.links) {
            l.from = renamed(l.from);
            l.to = renamed(l.to);
            design.links.append(l);
        }
    }
    return design;
}

engine::Evaluation evaluateOnce(const model::Design &design, const catalog::Catalog &catalog)
{
    return engine::evaluate({design, 1}, catalog, engine::Scenario{}, test::behaviours());
}

/// evaluationToJson of each design evaluated in turn on one new thread.
QList<QByteArray> evaluatedInTurnOnANewThread(const QList<const model::Design *> &designs)
{
    QList<QByteArray> results;
    std::thread thread([&] {
        for (const model::Design *design : designs) {
            const catalog::Catalog catalog = engine::catalogFor(*design, test::kinds()->catalog());
            results.append(io::evaluationToJson(
                engine::evaluate({*design, 1}, catalog, engine::Scenario{}, test::behaviours())));
        }
    });
    thread.join();
    return results;
}

} // namespace

class TestEngineProperties : public QObject
{
    Q_OBJECT

private slots:
    void randomDesignsAreValid()
    {
        for (quint32 seed = 1; seed <= 20; ++seed) {
            const model::Problems problems =
                model::DesignValidator(test::kinds()->schemas()).validate(randomDesign(seed));
            QVERIFY2(!model::hasErrors(problems), qPrintable(problems.value(0).toString()));
        }
    }

    void moreRedundancyNeverLowersAvailability()
    {
        int applied = 0;
        for (quint32 seed = 1; seed <= 40; ++seed) {
            const model::Design base = randomDesign(seed);
            const QList<double> before = modelledPerOperation(test::evaluateDesign(base));
            for (const auto &[name, step] : redundancySteps()) {
                model::Design more = base;
                if (!step(more))
                    continue;
                ++applied;
                const QList<double> after = modelledPerOperation(test::evaluateDesign(more));
                QCOMPARE(after.size(), before.size());
                for (qsizetype i = 0; i < before.size(); ++i) {
                    QVERIFY2(after.at(i) >= before.at(i) - 1e-12,
                             qPrintable(QString("seed %1, %2: operation %3 went from %4 to %5")
                                            .arg(seed)
                                            .arg(name)
                                            .arg(i)
                                            .arg(before.at(i), 0, 'g', 12)
                                            .arg(after.at(i), 0, 'g', 12)));
                }
            }
        }
        QVERIFY(applied >= 40); // the steps really ran
    }

    void moreLoadNeverLowersLatency()
    {
        for (quint32 seed = 1; seed <= 30; ++seed) {
            const model::Design design = randomDesign(seed);
            QList<double> previous;
            for (double load : {0.25, 0.5, 1.0, 2.0, 4.0, 8.0}) {
                const QList<double> latencies =
                    latenciesPerOperation(test::evaluateDesign(design, load));
                for (qsizetype i = 0; i < previous.size(); ++i) {
                    // Equal within the resolution the quantiles are computed to.
                    QVERIFY2(latencies.at(i) >= previous.at(i) - engine::kLatencyResolutionMs,
                             qPrintable(QString("seed %1, load x%2, figure %3: %4 < %5")
                                            .arg(seed)
                                            .arg(load)
                                            .arg(i)
                                            .arg(latencies.at(i))
                                            .arg(previous.at(i))));
                }
                previous = latencies;
            }
        }
    }

    /// Price lines are memoised per evaluation by what they depend on (region, engine, class,
    /// storage type...), filled by whichever component is priced first. Pricing the
    /// components in the opposite order must give every component the same lines: a memo
    /// key missing an input would hand one component another's line.
    void memoisedPricesDoNotDependOnOrder_data()
    {
        QTest::addColumn<model::Design>("design");
        for (const char *name :
             {"example1-rds-single-az.json", "example2-rds-multi-az.json",
              "example4-aurora-serverless.json", "example5-aurora-standard-io.json",
              "example7-redundant-pair.json", "cross-region-read.json", "eu-west-1-database.json"})
            QTest::newRow(name) << test::loadEngineDesign(QString::fromLatin1(name));
        QTest::newRow("sample") << [] {
            const io::LoadResult r = io::loadDesignFile(
                QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json"), test::loadOptions());
            return r.file ? r.file->design : model::Design();
        }();
        for (quint32 seed = 1; seed <= 20; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("random %1").arg(seed))) << randomDesign(seed);
    }

    void memoisedPricesDoNotDependOnOrder()
    {
        QFETCH(model::Design, design);
        QVERIFY(!design.components.isEmpty());
        model::Design reversed = design;
        std::reverse(reversed.components.begin(), reversed.components.end());
        const engine::Evaluation a = test::evaluateDesign(design);
        const engine::Evaluation b = test::evaluateDesign(reversed);
        for (const engine::ComponentResult &c : a.components) {
            const engine::ComponentResult &other = test::componentOf(b, c.id.value());
            QCOMPARE(other.lineItems.size(), c.lineItems.size());
            for (qsizetype i = 0; i < c.lineItems.size(); ++i) {
                const engine::LineItem &x = c.lineItems.at(i);
                const engine::LineItem &y = other.lineItems.at(i);
                QCOMPARE(y.description, x.description);
                QCOMPARE(y.unit, x.unit);
                QCOMPARE(y.catalogKey, x.catalogKey);
                QCOMPARE(y.source, x.source);
                QCOMPARE(y.estimate, x.estimate);
                QCOMPARE(y.unitPriceUsd, x.unitPriceUsd);
                // Loads are summed in workload order, so quantities may differ in the last bit.
                QVERIFY(test::within(y.quantity, x.quantity, 1e-12));
                QCOMPARE(y.monthlyUsd, y.quantity * y.unitPriceUsd);
            }
        }
    }

    /// An evaluation is a function of its input: the result, notes and their order included,
    /// is the same byte for byte every time, and findings come in design order.
    void evaluationIsTheSameEveryTime()
    {
        const model::Design design = cellsDesign();
        const catalog::Catalog catalog = engine::catalogFor(design, test::kinds()->catalog());
        const engine::Evaluation alone = evaluateOnce(design, catalog);
        QVERIFY(alone.notes.size() >= 7);
        QCOMPARE(alone.components.size(), design.components.size());
        // Findings of every chunk, of the behaviours' rules and the engine's own, so the
        // chunks' findings must be joined in design order.
        QSet<QString> rules;
        qsizetype first = design.components.size(), last = -1;
        for (const engine::Warning &w : alone.warnings) {
            rules.insert(w.rule);
            const qsizetype at = design.indexOfComponent(w.component);
            if (at >= 0) {
                first = std::min(first, at);
                last = std::max(last, at);
            }
        }
        QVERIFY(rules.contains(QStringLiteral("aurora-io-heavy")));
        QVERIFY(rules.contains(QStringLiteral("saturated")));
        QVERIFY(rules.contains(QStringLiteral("single-az-database")));
        QVERIFY(first < design.components.size() / 8);
        QVERIFY(last > design.components.size() * 7 / 8);
        const QByteArray expected = io::evaluationToJson(alone);
        for (int again = 0; again < 2; ++again)
            QCOMPARE(io::evaluationToJson(evaluateOnce(design, catalog)), expected);
    }

    /// The canvas outlines a component whose ComponentResult::singlePointOfFailure is set;
    /// the review must name each of them, and name no other as a single point of failure.
    void everyOutlinedSinglePointOfFailureHasAFinding()
    {
        const QSet<QString> spofRules{QStringLiteral("single-az-database"),
                                      QStringLiteral("single-point-of-failure")};
        int outlined = 0;
        int inOneZone = 0;
        for (quint32 seed = 1; seed <= 40; ++seed) {
            for (const bool oneZone : {false, true}) {
                model::Design design = randomDesign(seed);
                for (Component &c : design.components) {
                    if (oneZone && c.kind == QLatin1String("workload"))
                        c.placement.zones = {ZoneId(kZones.at(0))};
                }
                const engine::Evaluation e = test::evaluateDesign(design);
                QSet<QString> spofs, named, namedAsSpof;
                for (const engine::ComponentResult &c : e.components) {
                    if (c.singlePointOfFailure)
                        spofs.insert(c.id.value());
                }
                for (const engine::Warning &w : e.warnings) {
                    // A cache without a replica may be named by the capacity rule instead.
                    if (spofRules.contains(w.rule) || w.rule == QLatin1String("cache-no-replica"))
                        named.insert(w.component.value());
                    if (spofRules.contains(w.rule))
                        namedAsSpof.insert(w.component.value());
                }
                const QString where =
                    QStringLiteral("seed %1%2")
                        .arg(seed)
                        .arg(oneZone ? QStringLiteral(", workloads in one zone") : QString());
                for (const QString &id : spofs)
                    QVERIFY2(named.contains(id),
                             qPrintable(where + ": " + id + " is outlined but not reviewed"));
                for (const QString &id : namedAsSpof)
                    QVERIFY2(spofs.contains(id),
                             qPrintable(where + ": " + id + " is reviewed but not outlined"));
                outlined += int(spofs.size());
                inOneZone += oneZone ? int(spofs.size()) : 0;
            }
        }
        QVERIFY(outlined >= 40); // the designs do have single points of failure
        QVERIFY(inOneZone >= 20);
    }

    /// A store many workloads share is found by each of them, and reported once, by the
    /// first workload.
    void aSharedSingleZoneStoreIsReportedOnce()
    {
        model::Design design = usEast1Design(QStringLiteral("shared store"));
        design.components.append(component("db", "rds", "us-east-1a",
                                           {{"engine", "postgres"},
                                            {"instanceClass", "db.r6g.large"},
                                            {"deployment", "single-az"}}));
        for (int w = 0; w < 400; ++w) {
            Component c = component(QStringLiteral("w%1").arg(w), "workload", std::nullopt,
                                    {{"readsPerSecond", 1.0}, {"writesPerSecond", 0.1}});
            c.placement.zones = {ZoneId("us-east-1a"), ZoneId("us-east-1b")};
            design.links.append(
                {c.id, ComponentId("db"), model::Traffic::ReadsWrites, std::nullopt});
            design.components.append(c);
        }
        const catalog::Catalog catalog = engine::catalogFor(design, test::kinds()->catalog());
        const engine::Evaluation alone = evaluateOnce(design, catalog);
        QList<engine::Warning> found;
        for (const engine::Warning &w : alone.warnings) {
            if (w.rule == QLatin1String("single-az-database"))
                found.append(w);
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().component, ComponentId("db"));
        QVERIFY2(found.first().message.contains(QLatin1String(" w0 ")),
                 qPrintable(found.first().message));
        const QByteArray expected = io::evaluationToJson(alone);
        for (int again = 0; again < 2; ++again)
            QCOMPARE(io::evaluationToJson(evaluateOnce(design, catalog)), expected);
    }

    /// A replica's class and storage are its own where it sets them, else its source's, read
    /// from the source's compiled data (or its properties, for a source of another kind).
    void aReplicaTakesWhatItDoesNotSetFromItsSource()
    {
        model::Design design = usEast1Design(QStringLiteral("replicas"));
        design.components = {
            component("db", "rds", "us-east-1a",
                      {{"engine", "mysql"},
                       {"instanceClass", "db.r6g.xlarge"},
                       {"deployment", "single-az"},
                       {"storageType", "gp3"},
                       {"storageGiB", 321}}),
            component("same", "rds-replica", "us-east-1b", {{"replicaOf", "db"}}),
            component("own", "rds-replica", "us-east-1c",
                      {{"replicaOf", "db"}, {"instanceClass", "db.r6g.large"}, {"storageGiB", 50}}),
            // A replica of a replica: its source is no rds, so its properties are read by name.
            component("chained", "rds-replica", "us-east-1c", {{"replicaOf", "own"}}),
        };
        const engine::Evaluation e = test::evaluateDesign(design);
        const auto line = [&](const QString &id, const QString &unit) {
            for (const engine::ComponentResult &c : e.components) {
                if (c.id.value() != id)
                    continue;
                for (const engine::LineItem &item : c.lineItems) {
                    if (item.unit == unit)
                        return item;
                }
            }
            return engine::LineItem{};
        };
        QCOMPARE(line("same", "hour").catalogKey,
                 QStringLiteral("price.us-east-1.rds.instance.mysql.single-az.db.r6g.xlarge"));
        QCOMPARE(line("same", "GB-month").quantity, 321.0);
        QVERIFY(line("same", "GB-month").catalogKey.contains(QLatin1String("gp3")));
        QCOMPARE(line("own", "hour").catalogKey,
                 QStringLiteral("price.us-east-1.rds.instance.mysql.single-az.db.r6g.large"));
        QCOMPARE(line("own", "GB-month").quantity, 50.0);
        QCOMPARE(line("chained", "hour").description,
                 QStringLiteral("db.r6g.large read replica instance-hours"));
        QCOMPARE(line("chained", "GB-month").quantity, 50.0);
    }

    /// A thread keeps an evaluation's lists for its next one (EvalState::~EvalState): what
    /// one evaluation leaves must not show in the next, larger or smaller.
    void anEvaluationDoesNotDependOnTheOnesBefore()
    {
        const model::Design large = cellsDesign();
        const model::Design small = test::loadEngineDesign("example6-composite-sla.json");
        const QByteArray smallAlone = evaluatedInTurnOnANewThread({&small}).constFirst();
        const QByteArray largeAlone = evaluatedInTurnOnANewThread({&large}).constFirst();
        QVERIFY(smallAlone != largeAlone);
        QCOMPARE(evaluatedInTurnOnANewThread({&large, &small, &large, &large}),
                 (QList<QByteArray>{largeAlone, smallAlone, largeAlone, largeAlone}));
        QCOMPARE(evaluatedInTurnOnANewThread({&small, &large, &small}),
                 (QList<QByteArray>{smallAlone, largeAlone, smallAlone}));
        // As many components, each in another place: the lists are kept at their size with
        // the last evaluation's values (or blank ones) in every slot.
        model::Design reversed = large;
        std::reverse(reversed.components.begin(), reversed.components.end());
        const QByteArray reversedAlone = evaluatedInTurnOnANewThread({&reversed}).constFirst();
        QVERIFY(reversedAlone != largeAlone);
        QCOMPARE(evaluatedInTurnOnANewThread({&large, &reversed, &large, &reversed}),
                 (QList<QByteArray>{largeAlone, reversedAlone, largeAlone, reversedAlone}));
    }

    void evaluationIsDeterministic()
    {
        const model::Design design = test::loadEngineDesign("example6-composite-sla.json");
        const engine::Evaluation a = test::evaluateDesign(design);
        const engine::Evaluation b = test::evaluateDesign(design);
        QCOMPARE(a.totals.monthlyCostUsd, b.totals.monthlyCostUsd);
        QCOMPARE(modelledPerOperation(a), modelledPerOperation(b));
        QCOMPARE(latenciesPerOperation(a), latenciesPerOperation(b));
    }
};

QTEST_GUILESS_MAIN(TestEngineProperties)
#include "tst_engineproperties.moc"
