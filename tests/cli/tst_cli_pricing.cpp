// What the CLI says of a design the catalog cannot price in full: validate warns (an error
// with --strict), evaluate marks the components and the total.

#include "support/cliprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

using archstudio::test::componentOf;
using Run = archstudio::test::CliRun;
using archstudio::test::runArchstudio;

const QString kUnknownClass =
    QStringLiteral(ARCHSTUDIO_TEST_DATA "/engine/unknown-instance-class.json");

const QString kWarning = QStringLiteral(
    "components[1].properties.instanceClass: instance class \"db.bogus.huge\" is not in the aws "
    "catalog for mysql in us-east-1, so it cannot be priced; expected one it prices (");

} // namespace

class TestCliPricing : public QObject
{
    Q_OBJECT

private slots:
    void validateWarnsOfAnUnknownClass()
    {
        const Run run = runArchstudio({"validate", kUnknownClass});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.startsWith(kUnknownClass + QStringLiteral(": warning: ") + kWarning),
                 qPrintable(run.err));
        // A few classes the catalog does price, for the user to pick from.
        QVERIFY(run.err.contains(QRegularExpression(
            QStringLiteral(R"(in all\), such as db\.[a-z0-9]+\.[a-z0-9]+, db\.)"))));
        // The replica takes its source's class: one warning, where the class is set.
        QCOMPARE(run.err.count(QStringLiteral("warning:")), 1);
        QCOMPARE(run.out, kUnknownClass + QStringLiteral(": valid: \"An instance class the "
                                                         "catalog does not know\", 3 components, "
                                                         "1 links, 1 regions, 1 warning\n"));
    }

    void strictValidateRefusesAnUnknownClass()
    {
        const Run run = runArchstudio({"validate", kUnknownClass, "--strict"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(kUnknownClass + QStringLiteral(": error: ") + kWarning),
                 qPrintable(run.err));
        QVERIFY(run.err.endsWith(kUnknownClass + QStringLiteral(": invalid: 1 error\n")));
        QVERIFY(run.out.isEmpty());
    }

    void evaluateTextSaysTheTotalIsALowerBound()
    {
        const Run json = runArchstudio({"evaluate", kUnknownClass, "--json"});
        QCOMPARE(json.exitCode, 0);
        const double total = QJsonDocument::fromJson(json.outBytes)
                                 .object()
                                 .value("totals")
                                 .toObject()
                                 .value("monthlyCostUsd")
                                 .toDouble();
        QVERIFY(total > 0);

        const Run run = runArchstudio({"evaluate", kUnknownClass});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.contains(
                QStringLiteral("  Monthly cost     ≥ $%1, 2 components unpriced (db, replica)\n")
                    .arg(total, 0, 'f', 2)),
            qPrintable(run.out));
        // Each unpriced component's bill is a lower bound too; the review says why.
        QVERIFY(run.out.contains(QRegularExpression(QStringLiteral(R"(\n  db +rds +≥ \$)"))));
        QVERIFY(run.out.contains(QStringLiteral(
            "[unpriced-value] db is not priced: its instance class \"db.bogus.huge\" is not in the "
            "aws catalog for mysql in us-east-1, so the total leaves it out\n    Fix: Set "
            "instanceClass to one the catalog prices, such as db.")));
    }

    void evaluateJsonFlagsUnpricedComponents()
    {
        const Run run = runArchstudio({"evaluate", kUnknownClass, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.outBytes).object();
        QCOMPARE(root.value("totals").toObject().value("unpricedComponents").toInt(-1), 2);
        const QJsonObject db = componentOf(root, "db");
        QCOMPARE(db.value("unpriced"), QJsonValue(true));
        QCOMPARE(componentOf(root, "replica").value("unpriced"), QJsonValue(true));
        const QJsonArray lines = db.value("lineItems").toArray();
        QCOMPARE(lines.at(0).toObject().value("unpriced"), QJsonValue(true));
        QCOMPARE(lines.at(0).toObject().value("monthlyUsd").toDouble(), 0.0);
        QVERIFY(!lines.at(1).toObject().contains("unpriced"));
        bool named = false;
        for (const QJsonValue &w : root.value("warnings").toArray()) {
            const QJsonObject o = w.toObject();
            named = named || (o.value("rule") == QJsonValue("unpriced-value") &&
                              o.value("component") == QJsonValue("db") &&
                              o.value("message").toString().contains("\"db.bogus.huge\""));
        }
        QVERIFY(named);
    }

    void evaluateJsonOfAPricedDesign()
    {
        const Run run = runArchstudio(
            {"evaluate", QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio"),
             "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.outBytes).object();
        QCOMPARE(root.value("totals").toObject().value("unpricedComponents").toInt(-1), 0);
        for (const QJsonValue &c : root.value("components").toArray()) {
            if (c.toObject().value("evaluated").toBool())
                QCOMPARE(c.toObject().value("unpriced"), QJsonValue(false));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliPricing)
#include "tst_cli_pricing.moc"
