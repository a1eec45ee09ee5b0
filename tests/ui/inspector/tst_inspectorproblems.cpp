// The inspector's problem lists (under their rows, or at the top) and the pickers filled from
// the catalog (instance classes, DAX).
#include "inspectorfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTest>

using namespace archstudio;

class TestInspectorProblems : public test::InspectorFixture
{
    Q_OBJECT

private slots:
    void init() { openSample(); }
    void cleanup() { closeSample(); }

    void problemsShowUnderTheirRow()
    {
        show("orders-db");
        QVERIFY(problemsOf(QStringLiteral("problems.standbyZone")).isEmpty());
        push("orders-db", "standbyZone", QStringLiteral("eu-west-1a"));
        QTRY_COMPARE(problemsOf(QStringLiteral("problems.standbyZone")),
                     QStringList{QStringLiteral(
                         "unknown zone \"eu-west-1a\"; expected a zone of region us-east-1")});
        QCOMPARE(editor<QComboBox>("standbyZone")->currentText(), QStringLiteral("eu-west-1a"));

        push("orders-db", "storageGiB", QVariant::fromValue(qint64(10)));
        QCOMPARE(
            problemsOf(QStringLiteral("problems.storageGiB")),
            QStringList{QStringLiteral("10 is out of range; expected between 20 and 65536 GiB")});
        QCOMPARE(editor<QSpinBox>("storageGiB")->value(), 10);

        // A zone outside the component's region goes under the zone, naming both regions.
        model::Component moved = component("orders-db");
        moved.placement.zone = model::ZoneId(QStringLiteral("eu-west-1b"));
        document::DesignDelta delta;
        delta.replaceComponent(mDocument->design(), moved);
        stack()->push(
            new document::EditDesignCommand(mDocument.get(), QStringLiteral("move"), delta));
        const QStringList zoneProblems = problemsOf(QStringLiteral("problems.placement.zone"));
        QCOMPARE(zoneProblems.size(), 1);
        QVERIFY(zoneProblems.first().contains(QStringLiteral("belongs to region eu-west-1")));

        // Fixing the value clears its problem.
        stack()->undo();
        stack()->undo();
        QVERIFY(problemsOf(QStringLiteral("problems.placement.zone")).isEmpty());
        QVERIFY(problemsOf(QStringLiteral("problems.storageGiB")).isEmpty());
        QCOMPARE(problemsOf(QStringLiteral("problems.standbyZone")).size(), 1);
    }

    void aClassTheCatalogCannotPriceIsFlaggedOnItsRow()
    {
        show("orders-db");
        QVERIFY(problemsOf(QStringLiteral("problems.instanceClass")).isEmpty());
        auto *classes = editor<QComboBox>("instanceClass");
        classes->setFocus();
        classes->lineEdit()->selectAll();
        QTest::keyClicks(classes->lineEdit(), QStringLiteral("db.bogus.huge"));
        QTest::keyClick(classes->lineEdit(), Qt::Key_Return);
        QCOMPARE(property("orders-db", "instanceClass"), QVariant(QStringLiteral("db.bogus.huge")));
        const QString index =
            QString::number(mDocument->design().indexOfComponent(model::ComponentId("orders-db")));
        QTRY_COMPARE(problemsOf(QStringLiteral("problems.instanceClass")).size(), 1);
        const model::Problem problem =
            mInspector->findChild<ui::ProblemList *>(QStringLiteral("problems.instanceClass"))
                ->problems()
                .first();
        // A warning, as validate gives it: the design is still valid, just not priced.
        QCOMPARE(problem.severity, model::Problem::Severity::Warning);
        QCOMPARE(problem.path,
                 QStringLiteral("components[%1].properties.instanceClass").arg(index));
        QVERIFY2(problem.message.startsWith(QStringLiteral(
                     "instance class \"db.bogus.huge\" is not in the aws catalog for postgres in "
                     "us-east-1, so it cannot be priced; expected one it prices (")),
                 qPrintable(problem.message));
        QVERIFY(problem.message.contains(QStringLiteral("db.r6g.large")));
        QVERIFY(problemsOf(QStringLiteral("componentProblems")).isEmpty());

        // A class the catalog prices clears it; undo brings it back.
        push("orders-db", "instanceClass", QStringLiteral("db.r6g.xlarge"));
        QVERIFY(problemsOf(QStringLiteral("problems.instanceClass")).isEmpty());
        stack()->undo();
        QCOMPARE(problemsOf(QStringLiteral("problems.instanceClass")).size(), 1);

        // A field of an object row: the DAX node type shows under the DAX row, named.
        show("carts");
        push("carts", "dax",
             QVariantMap{{QStringLiteral("nodeType"), QStringLiteral("dax.bogus.large")},
                         {QStringLiteral("nodes"), QVariant::fromValue(qint64(1))}});
        const QStringList dax = problemsOf(QStringLiteral("problems.dax"));
        QCOMPARE(dax.size(), 1);
        QVERIFY2(dax.first().startsWith(QStringLiteral(
                     "nodeType: DAX node type \"dax.bogus.large\" is not in the aws catalog")),
                 qPrintable(dax.first()));
    }

