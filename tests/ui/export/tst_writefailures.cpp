// The studio's Save and File > Export on a full disk and on targets they must not write
// (issue 20, F1-F3), on Qt's offscreen platform. They share the writers of the command line,
// so the promises are the same: the old file stays, the message gives the reason, and the
// design's own file is never an export's target. The full disk is RLIMIT_FSIZE on this
// process (support/fulldisk.h).
#include "support/testkinds.h"
#include "ui/export/exportdialog.h"
#include "ui/mainwindow.h"

#include "support/fulldisk.h"

#include "core/catalog/catalogfile.h"
#include "core/document/document.h"
#include "core/io/designfile.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace archstudio;

namespace {

const QString kSample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The window's design, opened from a copy of the sample in dir.
QString openCopy(ui::MainWindow &window, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("design.archstudio"));
    if (!QFile::copy(kSample, path) || !window.openFile(path))
        return {};
    return path;
}

} // namespace

class TestWriteFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveOnAFullDiskKeepsTheFile()
    {
        QTemporaryDir dir;
        ui::MainWindow window(test::kinds());
        const QString path = openCopy(window, dir);
        QVERIFY(!path.isEmpty());
        window.setDesignNameAndDescription(QStringLiteral("Renamed"), QString());
        QVERIFY(window.document()->isModified());
        const QByteArray before = readAll(path);
        bool saved = true;
        {
            const test::FileSizeCap cap(1024);
            if (!cap.active())
                QSKIP("RLIMIT_FSIZE cannot be set here");
            saved = window.saveAs(path);
        }
        QVERIFY(!saved);
        QVERIFY2(window.lastError().contains(QLatin1String(test::fileTooLargeMessage())),
                 qPrintable(window.lastError()));
        QCOMPARE(readAll(path), before);
        QVERIFY(window.document()->isModified()); // nothing is marked saved
        // With room again, the same save succeeds.
        QVERIFY(window.saveAs(path));
        QCOMPARE(io::loadDesignFile(path, test::loadOptions()).file->design.name,
                 QStringLiteral("Renamed"));
    }

    void saveAsOverAFolderIsRefused()
    {
        QTemporaryDir dir;
        ui::MainWindow window(test::kinds());
        QVERIFY(!openCopy(window, dir).isEmpty());
        const QString folder = dir.filePath(QStringLiteral("folder.archstudio"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(!window.saveAs(folder));
        QVERIFY2(window.lastError().contains(QStringLiteral("a folder, not a regular file")),
                 qPrintable(window.lastError()));
        QVERIFY(QFileInfo(folder).isDir());
    }

    void exportOnAFullDiskKeepsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evaluation.json"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old evaluation");
        }
        ui::ExportDialog dialog(io::loadDesignFile(kSample, test::loadOptions()).file->design,
                                test::kinds(), {});
        QVERIFY(dialog.selectFormat(QStringLiteral("json")));
        QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
        {
            const test::FileSizeCap cap(1024);
            if (!cap.active())
                QSKIP("RLIMIT_FSIZE cannot be set here");
            dialog.exportTo(path);
            QVERIFY(exported.wait(60000));
        }
        const QString error = exported.first().at(1).toString();
        QVERIFY2(error.contains(path) && error.contains(QLatin1String(test::fileTooLargeMessage())),
                 qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("old evaluation"));
    }

    void exportNeverWritesOverTheDesign()
    {
        // A bare design.json exported as .json: the export that replaced a design with its
        // evaluation.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("design.json"));
        QVERIFY(QFile::copy(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json"), path));
        const QByteArray before = readAll(path);
        ui::ExportDialog dialog(io::loadDesignFile(path, test::loadOptions()).file->design,
                                test::kinds(), {});
        dialog.setDocumentPath(path);
        QVERIFY(dialog.selectFormat(QStringLiteral("json")));
        QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
        dialog.exportTo(path);
        QVERIFY(exported.wait(60000));
        const QString error = exported.first().at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("would destroy it")), qPrintable(error));
        QCOMPARE(readAll(path), before);
        // Any other name is fine.
        dialog.exportTo(dir.filePath(QStringLiteral("evaluation.json")));
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.last().at(1).toString(), QString());
    }
};

QTEST_MAIN(TestWriteFailures)
#include "tst_writefailures.moc"
