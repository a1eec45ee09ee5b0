#include "core/engine/kindset.h"
#include "support/testkinds.h"
#include "ui/inspector/inspectorwidget.h"
#include "ui/inspector/problemlist.h"
#include "ui/inspector/propertyrow.h"

#include "core/catalog/catalogfile.h"
#include "core/document/commands/editdesigncommand.h"
#include "core/document/commands/setpropertycommand.h"
#include "core/document/designdelta.h"
#include "core/document/document.h"
#include "core/io/designfile.h"
#include "core/model/kindregistry.h"
#include "core/render/componentcard.h"
#include "support/catalogfixtures.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <memory>

using namespace archstudio;

namespace {

QString suffixFor(const QString &unit)
{
    if (unit.isEmpty())
        return {};
    return unit.startsWith(QStringLiteral("1/")) ? QStringLiteral(" /") + unit.mid(2)
                                                 : QLatin1Char(' ') + unit;
}

} // namespace

class TestInspectorWidget : public QObject
{
    Q_OBJECT

    std::unique_ptr<document::Document> mDocument;
    std::unique_ptr<ui::InspectorWidget> mInspector;

    QUndoStack *stack() const { return mDocument->undoStack(); }
    const model::Component &component(const char *id) const
    {
        const model::Component *c =
            mDocument->design().findComponent(model::ComponentId(QString::fromLatin1(id)));
        Q_ASSERT(c);
        return *c;
    }
    model::PropertyValue property(const char *id, const char *name) const
    {
        return component(id).properties.value(QString::fromLatin1(name));
    }
    template <typename T> T *editor(const QString &path) const
    {
        return mInspector->findChild<T *>(QStringLiteral("property.") + path);
    }
    void show(const char *id)
    {
        mInspector->showComponent(model::ComponentId(QString::fromLatin1(id)));
    }
    QStringList problemsOf(const QString &objectName) const
    {
        auto *list = mInspector->findChild<ui::ProblemList *>(objectName);
        return list && list->isVisibleTo(mInspector.get()) ? list->messages() : QStringList();
    }
    void push(const char *id, const char *name, const model::PropertyValue &value)
    {
        stack()->push(new document::SetPropertyCommand(mDocument.get(),
                                                       model::ComponentId(QString::fromLatin1(id)),
                                                       QString::fromLatin1(name), value));
    }

private slots:
    void init()
    {
        io::LoadResult loaded =
            io::loadDesignFile(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio"),
                               test::loadOptions());
        QVERIFY(loaded.file);
        mDocument = std::make_unique<document::Document>(loaded.file->design, test::kinds());
        mInspector = std::make_unique<ui::InspectorWidget>();
        mInspector->setCatalog(test::kinds()->catalog());
        mInspector->setDocument(mDocument.get());
        mInspector->resize(340, 800);
        mInspector->show();
        QVERIFY(QTest::qWaitForWindowExposed(mInspector.get()));
    }

    void cleanup()
    {
        mInspector.reset();
        mDocument.reset();
    }

    void showsAHintWhenNothingIsSelected()
    {
        auto *stackWidget = mInspector->findChild<QStackedWidget *>();
        auto *hint = mInspector->findChild<QLabel *>(QStringLiteral("inspectorHint"));
        QVERIFY(hint);
        QCOMPARE(stackWidget->currentWidget(), hint);
        QCOMPARE(hint->text(), QStringLiteral("Select a component to edit its properties"));
        show("orders-db");
        QVERIFY(stackWidget->currentWidget() != hint);
        QCOMPARE(mInspector->findChild<QLineEdit *>(QStringLiteral("componentName"))->text(),
                 QStringLiteral("Orders (PostgreSQL)"));
        QCOMPARE(mInspector->findChild<QLabel *>(QStringLiteral("componentKind"))->text(),
                 QStringLiteral("RDS database"));
        QVERIFY(
            !mInspector->findChild<QLabel *>(QStringLiteral("componentIcon"))->pixmap().isNull());
        mInspector->clear();
        QCOMPARE(stackWidget->currentWidget(), hint);
        show("no-such-component");
        QCOMPARE(stackWidget->currentWidget(), hint);
    }

