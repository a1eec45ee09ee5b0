#pragma once

#include "core/catalog/catalog.h"
#include "core/engine/evaluation.h"
#include "core/engine/kindset.h"
#include "core/engine/simulation/simulation.h"
#include "core/io/designfile.h"
#include "ui/theme.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoView;

namespace archstudio::document {
class Document;
class EvaluationScheduler;
} // namespace archstudio::document

namespace archstudio::ui {

class DiagramScene;
class DiagramView;
class FailurePlayback;
class LoadChartPanel;
class LoadFactorControl;
class InspectorWidget;
class LinkEditor;
class UserGuideWindow;
class MiniMap;
class PaletteWidget;
class RecoveryStore;
class ReviewPanel;
class ExercisePanel;
class PredictionDialog;
class PresentationWindow;
class ScenesPanel;
class LessonPanel;
class LessonPackDialog;
class SummaryPanel;

/// The studio's main window: the canvas in the centre; palette, inspector, summary, design
/// review, undo history and overview as movable docks; totals in the status bar, evaluated in
/// the background on every edit. mainwindow.cpp builds it; mainwindowactions.cpp holds the
/// menus and editing actions; mainwindowfiles.cpp the file handling, autosave and recovery.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// kinds: what the plugin manager loaded; every document of this window is read with them.
    explicit MainWindow(std::shared_ptr<const engine::KindSet> kinds, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a design, after asking about unsaved changes; on failure shows the problems and
    /// keeps the current design. Returns true when the file was opened.
    bool openFile(const QString &path);
    /// Opens a design as the studio's menus, recent files and drops do: after asking about
    /// unsaved changes, the file is read and checked on a worker thread while the window
    /// stays responsive ("Opening …" in the status bar), then shown as openFile() would (asking
    /// again if the design was edited meanwhile). done, if given, hears whether it opened;
    /// an open superseded by a later one is dropped and never answers.
    void openFileInBackground(const QString &path, const std::function<void(bool)> &done = {});
    /// Replaces the design with a new one: one region with three Availability Zones.
    void newDesign();
    /// Replaces the design with a new, untitled one from a bundled template (io::findTemplate);
    /// false when there is no template of that name.
    bool newFromTemplate(const QString &name);
    /// The start page: a blank design or a template (TemplateChooser), modal.
    void showStartPage();
    bool save();
    bool saveAs(const QString &path);
    void revert();

    const std::optional<io::DesignFile> &designFile() const { return mFile; }
    QString filePath() const;
    /// The problems of the last failed open, as shown to the user (for tests and logs).
    QString lastError() const { return mLastError; }

    document::Document *document() const { return mDocument; }
    document::EvaluationScheduler *scheduler() const { return mScheduler; }
    DiagramScene *scene() const { return mScene; }
    DiagramView *view() const { return mView; }
    PaletteWidget *paletteWidget() const { return mPalette; }
    InspectorWidget *inspector() const { return mInspector; }
    LinkEditor *linkEditor() const { return mLinkEditor; }
    RecoveryStore *recovery() const { return mRecovery.get(); }
    QAction *action(const QString &objectName) const;

    /// How the window asks "save changes?": tests answer without a modal box.
    using Prompt = std::function<QMessageBox::StandardButton(const QString &question)>;
    void setPrompt(Prompt prompt) { mPrompt = std::move(prompt); }
    /// Autosaves at most one interval after the first unsaved edit (default one minute; the
    /// setting "autosave/intervalSeconds" changes it, see docs/USER-GUIDE.md).
    void setAutosaveInterval(int milliseconds) { mAutosave.setInterval(milliseconds); }
    int autosaveInterval() const { return mAutosave.interval(); }
    /// Writes the recovery copy now, when modified (also what the timer does).
    void autosaveNow();
    /// Offers the recovery copies of studios that crashed; returns how many were reopened.
    int offerRecovery();

    /// Help > User Guide: the bundled guide in a window of its own (one per studio window).
    UserGuideWindow *showUserGuide();
    /// Applies a review finding's fix as one undoable step named after it.
    void applyFix(const engine::Patch &patch, const QString &fix);
    /// Renames the design and sets its description, as one undoable step.
    void setDesignNameAndDescription(const QString &name, const QString &description);

    // Analysis (mainwindowanalysis.cpp).
    FailurePlayback *failurePlayback() const { return mPlayback; }
    LoadChartPanel *loadChartPanel() const { return mLoadChart; }
    LoadFactorControl *loadFactorControl() const { return mLoadControl; }
    /// Fails the target and plays its timeline back on the canvas.
    void simulateFailure(const engine::FailureTarget &target);
    /// Makes the named variant the one edited, as one undoable step.
    bool switchVariant(const QString &name);
    /// Asks, then shows the exercise's model answer (the variant model::kModelAnswerVariant);
    /// false when there is none or the user declines.
    bool revealModelAnswer();
    /// Keeps a copy of the variant being edited under a new name, and edits the copy.
    void newVariantFromCurrent(const QString &name);
    bool renameVariant(const QString &from, const QString &to);
    bool deleteVariant(const QString &name);

    // Presentation (mainwindowpresent.cpp).
    /// Analysis > Predict the Figures: guesses first, the figures hidden until the reveal.
    PredictionDialog *predictFigures();
    /// Hides (or shows again) every figure of the studio: card badges, summary, review, the
    /// exercise checklist and the status bar's figures.
    void setFiguresHidden(bool hidden);

    /// View > Present: the design's scenes full screen, from the given one.
    PresentationWindow *present(int fromScene = 0, bool fullScreen = true);
    ScenesPanel *scenesPanel() const { return mScenesPanel; }
    /// The scene the studio shows now: the view, the variant, the load and the failure played.
    model::Scene sceneFromView() const;

    // Lesson packs (mainwindowlesson.cpp).
    /// Shows a lesson pack's exercises in the Lesson panel, and opens the first when the studio
    /// holds nothing of its own yet. Returns whether the pack could be read.
    bool openLessonPack(const QString &path);
    /// Makes the open pack's exercise `index` the design (asking first about unsaved changes);
    /// like a template, it is untitled, so Save asks where the student's work goes.
    bool openLessonItem(int index);
    /// File > Export Lesson Pack…; returns the dialog shown (modeless when `modal` is false).
    LessonPackDialog *exportLessonPack(bool modal = true);
    LessonPanel *lessonPanel() const { return mLessonPanel; }

    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // mainwindow.cpp
    void createDocks();
    void createScenesDock();
    void createLessonDock();
    void createStatusBar();
    void connectEvaluation();
    void showEvaluation(const engine::Evaluation &evaluation);
    void showBusy(bool busy);
    /// Says the design's first evaluation is under way (after mEvaluatingHint's delay).
    void showEvaluating();
    /// Says a file is being read, in place of the blank design's figures.
    void showOpening(const QString &fileName);
    void selectionChanged();
    void selectFromReview(const model::ComponentId &id);
    void applyTheme(theme::Choice choice);
    void restoreSettings();
    /// Starts the autosave clock when the design has unsaved edits and it is not running.
    void scheduleAutosave();
    static int autosaveIntervalSetting();
    void saveSettings();

    // mainwindowactions.cpp
    void createActions();
    void createEditActions(QMenu *menu, QToolBar *toolbar);
    void createViewActions(QMenu *menu, QToolBar *toolbar);
    QAction *addAction(QMenu *menu, const QString &name, const QString &text,
                       const QKeySequence &shortcut, const std::function<void()> &slot);
    void addPaletteEntryAtCentre(const QString &entry);
    void renameSelection();
    /// Edit > Add Note: a callout to the one component, zone or region selected, else a note
    /// in the middle of the view.
    void addNoteForSelection();
    void editDesignProperties();

    // mainwindowanalysis.cpp
    void createAnalysisDocks();
    void createAnalysisActions(QMenu *analysis, QMenu *variant, QToolBar *toolbar);
    void updateVariantControls();
    void showMonteCarlo();
    void compareVariants();
    void askNewVariant();
    void askRenameVariant();
    void askDeleteVariant();

    // mainwindowfiles.cpp
    void createFileActions(QMenu *menu, QToolBar *toolbar);
    bool maybeSave();
    void openWithDialog();
    bool saveAsWithDialog();
    /// Shows a read file, or its problems; returns whether it opened.
    bool showOpened(io::LoadResult result, const QString &path);
    /// Says a file cannot be opened: its errors kept as lastError(), the first shown in a
    /// message box (not on the offscreen platform or when a prompt stands in for dialogs).
    void showCannotOpen(const QString &title, const QString &path, const model::Problems &problems);
    /// Makes a read file the document's design; its layout is complete (loadLaidOut).
    void loadIntoDocument(io::DesignFile file, const QString &path);
    bool restoreRecovered(const QString &recoveryPath, const QString &originalPath, QString *error);
    void updateTitle();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    QByteArray thumbnailPng() const;

    std::optional<io::DesignFile> mFile;
    QString mLastError;
    std::shared_ptr<const engine::KindSet> mKinds;
    catalog::Catalog mCatalog;
    document::Document *mDocument = nullptr;
    document::EvaluationScheduler *mScheduler = nullptr;
    DiagramScene *mScene = nullptr;
    DiagramView *mView = nullptr;
    PaletteWidget *mPalette = nullptr;
    InspectorWidget *mInspector = nullptr;
    LinkEditor *mLinkEditor = nullptr;
    QStackedWidget *mInspectorStack = nullptr;
    SummaryPanel *mSummary = nullptr;
    ReviewPanel *mReview = nullptr;
    ExercisePanel *mExercise = nullptr;
    ScenesPanel *mScenesPanel = nullptr;
    LessonPanel *mLessonPanel = nullptr;
    QDockWidget *mLessonDock = nullptr;
    bool mBadgesBeforeHiding = true;
    QDockWidget *mExerciseDock = nullptr;
    bool mModelAnswerRevealed = false; ///< the exercise's model answer shows among the variants
    QUndoView *mUndoView = nullptr;
    MiniMap *mMiniMap = nullptr;
    QLabel *mCost = nullptr;
    QLabel *mAvailability = nullptr;
    QLabel *mRecoveryLabel = nullptr;
    QLabel *mZoomLabel = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    FailurePlayback *mPlayback = nullptr;
    QDockWidget *mPlaybackDock = nullptr;
    LoadChartPanel *mLoadChart = nullptr;
    QDockWidget *mLoadChartDock = nullptr;
    LoadFactorControl *mLoadControl = nullptr;
    QComboBox *mVariantCombo = nullptr;
    QMenu *mVariantMenu = nullptr;
    theme::Choice mTheme = theme::Choice::System;
    std::unique_ptr<RecoveryStore> mRecovery;
    QTimer mAutosave;
    Prompt mPrompt;
    QPointer<UserGuideWindow> mUserGuide;
    /// No evaluation of the design on screen has arrived yet (after New, Open, recovery).
    bool mAwaitingFirstEvaluation = true;
    QTimer mEvaluatingHint;
    quint64 mOpenSerial = 0; ///< counts background opens; only the latest one is shown
    /// A file is being read into a blank studio; its placeholders stay until it is shown.
    bool mOpening = false;
};

} // namespace archstudio::ui
