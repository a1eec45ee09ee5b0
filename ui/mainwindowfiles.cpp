// MainWindow's file handling: New, Open, Save, Save As, Revert, recent files, opening by
// drag-and-drop, the modified marker, autosave and crash recovery (see mainwindow.h).
#include "mainwindow.h"

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "export/exportdialog.h"
#include "export/printdesign.h"
#include "lesson/lessonpanel.h"
#include "recoverystore.h"
#include "start/templatechooser.h"

#include "core/document/designedits.h"
#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "core/io/designtemplates.h"
#include "core/io/lessonpack.h"
#include "core/render/autolayout.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace archstudio::ui {

namespace {

constexpr int kMaxRecentFiles = 10;
const QString kRecentKey = QStringLiteral("files/recent");

/// A new design: one region with three Availability Zones, ready for components.
model::Design emptyDesign(const model::KindRegistry &kinds)
{
    model::Design design;
    design.name = QObject::tr("Untitled design");
    const model::RegionId region(QStringLiteral("us-east-1"));
    design.regions.append(
        {region,
         {model::ZoneId(QStringLiteral("us-east-1a")), model::ZoneId(QStringLiteral("us-east-1b")),
          model::ZoneId(QStringLiteral("us-east-1c"))}});
    design.layout = render::completeLayout(design, kinds);
    return design;
}

bool isLessonPackName(const QString &path)
{
    return QFileInfo(path).suffix().compare(io::kLessonPackSuffix, Qt::CaseInsensitive) == 0;
}

/// Reads a design file, checked against the loaded kinds, and lays out what its layout leaves
/// out (designs written by hand may have none): both on a worker thread when the file is
/// opened in the background.
io::LoadResult loadLaidOut(const QString &path, const engine::KindSet &kinds,
                           io::LoadOptions options = {})
{
    options.registry = &kinds.schemas();
    io::LoadResult result = io::loadDesignFile(path, options);
    if (result.file)
        result.file->design.layout = render::completeLayout(result.file->design, kinds.schemas());
    return result;
}

} // namespace

void MainWindow::createFileActions(QMenu *menu, QToolBar *toolbar)
{
    QAction *create = addAction(menu, QStringLiteral("new"), tr("&New"), QKeySequence::New, [this] {
        if (maybeSave())
            newDesign();
    });
    create->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    addAction(menu, QStringLiteral("newWindow"), tr("New &Window"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
                  auto *window = new MainWindow(mKinds);
                  window->setAttribute(Qt::WA_DeleteOnClose);
                  window->newDesign();
                  window->show();
              });
    addAction(menu, QStringLiteral("newFromTemplate"), tr("New from &Template…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] {
                  TemplateChooser chooser(TemplateChooser::Mode::NewFromTemplate, mKinds, this);
                  if (chooser.exec() == QDialog::Accepted && maybeSave())
                      newFromTemplate(chooser.chosenTemplate());
              });
    QAction *open = addAction(menu, QStringLiteral("open"), tr("&Open…"), QKeySequence::Open,
                              [this] { openWithDialog(); });
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    mRecentMenu = menu->addMenu(tr("Open &Recent"));
    mRecentMenu->setObjectName(QStringLiteral("recentMenu"));
    menu->addSeparator();
    QAction *saveAction = addAction(menu, QStringLiteral("save"), tr("&Save"), QKeySequence::Save,
                                    [this] { save(); });
    saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    addAction(menu, QStringLiteral("saveAs"), tr("Save &As…"), QKeySequence::SaveAs,
              [this] { saveAsWithDialog(); });
    addAction(menu, QStringLiteral("revert"), tr("Re&vert to Saved"), {}, [this] { revert(); });
    menu->addSeparator();
    addAction(menu, QStringLiteral("export"), tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E),
              [this] {
                  showExportDialog(this, mDocument->design(), mKinds, mScene->selectedComponents(),
                                   filePath());
              });
    addAction(menu, QStringLiteral("exportLessonPack"), tr("Export &Lesson Pack…"), {},
              [this] { exportLessonPack(); });
    addAction(menu, QStringLiteral("print"), tr("&Print…"), QKeySequence::Print,
              [this] { showPrintDialog(this, mDocument->design(), mKinds); });
    menu->addSeparator();
    QAction *close = addAction(menu, QStringLiteral("close"), tr("&Close Window"),
                               QKeySequence::Close, [this] { this->close(); });
    Q_UNUSED(close);
    addAction(menu, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit,
              [] { QApplication::closeAllWindows(); });
    toolbar->addAction(create);
    toolbar->addAction(open);
    toolbar->addAction(saveAction);
}

