#include "filecontroller.h"

#include "ui/recoverystore.h"
#include "ui/start/templatechooser.h"

#include "core/document/document.h"
#include "core/document/regionedits.h"
#include "core/engine/kindset.h"
#include "core/io/designtemplates.h"
#include "core/render/autolayout.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace archstudio::ui {

namespace {

constexpr int kMaxRecentFiles = 10;
const QString kRecentKey = QStringLiteral("files/recent");

/// A new design: the first region the catalog offers, with its zones, ready for components.
model::Design emptyDesign(const engine::KindSet &kinds)
{
    model::Design design;
    design.name = QObject::tr("Untitled design");
    const model::RegionId region = document::edits::nextRegionCode(design, kinds.catalog());
    if (!region.isEmpty())
        design.regions.append({region, document::edits::newRegionZones(region, kinds.catalog())});
    design.layout = render::completeLayout(design, kinds.schemas());
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
    options.useKinds(kinds);
    io::LoadResult result = io::loadDesignFile(path, options);
    if (result.file)
        result.file->design.layout = render::completeLayout(result.file->design, kinds.schemas());
    return result;
}

/// Message boxes that report a failure wait for a click: not on the offscreen platform, nor
/// when a prompt stands in for dialogs.
bool mayShowMessageBoxes(const Prompt &prompt)
{
    return !prompt && QGuiApplication::platformName() != QLatin1String("offscreen");
}

} // namespace

FileController::FileController(document::Document *document, QGraphicsScene *canvas,
                               QWidget *window)
    : QObject(window), mDocument(document), mCanvas(canvas), mWindow(window),
      mRecovery(std::make_unique<RecoveryStore>())
{
    // An edit reaches the document (changed) from inside QUndoStack::push(), before the stack
    // moves its index, so the document is not yet modified then: the autosave clock starts
    // once the stack has moved (indexChanged), which is what makes the first edit after New,
    // Open or Save reach the recovery file too.
    connect(mDocument, &document::Document::changed, this, &FileController::scheduleAutosave);
    connect(mDocument->undoStack(), &QUndoStack::indexChanged, this,
            &FileController::scheduleAutosave);
    // Undone back to the saved state: there is nothing left to recover.
    connect(mDocument->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            mRecovery->discard();
    });
    mAutosave.setInterval(autosaveIntervalSetting());
    mAutosave.setSingleShot(true);
    connect(&mAutosave, &QTimer::timeout, this, &FileController::autosaveNow);
}

FileController::~FileController() = default;

QString FileController::filePath() const
{
    return mDocument->filePath();
}

void FileController::newDesign()
{
    io::DesignFile file;
    file.design = emptyDesign(mDocument->kinds());
    load(std::move(file), QString());
}

bool FileController::newFromTemplate(const QString &name)
{
    const std::optional<io::DesignTemplate> found = io::findTemplate(name);
    if (!found)
        return false;
    io::LoadOptions options;
    options.useKinds(mDocument->kinds());
    io::LoadResult loaded = io::loadTemplate(*found, options);
    if (!loaded.file)
        return false;
    // A new, untitled design: Save asks where to put it, the template stays as it is.
    loaded.file->design.layout =
        render::completeLayout(loaded.file->design, mDocument->kinds().schemas());
    load(std::move(*loaded.file), QString());
    emit statusMessage(tr("New design from the template %1").arg(found->title), 5000);
    return true;
}

void FileController::newFromTemplateWithDialog()
{
    TemplateChooser chooser(TemplateChooser::Mode::NewFromTemplate, mDocument->sharedKinds(),
                            mWindow);
    if (chooser.exec() == QDialog::Accepted && maybeSave())
        newFromTemplate(chooser.chosenTemplate());
}

void FileController::showStartPage()
{
    TemplateChooser chooser(TemplateChooser::Mode::StartPage, mDocument->sharedKinds(), mWindow);
    if (chooser.exec() == QDialog::Accepted && !chooser.chosenTemplate().isEmpty())
        newFromTemplate(chooser.chosenTemplate());
}

bool FileController::maybeSave()
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
            mWindow, tr("Unsaved changes"), question,
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

void FileController::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        mWindow, tr("Open design"), QFileInfo(filePath()).absolutePath(),
        tr("Designs and lesson packs (*.archstudio *.json *.drawio *.archlesson);;Lesson packs "
           "(*.archlesson);;draw.io and diagrams.net diagrams (*.drawio);;All files (*)"));
    if (!path.isEmpty())
        openFileInBackground(path);
}

