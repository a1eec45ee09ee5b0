#pragma once

#include "core/io/designfile.h"
#include "core/io/lessonpack.h"
#include "ui/prompt.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QGraphicsScene;
class QMenu;
class QWidget;

namespace archstudio::document {
class Document;
} // namespace archstudio::document

namespace archstudio::ui {

class RecoveryStore;

/// The file side of a studio window: which file the document's design belongs to; New, Open
/// (in the foreground and on a worker thread), Save, Save As, Revert; the recent files;
/// autosave and crash recovery; and asking before unsaved changes are lost. The window wires
/// its File menu to it and shows what it reports (its signals).
class FileController : public QObject
{
    Q_OBJECT

public:
    /// document: whose design is opened and saved; canvas: drawn as an archive's thumbnail;
    /// window: the parent of every dialog and message box, busy while a file is read.
    FileController(document::Document *document, QGraphicsScene *canvas, QWidget *window);
    ~FileController() override;

    /// Replaces the design with a new one: one region with three Availability Zones.
    void newDesign();
    /// Replaces the design with a new, untitled one from a bundled template (io::findTemplate);
    /// false when there is no template of that name.
    bool newFromTemplate(const QString &name);
    /// File > New from Template…: the chooser, then the template after asking about changes.
    void newFromTemplateWithDialog();
    /// The start page: a blank design or a template (TemplateChooser), modal.
    void showStartPage();

    /// Opens a design, after asking about unsaved changes; on failure shows the problems and
    /// keeps the current design. Returns true when the file was opened.
    bool openFile(const QString &path);
    /// Opens a design as the studio's menus, recent files and drops do: after asking about
    /// unsaved changes, the file is read and checked on a worker thread while the window
    /// stays responsive ("Opening …" in the status bar), then shown as openFile() would (asking
    /// again if the design was edited meanwhile). done, if given, hears whether it opened;
    /// an open superseded by a later one is dropped and never answers.
    void openFileInBackground(const QString &path, const std::function<void(bool)> &done = {});
    /// File > Open…: the file dialog, then openFileInBackground().
    void openWithDialog();
    /// Reads a lesson pack and hands it on (lessonPackOpened); false when it cannot be read.
    bool openLessonPack(const QString &path);
    /// Makes a design the document's, as belonging to path ("" for an untitled one); its
    /// layout must be complete.
    void load(io::DesignFile file, const QString &path);

    bool save();
    bool saveAs(const QString &path);
    /// File > Save As…: the file dialog, then saveAs().
    bool saveAsWithDialog();
    /// Where Save As proposes to save a design that is at path (empty: never saved) and
    /// named designName: path itself, except that a design read from a draw.io file is
    /// proposed as an .archstudio file beside it (draw.io is an export, not a design format).
    static QString suggestedSavePath(const QString &path, const QString &designName);
    /// Back to the file on disk, once the user agrees to lose the changes.
    void revert();
    /// Asks whether to save unsaved changes; false when the user cancels (or saving failed).
    bool maybeSave();

    /// The file the design was read from or saved to; none before the first New or Open.
    const std::optional<io::DesignFile> &designFile() const { return mFile; }
    QString filePath() const;
    /// The problems of the last failed open or save, as shown to the user (for tests and logs).
    QString lastError() const { return mLastError; }
    /// A file is being read into a blank studio, whose figures would mean nothing meanwhile.
    bool isOpening() const { return mOpening; }

    void setPrompt(Prompt prompt) { mPrompt = std::move(prompt); }
    const Prompt &prompt() const { return mPrompt; }

    /// The files opened and saved last, most recent first (at most ten), kept in the settings.
    static QStringList recentFiles();
    void addRecentFile(const QString &path);
    /// File > Open Recent: filled with the recent files, kept up to date.
    void setRecentMenu(QMenu *menu);

    RecoveryStore *recovery() const { return mRecovery.get(); }
    /// Autosaves at most one interval after the first unsaved edit (default one minute; the
    /// setting "autosave/intervalSeconds" changes it, see docs/USER-GUIDE.md).
    void setAutosaveInterval(int milliseconds) { mAutosave.setInterval(milliseconds); }
    int autosaveInterval() const { return mAutosave.interval(); }
    /// Writes the recovery copy now, when modified (also what the timer does).
    void autosaveNow();
    /// Offers the recovery copies of studios that crashed; returns how many were reopened.
    /// The first takes this window; newWindow shows another studio window for each further
    /// one and returns its controller.
    int offerRecovery(const std::function<FileController *()> &newWindow);

signals:
    /// A design from a file, a template, a lesson or a recovery copy is the document's now.
    void designLoaded();
    /// The file or its path changed without a new design (saved, recovered).
    void fileChanged();
    void lessonPackOpened(const io::LessonPack &pack, const QString &path);
    /// A blank studio started reading fileName (isOpening()); abandoned when it did not open.
    void openingStarted(const QString &fileName);
    void openingAbandoned();
    /// For the status bar; timeout in milliseconds, 0 to keep it.
    void statusMessage(const QString &message, int timeout);

private:
    /// Shows a read file, or its problems; returns whether it opened.
    bool showOpened(io::LoadResult result, const QString &path);
    /// Says a file cannot be opened: its errors kept as lastError(), the first shown in a
    /// message box (not on the offscreen platform or when a prompt stands in for dialogs).
    void showCannotOpen(const QString &title, const QString &path, const model::Problems &problems);
    bool restoreRecovered(const QString &recoveryPath, const QString &originalPath, QString *error);
    void rebuildRecentMenu();
    void scheduleAutosave();
    static int autosaveIntervalSetting();
    QByteArray thumbnailPng() const;

    document::Document *mDocument;
    QGraphicsScene *mCanvas;
    QWidget *mWindow;
    std::optional<io::DesignFile> mFile;
    QString mLastError;
    Prompt mPrompt;
    QMenu *mRecentMenu = nullptr;
    std::unique_ptr<RecoveryStore> mRecovery;
    QTimer mAutosave;
    quint64 mOpenSerial = 0; ///< counts background opens; only the latest one is shown
    bool mOpening = false;
};

} // namespace archstudio::ui