QString MainWindow::filePath() const
{
    return mDocument->filePath();
}

void MainWindow::newDesign()
{
    io::DesignFile file;
    file.design = emptyDesign(mKinds->schemas());
    loadIntoDocument(std::move(file), QString());
}

bool MainWindow::newFromTemplate(const QString &name)
{
    const std::optional<io::DesignTemplate> found = io::findTemplate(name);
    if (!found)
        return false;
    io::LoadOptions options;
    options.registry = &mKinds->schemas();
    io::LoadResult loaded = io::loadTemplate(*found, options);
    if (!loaded.file)
        return false;
    // A new, untitled design: Save asks where to put it, the template stays as it is.
    loaded.file->design.layout = render::completeLayout(loaded.file->design, mKinds->schemas());
    loadIntoDocument(std::move(*loaded.file), QString());
    statusBar()->showMessage(tr("New design from the template %1").arg(found->title), 5000);
    return true;
}

void MainWindow::showStartPage()
{
    TemplateChooser chooser(TemplateChooser::Mode::StartPage, mKinds, this);
    if (chooser.exec() == QDialog::Accepted && !chooser.chosenTemplate().isEmpty())
        newFromTemplate(chooser.chosenTemplate());
}

bool MainWindow::maybeSave()
{
    if (!mDocument->isModified())
        return true;
    const QString name =
        mDocument->design().name.isEmpty() ? tr("This design") : mDocument->design().name;
    const QString question = tr("%1 has changes that are not saved. Save them?").arg(name);
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    if (mPrompt) {
        answer = mPrompt(question);
    } else {
        answer = QMessageBox::warning(
            this, tr("Unsaved changes"), question,
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    }
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        mRecovery->discard();
        return true;
    }
    return false;
}

void MainWindow::openWithDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open design"), QFileInfo(filePath()).absolutePath(),
                                     tr("Designs and lesson packs (*.archstudio *.json "
                                        "*.archlesson);;Lesson packs (*.archlesson);;All files "
                                        "(*)"));
    if (!path.isEmpty())
        openFileInBackground(path);
}

bool MainWindow::openFile(const QString &path)
{
    if (isLessonPackName(path))
        return openLessonPack(path);
    if (!maybeSave())
        return false;
    return showOpened(loadLaidOut(path, *mKinds), path);
}

void MainWindow::openFileInBackground(const QString &path, const std::function<void(bool)> &done)
{
    // A lesson pack is a list of exercises beside the design, not a design to replace it.
    if (isLessonPackName(path)) {
        const bool opened = openLessonPack(path);
        if (done)
            done(opened);
        return;
    }
    if (!maybeSave()) {
        if (done)
            done(false);
        return;
    }
    // A later open supersedes this one; its result is then dropped.
    const quint64 serial = ++mOpenSerial;
    const quint64 revision = mDocument->revision();
    const QString name = QFileInfo(path).fileName();
    statusBar()->showMessage(tr("Opening %1…").arg(name));
    setCursor(Qt::BusyCursor);
    // A studio started on a file has no design of its own yet: rather than the figures of an
    // empty canvas ($0.00), it says what it is doing.
    if (!mFile && !mDocument->isModified() && mDocument->design().components.isEmpty())
        showOpening(name);
    auto *watcher = new QFutureWatcher<io::LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, path, serial, revision, done] {
                watcher->deleteLater();
                if (serial != mOpenSerial)
                    return;
                unsetCursor();
                const bool wasOpening = mOpening;
                // Edits made while the file was read are not thrown away unasked.
                const bool opened = (mDocument->revision() == revision || maybeSave()) &&
                                    showOpened(watcher->result(), path);
                if (!opened && wasOpening) {
                    // Back to what the design on screen is: its own figures.
                    mOpening = false;
                    showEvaluation(mScheduler->latestEvaluation());
                }
                if (done)
                    done(opened);
            });
    // Reading, parsing and checking a large design takes a while: off the GUI thread.
    watcher->setFuture(
        QtConcurrent::run([path, kinds = mKinds] { return loadLaidOut(path, *kinds); }));
}

