// FileController, the file side of a studio window, driven without the window: open, save and
// reopen, the question before unsaved changes are lost, revert, the recent files, autosave and
// crash recovery, and what it tells the window while a file is read.
#include "support/studiotesting.h"
#include "support/testkinds.h"
#include "ui/files/filecontroller.h"

#include "core/document/document.h"
#include "core/io/designfile.h"
#include "ui/canvas/containeritem.h"
#include "ui/canvas/diagramscene.h"
#include "ui/recoverystore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <optional>

using namespace archstudio;
using model::ComponentId;
using test::dropRdsInto;

namespace {

const QString kSample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");

/// What a studio window gives its file controller: the document it opens and saves, the
/// canvas drawn as the thumbnail, and itself as the parent of the dialogs.
class Studio : public QWidget
{
public:
    Studio()
    {
        canvas.setCatalog(test::kinds()->catalog());
        canvas.setDocument(&document);
        files = new ui::FileController(&document, &canvas, this);
    }
    // The controller follows the document: it goes first, as in MainWindow.
    ~Studio() override { delete files; }

    document::Document document{test::kinds()};
    ui::DiagramScene canvas;
    ui::FileController *files = nullptr;
};

/// Writes a recovery copy and its description, as a studio that died would have left them.
void leaveOrphan(const QString &session, const QString &name, const QByteArray &design,
                 const QString &savedAt)
{
    const QString dir = ui::RecoveryStore::directory() + '/';
    QFile copy(dir + session + ".archstudio");
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(design);
    QFile info(dir + session + ".recovery.json");
    QVERIFY(info.open(QIODevice::WriteOnly));
    info.write(QStringLiteral(R"({"originalPath": "", "designName": "%1", "savedAt": "%2"})")
                   .arg(name, savedAt)
                   .toUtf8());
}

} // namespace

