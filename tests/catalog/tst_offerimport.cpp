#include "plugins/aws/offers/offerimport.h"

#include "core/catalog/catalogfile.h"
#include "core/engine/kindplugin.h"

#include <QFile>
#include <QPluginLoader>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace archstudio::catalog;
using archstudio::aws::importOfferFiles;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ARCHSTUDIO_TEST_DATA "/offers/") + name;
}

const QString kRds = QStringLiteral("AmazonRDS-small.json");
const QString kElastiCache = QStringLiteral("AmazonElastiCache-small.json");
const QString kDynamoDb = QStringLiteral("AmazonDynamoDB-small.json");

struct Expected
{
    const char *key;
    double value;
    const char *unit;
};

// Everything each fixture must give: the OnDemand prices of the products with a
// docs/CATALOG.md key, never a Reserved rate, an irrelevant product or a skipped variant.
const QHash<QString, QList<Expected>> &expectedEntries()
{
    static const QHash<QString, QList<Expected>> entries{
        {kRds,
         {{"price.us-east-1.rds.instance.postgres.single-az.db.r6g.large", 0.225, "USD/hour"},
          {"price.us-east-1.rds.instance.postgres.multi-az.db.r6g.large", 0.45, "USD/hour"},
          {"price.us-east-1.rds.instance.mysql.single-az.db.t3.large", 0.136, "USD/hour"},
          {"price.us-east-1.rds.instance.mysql.multi-az.db.t3.large", 0.272, "USD/hour"},
          {"price.us-east-1.aurora.instance.aurora-postgresql.db.r6g.large", 0.26, "USD/hour"},
          {"price.us-east-1.aurora.instance.aurora-mysql.db.r7g.large", 0.276, "USD/hour"},
          {"price.eu-west-1.rds.instance.postgres.single-az.db.r6g.large", 0.248, "USD/hour"},
          {"price.us-east-1.rds.storage.gp2.single-az", 0.115, "USD/GB-month"},
          {"price.us-east-1.rds.storage.gp2.multi-az", 0.23, "USD/GB-month"},
          {"price.us-east-1.rds.storage.gp3.single-az", 0.115, "USD/GB-month"},
          {"price.us-east-1.rds.storage.io1.single-az", 0.125, "USD/GB-month"},
          {"price.us-east-1.rds.storage.magnetic.single-az", 0.1, "USD/GB-month"},
          {"price.us-east-2.rds.storage.gp2.multi-az", 0.23, "USD/GB-month"},
          {"price.us-east-1.rds.iops.io1.single-az", 0.1, "USD/IOPS-month"},
          {"price.us-east-1.rds.iops.io2.single-az", 0.1, "USD/IOPS-month"},
          {"price.us-east-1.aurora.storage.standard", 0.1, "USD/GB-month"},
          {"price.us-east-1.aurora.io", 0.2, "USD/million requests"},
          {"price.us-east-1.rds.backup", 0.095, "USD/GB-month"},
          {"price.us-east-1.aurora.serverless-v2.standard", 0.12, "USD/ACU-hour"},
          {"vcpu.db.r6g.large", 2, "vCPU"},
          {"vcpu.db.t3.large", 2, "vCPU"},
          {"vcpu.db.r7g.large", 2, "vCPU"},
          {"vcpu.db.m5.large", 2, "vCPU"}}},
        {kElastiCache,
         {{"price.us-east-1.elasticache.node.valkey.cache.r7g.large", 0.1752, "USD/hour"},
          {"price.us-east-1.elasticache.node.redis.cache.r7g.large", 0.219, "USD/hour"},
          {"price.us-east-1.elasticache.node.memcached.cache.t3.micro", 0.017, "USD/hour"},
          {"price.us-west-2.elasticache.node.redis.cache.r7g.large", 0.219, "USD/hour"},
          {"price.us-east-1.elasticache.serverless.valkey.data", 0.084, "USD/GB-hour"},
          {"price.us-east-1.elasticache.serverless.valkey.ecpu", 0.0023, "USD/million ECPU"},
          {"price.us-east-1.elasticache.serverless.redis.data", 0.125, "USD/GB-hour"},
          {"price.us-east-1.elasticache.serverless.redis.ecpu", 0.0034, "USD/million ECPU"},
          {"price.us-east-1.elasticache.backup", 0.085, "USD/GB-month"},
          {"vcpu.cache.r7g.large", 2, "vCPU"},
          {"vcpu.cache.t3.micro", 2, "vCPU"}}},
        {kDynamoDb,
         {{"price.us-east-1.dynamodb.on-demand.read", 0.125, "USD/million request units"},
          {"price.us-east-1.dynamodb.on-demand.write", 0.625, "USD/million request units"},
          {"price.us-east-2.dynamodb.on-demand.read", 0.125, "USD/million request units"},
          {"price.us-east-1.dynamodb.provisioned.rcu", 0.00013, "USD/unit-hour"},
          {"price.us-east-1.dynamodb.provisioned.wcu", 0.00065, "USD/unit-hour"},
          {"price.us-east-1.dynamodb.storage", 0.25, "USD/GB-month"},
          {"price.us-east-1.dynamodb.pitr", 0.2, "USD/GB-month"},
          {"price.us-east-1.dynamodb.replicated-write", 0.625, "USD/million rWRU"},
          {"price.us-east-1.dax.node.dax.r5.large", 0.269, "USD/hour"},
          {"vcpu.dax.r5.large", 2, "vCPU"}}},
    };
    return entries;
}

