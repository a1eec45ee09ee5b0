// `archstudio plugins` (docs/CLI.md) and a design of a run-time plugin's kinds end to end.
#include "support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using archstudio::test::runArchstudio;
using Run = archstudio::test::CliRun;

QJsonObject pluginNamed(const QJsonObject &root, const QString &id)
{
    for (const QJsonValue &p : root.value("plugins").toArray()) {
        if (p.toObject().value("id").toString() == id)
            return p.toObject();
    }
    return {};
}

} // namespace

class TestCliPlugins : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mExtra; ///< ARCHSTUDIO_PLUGIN_PATH: a plugin for another version, a broken file

private slots:
    void initTestCase()
    {
        QVERIFY(mExtra.isValid());
        QVERIFY(QFile::copy(QStringLiteral(OLD_PLUGIN),
                            mExtra.filePath(QFileInfo(QStringLiteral(OLD_PLUGIN)).fileName())));
        QFile broken(mExtra.filePath("libbroken.so"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a library");
        broken.close();
        qputenv("ARCHSTUDIO_PLUGIN_PATH", mExtra.path().toUtf8());
        // The user's own folder must not change what the tests see.
        qputenv("XDG_DATA_HOME", mExtra.filePath("data").toUtf8());
    }

    void listsTheLoadedPluginsAndTheirKinds()
    {
        const Run run = runArchstudio({"plugins"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.trimmed().startsWith("plugin"));
        QVERIFY(run.out.contains(QRegularExpression("\\n +aws +[0-9.]+ +rds, ")));
        QVERIFY(run.out.contains(QRegularExpression("\\n +selfmanaged +[0-9.]+ ")));
        QVERIFY(run.out.contains("(linked in)"));
        QVERIFY(run.out.contains("not loaded:"));
        QVERIFY(run.out.contains("libbroken.so: "));
        QVERIFY(run.err.isEmpty());
    }

    void jsonNamesFilesKindsAndWhyAPluginFailed()
    {
        const Run run = runArchstudio({"plugins", "--json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.outBytes).object();
        QCOMPARE(root.value("schemaVersion").toInt(), 1);
        const QJsonObject aws = pluginNamed(root, "aws");
        QVERIFY(aws.value("file").isNull());
        QVERIFY(aws.value("kinds").toArray().contains(QJsonValue("dynamodb")));
        const QJsonObject own = pluginNamed(root, "selfmanaged");
        QVERIFY(own.value("file").toString().endsWith(".so"));
        QVERIFY(!own.value("kinds").toArray().isEmpty());
        QStringList reasons;
        for (const QJsonValue &f : root.value("failed").toArray())
            reasons << QFileInfo(f.toObject().value("file").toString()).fileName() + ": " +
                           f.toObject().value("reason").toString();
        QCOMPARE(reasons.size(), 2);
        QVERIFY2(reasons.filter("version 1").size() == 1, qPrintable(reasons.join('\n')));
        QVERIFY(reasons.filter("libbroken.so").size() == 1);
    }

    void takesNoFile()
    {
        const Run run = runArchstudio({"plugins", "design.json"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("plugins"));
    }

    void overridesOfAPluginsFiguresAreRangeChecked()
    {
        // An absurd price for a figure of the shared-library plugin's catalog is refused, as
        // one of the linked AWS plugin's is: the design is checked against every loaded figure.
        for (const char *key :
             {"price.us-east-1.ec2.instance.m6i.large", "price.us-east-1.rds.backup"}) {
            QFile file(mExtra.filePath("override.json"));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(
                QStringLiteral(
                    R"({"format": "archstudio-design", "formatVersion": 1, "name": "Override",
                "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}],
                "catalogOverrides": {"%1": -5}, "components": [], "links": []})")
                    .arg(QLatin1String(key))
                    .toUtf8());
            file.close();
            const Run run = runArchstudio({"validate", file.fileName()});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("catalogOverrides.%1: -5 is outside the "
                                                     "plausible range")
                                          .arg(QLatin1String(key))),
                     qPrintable(run.out + run.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliPlugins)
#include "tst_cli_plugins.moc"
