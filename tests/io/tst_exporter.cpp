// The one writer interface: exportToFile() commits only a complete export, and the registry
// finds writers by a path's suffix.
#include "core/io/exporter.h"

#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

using namespace archstudio;

namespace {

/// Writes some bytes, then fails or succeeds as told: the part written must never reach disk.
class ScriptedExporter final : public io::Exporter
{
public:
    explicit ScriptedExporter(QString error, QString suffix = QStringLiteral("txt"))
        : mError(std::move(error)), mSuffix(std::move(suffix))
    {}
    QString suffix() const override { return mSuffix; }
    QString description() const override { return QStringLiteral("scripted"); }
    QString write(const io::ExportInput &, const io::ExportOptions &, QIODevice &out,
                  const io::ExportProgress &progress) const override
    {
        out.write("partial ");
        if (progress && !progress(1, 2))
            return io::exportCancelledMessage();
        if (!mError.isEmpty())
            return mError;
        out.write("complete");
        return {};
    }

private:
    QString mError;
    QString mSuffix;
};

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void writesCompleteExports()
    {
        const QString path = mDir.filePath(QStringLiteral("ok.txt"));
        QCOMPARE(io::exportToFile(ScriptedExporter({}), {}, {}, path), QString());
        QCOMPARE(contents(path), QByteArray("partial complete"));
    }

    void aFailedExportWritesNothing()
    {
        const QString path = mDir.filePath(QStringLiteral("new.txt"));
        const QString error =
            io::exportToFile(ScriptedExporter(QStringLiteral("broken")), {}, {}, path);
        QVERIFY(error.contains(path));
        QVERIFY(error.contains(QStringLiteral("broken")));
        QVERIFY(!QFile::exists(path));
    }

    void aFailedOrCancelledExportKeepsTheOldFile()
    {
        const QString path = mDir.filePath(QStringLiteral("old.txt"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(
            !io::exportToFile(ScriptedExporter(QStringLiteral("broken")), {}, {}, path).isEmpty());
        QCOMPARE(contents(path), QByteArray("old"));
        const QString cancelled = io::exportToFile(ScriptedExporter({}), {}, {}, path,
                                                   [](qint64, qint64) { return false; });
        QVERIFY(cancelled.contains(io::exportCancelledMessage()));
        QCOMPARE(contents(path), QByteArray("old"));
    }

    void aFolderThatDoesNotExistIsNamed()
    {
        const QString path = mDir.filePath(QStringLiteral("missing/out.txt"));
        const QString error = io::exportToFile(ScriptedExporter({}), {}, {}, path);
        QVERIFY(error.startsWith(path));
    }

    void anOutputThatIsAnInputIsRefused()
    {
        const QString path = mDir.filePath(QStringLiteral("design.json"));
        QFile design(path);
        QVERIFY(design.open(QIODevice::WriteOnly));
        design.write("the design");
        design.close();
        const QString error = io::exportToFile(ScriptedExporter({}), {}, {}, path, {}, {path});
        QVERIFY2(error.startsWith(path) && error.contains(QStringLiteral("would destroy it")),
                 qPrintable(error));
        QCOMPARE(contents(path), QByteArray("the design"));
    }

    void registryFindsWritersBySuffix()
    {
        io::ExporterRegistry registry;
        registry.add(std::make_unique<ScriptedExporter>(QString(), QStringLiteral("png")));
        registry.add(std::make_unique<ScriptedExporter>(QString(), QStringLiteral("drawio")));
        QCOMPARE(registry.suffixes(),
                 (QStringList{QStringLiteral(".png"), QStringLiteral(".drawio")}));
        QVERIFY(registry.forPath(QStringLiteral("/a/b/Design.PNG")));
        QCOMPARE(registry.forPath(QStringLiteral("x.drawio"))->suffix(), QStringLiteral("drawio"));
        QVERIFY(!registry.forPath(QStringLiteral("x.bmp")));
        QVERIFY(!registry.forPath(QStringLiteral("no-suffix")));
        QVERIFY(registry.fileDialogFilter().contains(QStringLiteral("(*.drawio)")));
    }

private:
    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