bool FileController::openFile(const QString &path)
{
    if (isLessonPackName(path))
        return openLessonPack(path);
    if (!maybeSave())
        return false;
    return showOpened(loadLaidOut(path, mDocument->kinds()), path);
}

void FileController::openFileInBackground(const QString &path,
                                          const std::function<void(bool)> &done)
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
    emit statusMessage(tr("Opening %1…").arg(name), 0);
    mWindow->setCursor(Qt::BusyCursor);
    // A studio started on a file has no design of its own yet: rather than the figures of an
    // empty canvas ($0.00), it says what it is doing.
    if (!mFile && !mDocument->isModified() && mDocument->design().components.isEmpty()) {
        mOpening = true;
        emit openingStarted(name);
    }
    auto *watcher = new QFutureWatcher<io::LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, path, serial, revision, done] {
                watcher->deleteLater();
                if (serial != mOpenSerial)
                    return;
                mWindow->unsetCursor();
                const bool wasOpening = mOpening;
                // Edits made while the file was read are not thrown away unasked.
                const bool opened = (mDocument->revision() == revision || maybeSave()) &&
                                    showOpened(watcher->result(), path);
                if (!opened && wasOpening) {
                    // Back to what the design on screen is: its own figures.
                    mOpening = false;
                    emit openingAbandoned();
                }
                if (done)
                    done(opened);
            });
    // Reading, parsing and checking a large design takes a while: off the GUI thread.
    watcher->setFuture(QtConcurrent::run(
        [path, kinds = mDocument->sharedKinds()] { return loadLaidOut(path, *kinds); }));
}

