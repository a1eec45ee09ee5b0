#include "core/io/designfile.h"
#include "core/io/migrations.h"
#include "support/testkinds.h"

#include <QTest>

using namespace archstudio;

namespace {

// A made-up history for the test: version 1 called the components "parts" and version 2
// spelled workloads "client". Both steps must run, in order, to reach today's shape.
io::MigrationChain testChain(QStringList *order)
{
    return io::MigrationChain(
        3, {{2, "client kind renamed to workload",
             [order](boost::json::object &root) {
                 order->append("2->3");
                 for (auto &c : root["components"].as_array()) {
                     auto &kind = c.as_object()["kind"];
                     if (kind == "client")
                         kind = "workload";
                 }
             }},
            {1, "parts renamed to components", [order](boost::json::object &root) {
                 order->append("1->2");
                 root["components"] = root["parts"];
                 root.erase("parts");
             }}});
}

const QByteArray kVersion1 = R"({"format": "archstudio-design", "formatVersion": 1,
    "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}],
    "parts": [{"id": "api", "kind": "client",
               "placement": {"region": "us-east-1", "zones": ["us-east-1a"]}}]})";

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void stepsRunInVersionOrderOnLoad()
    {
        QStringList order;
        const io::MigrationChain chain = testChain(&order);
        io::LoadOptions options = test::loadOptions();
        options.migrations = &chain;
        const io::LoadResult result = io::loadDesignJson(kVersion1, options);
        QVERIFY2(result.file, qPrintable(result.problems.value(0).toString()));
        QCOMPARE(order, (QStringList{"1->2", "2->3"}));
        QCOMPARE(result.file->sourceFormatVersion, 1);
        QCOMPARE(result.file->appliedMigrations.size(), 2);
        QCOMPARE(result.file->design.components.size(), 1);
        QCOMPARE(result.file->design.components.first().kind, QStringLiteral("workload"));
    }

    void currentVersionRunsNoStep()
    {
        QStringList order;
        const io::MigrationChain chain = testChain(&order);
        boost::json::object root{{"formatVersion", 3}};
        QVERIFY(!chain.migrate(root, 3));
        QVERIFY(order.isEmpty());
    }

    void missingStepIsAnError()
    {
        const io::MigrationChain chain(3, {{2, "only the last step", [](boost::json::object &) {
                                            }}});
        boost::json::object root;
        const std::optional<QString> error = chain.migrate(root, 1);
        QVERIFY(error);
        QVERIFY(error->contains(QStringLiteral("no migration from version 1 to 2")));
    }

    void newerVersionIsRefused()
    {
        boost::json::object root;
        const std::optional<QString> error =
            io::MigrationChain::builtin().migrate(root, io::kCurrentFormatVersion + 1);
        QVERIFY(error);
        QVERIFY(error->contains(QStringLiteral("newer ArchStudio")));
    }

    void version1DesignIsItsBaselineVariant()
    {
        // The builtin chain: a version-1 file (no variants) loads as one variant, named,
        // and is written back as version 1, byte for byte.
        const QByteArray v1 = io::designJsonBytes(io::loadDesignJson(R"({
            "format": "archstudio-design", "formatVersion": 1, "name": "Old",
            "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}],
            "components": [{"id": "db", "kind": "rds",
                            "placement": {"region": "us-east-1", "zone": "us-east-1a"}}]})",
                                                                     test::loadOptions())
                                                      .file->design);
        const io::LoadResult result = io::loadDesignJson(v1, test::loadOptions());
        QVERIFY2(result.file, qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.file->sourceFormatVersion, 1);
        QCOMPARE(result.file->appliedMigrations.size(), 2); // 1 -> 2, then 2 -> 3
        QVERIFY(result.file->appliedMigrations.first().contains("Baseline"));
        QVERIFY(result.file->appliedMigrations.last().contains("scenes"));
        QCOMPARE(result.file->design.variantName, QStringLiteral("Baseline"));
        QVERIFY(result.file->design.otherVariants.isEmpty());
        QVERIFY(v1.contains("\"formatVersion\": 1"));
        QCOMPARE(io::designJsonBytes(result.file->design), v1);
    }

    void builtinChainReachesTheCurrentVersion()
    {
        QCOMPARE(io::MigrationChain::builtin().currentVersion(), io::kCurrentFormatVersion);
        boost::json::object root;
        QVERIFY(!io::MigrationChain::builtin().migrate(root, io::kCurrentFormatVersion));
        QCOMPARE(root["formatVersion"].as_int64(), io::kCurrentFormatVersion);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