class TestFileController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Settings, recent files and recovery copies go to a throw-away test location.
        QStandardPaths::setTestModeEnabled(true);
        QDir(ui::RecoveryStore::directory()).removeRecursively();
    }

    void newDesignHasOneRegionAndThreeZones()
    {
        Studio studio;
        QVERIFY(!studio.files->designFile());
        QSignalSpy loaded(studio.files, &ui::FileController::designLoaded);
        studio.files->newDesign();
        QCOMPARE(loaded.count(), 1);
        QVERIFY(studio.files->designFile());
        QVERIFY(studio.files->filePath().isEmpty());
        const model::Design &design = studio.document.design();
        QCOMPARE(design.name, QStringLiteral("Untitled design"));
        QCOMPARE(design.regions.size(), 1);
        QCOMPARE(design.regions.first().zones.size(), 3);
        QVERIFY(design.components.isEmpty());
        QVERIFY(!studio.document.isModified());
    }

    void savedThenReopenedIsTheSameDesign()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("built.archstudio");
        Studio studio;
        studio.files->newDesign();
        dropRdsInto(studio.canvas, "us-east-1b");
        QVERIFY(studio.document.isModified());
        QSignalSpy changed(studio.files, &ui::FileController::fileChanged);
        QSignalSpy status(studio.files, &ui::FileController::statusMessage);
        QVERIFY(studio.files->saveAs(path));
        QVERIFY(!studio.document.isModified());
        QCOMPARE(studio.files->filePath(), path);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(status.last().at(0).toString(), QStringLiteral("Saved built.archstudio"));

        Studio other;
        QVERIFY(other.files->openFile(path));
        QCOMPARE(other.document.design(), studio.document.design());
        QCOMPARE(other.files->filePath(), path);
        QVERIFY(other.canvas.componentItem(ComponentId("rds")));
        // An archive carries a thumbnail of the canvas.
        QVERIFY(other.files->designFile()->thumbnailPng.startsWith("\x89PNG"));
    }

    void aDrawioDesignIsSavedUnderANameOfItsOwn()
    {
        // Save never writes over a draw.io file: it is an export, which saveDesignFile refuses.
        QCOMPARE(ui::FileController::suggestedSavePath("/work/shop.drawio", "Shop"),
                 QStringLiteral("/work/shop.archstudio"));
        QCOMPARE(ui::FileController::suggestedSavePath("/work/Shop.DRAWIO", "Shop"),
                 QStringLiteral("/work/Shop.archstudio"));
        QCOMPARE(ui::FileController::suggestedSavePath("/work/shop.archstudio", "Shop"),
                 QStringLiteral("/work/shop.archstudio"));
        QCOMPARE(ui::FileController::suggestedSavePath("/work/shop.json", "Shop"),
                 QStringLiteral("/work/shop.json"));
        QCOMPARE(ui::FileController::suggestedSavePath({}, "Shop"),
                 QDir(QDir::homePath()).filePath("Shop.archstudio"));
    }

    void failedOpenKeepsTheCurrentDesign()
    {
        Studio studio;
        QVERIFY(
            studio.files->openFile(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json")));
        QVERIFY(!studio.files->openFile(
            QStringLiteral(ARCHSTUDIO_TEST_DATA "/malformed/unknown-zone.json")));
        QVERIFY(studio.files->lastError().contains(QStringLiteral("components[0].placement.zone")));
        QCOMPARE(studio.files->designFile()->design.name, QStringLiteral("Global storefront"));
        QCOMPARE(studio.document.design().name, QStringLiteral("Global storefront"));
    }

    void asksBeforeLosingChanges()
    {
        Studio studio;
        int asked = 0;
        studio.files->setPrompt(test::Answer{QMessageBox::Cancel, &asked});
        studio.files->newDesign();
        dropRdsInto(studio.canvas, "us-east-1a");
        QVERIFY(!studio.files->openFile(kSample));
        QCOMPARE(asked, 1);
        QVERIFY(studio.document.design().findComponent(ComponentId("rds")));

        studio.files->setPrompt(test::Answer{QMessageBox::Discard, &asked});
        QVERIFY(studio.files->openFile(kSample));
        QCOMPARE(asked, 2);
        QCOMPARE(studio.document.design().name, QStringLiteral("Global storefront"));
        // Nothing unsaved: no question.
        QVERIFY(studio.files->maybeSave());
        QCOMPARE(asked, 2);
    }

    void revertGoesBackToTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("sample.archstudio");
        QVERIFY(QFile::copy(kSample, path));
        Studio studio;
        int asked = 0;
        studio.files->setPrompt(test::Answer{QMessageBox::Discard, &asked});
        QVERIFY(studio.files->openFile(path));
        const model::Design saved = studio.document.design();
        dropRdsInto(studio.canvas, "us-east-1a");
        studio.files->revert();
        QCOMPARE(asked, 1);
        QCOMPARE(studio.document.design(), saved);
        QVERIFY(!studio.document.isModified());
    }

    void recentFilesAreNewestFirstAndAtMostTen()
    {
        QSettings().remove("files/recent");
        QTemporaryDir dir;
        Studio studio;
        QMenu menu;
        studio.files->setRecentMenu(&menu);
        QCOMPARE(menu.actions().first()->text(), QStringLiteral("No recent files"));
        QStringList paths;
        for (int i = 0; i < 12; ++i) {
            paths << dir.filePath(QStringLiteral("design-%1.archstudio").arg(i));
            QFile file(paths.last());
            QVERIFY(i == 5 || file.open(QIODevice::WriteOnly)); // design-5 does not exist
            studio.files->addRecentFile(paths.last());
        }
        QStringList recent = studio.files->recentFiles();
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), paths.at(11));
        QCOMPARE(recent.last(), paths.at(2));
        // Opened again, a file moves to the top, listed once.
        studio.files->addRecentFile(paths.at(5));
        recent = studio.files->recentFiles();
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), paths.at(5));
        QCOMPARE(recent.count(paths.at(5)), 1);
        // The menu follows: numbered, a missing file greyed out, and a way to clear the list.
        const QList<QAction *> entries = menu.actions();
        QCOMPARE(entries.size(), 12); // ten files, a separator, Clear List
        QCOMPARE(entries.at(0)->text(), QStringLiteral("&1 design-5.archstudio"));
        QVERIFY(!entries.at(0)->isEnabled());
        QCOMPARE(entries.at(1)->text(), QStringLiteral("&2 design-11.archstudio"));
        QVERIFY(entries.at(1)->isEnabled());
        QCOMPARE(entries.at(9)->text(), QStringLiteral("&0 design-2.archstudio"));
        entries.last()->trigger();
        QVERIFY(studio.files->recentFiles().isEmpty());
        QCOMPARE(menu.actions().first()->text(), QStringLiteral("No recent files"));
    }

    void aBlankStudioHearsWhileAFileIsRead()
    {
        Studio studio;
        QSignalSpy started(studio.files, &ui::FileController::openingStarted);
        QSignalSpy abandoned(studio.files, &ui::FileController::openingAbandoned);
        QSignalSpy status(studio.files, &ui::FileController::statusMessage);
        std::optional<bool> opened;
        studio.files->openFileInBackground(kSample, [&opened](bool ok) { opened = ok; });
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().at(0).toString(), QStringLiteral("global-storefront.archstudio"));
        QVERIFY(studio.files->isOpening());
        QCOMPARE(status.first().at(0).toString(),
                 QStringLiteral("Opening global-storefront.archstudio…"));
        QVERIFY(QTest::qWaitFor([&opened] { return opened.has_value(); }, 10000));
        QVERIFY(*opened);
        QVERIFY(!studio.files->isOpening());
        QCOMPARE(abandoned.count(), 0);
        QCOMPARE(status.last().at(0).toString(),
                 QStringLiteral("Opened global-storefront.archstudio"));
        QCOMPARE(studio.files->recentFiles().first(), kSample);

        // A studio that holds a design is not blank: no placeholders, nothing to abandon.
        opened.reset();
        studio.files->openFileInBackground(QStringLiteral(ARCHSTUDIO_TEST_DATA "/none.json"),
                                           [&opened](bool ok) { opened = ok; });
        QCOMPARE(started.count(), 1);
        QVERIFY(QTest::qWaitFor([&opened] { return opened.has_value(); }, 10000));
        QVERIFY(!*opened);
        QCOMPARE(abandoned.count(), 0);
    }

    void aFailedOpenOfABlankStudioIsAbandoned()
    {
        Studio studio;
        QSignalSpy abandoned(studio.files, &ui::FileController::openingAbandoned);
        std::optional<bool> opened;
        studio.files->openFileInBackground(QStringLiteral(ARCHSTUDIO_TEST_DATA "/none.json"),
                                           [&opened](bool ok) { opened = ok; });
        QVERIFY(studio.files->isOpening());
        QVERIFY(QTest::qWaitFor([&opened] { return opened.has_value(); }, 10000));
        QVERIFY(!*opened);
        QCOMPARE(abandoned.count(), 1);
        QVERIFY(!studio.files->isOpening());
        QVERIFY(!studio.files->lastError().isEmpty());
    }

    void theFirstEditAfterNewOpenOrSaveIsAutosaved()
    {
        QDir(ui::RecoveryStore::directory()).removeRecursively();
        QTemporaryDir folder;
        Studio studio;
        studio.files->setAutosaveInterval(20);
        const QString copy = studio.files->recovery()->recoveryPath();
        const auto editThenAutosaved = [&](const char *zone) {
            QVERIFY(!QFile::exists(copy));
            dropRdsInto(studio.canvas, zone);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(copy), 5000);
        };
        studio.files->newDesign();
        editThenAutosaved("us-east-1a");
        int asked = 0;
        studio.files->setPrompt(test::Answer{QMessageBox::Discard, &asked});
        QVERIFY(studio.files->openFile(kSample));
        QCOMPARE(asked, 1);
        QVERIFY(studio.files->saveAs(folder.filePath("saved.archstudio")));
        QVERIFY(!QFile::exists(copy)); // saved: nothing to recover
        editThenAutosaved("us-east-1b");
        studio.document.undoStack()->undo();
        QVERIFY(!QFile::exists(copy)); // undone back to what is saved
        QVERIFY(studio.files->openFile(folder.filePath("saved.archstudio")));
        editThenAutosaved("us-east-1c");
        QCOMPARE(io::loadDesignFile(copy, test::loadOptions()).file->design.components.size(),
                 studio.document.design().components.size());
    }

    void autosaveIntervalComesFromTheSettings()
    {
        QSettings settings;
        settings.setValue("autosave/intervalSeconds", 2.5);
        QCOMPARE(Studio().files->autosaveInterval(), 2500);
        settings.setValue("autosave/intervalSeconds", 0.01); // no faster than 0.2 s
        QCOMPARE(Studio().files->autosaveInterval(), 200);
        settings.setValue("autosave/intervalSeconds", "soon");
        QCOMPARE(Studio().files->autosaveInterval(), 60000);
        settings.remove("autosave/intervalSeconds");
        QCOMPARE(Studio().files->autosaveInterval(), 60000);
    }

    void crashRecoveryOffersTheAutosavedWork()
    {
        QDir(ui::RecoveryStore::directory()).removeRecursively();
        QTemporaryDir stash;
        model::Design unsaved;
        {
            Studio crashed;
            QVERIFY(crashed.files->openFile(kSample));
            dropRdsInto(crashed.canvas, "us-east-1c");
            crashed.files->autosaveNow();
            unsaved = crashed.document.design();
            // A crash leaves the recovery copy behind; a clean close removes it. Keep a copy
            // of the files to put back, as if this studio had died.
            const QDir recovery(ui::RecoveryStore::directory());
            const QStringList files = recovery.entryList(QDir::Files);
            QVERIFY(files.size() >= 2);
            for (const QString &name : files)
                QVERIFY(QFile::copy(recovery.filePath(name), stash.filePath(name)));
        }
        // Its lock names this (living) process; a dead studio's lock would be stale, which is
        // what leaving it out stands for.
        for (const QString &name : QDir(stash.path()).entryList(QDir::Files)) {
            if (!name.endsWith(".lock"))
                QVERIFY(
                    QFile::copy(stash.filePath(name), ui::RecoveryStore::directory() + '/' + name));
        }
        QCOMPARE(ui::RecoveryStore::orphans().size(), 1);

        Studio next;
        int asked = 0;
        next.files->setPrompt(test::Answer{QMessageBox::Yes, &asked});
        QSignalSpy changed(next.files, &ui::FileController::fileChanged);
        QList<QPointer<Studio>> made;
        QCOMPARE(next.files->offerRecovery([&made] {
            made << new Studio;
            return made.last()->files;
        }),
                 1);
        QCOMPARE(asked, 1);
        QCOMPARE(made.size(), 0); // one design: this studio takes it
        QCOMPARE(next.document.design(), unsaved);
        QCOMPARE(next.files->filePath(), kSample);
        QVERIFY(next.document.isModified());
        QVERIFY(changed.count() >= 1); // the title shows it modified
        // Offered once: the orphan is gone.
        QVERIFY(ui::RecoveryStore::orphans().isEmpty());
    }

    void furtherRecoveredDesignsGetStudiosOfTheirOwn()
    {
        QDir(ui::RecoveryStore::directory()).removeRecursively();
        QDir().mkpath(ui::RecoveryStore::directory());
        QFile sample(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray json = sample.readAll();
        // Newest first: one, the unreadable two, three.
        leaveOrphan("first", "one", json, "2026-11-26T03:00:00Z");
        leaveOrphan("broken", "two", "{ not json", "2026-11-26T02:00:00Z");
        leaveOrphan("third", "three", json, "2026-11-26T01:00:00Z");
        QCOMPARE(ui::RecoveryStore::orphans().size(), 3);

        Studio studio;
        int asked = 0;
        studio.files->setPrompt(test::Answer{QMessageBox::Yes, &asked});
        QSignalSpy status(studio.files, &ui::FileController::statusMessage);
        QList<QPointer<Studio>> made;
        QCOMPARE(studio.files->offerRecovery([&made] {
            made << new Studio;
            return made.last()->files;
        }),
                 2);
        QCOMPARE(asked, 3);
        QCOMPARE(studio.document.design().name, QStringLiteral("Global storefront"));
        // The studio made for the unreadable copy is gone at once; the copy stays for
        // another try, and the status bar says where.
        QCOMPARE(made.size(), 2);
        QVERIFY(made.at(0).isNull());
        QVERIFY(!made.at(1).isNull());
        QCOMPARE(made.at(1)->document.design().name, QStringLiteral("Global storefront"));
        QVERIFY(made.at(1)->document.isModified());
        const QList<ui::RecoveryStore::Orphan> left = ui::RecoveryStore::orphans();
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first().recoveryPath.endsWith("broken.archstudio"));
        QVERIFY(status.last().at(0).toString().startsWith(QStringLiteral("Could not recover two")));
        delete made.at(1);
    }
};

QTEST_MAIN(TestFileController)
#include "tst_filecontroller.moc"