bool FileController::showOpened(io::LoadResult result, const QString &path)
{
    if (!result.file && io::isLessonPack(path))
        return openLessonPack(path); // a pack under another name
    if (!result.file) {
        showCannotOpen(tr("Could not open design"), path, result.problems);
        return false;
    }
    mLastError.clear();
    mOpening = false;
    const bool drawio = result.file->container == io::Container::Drawio;
    load(std::move(*result.file), path);
    addRecentFile(path);
    // A drawing made without ArchStudio is imported: what was left out should not go unsaid.
    const auto warnings = std::count_if(result.problems.cbegin(), result.problems.cend(),
                                        [](const model::Problem &p) { return !p.isError(); });
    if (drawio && warnings > 0)
        emit statusMessage(tr("Opened %1; %2 of its shapes to check: File › Import › "
                              "diagrams.net Diagram… lists them")
                               .arg(QFileInfo(path).fileName())
                               .arg(warnings),
                           0);
    else
        emit statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool FileController::openLessonPack(const QString &path)
{
    io::LoadOptions options;
    options.useKinds(mDocument->kinds());
    io::LessonPackLoad loaded = io::loadLessonPack(path, options);
    if (!loaded.pack) {
        showCannotOpen(tr("Could not open lesson pack"), path, loaded.problems);
        return false;
    }
    mLastError.clear();
    addRecentFile(path);
    emit lessonPackOpened(*loaded.pack, path);
    return true;
}

void FileController::showCannotOpen(const QString &title, const QString &path,
                                    const model::Problems &problems)
{
    QStringList lines;
    for (const model::Problem &p : problems) {
        if (p.isError())
            lines << p.toString();
    }
    mLastError = lines.join(QLatin1Char('\n'));
    const QString name = QFileInfo(path).fileName();
    emit statusMessage(tr("Could not open %1").arg(name), 0);
    QMessageBox box(QMessageBox::Critical, title, tr("%1 cannot be opened.").arg(name),
                    QMessageBox::Ok, mWindow);
    box.setDetailedText(mLastError);
    box.setInformativeText(lines.value(0));
    if (mayShowMessageBoxes(mPrompt))
        box.exec();
}

void FileController::load(io::DesignFile file, const QString &path)
{
    mFile = file;
    mDocument->setFilePath(path);
    mDocument->setDesign(std::move(file.design));
    mRecovery->discard();
    emit designLoaded();
}

bool FileController::save()
{
    const QString path = filePath();
    // A design opened from a draw.io export is saved under a name of its own.
    if (path.isEmpty() || suggestedSavePath(path, {}) != path)
        return saveAsWithDialog();
    return saveAs(path);
}

QString FileController::suggestedSavePath(const QString &path, const QString &designName)
{
    if (path.isEmpty())
        return QFileInfo(QDir::homePath(), designName + QStringLiteral(".archstudio"))
            .absoluteFilePath();
    const QFileInfo file(path);
    if (file.suffix().compare(QLatin1String("drawio"), Qt::CaseInsensitive) == 0)
        return file.absoluteDir().filePath(file.completeBaseName() + QStringLiteral(".archstudio"));
    return path;
}

bool FileController::saveAsWithDialog()
{
    const QString suggested = suggestedSavePath(filePath(), mDocument->design().name);
    const QString archive = tr("ArchStudio design (*.archstudio)");
    const QString bare = tr("Bare design.json (*.json)");
    QString filter = suggested.endsWith(QLatin1String(".json")) ? bare : archive;
    const QString path = QFileDialog::getSaveFileName(
        mWindow, tr("Save design"), suggested, archive + QStringLiteral(";;") + bare, &filter);
    return !path.isEmpty() && saveAs(path);
}

bool FileController::saveAs(const QString &path)
{
    io::DesignFile file = mFile.value_or(io::DesignFile{});
    file.design = mDocument->design();
    file.container = io::containerForPath(path);
    if (file.container == io::Container::Archive)
        file.thumbnailPng = thumbnailPng();
    if (const QString error = io::saveDesignFile(path, file); !error.isEmpty()) {
        mLastError = error;
        emit statusMessage(tr("Could not save %1: %2").arg(QFileInfo(path).fileName(), error), 0);
        if (mayShowMessageBoxes(mPrompt))
            QMessageBox::critical(mWindow, tr("Could not save design"), error);
        return false;
    }
    mFile = std::move(file);
    mDocument->setFilePath(path);
    mDocument->markSaved();
    mRecovery->discard();
    addRecentFile(path);
    emit fileChanged();
    emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

void FileController::revert()
{
    if (filePath().isEmpty() || !mDocument->isModified())
        return;
    const QString question = tr("Discard every change since the last save?");
    const auto answer = mPrompt ? mPrompt(question)
                                : QMessageBox::question(mWindow, tr("Revert"), question,
                                                        QMessageBox::Discard | QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    mDocument->markSaved(); // the file on disk is what the user asked for
    openFile(filePath());
}

QByteArray FileController::thumbnailPng() const
{
    // A small picture of the canvas for file browsers and the recent-files menu.
    QImage image(320, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        mCanvas->render(&painter, QRectF(image.rect()), mCanvas->itemsBoundingRect());
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QStringList FileController::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void FileController::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    rebuildRecentMenu();
}

void FileController::setRecentMenu(QMenu *menu)
{
    mRecentMenu = menu;
    rebuildRecentMenu();
}

void FileController::rebuildRecentMenu()
{
    if (!mRecentMenu)
        return;
    mRecentMenu->clear();
    const QStringList files = recentFiles();
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

int FileController::autosaveIntervalSetting()
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

void FileController::scheduleAutosave()
{
    if (mDocument->isModified() && !mAutosave.isActive())
        mAutosave.start();
}

void FileController::autosaveNow()
{
    if (!mDocument->isModified())
        return;
    if (const QString error = mRecovery->autosave(mDocument->design(), filePath());
        !error.isEmpty())
        emit statusMessage(tr("Autosave failed: %1").arg(error), 8000);
}

bool FileController::restoreRecovered(const QString &recoveryPath, const QString &originalPath,
                                      QString *error)
{
    io::LoadOptions options;
    options.rejectInvalidDesigns = false; // work in progress is what recovery is for
    io::LoadResult loaded = loadLaidOut(recoveryPath, mDocument->kinds(), options);
    if (!loaded.file) {
        *error = loaded.problems.isEmpty() ? tr("unreadable") : loaded.problems.first().toString();
        return false;
    }
    load(std::move(*loaded.file), originalPath);
    // Recovered work is unsaved work: the title shows it modified until saved.
    mDocument->undoStack()->resetClean();
    emit fileChanged();
    autosaveNow();
    return true;
}

int FileController::offerRecovery(const std::function<FileController *()> &newWindow)
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
                : QMessageBox::question(mWindow, tr("Recover unsaved changes"), question,
                                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            break; // keep the rest for next time
        if (answer == QMessageBox::Yes) {
            // The first recovered design takes this window; each further one gets its own.
            FileController *target = recovered > 0 ? newWindow() : this;
            QString error;
            if (!target->restoreRecovered(orphan.recoveryPath, orphan.originalPath, &error)) {
                // Never delete what could not be read back: it stays for another try.
                emit statusMessage(
                    tr("Could not recover %1 (%2); the copy is kept at %3")
                        .arg(name, error, QDir::toNativeSeparators(orphan.recoveryPath)),
                    0);
                if (target != this)
                    delete target->mWindow; // made for this copy only: gone at once, not on close
                continue;
            }
            ++recovered;
        }
        RecoveryStore::forget(orphan);
    }
    return recovered;
}

} // namespace archstudio::ui