    void editorsFollowTheSchema_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"storefront", "sessions-cache", "orders-db", "orders-replica",
                               "catalog", "catalog-writer", "carts", "eu-cache"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void editorsFollowTheSchema()
    {
        QFETCH(QString, id);
        mInspector->showComponent(model::ComponentId(id));
        const model::Component &c = *mDocument->design().findComponent(model::ComponentId(id));
        const model::KindSchema *schema = test::kinds()->schemas().schema(c.kind);
        QVERIFY(schema);
        for (const model::PropertySchema &p : schema->properties) {
            const QString name = p.name;
            QWidget *widget = editor<QWidget>(name);
            QVERIFY2(widget, qPrintable(name));
            // Shown when it applies to this component, or when the design sets it anyway.
            QCOMPARE(widget->isVisibleTo(mInspector.get()),
                     schema->applies(name, c.properties) || c.properties.contains(name));
            QCOMPARE(widget->toolTip(), p.help);
            const bool absent = !c.properties.contains(name);
            switch (p.type) {
            case model::PropertyType::Integer: {
                auto *spin = qobject_cast<QSpinBox *>(widget);
                QVERIFY2(spin, qPrintable(name));
                QCOMPARE(spin->suffix(), suffixFor(p.unit));
                // Absent without a default: one step below the range reads "auto".
                const int below = absent && !p.defaultValue.isValid() ? 1 : 0;
                if (p.minimum)
                    QCOMPARE(spin->minimum(), int(*p.minimum) - below);
                if (p.maximum)
                    QCOMPARE(spin->maximum(), int(*p.maximum));
                QCOMPARE(spin->specialValueText().isEmpty(), below == 0);
                break;
            }
            case model::PropertyType::Number: {
                auto *spin = qobject_cast<QDoubleSpinBox *>(widget);
                QVERIFY2(spin, qPrintable(name));
                QCOMPARE(spin->suffix(), suffixFor(p.unit));
                const double below = absent && !p.defaultValue.isValid() ? 1.0 : 0.0;
                if (p.minimum)
                    QCOMPARE(spin->minimum(), *p.minimum - below);
                if (p.maximum)
                    QCOMPARE(spin->maximum(), *p.maximum);
                break;
            }
            case model::PropertyType::Boolean:
                QVERIFY2(qobject_cast<QCheckBox *>(widget), qPrintable(name));
                break;
            case model::PropertyType::Enum: {
                auto *combo = qobject_cast<QComboBox *>(widget);
                QVERIFY2(combo && !combo->isEditable(), qPrintable(name));
                QStringList items;
                for (int i = 0; i < combo->count(); ++i)
                    items << combo->itemData(i).toString();
                QCOMPARE(items, p.allowedValues);
                break;
            }
            case model::PropertyType::String:
                QVERIFY2(qobject_cast<QComboBox *>(widget) || qobject_cast<QLineEdit *>(widget),
                         qPrintable(name));
                break;
            case model::PropertyType::ComponentRef:
            case model::PropertyType::ZoneRef:
                QVERIFY2(qobject_cast<QComboBox *>(widget), qPrintable(name));
                break;
            case model::PropertyType::RegionList:
                QVERIFY2(qobject_cast<QListWidget *>(widget), qPrintable(name));
                break;
            case model::PropertyType::Object:
                QVERIFY(mInspector->findChild<QCheckBox *>(
                    QStringLiteral("property.%1.enabled").arg(name)));
                break;
            }
            // What the design sets is shown plain; what it leaves out is shown greyed.
            QCOMPARE(widget->property("showsDefault").toBool(), absent);
        }
    }

    void showsTheDesignsValues()
    {
        show("orders-db");
        QCOMPARE(editor<QSpinBox>("storageGiB")->value(), 500);
        QCOMPARE(editor<QSpinBox>("storageGiB")->suffix(), QStringLiteral(" GiB"));
        QCOMPARE(editor<QComboBox>("engine")->currentText(), QStringLiteral("postgres"));
        QCOMPARE(editor<QComboBox>("standbyZone")->currentText(), QStringLiteral("us-east-1b"));
        QCOMPARE(editor<QComboBox>("instanceClass")->currentText(),
                 QStringLiteral("db.r6g.xlarge"));
        show("catalog");
        auto *regions = editor<QListWidget>("globalSecondaryRegions");
        QCOMPARE(regions->count(), 1); // eu-west-1: the primary region is not a secondary
        QCOMPARE(regions->item(0)->text(), QStringLiteral("eu-west-1"));
        QCOMPARE(regions->item(0)->checkState(), Qt::Checked);
        show("catalog-writer");
        auto *cluster = editor<QComboBox>("cluster");
        QCOMPARE(cluster->count(), 1);
        QCOMPARE(cluster->currentText(), QStringLiteral("Product catalog (Aurora)"));
    }

