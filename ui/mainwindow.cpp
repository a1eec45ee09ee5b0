#include "mainwindow.h"
#include "core/engine/kindset.h"

#include "analysis/failureplayback.h"
#include "analysis/loadchartpanel.h"
#include "analysis/loadfactorcontrol.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/linkitem.h"
#include "canvas/minimap.h"
#include "canvas/palettewidget.h"
#include "files/importcontroller.h"
#include "inspector/inspectorwidget.h"
#include "inspector/linkeditor.h"
#include "lesson/lessonpanel.h"
#include "panels/exercisepanel.h"
#include "panels/reviewpanel.h"
#include "panels/summarypanel.h"
#include "recoverystore.h"

#include "core/catalog/catalogfile.h"
#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "core/model/kindregistry.h"
#include "core/render/figureformat.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QUndoView>

namespace archstudio::ui {

MainWindow::MainWindow(std::shared_ptr<const engine::KindSet> kinds, QWidget *parent)
    : QMainWindow(parent), mKinds(std::move(kinds)), mCatalog(mKinds->catalog())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    mDocument = new document::Document(mKinds, this);
    mScheduler = new document::EvaluationScheduler(mDocument, mCatalog, this);
    mScheduler->setDebounceInterval(60);

    mScene = new DiagramScene(this);
    mScene->setCatalog(mCatalog);
    mScene->setDocument(mDocument);
    mView = new DiagramView(mScene, this);
    setCentralWidget(mView);
    mFiles = new FileController(mDocument, mScene, this);
    mVariants = new VariantController(mDocument, mScheduler, this);
    mImports = new ImportController(mFiles, mDocument, this);

    createDocks();
    createAnalysisDocks();
    createStatusBar();
    createActions();
    connectEvaluation();
    connectFiles();

