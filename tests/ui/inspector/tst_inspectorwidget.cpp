// The inspector's editors: what they show, how an edit becomes one undo step, keyboard and
// wheel behaviour. Its problem lists and catalog pickers: tst_inspectorproblems.
#include "inspectorfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QWheelEvent>

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

class TestInspectorWidget : public test::InspectorFixture
{
    Q_OBJECT

private slots:
    void init() { openSample(); }
    void cleanup() { closeSample(); }

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