    void aSpinBoxEditIsOneUndoCommand()
    {
        show("orders-db");
        auto *spin = editor<QSpinBox>("storageGiB");
        const int before = stack()->count();
        spin->setValue(600);
        QCOMPARE(stack()->count(), before + 1);
        QCOMPARE(property("orders-db", "storageGiB"), QVariant::fromValue(qint64(600)));
        QCOMPARE(property("orders-db", "storageGiB").typeId(), int(QMetaType::LongLong));
        emit spin->editingFinished();
        QCOMPARE(stack()->count(), before + 1);
        // The gesture is committed: the next edit is a step of its own.
        spin->setValue(700);
        emit spin->editingFinished();
        QCOMPARE(stack()->count(), before + 2);
        // The history uses the inspector's words, not the file's names.
        QCOMPARE(stack()->undoText(), QStringLiteral("Set storage of Orders (PostgreSQL)"));
        show("storefront");
        editor<QDoubleSpinBox>("writesPerSecond")->setValue(123);
        QCOMPARE(stack()->undoText(), QStringLiteral("Set writes per second of %1")
                                          .arg(component("storefront").displayName()));
    }

    void aHeldArrowIsOneUndoStep()
    {
        show("sessions-cache");
        auto *spin = editor<QDoubleSpinBox>("hitRatio");
        spin->setFocus();
        const int before = stack()->count();
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(spin, Qt::Key_Up);
        QCOMPARE(stack()->count(), before + 1);
        QCOMPARE(property("sessions-cache", "hitRatio").toDouble(), 0.90);
        QCOMPARE(property("sessions-cache", "hitRatio").typeId(), int(QMetaType::Double));
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(stack()->count(), before + 1);

        stack()->undo();
        QCOMPARE(property("sessions-cache", "hitRatio").toDouble(), 0.85);
        QCOMPARE(spin->value(), 0.85);
        stack()->redo();
        QCOMPARE(spin->value(), 0.90);

        // Typed digits merge too, and the result is an integer for an Integer property.
        show("orders-db");
        auto *storage = editor<QSpinBox>("storageGiB");
        storage->setFocus();
        storage->selectAll();
        QTest::keyClicks(storage, QStringLiteral("750"));
        QTest::keyClick(storage, Qt::Key_Return);
        QCOMPARE(stack()->count(), before + 2);
        QCOMPARE(property("orders-db", "storageGiB"), QVariant::fromValue(qint64(750)));
        stack()->undo();
        QCOMPARE(property("orders-db", "storageGiB"), QVariant::fromValue(qint64(500)));
        QCOMPARE(storage->value(), 500);
    }

    void theWheelPassesEditorsWithoutFocus()
    {
        mInspector->resize(340, 220); // short enough to scroll
        show("orders-db");
        auto *zone = editor<QComboBox>("standbyZone");
        QVERIFY(zone);
        mInspector->findChild<QScrollArea *>()->ensureWidgetVisible(zone);
        QTRY_VERIFY(zone->isVisible());
        QCOMPARE(zone->focusPolicy(), Qt::StrongFocus); // a wheel turn gives no focus
        // Returns whether the editor took the wheel (accepted it).
        const auto turnWheelOver = [](QWidget *widget, int notch) {
            const QPointF centre = QRectF(widget->rect()).center();
            QWheelEvent wheel(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, notch),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(widget, &wheel);
            return wheel.isAccepted();
        };
        const QString before = zone->currentText();
        const int steps = stack()->count();
        const int notch = zone->currentIndex() > 0 ? 120 : -120;
        // Ignored, so a wheel from the mouse goes on to the scroll area, which scrolls.
        QVERIFY(!turnWheelOver(zone, notch));
        QCOMPARE(zone->currentText(), before);
        QCOMPARE(stack()->count(), steps);
        QCOMPARE(property("orders-db", "standbyZone").toString(), before);

        // Focused by a click or Tab, the editor takes the wheel as usual.
        zone->setFocus();
        QTRY_VERIFY(zone->hasFocus());
        QVERIFY(turnWheelOver(zone, notch));
        QVERIFY(zone->currentText() != before);
        QCOMPARE(stack()->count(), steps + 1);
    }