const QHash<QString, QString> &expectedSources()
{
    static const QHash<QString, QString> sources{
        {kRds, QStringLiteral("import-AmazonRDS-2025-10-15T12:00:00Z")},
        {kElastiCache, QStringLiteral("import-AmazonElastiCache-2025-10-20T08:30:00Z")},
        {kDynamoDb, QStringLiteral("import-AmazonDynamoDB-2025-10-01T00:00:00Z")},
    };
    return sources;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray rdsProduct(const QByteArray &sku, const QByteArray &engine, double vcpu)
{
    return "\"" + sku + "\":{\"sku\":\"" + sku +
           "\",\"productFamily\":\"Database Instance\",\"attributes\":{\"servicecode\":"
           "\"AmazonRDS\",\"location\":\"US East (N. Virginia)\",\"locationType\":\"AWS Region\","
           "\"regionCode\":\"us-east-1\",\"instanceType\":\"db.r6g.large\",\"vcpu\":\"" +
           QByteArray::number(vcpu) + "\",\"databaseEngine\":\"" + engine +
           "\",\"licenseModel\":\"License included\",\"deploymentOption\":\"Single-AZ\","
           "\"usagetype\":\"InstanceUsage:db.r6g.large\",\"operation\":\"CreateDBInstance:0005\"}}";
}

QByteArray term(const QByteArray &sku, const QByteArray &code, const QByteArray &usd)
{
    return "\"" + sku + "." + code + "\":{\"offerTermCode\":\"" + code + "\",\"sku\":\"" + sku +
           "\",\"effectiveDate\":\"2025-10-01T00:00:00Z\",\"priceDimensions\":{\"" + sku + "." +
           code + ".6YS6EN2CT7\":{\"rateCode\":\"" + sku + "." + code +
           ".6YS6EN2CT7\",\"description\":\"rate\",\"beginRange\":\"0\",\"endRange\":\"Inf\","
           "\"unit\":\"Hrs\",\"pricePerUnit\":{\"USD\":\"" +
           usd + "\"},\"appliesTo\":[]}},\"termAttributes\":{}}";
}

} // namespace

class TestOfferImport : public QObject
{
    Q_OBJECT

private:
    const PriceListImportResult &imported(const QString &file)
    {
        if (!mResults.contains(file))
            mResults.insert(file, importOfferFiles({fixture(file)}));
        return mResults[file];
    }