bool MainWindow::showOpened(io::LoadResult result, const QString &path)
{
    if (!result.file && io::isLessonPack(path))
        return openLessonPack(path); // a pack under another name
    if (!result.file) {
        showCannotOpen(tr("Could not open design"), path, result.problems);
        return false;
    }
    mLastError.clear();
    mOpening = false;
    loadIntoDocument(std::move(*result.file), path);
    addRecentFile(path);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::showCannotOpen(const QString &title, const QString &path,
                                const model::Problems &problems)
{
    QStringList lines;
    for (const model::Problem &p : problems) {
        if (p.isError())
            lines << p.toString();
    }
    mLastError = lines.join(QLatin1Char('\n'));
    const QString name = QFileInfo(path).fileName();
    statusBar()->showMessage(tr("Could not open %1").arg(name));
    QMessageBox box(QMessageBox::Critical, title, tr("%1 cannot be opened.").arg(name),
                    QMessageBox::Ok, this);
    box.setDetailedText(mLastError);
    box.setInformativeText(lines.value(0));
    if (!mPrompt && QGuiApplication::platformName() != QLatin1String("offscreen"))
        box.exec();
}

void MainWindow::loadIntoDocument(io::DesignFile file, const QString &path)
{
    if (mLessonPanel)
        mLessonPanel->setCurrent(-1); // openLessonItem marks its exercise after this
    mFile = file;
    mDocument->setFilePath(path);
    mDocument->setDesign(std::move(file.design));
    mRecovery->discard();
    updateTitle();
    // Fit once the window has its size: a window not yet shown has a default-sized view.
    mView->zoomToFit();
    QTimer::singleShot(0, mView, &DiagramView::zoomToFit);
}

bool MainWindow::save()
{
    if (filePath().isEmpty())
        return saveAsWithDialog();
    return saveAs(filePath());
}

bool MainWindow::saveAsWithDialog()
{
    QString suggested = filePath();
    if (suggested.isEmpty())
        suggested =
            QFileInfo(QDir::homePath(), mDocument->design().name + QStringLiteral(".archstudio"))
                .absoluteFilePath();
    const QString archive = tr("ArchStudio design (*.archstudio)");
    const QString bare = tr("Bare design.json (*.json)");
    QString filter = suggested.endsWith(QLatin1String(".json")) ? bare : archive;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save design"), suggested, archive + QStringLiteral(";;") + bare, &filter);
    return !path.isEmpty() && saveAs(path);
}

bool MainWindow::saveAs(const QString &path)
{
    io::DesignFile file = mFile.value_or(io::DesignFile{});
    file.design = mDocument->design();
    file.container = io::containerForPath(path);
    if (file.container == io::Container::Archive)
        file.thumbnailPng = thumbnailPng();
    if (const QString error = io::saveDesignFile(path, file); !error.isEmpty()) {
        mLastError = error;
        statusBar()->showMessage(
            tr("Could not save %1: %2").arg(QFileInfo(path).fileName(), error));
        if (!mPrompt && QGuiApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::critical(this, tr("Could not save design"), error);
        return false;
    }
    mFile = std::move(file);
    mDocument->setFilePath(path);
    mDocument->markSaved();
    mRecovery->discard();
    addRecentFile(path);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

void MainWindow::revert()
{
    if (filePath().isEmpty() || !mDocument->isModified())
        return;
    const QString question = tr("Discard every change since the last save?");
    const auto answer = mPrompt ? mPrompt(question)
                                : QMessageBox::question(this, tr("Revert"), question,
                                                        QMessageBox::Discard | QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    mDocument->markSaved(); // the file on disk is what the user asked for
    openFile(filePath());
}

QByteArray MainWindow::thumbnailPng() const
{
    // A small picture of the canvas for file browsers and the recent-files menu.
    QImage image(320, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        mScene->render(&painter, QRectF(image.rect()), mScene->itemsBoundingRect());
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void MainWindow::updateTitle()
{
    // The file first, as people find it on disk ("orders.archstudio"), then the design's own
    // name where it says more; [*] is where Qt shows the modified marker.
    const QString name = mDocument->design().name;
    QString title;
    if (!mFile) {
        title = tr("No design");
    } else if (filePath().isEmpty()) {
        title = name.isEmpty() ? tr("Untitled") : name;
    } else {
        const QFileInfo file(filePath());
        title = file.fileName();
        if (!name.isEmpty() && name != file.completeBaseName())
            title = tr("%1[*] — %2").arg(title, name);
    }
    if (!title.contains(QLatin1String("[*]")))
        title += QLatin1String("[*]");
    setWindowTitle(tr("%1 — ArchStudio").arg(title));
    setWindowModified(mDocument->isModified());
    if (QAction *revertAction = action(QStringLiteral("revert")))
        revertAction->setEnabled(!filePath().isEmpty());
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(kRecentKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!mRecentMenu)
        return;
    mRecentMenu->clear();
    const QStringList files = QSettings().value(kRecentKey).toStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = mRecentMenu->addAction(
            QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName()), this,
            [this, path] { openFileInBackground(path); });
        a->setToolTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (files.isEmpty())
        mRecentMenu->addAction(tr("No recent files"))->setEnabled(false);
    mRecentMenu->addSeparator();
    mRecentMenu->addAction(tr("&Clear List"), this, [this] {
        QSettings().remove(kRecentKey);
        rebuildRecentMenu();
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            openFileInBackground(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
}

int MainWindow::autosaveIntervalSetting()
{
    // Seconds, so a user can read and set it; tests of the real executable use a fraction.
    constexpr double kDefaultSeconds = 60.0;
    constexpr double kShortestSeconds = 0.2;
    bool ok = false;
    const double seconds =
        QSettings().value(QStringLiteral("autosave/intervalSeconds")).toDouble(&ok);
    return int(1000.0 *
               (ok && seconds > 0.0 ? std::max(seconds, kShortestSeconds) : kDefaultSeconds));
}

void MainWindow::scheduleAutosave()
{
    if (mDocument->isModified() && !mAutosave.isActive())
        mAutosave.start();
}

void MainWindow::autosaveNow()
{
    if (!mDocument->isModified())
        return;
    if (const QString error = mRecovery->autosave(mDocument->design(), filePath());
        !error.isEmpty())
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000);
}

bool MainWindow::restoreRecovered(const QString &recoveryPath, const QString &originalPath,
                                  QString *error)
{
    io::LoadOptions options;
    options.rejectInvalidDesigns = false; // work in progress is what recovery is for
    io::LoadResult loaded = loadLaidOut(recoveryPath, *mKinds, options);
    if (!loaded.file) {
        *error = loaded.problems.isEmpty() ? tr("unreadable") : loaded.problems.first().toString();
        return false;
    }
    loadIntoDocument(std::move(*loaded.file), originalPath);
    // Recovered work is unsaved work: the title shows it modified until saved.
    mDocument->undoStack()->resetClean();
    updateTitle();
    autosaveNow();
    return true;
}

int MainWindow::offerRecovery()
{
    int recovered = 0;
    for (const RecoveryStore::Orphan &orphan : RecoveryStore::orphans()) {
        const QString name =
            orphan.designName.isEmpty() ? tr("an untitled design") : orphan.designName;
        const QString question =
            tr("ArchStudio closed unexpectedly while %1 had unsaved changes (autosaved %2). "
               "Recover them?")
                .arg(name, QLocale().toString(orphan.savedAt.toLocalTime(), QLocale::ShortFormat));
        const auto answer =
            mPrompt
                ? mPrompt(question)
                : QMessageBox::question(this, tr("Recover unsaved changes"), question,
                                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            break; // keep the rest for next time
        if (answer == QMessageBox::Yes) {
            // The first recovered design takes this window; each further one gets its own.
            MainWindow *target = this;
            if (recovered > 0) {
                target = new MainWindow(mKinds);
                target->setAttribute(Qt::WA_DeleteOnClose);
                target->mPrompt = mPrompt;
                target->show();
            }
            QString error;
            if (!target->restoreRecovered(orphan.recoveryPath, orphan.originalPath, &error)) {
                // Never delete what could not be read back: it stays for another try.
                statusBar()->showMessage(
                    tr("Could not recover %1 (%2); the copy is kept at %3")
                        .arg(name, error, QDir::toNativeSeparators(orphan.recoveryPath)));
                if (target != this)
                    delete target; // made for this copy only: gone at once, not on close
                continue;
            }
            ++recovered;
        }
        RecoveryStore::forget(orphan);
    }
    return recovered;
}

} // namespace archstudio::ui
