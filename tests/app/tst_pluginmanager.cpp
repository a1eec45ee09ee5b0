#include "plugins/pluginmanager.h"

#include "core/catalog/catalogfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace archstudio;

namespace {

/// Copies a built plugin into folder, under its own name; false when it cannot.
bool copyInto(const QString &file, const QString &folder)
{
    return QFile::copy(file, folder + QLatin1Char('/') + QFileInfo(file).fileName());
}

const engine::FailedPlugin *failureOf(const engine::KindSet &kinds, const QString &name)
{
    for (const engine::FailedPlugin &f : kinds.failures()) {
        if (QFileInfo(f.file).fileName() == name)
            return &f;
    }
    return nullptr;
}

const engine::LoadedPlugin *pluginOf(const engine::KindSet &kinds, const QString &id)
{
    for (const engine::LoadedPlugin &p : kinds.plugins()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestPluginManager : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheLinkedAndTheSharedPlugins()
    {
        QTemporaryDir folder;
        QVERIFY(copyInto(QStringLiteral(SELFMANAGED_PLUGIN), folder.path()));
        app::PluginManager manager;
        manager.load({folder.path()});
        const engine::KindSet &kinds = *manager.kinds();

        const engine::LoadedPlugin *aws = pluginOf(kinds, QStringLiteral("aws"));
        QVERIFY(aws);
        QVERIFY(aws->file.isEmpty()); // linked in
        QVERIFY(aws->kinds.contains(QStringLiteral("rds")));
        const engine::LoadedPlugin *own = pluginOf(kinds, QStringLiteral("selfmanaged"));
        QVERIFY(own);
        QCOMPARE(QFileInfo(own->file).dir().canonicalPath(), QDir(folder.path()).canonicalPath());
        QVERIFY(!own->kinds.isEmpty());
        QVERIFY(!own->version.isEmpty());
        for (const QString &kind : own->kinds) {
            QVERIFY2(kinds.schemas().schema(kind), qPrintable(kind));
            QVERIFY2(kinds.behaviours().find(kind), qPrintable(kind));
        }
        QVERIFY2(kinds.failures().isEmpty(), qPrintable(kinds.failures().value(0).file + ": " +
                                                        kinds.failures().value(0).reason));
        // The workload belongs to no plugin, and the catalog holds the plugin's figures too.
        QVERIFY(kinds.schemas().schema(QStringLiteral("workload")));
        QVERIFY(kinds.catalog().entries().size() > catalog::bundledCatalog().entries().size());
    }

    void refusesAPluginBuiltForAnotherInterfaceVersion()
    {
        QTemporaryDir folder;
        QVERIFY(copyInto(QStringLiteral(OLD_PLUGIN), folder.path()));
        app::PluginManager manager;
        manager.load({folder.path()});
        const engine::FailedPlugin *failure =
            failureOf(*manager.kinds(), QFileInfo(QStringLiteral(OLD_PLUGIN)).fileName());
        QVERIFY(failure);
        QVERIFY2(failure->reason.contains(QStringLiteral("version 1")) &&
                     failure->reason.contains(QStringLiteral("version 4")),
                 qPrintable(failure->reason));
        QCOMPARE(manager.kinds()->plugins().size(), 1); // AWS only
    }

    void reportsABrokenPluginAndLoadsTheRest()
    {
        QTemporaryDir folder;
        QVERIFY(copyInto(QStringLiteral(SELFMANAGED_PLUGIN), folder.path()));
        QFile broken(folder.filePath(QStringLiteral("libbroken.so")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(4096, '\x7f'));
        broken.close();
        QFile notes(folder.filePath(QStringLiteral("README.txt"))); // not a library: ignored
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();

        app::PluginManager manager;
        manager.load({folder.path()});
        const engine::KindSet &kinds = *manager.kinds();
        const engine::FailedPlugin *failure = failureOf(kinds, QStringLiteral("libbroken.so"));
        QVERIFY(failure);
        QVERIFY(!failure->reason.isEmpty());
        QVERIFY(!failureOf(kinds, QStringLiteral("README.txt")));
        QVERIFY(pluginOf(kinds, QStringLiteral("selfmanaged")));
        QCOMPARE(kinds.failures().size(), 1);
    }

    void loadsAPluginFoundTwiceOnce()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        QVERIFY(copyInto(QStringLiteral(SELFMANAGED_PLUGIN), first.path()));
        QVERIFY(copyInto(QStringLiteral(SELFMANAGED_PLUGIN), second.path()));
        app::PluginManager manager;
        manager.load({first.path(), second.path(), first.path()});
        const engine::KindSet &kinds = *manager.kinds();
        QCOMPARE(kinds.plugins().size(), 2); // aws and selfmanaged
        QCOMPARE(kinds.failures().size(), 1);
        QVERIFY(kinds.failures().first().reason.contains(QStringLiteral("already loaded")));
    }

    void searchesTheEnvironmentFirstThenTheInstallAndUserFolders()
    {
        qputenv("ARCHSTUDIO_PLUGIN_PATH", "/opt/a:/opt/b");
        const QStringList paths = app::PluginManager::searchPaths();
        qunsetenv("ARCHSTUDIO_PLUGIN_PATH");
        QCOMPARE(paths.mid(0, 2), (QStringList{"/opt/a", "/opt/b"}));
        QVERIFY(paths.contains(QCoreApplication::applicationDirPath() + "/plugins"));
        QVERIFY(paths.last().endsWith(QStringLiteral("/ArchStudio/plugins")));
    }
};

QTEST_GUILESS_MAIN(TestPluginManager)
#include "tst_pluginmanager.moc"