    void problemsWithoutAPropertyGoAtTheTop()
    {
        show("sessions-cache");
        QVERIFY(problemsOf(QStringLiteral("componentProblems")).isEmpty());
        auto *deployment = editor<QComboBox>("deployment");
        deployment->setFocus();
        QTest::keyClick(deployment, Qt::Key_Down); // node-based -> serverless
        QCOMPARE(property("sessions-cache", "deployment"), QVariant(QStringLiteral("serverless")));
        const QStringList top = problemsOf(QStringLiteral("componentProblems"));
        QCOMPARE(top.size(), 1);
        QVERIFY(top.first().contains(QStringLiteral("regional service")));
        // Serverless is regional: no zone to pick.
        QVERIFY(!mInspector->findChild<QComboBox *>(QStringLiteral("componentZone"))
                     ->isVisibleTo(mInspector.get()));
    }

    void theClassPickerListsTheCatalogsClasses()
    {
        show("orders-db");
        auto *classes = editor<QComboBox>("instanceClass");
        QVERIFY(classes->isEditable());
        QStringList listed;
        for (int i = 0; i < classes->count(); ++i)
            listed << classes->itemText(i);
        // Every class the bundled catalog prices for PostgreSQL in us-east-1, once each.
        const QString prefix = QStringLiteral("price.us-east-1.rds.instance.postgres.");
        const QSet<QString> expected = test::bundledRdsClassesUnder(prefix);
        QVERIFY(expected.size() > 5);
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), expected);
        QCOMPARE(listed.size(), expected.size());
        QVERIFY(listed.contains(QStringLiteral("db.r6g.xlarge")));
        // Sorted by family, then size: micro < medium < large < xlarge < 2xlarge.
        const auto before = [&](const char *a, const char *b) {
            return listed.indexOf(QString::fromLatin1(a)) < listed.indexOf(QString::fromLatin1(b));
        };
        QVERIFY2(before("db.m5.xlarge", "db.m5.2xlarge"), qPrintable(listed.join(u' ')));
        QVERIFY(before("db.m5.2xlarge", "db.m6g.large"));
        QVERIFY(before("db.r6g.large", "db.r6g.xlarge"));
        QVERIFY(before("db.t3.micro", "db.t3.medium"));
        QVERIFY(before("db.t3.medium", "db.t3.large"));

        // Picking one is one command.
        const int index = classes->findText(QStringLiteral("db.m6g.2xlarge"));
        QVERIFY(index >= 0);
        const int count = stack()->count();
        classes->setCurrentIndex(index);
        emit classes->activated(index);
        QCOMPARE(stack()->count(), count + 1);
        QCOMPARE(property("orders-db", "instanceClass"),
                 QVariant(QStringLiteral("db.m6g.2xlarge")));

        // A class the catalog does not price is listed too, as the current one.
        push("orders-db", "instanceClass", QStringLiteral("db.x2g.16xlarge"));
        QVERIFY(classes->findText(QStringLiteral("db.x2g.16xlarge")) >= 0);
        QCOMPARE(classes->currentText(), QStringLiteral("db.x2g.16xlarge"));

        // A region without its own prices lists the classes the engine prices it by.
        show("orders-replica-eu");
        QVERIFY(editor<QComboBox>("instanceClass")->findText(QStringLiteral("db.r6g.large")) >= 0);
        show("sessions-cache");
        QVERIFY(editor<QComboBox>("nodeType")->findText(QStringLiteral("cache.r7g.large")) >= 0);
        QVERIFY(editor<QComboBox>("nodeType")->findText(QStringLiteral("db.r6g.large")) < 0);
    }

    void daxIsSwitchedOnAndOff()
    {
        show("carts");
        auto *enabled = mInspector->findChild<QCheckBox *>(QStringLiteral("property.dax.enabled"));
        QVERIFY(enabled);
        QVERIFY(!enabled->isChecked());
        // "☐ Use DAX", not "DAX ☐ Enabled".
        QCOMPARE(enabled->text(), QStringLiteral("Use DAX"));
        for (const QLabel *label : mInspector->findChildren<QLabel *>())
            QVERIFY(!label->isVisibleTo(mInspector.get()) || label->text() != QLatin1String("DAX"));
        auto *nodes = editor<QSpinBox>("dax.nodes");
        QVERIFY(nodes);
        QVERIFY(!nodes->isVisibleTo(mInspector.get()));
        const int before = stack()->count();
        QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(8, enabled->height() / 2));
        QCOMPARE(stack()->count(), before + 1);
        const QVariantMap dax = property("carts", "dax").toMap();
        QCOMPARE(dax.value(QStringLiteral("nodeType")), QVariant(QStringLiteral("dax.r5.large")));
        QCOMPARE(dax.value(QStringLiteral("nodes")), QVariant::fromValue(qint64(1)));
        QVERIFY(nodes->isVisibleTo(mInspector.get()));
        nodes->setValue(3);
        emit nodes->editingFinished();
        QCOMPARE(stack()->count(), before + 2);
        QCOMPARE(property("carts", "dax").toMap().value(QStringLiteral("nodes")),
                 QVariant::fromValue(qint64(3)));
        QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(8, enabled->height() / 2));
        QCOMPARE(property("carts", "dax").typeId(), int(QMetaType::Nullptr));
        QVERIFY(!nodes->isVisibleTo(mInspector.get()));
    }
};

QTEST_MAIN(TestInspectorProblems)
#include "tst_inspectorproblems.moc"