    void onlyPropertiesThatApplyAreShown()
    {
        const auto shownRow = [this](const char *name) {
            const QWidget *editorWidget =
                mInspector->findChild<QWidget *>(QStringLiteral("property.") + name);
            return editorWidget && editorWidget->isVisibleTo(mInspector.get());
        };
        show("eu-cache"); // ElastiCache Serverless
        for (const char *name : {"nodeType", "shards", "replicasPerShard", "multiAz"})
            QVERIFY2(!shownRow(name), name);
        QVERIFY(shownRow("dataGiB"));
        QVERIFY(shownRow("hitRatio"));
        show("sessions-cache"); // node-based
        for (const char *name : {"nodeType", "shards", "replicasPerShard", "multiAz"})
            QVERIFY2(shownRow(name), name);
        QVERIFY(!shownRow("dataGiB"));
        // Switched to serverless, what it sets that no longer applies stays, with a warning,
        // so it can be reset; what it does not set goes.
        push("sessions-cache", "deployment", QStringLiteral("serverless"));
        QTRY_VERIFY(!problemsOf(QStringLiteral("problems.nodeType")).isEmpty());
        QVERIFY(shownRow("nodeType"));
        QVERIFY(shownRow("dataGiB"));
        // The card says what it is, not the node type it does not have.
        const model::Component &cache = component("eu-cache");
        const render::CardContent card =
            render::cardContent(cache, test::kinds()->schemas().schema(cache.kind));
        QVERIFY2(!card.subtitle.startsWith(QStringLiteral("cache.")), qPrintable(card.subtitle));
    }

    void anAbsentPropertyShowsItsDefaultGreyed()
    {
        show("sessions-cache");
        auto *deployment = editor<QComboBox>("deployment");
        QCOMPARE(deployment->currentText(), QStringLiteral("node-based"));
        QVERIFY(deployment->property("showsDefault").toBool());
        QVERIFY(deployment->font().italic());
        QVERIFY(!mInspector->row(QStringLiteral("deployment"))->resetButton()->isVisible());

        show("orders-db");
        auto *iops = editor<QSpinBox>("iops");
        QCOMPARE(iops->text(), QStringLiteral("auto"));
        QVERIFY(iops->property("showsDefault").toBool());
        // The first step up gives the property its minimum, as a value of its own.
        const int before = stack()->count();
        iops->stepUp();
        emit iops->editingFinished();
        QCOMPARE(stack()->count(), before + 1);
        QCOMPARE(property("orders-db", "iops"), QVariant::fromValue(qint64(0)));
        QVERIFY(!iops->property("showsDefault").toBool());
        QCOMPARE(iops->minimum(), 0);

        // Leaving a default untouched writes nothing.
        show("catalog");
        auto *backup = editor<QDoubleSpinBox>("backupGiB");
        QVERIFY(backup->property("showsDefault").toBool());
        emit backup->editingFinished();
        QCOMPARE(stack()->count(), before + 1);
        QVERIFY(!component("catalog").properties.contains(QStringLiteral("backupGiB")));

        show("storefront");
        auto *consistency = editor<QComboBox>("readConsistency");
        QVERIFY(consistency->property("showsDefault").toBool());
        auto *fallback = editor<QCheckBox>("cacheFallback");
        QVERIFY(fallback->isChecked());
        QVERIFY(fallback->property("showsDefault").toBool());
        QTest::mouseClick(fallback, Qt::LeftButton, {}, QPoint(8, fallback->height() / 2));
        QCOMPARE(property("storefront", "cacheFallback"), QVariant(false));
        QVERIFY(!fallback->property("showsDefault").toBool());
        QVERIFY(!fallback->isChecked());
    }

    void resetRemovesAnExplicitValue()
    {
        show("orders-db");
        ui::PropertyRow *row = mInspector->row(QStringLiteral("storageGiB"));
        QVERIFY(row);
        QToolButton *reset = row->resetButton();
        QVERIFY(reset->isVisible());
        const int before = stack()->count();
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(stack()->count(), before + 1);
        QVERIFY(!component("orders-db").properties.contains(QStringLiteral("storageGiB")));
        auto *spin = editor<QSpinBox>("storageGiB");
        QCOMPARE(spin->value(), 20);
        QVERIFY(spin->property("showsDefault").toBool());
        QVERIFY(!reset->isVisible());
        stack()->undo();
        QCOMPARE(property("orders-db", "storageGiB"), QVariant::fromValue(qint64(500)));
        QCOMPARE(spin->value(), 500);
        QVERIFY(!spin->property("showsDefault").toBool());
        QVERIFY(reset->isVisible());
    }

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

