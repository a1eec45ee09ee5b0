// Help > Plugins lists what loaded, kind by kind, and what did not, with the reason.
#include "ui/help/pluginsdialog.h"

#include <QTest>
#include <QTreeWidget>

using namespace archstudio;

class TestPluginsDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsEachPluginWithItsKindsAndEachFailureWithItsReason()
    {
        engine::KindSet kinds = *engine::KindSet::linked();
        kinds.addFailure({QStringLiteral("/opt/plugins/libold.so"),
                          QStringLiteral("built for version 1 of the kind plugin interface")});
        ui::PluginsDialog dialog(kinds);

        auto *plugins = dialog.findChild<QTreeWidget *>(QStringLiteral("pluginTable"));
        QVERIFY(plugins);
        QCOMPARE(plugins->topLevelItemCount(), kinds.plugins().size());
        const QTreeWidgetItem *aws = plugins->topLevelItem(0);
        QCOMPARE(aws->text(0), kinds.plugins().first().name);
        QCOMPARE(aws->childCount(), kinds.plugins().first().kinds.size());
        QCOMPARE(aws->child(0)->text(0), QStringLiteral("RDS database (rds)"));
        QVERIFY(aws->isExpanded());

        auto *failures = dialog.findChild<QTreeWidget *>(QStringLiteral("failureTable"));
        QVERIFY(failures);
        QCOMPARE(failures->topLevelItemCount(), 1);
        QCOMPARE(failures->topLevelItem(0)->text(0), QStringLiteral("/opt/plugins/libold.so"));
        QVERIFY(failures->topLevelItem(0)->text(1).contains(QStringLiteral("version 1")));
    }

    void showsNoFailureListWhenEverythingLoaded()
    {
        const engine::KindSet kinds = *engine::KindSet::linked();
        ui::PluginsDialog dialog(kinds);
        QVERIFY(!dialog.findChild<QTreeWidget *>(QStringLiteral("failureTable")));
    }
};

QTEST_MAIN(TestPluginsDialog)
#include "tst_pluginsdialog.moc"