    QTemporaryDir mDir;
    QHash<QString, PriceListImportResult> mResults;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QVERIFY(writeFile(mDir.filePath("not-an-offer.json"), "{\"products\":{}}"));
        QVERIFY(writeFile(mDir.filePath("ec2.json"),
                          "{\"offerCode\":\"AmazonEC2\",\"version\":\"1\",\"products\":{}}"));
        QVERIFY(
            writeFile(mDir.filePath("trailing.json"),
                      "{\"offerCode\":\"AmazonRDS\",\"publicationDate\":\"2025-10-01T00:00:00Z\","
                      "\"products\":{}}\n{}"));
    }

    void importsEveryExpectedEntry_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        for (const QString &file : {kRds, kElastiCache, kDynamoDb}) {
            for (const Expected &e : expectedEntries().value(file)) {
                QTest::addRow("%s", e.key)
                    << file << QString::fromLatin1(e.key) << e.value << QString::fromLatin1(e.unit);
            }
        }
    }

    void importsEveryExpectedEntry()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(QString, unit);
        const PriceListImportResult &result = imported(file);
        QVERIFY2(result.catalog, qPrintable(result.error));
        const Entry *entry = result.catalog->find(key);
        QVERIFY2(entry, qPrintable(key));
        QCOMPARE(entry->value, value);
        QCOMPARE(entry->unit, unit);
        QCOMPARE(entry->source, expectedSources().value(file));
        QVERIFY(entry->note.startsWith(QLatin1String("SKU ")));
    }

    void importsNothingElse_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : {kRds, kElastiCache, kDynamoDb})
            QTest::newRow(qPrintable(file)) << file;
    }

    void importsNothingElse()
    {
        QFETCH(QString, file);
        const PriceListImportResult &result = imported(file);
        QVERIFY2(result.catalog, qPrintable(result.error));
        QSet<QString> expected;
        int prices = 0;
        for (const Expected &e : expectedEntries().value(file)) {
            expected.insert(QString::fromLatin1(e.key));
            prices += QByteArray(e.key).startsWith("price.") ? 1 : 0;
        }
        const QList<QString> keys = result.catalog->entries().keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), expected);
        QCOMPARE(result.pricesImported, prices);
    }

    void notesTiersConversionsAndSkips()
    {
        const PriceListImportResult &rds = imported(kRds);
        QVERIFY(rds.catalog);
        QVERIFY(rds.catalog->find("price.us-east-1.rds.iops.io2.single-az")
                    ->note.contains(QLatin1String("first of 2 tiers (0 to 64000 IOPS-Mo)")));
        QVERIFY(rds.catalog->find("price.us-east-1.aurora.io")
                    ->note.contains(QLatin1String("x 1,000,000")));
        const QString rdsNotes = rds.skippedNotes.join(QLatin1Char('\n'));
        QVERIFY2(rdsNotes.contains(QLatin1String("Multi-AZ (readable standbys)")),
                 qPrintable(rdsNotes));
        QVERIFY(rdsNotes.contains(QLatin1String("I/O-Optimized")));
        QVERIFY(rdsNotes.contains(QLatin1String("1 product(s) have no OnDemand price")));

        const PriceListImportResult &ddb = imported(kDynamoDb);
        QVERIFY(ddb.catalog);
        QVERIFY(ddb.catalog->find("price.us-east-1.dynamodb.provisioned.rcu")
                    ->note.contains(QLatin1String("tier from 18600")));
        QVERIFY(ddb.skippedNotes.join(QLatin1Char('\n')).contains(QLatin1String("Standard-IA")));
    }

    void describesEachFileAsASource()
    {
        const PriceListImportResult result =
            importOfferFiles({fixture(kRds), fixture(kElastiCache), fixture(kDynamoDb)});
        QVERIFY2(result.catalog, qPrintable(result.error));
        const Catalog &catalog = *result.catalog;
        QCOMPARE(catalog.id(), QStringLiteral("aws"));
        QCOMPARE(catalog.currency(), QStringLiteral("USD"));
        QCOMPARE(catalog.date(), QStringLiteral("2025-10-20"));
        QCOMPARE(catalog.sources().size(), 3);
        const Source *rds = catalog.source(expectedSources().value(kRds));
        QVERIFY(rds);
        QCOMPARE(rds->tier, QStringLiteral("import"));
        QCOMPARE(rds->title, QStringLiteral("AWS Price List offer file AmazonRDS 20251015120000"));
        QCOMPARE(rds->date, QStringLiteral("2025-10-15"));
        int total = 0;
        for (const QString &file : {kRds, kElastiCache, kDynamoDb})
            total += imported(file).pricesImported;
        QCOMPARE(result.pricesImported, total);
    }

    void loadsBackThroughTheCatalogFormat()
    {
        const PriceListImportResult result =
            importOfferFiles({fixture(kRds), fixture(kElastiCache), fixture(kDynamoDb)});
        QVERIFY2(result.catalog, qPrintable(result.error));
        const CatalogLoadResult loaded = parseCatalog(catalogToJson(*result.catalog));
        QVERIFY2(loaded.catalog, qPrintable(loaded.error));
        QCOMPARE(*loaded.catalog, *result.catalog);
    }

    void reportsProgressMonotonically()
    {
        QList<ImportProgress> reports;
        const QStringList files{fixture(kRds), fixture(kElastiCache), fixture(kDynamoDb)};
        const PriceListImportResult result = importOfferFiles(files, [&](const ImportProgress &p) {
            reports << p;
            return true;
        });
        QVERIFY2(result.catalog, qPrintable(result.error));
        qint64 total = 0;
        for (const QString &file : files)
            total += QFileInfo(file).size();
        QVERIFY(reports.size() >= files.size());
        for (qsizetype i = 0; i < reports.size(); ++i) {
            QCOMPARE(reports[i].totalBytes, total);
            if (i > 0)
                QVERIFY(reports[i].bytesRead >= reports[i - 1].bytesRead);
        }
        QCOMPARE(reports.last().bytesRead, total);
    }

    void cancels()
    {
        int calls = 0;
        const PriceListImportResult result =
            importOfferFiles({fixture(kRds), fixture(kDynamoDb)}, [&](const ImportProgress &) {
                ++calls;
                return false;
            });
        QCOMPARE(calls, 1);
        QCOMPARE(result.error, QStringLiteral("cancelled"));
        QVERIFY(!result.catalog);
    }

    void refusesBrokenFiles_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("failing");
        QTest::addColumn<QString>("message");
        const QString truncated = fixture("AmazonRDS-truncated.json");
        const QString badPrice = fixture("AmazonElastiCache-badprice.json");
        QTest::newRow("truncated")
            << QStringList{truncated} << truncated << "the JSON text ends too early";
        QTest::newRow("non-numeric price")
            << QStringList{badPrice} << badPrice
            << "SKU OXGVQFYB6AGJ7IWB: rate OXGVQFYB6AGJ7IWB.JRTCKXETXF.6YS6EN2CT7: the USD price "
               "\"0.17x2\" is not a number";
        QTest::newRow("after a good file")
            << QStringList{fixture(kRds), badPrice} << badPrice << "\"0.17x2\" is not a number";
        const QString missing = mDir.filePath("missing.json");
        QTest::newRow("missing") << QStringList{missing} << missing << "cannot open";
        const QString notOffer = mDir.filePath("not-an-offer.json");
        QTest::newRow("not an offer") << QStringList{notOffer} << notOffer << "no offerCode";
        const QString ec2 = mDir.filePath("ec2.json");
        QTest::newRow("other offer") << QStringList{ec2} << ec2 << "\"AmazonEC2\" is not one";
        const QString trailing = mDir.filePath("trailing.json");
        QTest::newRow("trailing text")
            << QStringList{trailing} << trailing << "line 2, column 1 (byte 81): unexpected text";
    }

    void refusesBrokenFiles()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, failing);
        QFETCH(QString, message);
        const PriceListImportResult result = importOfferFiles(files);
        QVERIFY(!result.catalog);
        QVERIFY2(result.error.startsWith(failing + QStringLiteral(": ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
    }

    void locatesSyntaxErrors()
    {
        const QString path = mDir.filePath("syntax.json");
        QVERIFY(writeFile(path, "{\n  \"offerCode\" : \"AmazonRDS\",\n  \"products\" : {,}\n}\n"));
        const PriceListImportResult result = importOfferFiles({path});
        QCOMPARE(result.error,
                 path + QStringLiteral(": line 3, column 17 (byte 47): invalid JSON syntax"));
    }

    void readsTermsWrittenBeforeProducts()
    {
        const QString path = mDir.filePath("terms-first.json");
        QVERIFY(
            writeFile(path, "{\"offerCode\":\"AmazonRDS\",\"version\":\"7\","
                            "\"publicationDate\":\"2025-10-01T00:00:00Z\",\"terms\":{\"OnDemand\":{"
                            "\"PG\":{" +
                                term("PG", "JRTCKXETXF", "0.2250000000") +
                                "},"
                                "\"ORA\":{" +
                                term("ORA", "JRTCKXETXF", "0.4800000000") +
                                "}}},"
                                "\"products\":{" +
                                rdsProduct("ORA", "Oracle", 2) + "," +
                                rdsProduct("PG", "PostgreSQL", 2)
                                    .replace("License included", "No license required") +
                                "}}"));
        const PriceListImportResult result = importOfferFiles({path});
        QVERIFY2(result.catalog, qPrintable(result.error));
        QCOMPARE(
            result.catalog->value("price.us-east-1.rds.instance.postgres.single-az.db.r6g.large"),
            std::optional<double>(0.225));
        QCOMPARE(result.pricesImported, 1);
    }

    void importsReplicatedWriteCapacity()
    {
        // A provisioned global table's rWCU-hours (usage type REG-ReplWriteCapacityUnit-Hrs).
        const QString path = mDir.filePath("rwcu.json");
        QVERIFY(
            writeFile(path, "{\"offerCode\":\"AmazonDynamoDB\",\"version\":\"7\","
                            "\"publicationDate\":\"2025-10-01T00:00:00Z\",\"products\":{\"RW\":{"
                            "\"sku\":\"RW\",\"productFamily\":\"Provisioned IOPS\",\"attributes\":{"
                            "\"servicecode\":\"AmazonDynamoDB\",\"locationType\":\"AWS Region\","
                            "\"regionCode\":\"us-west-1\",\"group\":\"DDB-ReplicatedWriteUnits\","
                            "\"usagetype\":\"USW1-ReplWriteCapacityUnit-Hrs\","
                            "\"operation\":\"CommittedThroughput\"}}},\"terms\":{\"OnDemand\":{"
                            "\"RW\":{" +
                                term("RW", "JRTCKXETXF", "0.0007250000") + "}}}}"));
        const PriceListImportResult result = importOfferFiles({path});
        QVERIFY2(result.catalog, qPrintable(result.error));
        QCOMPARE(result.catalog->value("price.us-west-1.dynamodb.provisioned.rwcu"),
                 std::optional<double>(0.000725));
        QCOMPARE(result.catalog->find("price.us-west-1.dynamodb.provisioned.rwcu")->unit,
                 QStringLiteral("USD/unit-hour"));
        QCOMPARE(result.pricesImported, 1);
    }

    // ~50 MB of products the catalog has no use for around one it has: the importer must
    // hold only that one, whatever the size of the file.
    void importsALargeFileInBoundedMemory()
    {
        const QString path = mDir.filePath("AmazonRDS-large.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const int count = 36000;
        const auto sku = [](int i) {
            return QByteArray("SKU") + QByteArray::number(i).rightJustified(12, '0');
        };
        file.write("{\"formatVersion\":\"v1.0\",\"offerCode\":\"AmazonRDS\",\"version\":\"1\","
                   "\"publicationDate\":\"2025-10-01T00:00:00Z\",\"products\":{");
        for (int i = 0; i < count; ++i) {
            QByteArray product = rdsProduct(sku(i), "Oracle", 2);
            if (i == count / 2)
                product.replace("Oracle", "PostgreSQL")
                    .replace("License included", "No license required");
            file.write((i ? "," : "") + product);
        }
        file.write("},\"terms\":{\"OnDemand\":{");
        for (int i = 0; i < count; ++i) {
            const QByteArray price = i == count / 2 ? "0.2250000000" : "0.4800000000";
            file.write((i ? ",\"" : "\"") + sku(i) + "\":{" + term(sku(i), "JRTCKXETXF", price) +
                       "}");
        }
        file.write("},\"Reserved\":{");
        for (int i = 0; i < count; ++i) {
            file.write((i ? ",\"" : "\"") + sku(i) + "\":{" + term(sku(i), "HU7G6KETJZ", "0.1") +
                       "," + term(sku(i), "38NPMPTW36", "0.05") + "}");
        }
        file.write("}}}\n");
        file.close();
        const qint64 size = QFileInfo(path).size();
        QVERIFY2(size > 45 * 1024 * 1024, qPrintable(QString::number(size)));

        int reports = 0;
        const PriceListImportResult result = importOfferFiles({path}, [&](const ImportProgress &p) {
            ++reports;
            return p.totalBytes == size;
        });
        QVERIFY2(result.catalog, qPrintable(result.error));
        QCOMPARE(result.pricesImported, 1);
        QCOMPARE(
            result.catalog->value("price.us-east-1.rds.instance.postgres.single-az.db.r6g.large"),
            std::optional<double>(0.225));
        QCOMPARE(result.productsRetained, 1);
        QVERIFY(reports >= int(size / (1 << 20)));
    }

    // The CLI reaches the importer only through the plugin interface (`catalog import`), so
    // the linked AWS plugin, as the kind set loads it, must offer the same import.
    void isOfferedThroughThePluginInterface()
    {
        const archstudio::engine::KindPlugin *aws = nullptr;
        for (QObject *instance : QPluginLoader::staticInstances()) {
            auto *plugin = qobject_cast<archstudio::engine::KindPlugin *>(instance);
            if (plugin && plugin->pluginId() == QLatin1String("aws"))
                aws = plugin;
        }
        QVERIFY(aws);
        const PriceListImporter *importer = aws->priceListImporter();
        QVERIFY(importer);
        QCOMPARE(importer->name(), QStringLiteral("AWS Price List bulk offer files"));
        const QStringList files{fixture(kRds), fixture(kDynamoDb)};
        const PriceListImportResult viaPlugin = importer->importFiles(files, {});
        QVERIFY2(viaPlugin.catalog, qPrintable(viaPlugin.error));
        const PriceListImportResult direct = importOfferFiles(files);
        QVERIFY(direct.pricesImported > 0);
        QCOMPARE(viaPlugin.pricesImported, direct.pricesImported);
        QCOMPARE(*viaPlugin.catalog, *direct.catalog);
    }
};

QTEST_GUILESS_MAIN(TestOfferImport)
#include "tst_offerimport.moc"