    void renamingIsOneCommand()
    {
        show("orders-db");
        mInspector->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(mInspector.get()));
        mInspector->focusName();
        auto *name = mInspector->findChild<QLineEdit *>(QStringLiteral("componentName"));
        QTRY_VERIFY(name->hasFocus());
        QCOMPARE(name->selectedText(), QStringLiteral("Orders (PostgreSQL)"));
        const int before = stack()->count();
        QTest::keyClicks(name, QStringLiteral("Orders DB"));
        QCOMPARE(stack()->count(), before); // nothing until the edit is finished
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(stack()->count(), before + 1);
        QCOMPARE(component("orders-db").name, QStringLiteral("Orders DB"));
        QCOMPARE(stack()->undoText(), QStringLiteral("Rename Orders (PostgreSQL)"));
        stack()->undo();
        QCOMPARE(name->text(), QStringLiteral("Orders (PostgreSQL)"));
    }

    void zonesAreEditable()
    {
        show("orders-db");
        auto *zone = mInspector->findChild<QComboBox *>(QStringLiteral("componentZone"));
        QVERIFY(zone->isVisibleTo(mInspector.get()));
        QCOMPARE(zone->count(), 3);
        zone->setFocus();
        QTest::keyClick(zone, Qt::Key_Down);
        QCOMPARE(component("orders-db").placement.zone,
                 model::ZoneId(QStringLiteral("us-east-1b")));
        QCOMPARE(stack()->undoText(), QStringLiteral("Move Orders (PostgreSQL) to us-east-1b"));

        show("storefront");
        auto *zones = mInspector->findChild<QListWidget *>(QStringLiteral("componentZones"));
        QVERIFY(zones->isVisibleTo(mInspector.get()));
        QVERIFY(!zone->isVisibleTo(mInspector.get()));
        QCOMPARE(zones->count(), 3);
        const int before = stack()->count();
        zones->item(2)->setCheckState(Qt::Unchecked);
        QCOMPARE(stack()->count(), before + 1);
        QCOMPARE(component("storefront").placement.zones,
                 (QList<model::ZoneId>{model::ZoneId(QStringLiteral("us-east-1a")),
                                       model::ZoneId(QStringLiteral("us-east-1b"))}));
        stack()->undo();
        QCOMPARE(zones->item(2)->checkState(), Qt::Checked);
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

    void tabReachesEveryEditor()
    {
        show("orders-db");
        mInspector->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(mInspector.get()));
        mInspector->focusName();
        QTRY_VERIFY(QApplication::focusWidget());
        QSet<QWidget *> reached;
        for (int i = 0; i < 60; ++i) {
            QWidget *focused = QApplication::focusWidget();
            reached.insert(focused);
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        const auto wasReached = [&](QWidget *widget) {
            return std::any_of(reached.cbegin(), reached.cend(),
                               [&](QWidget *w) { return w == widget || widget->isAncestorOf(w); });
        };
        QVERIFY(wasReached(mInspector->findChild<QComboBox *>(QStringLiteral("componentZone"))));
        const model::KindSchema *schema = test::kinds()->schemas().schema(QStringLiteral("rds"));
        for (const model::PropertySchema &p : schema->properties)
            QVERIFY2(wasReached(editor<QWidget>(p.name)), qPrintable(p.name));
    }

    void followsTheDocument()
    {
        show("orders-db");
        auto *name = mInspector->findChild<QLineEdit *>(QStringLiteral("componentName"));
        model::Design design = mDocument->design();
        design.components[design.indexOfComponent(model::ComponentId(QStringLiteral("orders-db")))]
            .name = QStringLiteral("Replaced");
        mDocument->setDesign(design);
        QCOMPARE(name->text(), QStringLiteral("Replaced"));

        document::Document empty(test::kinds());
        mInspector->setDocument(&empty);
        QCOMPARE(mInspector->findChild<QStackedWidget *>()->currentWidget()->objectName(),
                 QStringLiteral("inspectorHint"));
        mInspector->setDocument(nullptr);
        mInspector->showComponent(model::ComponentId(QStringLiteral("orders-db")));
        QCOMPARE(mInspector->findChild<QStackedWidget *>()->currentWidget()->objectName(),
                 QStringLiteral("inspectorHint"));
    }
};

QTEST_MAIN(TestInspectorWidget)
#include "tst_inspectorwidget.moc"
