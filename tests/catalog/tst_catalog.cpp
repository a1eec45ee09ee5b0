#include "core/catalog/catalogfile.h"
#include "support/testkinds.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace archstudio::catalog;

namespace {

/// The catalog ArchStudio ships: the bundled figures (regions, round trips, transfer) and the
/// AWS plugin's (the database services).
const Catalog &shipped()
{
    return archstudio::test::kinds()->catalog();
}

const QString kP = QStringLiteral("price.us-east-1.");

// The 21 regions of reference/region-rtt-ms.csv, sorted.
const QStringList kRegions = {"af-south-1",     "ap-east-1",    "ap-northeast-1", "ap-northeast-2",
                              "ap-northeast-3", "ap-south-1",   "ap-southeast-1", "ap-southeast-2",
                              "ca-central-1",   "eu-central-1", "eu-north-1",     "eu-south-1",
                              "eu-west-1",      "eu-west-2",    "eu-west-3",      "me-south-1",
                              "sa-east-1",      "us-east-1",    "us-east-2",      "us-west-1",
                              "us-west-2"};

double figure(const QString &key)
{
    const std::optional<double> v = shipped().value(key);
    if (!v)
        qWarning("missing catalog key %s", qPrintable(key));
    return v.value_or(qQNaN());
}

QString tierOf(const Catalog &catalog, const QString &key)
{
    const Entry *entry = catalog.find(key);
    const Source *source = entry ? catalog.source(entry->source) : nullptr;
    return source ? source->tier : QString();
}

// A valid two-entry catalog that the refusal cases below break one thing at a time.
QByteArray smallCatalog(const QByteArray &format = "archstudio-catalog",
                        const QByteArray &value = "0.5", const QByteArray &source = "est")
{
    return "{\"format\": \"" + format +
           "\", \"formatVersion\": 1, \"id\": \"t\", \"sources\": "
           "{\"est\": {\"tier\": \"E\", \"title\": \"Estimate\"}}, \"entries\": {"
           "\"sla.x.y\": {\"value\": 0.9, \"unit\": \"fraction\", \"source\": \"est\"}, "
           "\"failure.az.per-year\": {\"value\": " +
           value + ", \"unit\": \"1/year\", \"source\": \"" + source + "\"}}}";
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void bundledLoads()
    {
        const Catalog &c = shipped();
        QCOMPARE(c.id(), QStringLiteral("aws"));
        QCOMPARE(c.name(), QStringLiteral("Amazon Web Services"));
        QCOMPARE(c.date(), QStringLiteral("2026-11-01"));
        QCOMPARE(c.currency(), QStringLiteral("USD"));
        QVERIFY(c.entries().size() > 600);
        QVERIFY(!c.sources().isEmpty());
    }

    void everyEntryCitesADeclaredSource()
    {
        const Catalog &c = shipped();
        const QSet<QString> tiers = {"A", "B", "C", "E"};
        for (auto it = c.entries().cbegin(); it != c.entries().cend(); ++it) {
            const Source *source = c.source(it->source);
            QVERIFY2(source, qPrintable(it.key() + " cites an undeclared source " + it->source));
            QVERIFY2(tiers.contains(source->tier), qPrintable(it.key() + ": tier " + source->tier));
            QVERIFY2(!it->unit.isEmpty(), qPrintable(it.key() + " has no unit"));
        }
        for (const Source &source : c.sources()) {
            QVERIFY2(!source.title.isEmpty(), qPrintable(source.id));
            QVERIFY2(!source.date.isEmpty(), qPrintable(source.id));
            if (source.tier == QLatin1String("E"))
                QVERIFY2(source.title.startsWith(QLatin1String("Estimate")), qPrintable(source.id));
        }
    }

    void everySourceIsUsed()
    {
        const Catalog &c = shipped();
        QSet<QString> used;
        for (const Entry &entry : c.entries())
            used.insert(entry.source);
        for (const archstudio::catalog::Range &range : c.ranges())
            used.insert(range.source);
        for (const Source &source : c.sources())
            QVERIFY2(used.contains(source.id), qPrintable(source.id + " is declared but unused"));

        int failures = 0;
        for (auto it = c.entries().cbegin(); it != c.entries().cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("failure.")))
                continue;
            ++failures;
            QCOMPARE(tierOf(c, it.key()), QStringLiteral("E"));
        }
        QCOMPARE(failures, 6);
    }

    void referenceValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("tier");
        auto row = [](const QString &key, double value, const char *tier) {
            QTest::newRow(qPrintable(key)) << key << value << QString::fromLatin1(tier);
        };
        row("month.hours", 730, "A");
        row("month.seconds", 2628000, "A");
        row(kP + "rds.instance.mysql.single-az.db.t3.large", 0.136, "B");
        row(kP + "rds.instance.mysql.multi-az.db.t3.large", 0.272, "B");
        row(kP + "rds.instance.mysql.single-az.db.t3.micro", 0.017, "B");
        row(kP + "rds.instance.postgres.single-az.db.t3.micro", 0.018, "C");
        row(kP + "rds.instance.postgres.multi-az.db.t4g.small", 0.065, "B");
        row(kP + "rds.instance.mysql.multi-az.db.t4g.small", 0.065, "B");
        row(kP + "rds.instance.postgres.single-az.db.m6g.large", 0.159, "A");
        row(kP + "rds.instance.mysql.single-az.db.m7g.2xlarge", 0.645, "E");
        row(kP + "rds.instance.postgres.single-az.db.r6g.large", 0.225, "C");
        row(kP + "rds.instance.mariadb.single-az.db.t3.large", 0.136, "E");
        row(kP + "rds.storage.gp2.single-az", 0.115, "B");
        row(kP + "rds.storage.gp2.multi-az", 0.23, "B");
        row(kP + "rds.storage.gp3.single-az", 0.115, "B");
        row(kP + "rds.storage.io1.multi-az", 0.25, "B");
        row(kP + "rds.storage.io2.single-az", 0.125, "E");
        row(kP + "rds.storage.magnetic.multi-az", 0.20, "E");
        row(kP + "rds.iops.gp3.multi-az", 0.04, "B");
        row(kP + "rds.magnetic-io", 0.10, "B");
        row(kP + "rds.backup", 0.095, "B");
        row(kP + "aurora.storage.standard", 0.10, "A");
        row(kP + "aurora.storage.io-optimized", 0.225, "A");
        row(kP + "aurora.io", 0.20, "A");
        row(kP + "aurora.io-optimized-instance-factor", 1.30, "A");
        row(kP + "aurora.serverless-v2.standard", 0.12, "A");
        row(kP + "aurora.serverless-v2.io-optimized", 0.16, "A");
        row(kP + "aurora.global-write-io", 0.20, "E");
        row(kP + "aurora.instance.aurora-postgresql.db.r6g.2xlarge", 1.038, "A");
        row(kP + "aurora.instance.aurora-mysql.db.r6g.2xlarge", 1.038, "E");
        row(kP + "dynamodb.on-demand.write", 0.625, "A");
        row(kP + "dynamodb.on-demand.read", 0.125, "A");
        row(kP + "dynamodb.provisioned.wcu", 0.00065, "A");
        row(kP + "dynamodb.provisioned.rcu", 0.00013, "A");
        row(kP + "dynamodb.provisioned.rwcu", 0.00065, "B");
        row("price.us-west-1.dynamodb.provisioned.rwcu", 0.000725, "B");
        row(kP + "dynamodb.storage", 0.25, "A");
        row(kP + "dynamodb.pitr", 0.20, "B");
        row(kP + "dynamodb.backup", 0.10, "B");
        row(kP + "dynamodb.restore", 0.15, "B");
        row(kP + "dax.node.dax.r5.large", 0.269, "E");
        row(kP + "elasticache.node.redis.cache.r7g.large", 0.219, "C");
        row(kP + "elasticache.node.valkey.cache.r7g.large", 0.1752, "C");
        row(kP + "elasticache.node.memcached.cache.r7g.large", 0.219, "E");
        row(kP + "elasticache.node.redis.cache.m6g.12xlarge", 3.557, "B");
        row(kP + "elasticache.serverless.valkey.min-data-gb", 0.1, "C");
        row(kP + "elasticache.serverless.redis.ecpu", 0.0034, "C");
        row(kP + "elasticache.backup", 0.085, "B");
        row(kP + "transfer.inter-az", 0.01, "C");
        row(kP + "transfer.inter-region", 0.02, "C");
        row("price.region-factor.eu-central-1", 1.16, "E");
        row("sla.rds.single-az", 0.995, "A");
        row("sla.rds.multi-az", 0.9995, "A");
        row("sla.aurora.multi-az", 0.9999, "A");
        row("sla.dynamodb.global", 0.99999, "A");
        row("sla.ec2.region", 0.9999, "A");
        row("failover.rds.multi-az-instance.seconds", 120, "A");
        row("failover.rds.multi-az-cluster.seconds", 35, "A");
        row("failover.aurora.no-replica.seconds", 600, "E");
        row("recovery.restore.seconds", 1800, "E");
        row("rpo.rds.log-shipping.seconds", 300, "A");
        row("lag.aurora-replica.seconds", 0.1, "A");
        row("failure.region.per-year", 0.15, "E");
        row("perf.dynamodb.partition.rcu", 3000, "A");
        row("perf.dynamodb.read.service-ms", 3, "E");
        row("perf.rds.read.per-vcpu-per-second", 10000, "E");
        row("latency.same-az-rtt-ms", 0.45, "C");
        row("latency.cross-az-rtt-ms", 1.7, "C");
        row("vcpu.db.m5.2xlarge", 8, "A");
        row("vcpu.cache.r7g.xlarge", 4, "A");
        row("vcpu.dax.t3.small", 2, "A");
    }

    void referenceValues()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(QString, tier);
        const Catalog &c = shipped();
        QVERIFY2(c.contains(key), qPrintable(key));
        QCOMPARE(*c.value(key), value);
        QCOMPARE(tierOf(c, key), tier);
    }

    // aws-reference.md, "Worked examples": the catalog's figures reproduce each total.
    void workedExamples_data()
    {
        QTest::addColumn<double>("computed");
        QTest::addColumn<double>("expected");
        const double hours = figure("month.hours");
        QTest::newRow("1 RDS MySQL Single-AZ")
            << figure(kP + "rds.instance.mysql.single-az.db.t3.large") * hours +
                   20 * figure(kP + "rds.storage.gp2.single-az") + 1000 * figure(kP + "rds.backup")
            << 196.58;
        QTest::newRow("2 RDS MySQL Multi-AZ")
            << figure(kP + "rds.instance.mysql.multi-az.db.t3.large") * hours +
                   30 * figure(kP + "rds.storage.gp2.multi-az") + 1000 * figure(kP + "rds.backup")
            << 300.46;
        QTest::newRow("3 DynamoDB on-demand") << 3 * figure(kP + "dynamodb.on-demand.write") +
                                                     8 * figure(kP + "dynamodb.on-demand.read") +
                                                     230 * figure(kP + "dynamodb.storage")
                                              << 60.375;
        QTest::newRow("4 Aurora Serverless v2")
            << 3650 * figure(kP + "aurora.serverless-v2.standard") << 438.0;
        QTest::newRow("5 Aurora Standard")
            << 100 * figure(kP + "aurora.storage.standard") + 52.56 * figure(kP + "aurora.io")
            << 20.51;
        QTest::newRow("6 composite SLA")
            << figure("sla.rds.multi-az") * figure("sla.ec2.region") * 100 << 99.94;
    }

    void workedExamples()
    {
        QFETCH(double, computed);
        QFETCH(double, expected);
        QVERIFY2(qAbs(computed - expected) < 0.005,
                 qPrintable(QStringLiteral("%1 != %2").arg(computed, 0, 'f', 4).arg(expected)));
    }

    void multiAzRatesOnlyWhereListed()
    {
        QStringList multiAz;
        const QString prefix = kP + QStringLiteral("rds.instance.");
        for (auto it = shipped().entries().cbegin(); it != shipped().entries().cend(); ++it) {
            if (it.key().startsWith(prefix) && it.key().contains(QLatin1String(".multi-az.")))
                multiAz.append(it.key().mid(prefix.size()));
        }
        multiAz.sort();
        const QStringList expected = {"mariadb.multi-az.db.t3.large",
                                      "mariadb.multi-az.db.t4g.small", "mysql.multi-az.db.t3.large",
                                      "mysql.multi-az.db.t4g.small",
                                      "postgres.multi-az.db.t4g.small"};
        QCOMPARE(multiAz, expected);
    }

    void derivedPricesFollowTheirBase_data()
    {
        QTest::addColumn<QString>("derivedPrefix");
        QTest::addColumn<QString>("basePrefix");
        QTest::newRow("mariadb as mysql")
            << kP + "rds.instance.mariadb." << kP + "rds.instance.mysql.";
        QTest::newRow("aurora-mysql as aurora-postgresql")
            << kP + "aurora.instance.aurora-mysql." << kP + "aurora.instance.aurora-postgresql.";
        QTest::newRow("memcached as redis")
            << kP + "elasticache.node.memcached." << kP + "elasticache.node.redis.";
    }

    void derivedPricesFollowTheirBase()
    {
        QFETCH(QString, derivedPrefix);
        QFETCH(QString, basePrefix);
        const Catalog &c = shipped();
        int bases = 0;
        for (auto it = c.entries().cbegin(); it != c.entries().cend(); ++it) {
            if (!it.key().startsWith(basePrefix))
                continue;
            ++bases;
            const QString derived = derivedPrefix + it.key().mid(basePrefix.size());
            QVERIFY2(c.contains(derived), qPrintable(derived));
            QCOMPARE(*c.value(derived), it->value);
            QCOMPARE(tierOf(c, derived), QStringLiteral("E"));
        }
        QVERIFY(bases >= 9);
    }

    void everyPricedClassHasVcpus()
    {
        const Catalog &c = shipped();
        const QStringList families = {"rds.instance.", "aurora.instance.", "elasticache.node.",
                                      "dax.node."};
        int priced = 0;
        for (auto it = c.entries().cbegin(); it != c.entries().cend(); ++it) {
            for (const QString &family : families) {
                if (!it.key().startsWith(kP + family))
                    continue;
                ++priced;
                const QString cls = it.key().section(QLatin1Char('.'), -3);
                QVERIFY2(c.value(QStringLiteral("vcpu.") + cls).value_or(0) >= 2,
                         qPrintable(it.key()));
            }
        }
        QVERIFY(priced > 100);
    }

    void regionsAreTheMatrix()
    {
        const Catalog &c = shipped();
        QCOMPARE(c.regions(), kRegions);
        for (const QString &from : kRegions) {
            for (const QString &to : kRegions) {
                const QString key = QStringLiteral("rtt.%1.%2").arg(from, to);
                QVERIFY2(c.contains(key), qPrintable(key));
                QCOMPARE(tierOf(c, key), QStringLiteral("C"));
                QVERIFY2(from == to ? *c.value(key) <= 4 : *c.value(key) >= 9, qPrintable(key));
            }
        }
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("ms");
        QTest::newRow("us-east-1 eu-west-1") << "rtt.us-east-1.eu-west-1" << 70.0;
        QTest::newRow("eu-west-1 us-east-1 (measured each way)")
            << "rtt.eu-west-1.us-east-1" << 69.0;
        QTest::newRow("us-east-1 us-east-2") << "rtt.us-east-1.us-east-2" << 13.0;
        QTest::newRow("us-east-1 ca-central-1") << "rtt.us-east-1.ca-central-1" << 15.0;
        QTest::newRow("us-east-1 us-west-2") << "rtt.us-east-1.us-west-2" << 64.0;
        QTest::newRow("us-east-1 eu-central-1") << "rtt.us-east-1.eu-central-1" << 92.0;
        QTest::newRow("us-east-1 sa-east-1") << "rtt.us-east-1.sa-east-1" << 114.0;
        QTest::newRow("us-east-1 ap-northeast-1") << "rtt.us-east-1.ap-northeast-1" << 146.0;
        QTest::newRow("us-east-1 ap-southeast-2") << "rtt.us-east-1.ap-southeast-2" << 199.0;
        QTest::newRow("us-west-2 eu-west-1") << "rtt.us-west-2.eu-west-1" << 119.0;
        QTest::newRow("af-south-1 ap-southeast-2") << "rtt.af-south-1.ap-southeast-2" << 411.0;
        QTest::newRow("us-east-1 inside") << "rtt.us-east-1.us-east-1" << 4.0;
    }

    void roundTrips()
    {
        QFETCH(QString, key);
        QFETCH(double, ms);
        QCOMPARE(shipped().value(key).value_or(-1), ms);
    }

    void overridesReplaceAndReport()
    {
        const Catalog &c = shipped();
        const QString key = QStringLiteral("sla.rds.multi-az");
        QStringList unknown;
        const Catalog o = c.withOverrides({{key, 0.999}, {"no.such.key", 1.0}}, &unknown);
        QCOMPARE(*o.value(key), 0.999);
        QCOMPARE(o.find(key)->source, kOverrideSourceId);
        QVERIFY(o.find(key)->note.contains(QLatin1String("0.9995")));
        QVERIFY(o.source(kOverrideSourceId));
        QCOMPARE(unknown, QStringList{"no.such.key"});
        QVERIFY(!o.contains(QStringLiteral("no.such.key")));
        QCOMPARE(o.entries().size(), c.entries().size());
        QCOMPARE(*c.value(key), 0.9995); // the bundled catalog is untouched
        QCOMPARE(c.withOverrides({}), c);
    }

    void mergeReplacesEntries()
    {
        Catalog base = shipped();
        Catalog imported;
        imported.setHeader("import", "Imported", "2026-11-02", "USD");
        imported.addSource({"offer", "import", "AWS Price List offer file AmazonRDS", {}, {}});
        const QString key = kP + QStringLiteral("rds.backup");
        const QString added = QStringLiteral("price.eu-west-1.rds.backup");
        imported.setEntry(key, {0.1, "USD/GB-month", "offer", {}});
        imported.setEntry(added, {0.105, "USD/GB-month", "offer", {}});
        const qsizetype before = base.entries().size();
        base.merge(imported);
        QCOMPARE(*base.value(key), 0.1);
        QCOMPARE(base.find(key)->source, QStringLiteral("offer"));
        QCOMPARE(*base.value(added), 0.105);
        QCOMPARE(base.entries().size(), before + 1);
        QCOMPARE(base.source("offer")->tier, QStringLiteral("import"));
        QCOMPARE(*base.value("sla.rds.multi-az"), 0.9995);
        QCOMPARE(base.id(), QStringLiteral("aws"));
    }

    void bundledFilesAreWhatTheWriterWrites_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::newRow("bundled: regions, round trips, transfer") << ":/catalogs/aws.json";
        QTest::newRow("AWS plugin: the database services") << ":/aws/catalog.json";
    }

    void bundledFilesAreWhatTheWriterWrites()
    {
        QFETCH(QString, resource);
        QVERIFY(!shipped().id().isEmpty()); // registers the resources
        QFile file(resource);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const CatalogLoadResult parsed = parseCatalog(bytes);
        QVERIFY2(parsed.catalog, qPrintable(parsed.error));
        const QByteArray written = catalogToJson(*parsed.catalog);
        if (written != bytes) {
            const QList<QByteArray> a = written.split('\n'), b = bytes.split('\n');
            for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
                QVERIFY2(a[i] == b[i], qPrintable(QStringLiteral("line %1: writer gives %2")
                                                      .arg(i + 1)
                                                      .arg(QString::fromUtf8(a[i]))));
        }
        QCOMPARE(written, bytes);
    }

    void theBundledCatalogIsTheSharedFiguresAndThePluginTheServices()
    {
        const Catalog &bundled = bundledCatalog();
        // The figures every provider shares: the engine's own and the regions'.
        for (const char *key : {"month.hours", "rtt.us-east-1.eu-west-1", "latency.cross-az-rtt-ms",
                                "price.us-east-1.transfer.inter-az", "failure.az.per-year",
                                "perf.target-utilization", "sla.ec2.region"})
            QVERIFY2(bundled.contains(QString::fromLatin1(key)), key);
        // None of a database service's: those are the AWS plugin's.
        for (auto it = bundled.entries().cbegin(); it != bundled.entries().cend(); ++it) {
            for (const char *service : {".rds", ".aurora", ".dynamodb", ".elasticache", ".dax"})
                QVERIFY2(!it.key().contains(QLatin1String(service) + QLatin1Char('.')) &&
                             !it.key().startsWith(QLatin1String(service).mid(1) + '.'),
                         qPrintable(it.key()));
        }
        QVERIFY(shipped().contains("price.us-east-1.rds.backup"));
        QVERIFY(shipped().contains("sla.rds.multi-az"));
        // The shipped catalog keeps the bundled one's name and date: outputs name them.
        QCOMPARE(shipped().id(), bundled.id());
        QCOMPARE(shipped().date(), bundled.date());
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("undeclared source") << smallCatalog("archstudio-catalog", "0.5", "nowhere")
                                           << "entries.failure.az.per-year.source: \"nowhere\" is "
                                              "not one of the catalog's sources";
        QTest::newRow("string value") << smallCatalog("archstudio-catalog", "\"0.5\"")
                                      << "entries.failure.az.per-year.value: expected a number";
        QTest::newRow("null value") << smallCatalog("archstudio-catalog", "null")
                                    << "entries.failure.az.per-year.value: expected a number";
        QTest::newRow("wrong format")
            << smallCatalog("archstudio-design") << "format: expected \"archstudio-catalog\"";
        QTest::newRow("source without tier")
            << QByteArray(R"({"format": "archstudio-catalog", "formatVersion": 1, "id": "t",
                "sources": {"s": {"title": "x"}}, "entries": {}})")
            << "sources.s: expected a tier and a title";
        QTest::newRow("version 2")
            << QByteArray(R"({"format": "archstudio-catalog", "formatVersion": 2, "id": "t"})")
            << "formatVersion: expected 1";
        QTest::newRow("not json") << QByteArray("{\"format\": ") << "not valid JSON";
    }

    void parseRefuses()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QVERIFY(parseCatalog(smallCatalog()).catalog); // the unbroken one loads
        const CatalogLoadResult result = parseCatalog(text);
        QVERIFY(!result.catalog);
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
