#pragma once

#include "core/catalog/catalog.h"
#include "core/engine/evaluation.h"
#include "core/engine/kindset.h"
#include "core/engine/simulation/simulation.h"
#include "ui/files/filecontroller.h"
#include "ui/theme.h"
#include "ui/variants/variantcontroller.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
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
class ImportController;
class LoadChartPanel;
class LoadFactorControl;
class InspectorWidget;
class LinkEditor;
class UserGuideWindow;
class MiniMap;
class PaletteWidget;
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
/// menus and editing actions; mainwindowfiles.cpp wires the File menu to its FileController
/// (open, save, recent files, autosave, recovery); the Variant menu and box are its
/// VariantController's.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// kinds: what the plugin manager loaded; every document of this window is read with them.
    explicit MainWindow(std::shared_ptr<const engine::KindSet> kinds, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The file side of the window: open, save, recent files, autosave and recovery.
    FileController *files() const { return mFiles; }
    VariantController *variants() const { return mVariants; }
    ImportController *imports() const { return mImports; }

    // The file and variant actions most callers need, as the controllers do them.
    bool openFile(const QString &path) { return mFiles->openFile(path); }
    void openFileInBackground(const QString &path, const std::function<void(bool)> &done = {})
    {
        mFiles->openFileInBackground(path, done);
    }
    void newDesign() { mFiles->newDesign(); }
    bool newFromTemplate(const QString &name) { return mFiles->newFromTemplate(name); }
    void showStartPage() { mFiles->showStartPage(); }
    bool saveAs(const QString &path) { return mFiles->saveAs(path); }
    QString filePath() const { return mFiles->filePath(); }
    QString lastError() const { return mFiles->lastError(); }
    bool switchVariant(const QString &name) { return mVariants->switchVariant(name); }
    bool revealModelAnswer() { return mVariants->revealModelAnswer(); }
    void newVariantFromCurrent(const QString &name) { mVariants->newVariantFromCurrent(name); }
    bool renameVariant(const QString &from, const QString &to)
    {
        return mVariants->renameVariant(from, to);
    }
    bool deleteVariant(const QString &name) { return mVariants->deleteVariant(name); }
    /// Offers the recovery copies of studios that crashed; returns how many were reopened.
    int offerRecovery();
    /// Closes the window (asking about unsaved work first) and starts the studio again on the
    /// design's file: View > Language takes effect on a restart.
    void restart();
    /// Answers the questions of the window and its controllers (tests: no modal box).
    void setPrompt(const Prompt &prompt);

    document::Document *document() const { return mDocument; }
    document::EvaluationScheduler *scheduler() const { return mScheduler; }
    DiagramScene *scene() const { return mScene; }
    DiagramView *view() const { return mView; }
    PaletteWidget *paletteWidget() const { return mPalette; }
    InspectorWidget *inspector() const { return mInspector; }
    LinkEditor *linkEditor() const { return mLinkEditor; }
    QAction *action(const QString &objectName) const;

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
    bool openLessonPack(const QString &path) { return mFiles->openLessonPack(path); }
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
    void showMonteCarlo();

    // mainwindowfiles.cpp
    void createFileActions(QMenu *menu, QToolBar *toolbar);
    void connectFiles();
    void updateTitle();

    // mainwindowlesson.cpp
    void showLessonPack(const io::LessonPack &pack, const QString &path);

    std::shared_ptr<const engine::KindSet> mKinds;
    catalog::Catalog mCatalog;
    document::Document *mDocument = nullptr;
    document::EvaluationScheduler *mScheduler = nullptr;
    FileController *mFiles = nullptr;
    VariantController *mVariants = nullptr;
    ImportController *mImports = nullptr;
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
    QUndoView *mUndoView = nullptr;
    MiniMap *mMiniMap = nullptr;
    QLabel *mCost = nullptr;
    QLabel *mAvailability = nullptr;
    QLabel *mRecoveryLabel = nullptr;
    QLabel *mZoomLabel = nullptr;
    QMenu *mViewMenu = nullptr;
    FailurePlayback *mPlayback = nullptr;
    QDockWidget *mPlaybackDock = nullptr;
    LoadChartPanel *mLoadChart = nullptr;
    QDockWidget *mLoadChartDock = nullptr;
    LoadFactorControl *mLoadControl = nullptr;
    theme::Choice mTheme = theme::Choice::System;
    QPointer<UserGuideWindow> mUserGuide;
    /// No evaluation of the design on screen has arrived yet (after New, Open, recovery).
    bool mAwaitingFirstEvaluation = true;
    QTimer mEvaluatingHint;
};

} // namespace archstudio::ui