    connect(mScene, &QGraphicsScene::selectionChanged, this, &MainWindow::selectionChanged);
    connect(mScene, &DiagramScene::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(mDocument->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &document::Document::changed, this, &MainWindow::updateTitle);

    resize(1440, 900);
    restoreSettings();
    updateTitle();
    showBusy(mScheduler->isBusy());
}

MainWindow::~MainWindow()
{
    // The scheduler signals while it is torn down; it must go while this window is whole.
    delete mScheduler;
    mScheduler = nullptr;
    // The controllers follow the document, which goes with the window's other children.
    delete mVariants;
    mVariants = nullptr;
    delete mFiles;
    mFiles = nullptr;
    // Children announce changes as they are torn down (the scene its selection, the undo stack
    // its clean state); this window, already half gone, must not hear them.
    // The analysis docks hide as they go, and say so.
    for (QObject *sender : std::initializer_list<QObject *>{
             mScene, mDocument, mDocument->undoStack(), mView, mPlaybackDock, mLoadChartDock,
             mPlayback, mLoadChart, mLoadControl})
        disconnect(sender, nullptr, this, nullptr);
}

void MainWindow::createDocks()
{
    const auto dock = [this](QWidget *widget, const QString &name, const QString &title,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    mPalette = new PaletteWidget(mKinds->schemas(), this);
    connect(mPalette, &PaletteWidget::entryActivated, this, &MainWindow::addPaletteEntryAtCentre);
    QDockWidget *palette =
        dock(mPalette, QStringLiteral("paletteDock"), tr("Palette"), Qt::LeftDockWidgetArea);

    mMiniMap = new MiniMap(mView, this);
    QDockWidget *overview =
        dock(mMiniMap, QStringLiteral("overviewDock"), tr("Overview"), Qt::LeftDockWidgetArea);
    Q_UNUSED(overview);
    Q_UNUSED(palette);

    // The inspector shows the selected component, or the selected link.
    mInspector = new InspectorWidget(this);
    mInspector->setCatalog(mCatalog);
    mInspector->setDocument(mDocument);
    mLinkEditor = new LinkEditor(this);
    mLinkEditor->setDocument(mDocument);
    mInspectorStack = new QStackedWidget(this);
    mInspectorStack->addWidget(mInspector);
    mInspectorStack->addWidget(mLinkEditor);
    QDockWidget *inspector = dock(mInspectorStack, QStringLiteral("inspectorDock"), tr("Inspector"),
                                  Qt::RightDockWidgetArea);

    mSummary = new SummaryPanel(this);
    QDockWidget *summary =
        dock(mSummary, QStringLiteral("summaryDock"), tr("Summary"), Qt::RightDockWidgetArea);

    mReview = new ReviewPanel(this);
    connect(mReview, &ReviewPanel::componentActivated, this, &MainWindow::selectFromReview);
    connect(mReview, &ReviewPanel::fixRequested, this, &MainWindow::applyFix);
    QDockWidget *review =
        dock(mReview, QStringLiteral("reviewDock"), tr("Design review"), Qt::RightDockWidgetArea);

    // Shown only while the design is an exercise.
    mExercise = new ExercisePanel(this);
    mExerciseDock =
        dock(mExercise, QStringLiteral("exerciseDock"), tr("Exercise"), Qt::RightDockWidgetArea);
    mExerciseDock->hide();
    connect(mExercise, &ExercisePanel::revealRequested, mVariants,
            &VariantController::revealModelAnswer);

    createScenesDock();
    createLessonDock();

    mUndoView = new QUndoView(mDocument->undoStack(), this);
    mUndoView->setObjectName(QStringLiteral("undoView"));
    mUndoView->setEmptyLabel(tr("<opened design>"));
    QDockWidget *history =
        dock(mUndoView, QStringLiteral("historyDock"), tr("History"), Qt::RightDockWidgetArea);

    tabifyDockWidget(inspector, history);
    tabifyDockWidget(summary, review);
    inspector->raise();
    summary->raise();
    resizeDocks({palette, inspector}, {220, 360}, Qt::Horizontal);
}

void MainWindow::createStatusBar()
{
    // Totals of the last evaluation, kept while a newer one runs (marked as updating).
    mCost = new QLabel(this);
    mCost->setObjectName(QStringLiteral("totalCost"));
    mAvailability = new QLabel(this);
    mAvailability->setObjectName(QStringLiteral("worstAvailability"));
    mRecoveryLabel = new QLabel(this);
    mRecoveryLabel->setObjectName(QStringLiteral("worstRecovery"));
    mZoomLabel = new QLabel(this);
    mZoomLabel->setObjectName(QStringLiteral("zoomLevel"));
    for (QLabel *label : {mCost, mAvailability, mRecoveryLabel, mZoomLabel}) {
        label->setContentsMargins(10, 0, 10, 0);
        statusBar()->addPermanentWidget(label);
    }
    const auto showZoom = [this](qreal zoom) {
        mZoomLabel->setText(QStringLiteral("%1%").arg(qRound(zoom * 100)));
    };
    connect(mView, &DiagramView::zoomChanged, this, showZoom);
    showZoom(mView->zoom());
}

void MainWindow::connectEvaluation()
{
    mEvaluatingHint.setSingleShot(true);
    mEvaluatingHint.setInterval(250);
    connect(&mEvaluatingHint, &QTimer::timeout, this, &MainWindow::showEvaluating);
    connect(mDocument, &document::Document::designReplaced, this, [this] {
        mAwaitingFirstEvaluation = true;
        showBusy(true); // its evaluation is on its way
    });
    connect(mScheduler, &document::EvaluationScheduler::evaluationFinished, this,
            [this](const engine::Evaluation &evaluation) { showEvaluation(evaluation); });
    connect(mScheduler, &document::EvaluationScheduler::busyChanged, this, &MainWindow::showBusy);
}

void MainWindow::showOpening(const QString &fileName)
{
    mCost->setText(tr("Opening %1…").arg(fileName));
    mAvailability->setText(QString());
    mRecoveryLabel->setText(QString());
    mSummary->showOpening(fileName);
}

void MainWindow::showEvaluation(const engine::Evaluation &e)
{
    if (mFiles->isOpening())
        return; // the blank design's figures while a file is read: not worth showing
    mAwaitingFirstEvaluation = false;
    mEvaluatingHint.stop();
    mScene->setEvaluation(e);
    mSummary->setEvaluation(e, mDocument->design());
    mReview->setEvaluation(e, mDocument->design());
    const bool isExercise = mDocument->design().exercise.has_value();
    if (isExercise != mExerciseDock->isVisible()) {
        mExerciseDock->setVisible(isExercise);
        if (isExercise) // room for the brief and the checklist, not a sliver
            resizeDocks({mExerciseDock}, {height() * 2 / 5}, Qt::Vertical);
    }
    mExercise->check(mDocument->design(), mKinds, e);

    mCost->setText(
        render::markUnpriced(tr("%1 a month").arg(render::fullUsd(e.totals.monthlyCostUsd)),
                             e.totals.unpricedComponents));
    if (!engine::anyOperationServed(e)) {
        // Availability and recovery are a workload's: without one that depends on something,
        // there is nothing to say (not "100%").
        mAvailability->setText(e.workloads.isEmpty()
                                   ? tr("Availability —  ·  add a workload")
                                   : tr("Availability —  ·  no workload is linked to a store"));
        mAvailability->setToolTip(QString());
        mRecoveryLabel->setText(tr("Worst RTO —  ·  RPO —"));
        showBusy(mScheduler->isBusy());
        return;
    }
    mCost->setToolTip(tr("Estimated monthly cost of every component, data transfer included"));
    const double modelled = e.totals.availability.modelled;
    mAvailability->setText(tr("Availability %1  ·  SLA floor %2")
                               .arg(render::availabilityPercent(modelled),
                                    render::availabilityPercent(e.totals.availability.slaFloor)));
    mAvailability->setToolTip(tr("The worst workload operation: about %1 of downtime a month")
                                  .arg(render::downtimePerMonth(modelled)));
    mRecoveryLabel->setText(tr("Worst RTO %1  ·  RPO %2")
                                .arg(render::duration(e.totals.worstRtoSeconds),
                                     render::duration(e.totals.worstRpoSeconds)));
    showBusy(mScheduler->isBusy());
}

void MainWindow::showEvaluating()
{
    if (!mAwaitingFirstEvaluation || !mScheduler->isBusy() || mFiles->isOpening())
        return;
    mCost->setText(tr("Evaluating…"));
    mAvailability->setText(QString());
    mRecoveryLabel->setText(QString());
    mSummary->showEvaluating(mDocument->design().name);
}

void MainWindow::showBusy(bool busy)
{
    // The first evaluation of a design has no figures to show yet (those on screen are of
    // another design, or none): past a moment, say it is under way rather than show $0.00
    // and dashes. A small design's figures come before, with no flicker.
    if (busy && mAwaitingFirstEvaluation && !mEvaluatingHint.isActive())
        mEvaluatingHint.start();
    // Old figures stay in place while new ones are computed, greyed as out of date.
    const bool stale = busy;
    for (QLabel *label : {mCost, mAvailability, mRecoveryLabel})
        label->setEnabled(!stale);
    mScene->setUpdating(stale);
    mSummary->setUpdating(stale);
    mReview->setUpdating(stale);
}

void MainWindow::selectionChanged()
{
    const QList<model::ComponentId> selected = mScene->selectedComponents();
    const QList<QGraphicsItem *> items = mScene->selectedItems();
    if (selected.isEmpty() && items.size() == 1 && items.first()->type() == LinkItem::Type) {
        mLinkEditor->showLink(static_cast<LinkItem *>(items.first())->linkIndex());
        mInspectorStack->setCurrentWidget(mLinkEditor);
        return;
    }
    mInspectorStack->setCurrentWidget(mInspector);
    if (selected.size() == 1)
        mInspector->showComponent(selected.first());
    else
        mInspector->clear();
}

void MainWindow::selectFromReview(const model::ComponentId &id)
{
    mScene->selectComponents({id});
    mView->centreOnSelection();
    mView->setFocus();
}

void MainWindow::applyTheme(theme::Choice choice)
{
    mTheme = choice;
    theme::apply(choice);
    mScene->setCardColours(theme::cardColours(QApplication::palette()));
    mView->setBackgroundBrush(QApplication::palette().base());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && mScene) {
        mScene->setCardColours(theme::cardColours(palette()));
        mView->setBackgroundBrush(palette().base());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    mLessonDock->setVisible(mLessonPanel->hasPack()); // where it was, but only with a pack
    mScene->setBadgesVisible(settings.value(QStringLiteral("view/badges"), true).toBool());
    mScene->setSnapToGrid(settings.value(QStringLiteral("view/snap"), true).toBool());
    const theme::Choice choice =
        theme::choiceFromName(settings.value(QStringLiteral("view/theme")).toString());
    if (choice != theme::Choice::System)
        applyTheme(choice);
    else
        mScene->setCardColours(theme::cardColours(palette()));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/badges"), mScene->badgesVisible());
    settings.setValue(QStringLiteral("view/snap"), mScene->snapToGrid());
    settings.setValue(QStringLiteral("view/theme"), theme::choiceName(mTheme));
}

void MainWindow::restart()
{
    if (!close())
        return;
    // Read after closing: saving on the way out may have given an untitled design its file.
    QStringList arguments;
    if (!filePath().isEmpty())
        arguments << filePath();
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mFiles->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    mFiles->recovery()->discard();
    event->accept();
}

} // namespace archstudio::ui
