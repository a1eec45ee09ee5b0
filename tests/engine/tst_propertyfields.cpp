#include "core/engine/propertyfields.h"
#include "support/enginefixtures.h"

#include <QTest>

using namespace archstudio;
using engine::PropertyFields;
using engine::Setting;

namespace {

/// What a made-up behaviour reads: one field of each type PropertyFields knows.
struct Data
{
    QString name;
    double size = -1.0;
    bool enabled = false;
    model::ComponentId target;
    QStringList regions;
    QVariantMap options;
    std::optional<double> override;
    Setting<QString> inherited;
    Setting<double> inheritedSize;
};

model::KindSchema schema()
{
    model::KindSchema s;
    s.kind = QStringLiteral("made-up");
    const auto add = [&](const QString &name, const QVariant &defaultValue) {
        model::PropertySchema p;
        p.name = name;
        p.defaultValue = defaultValue;
        s.properties.append(p);
    };
    add("name", "unnamed");
    add("size", 20);
    add("enabled", true);
    add("target", {});
    add("regions", QVariantList{"us-east-1", "eu-west-1"});
    add("options", {});
    add("override", 5.0);
    add("inherited", "from-default");
    add("inheritedSize", {});
    return s;
}

const PropertyFields<Data> &fields()
{
    static const PropertyFields<Data> f(schema(), {{u"name", &Data::name},
                                                   {u"size", &Data::size},
                                                   {u"enabled", &Data::enabled},
                                                   {u"target", &Data::target},
                                                   {u"regions", &Data::regions},
                                                   {u"options", &Data::options},
                                                   {u"override", &Data::override},
                                                   {u"inherited", &Data::inherited},
                                                   {u"inheritedSize", &Data::inheritedSize}});
    return f;
}

Data read(model::PropertyMap properties)
{
    model::Component c;
    c.kind = QStringLiteral("made-up");
    c.properties = std::move(properties);
    Data d;
    fields().read(c, d);
    return d;
}

} // namespace

class TestPropertyFields : public QObject
{
    Q_OBJECT

private slots:
    void ownValuesAreReadAsTheFieldsTypes()
    {
        const Data d = read({{"name", "orders"},
                             {"size", qint64(250)}, // a JSON integer, read as a number
                             {"enabled", false},
                             {"target", "db-1"},
                             {"regions", QVariantList{"ap-south-1"}},
                             {"options", QVariantMap{{"nodes", 3}}},
                             {"override", 7.5},
                             {"inherited", "mine"},
                             {"inheritedSize", 12.0}});
        QCOMPARE(d.name, QStringLiteral("orders"));
        QCOMPARE(d.size, 250.0);
        QCOMPARE(d.enabled, false);
        QCOMPARE(d.target, model::ComponentId("db-1"));
        QCOMPARE(d.regions, QStringList{"ap-south-1"});
        QCOMPARE(d.options.value("nodes").toInt(), 3);
        QCOMPARE(d.override, std::optional<double>(7.5));
        QCOMPARE(d.inherited.value, QStringLiteral("mine"));
        QVERIFY(d.inherited.own);
        QCOMPARE(d.inheritedSize.value, 12.0);
        QVERIFY(d.inheritedSize.own);
    }

    void absentPropertiesReadAsTheSchemaDefaults()
    {
        const Data d = read({});
        QCOMPARE(d.name, QStringLiteral("unnamed"));
        QCOMPARE(d.size, 20.0);
        QCOMPARE(d.enabled, true);
        QCOMPARE(d.regions, (QStringList{"us-east-1", "eu-west-1"}));
        // No default: the type's empty value, not whatever the field held before.
        QCOMPARE(d.target, model::ComponentId());
        QVERIFY(d.options.isEmpty());
        QCOMPARE(d.inheritedSize.value, 0.0);
    }

    void nullReadsAsUnset()
    {
        const Data d = read({{"name", QVariant::fromValue(nullptr)},
                             {"override", QVariant::fromValue(nullptr)},
                             {"inherited", QVariant::fromValue(nullptr)}});
        QCOMPARE(d.name, QStringLiteral("unnamed"));
        QVERIFY(!d.override);
        QCOMPARE(d.inherited.value, QStringLiteral("from-default"));
        QVERIFY(!d.inherited.own);
    }

    void optionalFieldsIgnoreTheDefault()
    {
        // The schema's default of 5 is for the inspector; the behaviour needs to know the
        // component left it unset.
        QVERIFY(!read({}).override);
    }

    void settingsTellOwnValuesFromDefaults()
    {
        const Data d = read({{"inherited", "from-default"}});
        QVERIFY(d.inherited.own); // set, even to the default's value
        QVERIFY(!read({}).inherited.own);
        QCOMPARE(read({}).inherited.value, QStringLiteral("from-default"));
    }

    // Two readings the AWS behaviours gave before they read through PropertyFields, now fixed.
    void aNullIoRateIsDerivedAndAnEstimate()
    {
        model::Design design = test::loadEngineDesign("example5-aurora-standard-io.json");
        model::Component *cluster = nullptr;
        for (model::Component &c : design.components) {
            if (c.kind == QLatin1String("aurora-cluster"))
                cluster = &c;
        }
        QVERIFY(cluster);
        cluster->properties.insert("ioRequestsPerMonthMillions", QVariant::fromValue(nullptr));
        const engine::Evaluation e = test::evaluateDesign(design);
        const engine::ComponentResult &r = test::componentOf(e, cluster->id.value());
        const auto io = std::find_if(r.lineItems.cbegin(), r.lineItems.cend(), [](const auto &l) {
            return l.catalogKey.endsWith(QLatin1String("aurora.io"));
        });
        QVERIFY(io != r.lineItems.cend());
        QCOMPARE(io->description, QStringLiteral("I/O requests (derived from the load)"));
        QVERIFY(io->estimate);
    }

    void aReplicaIgnoresAnIopsItsKindDoesNotHave()
    {
        model::Design design = test::loadEngineDesign("example7-redundant-pair.json");
        model::Component *replica = nullptr;
        for (model::Component &c : design.components) {
            if (c.kind == QLatin1String("rds-replica"))
                replica = &c;
        }
        QVERIFY(replica);
        const engine::Evaluation before = test::evaluateDesign(design);
        // The validator warns that the property is kept but ignored: so must the bill be.
        replica->properties.insert("iops", qint64(40000));
        const engine::Evaluation after = test::evaluateDesign(design);
        QCOMPARE(test::componentOf(after, replica->id.value()).monthlyCostUsd,
                 test::componentOf(before, replica->id.value()).monthlyCostUsd);
    }
};

QTEST_GUILESS_MAIN(TestPropertyFields)
#include "tst_propertyfields.moc"
