// The Analysis and Variant menus: failure playback, Monte Carlo and what-if load, and the
// variant controls handed to the VariantController.

#include "mainwindow.h"

#include "analysis/failureplayback.h"
#include "analysis/loadchartpanel.h"
#include "analysis/loadfactorcontrol.h"
#include "analysis/montecarlodialog.h"
#include "canvas/diagramscene.h"

#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>

namespace archstudio::ui {

void MainWindow::createAnalysisDocks()
{
    mPlayback = new FailurePlayback(mDocument, mCatalog, this);
    mPlaybackDock = new QDockWidget(tr("Failure Simulation"), this);
    mPlaybackDock->setObjectName(QStringLiteral("failureDock"));
    mPlaybackDock->setWidget(mPlayback);
    addDockWidget(Qt::BottomDockWidgetArea, mPlaybackDock);
    mPlaybackDock->hide();
    // The canvas shows a failure only while one is simulated: a closed panel has ended it,
    // so later edits, loads and variants (and the saved thumbnail) show the design whole.
    connect(mPlayback, &FailurePlayback::viewChanged, this, [this](const FailureView &view) {
        if (mPlayback->isActive())
            mScene->setFailureView(view);
        else
            mScene->clearFailureView();
    });
    connect(mPlayback, &FailurePlayback::closeRequested, mPlaybackDock, &QDockWidget::close);
    connect(mPlaybackDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // Tabbed behind another dock it is hidden but still open: only closing ends it.
        if (!visible && mPlaybackDock->isHidden())
            mPlayback->stop();
    });
    connect(mScene, &DiagramScene::failureRequested, this, &MainWindow::simulateFailure);

    mLoadChart = new LoadChartPanel(mDocument, mCatalog, this);
    mLoadChartDock = new QDockWidget(tr("What-if Load"), this);
    mLoadChartDock->setObjectName(QStringLiteral("loadDock"));
    mLoadChartDock->setWidget(mLoadChart);
    // Below the canvas, where its two charts have the width they need.
    addDockWidget(Qt::BottomDockWidgetArea, mLoadChartDock);
    mLoadChartDock->hide();
    connect(mLoadChartDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !mLoadChartDock->isFloating())
            resizeDocks({mLoadChartDock}, {height() * 2 / 5}, Qt::Vertical);
    });
}

void MainWindow::createAnalysisActions(QMenu *analysis, QMenu *variant, QToolBar *toolbar)
{
    mLoadControl = new LoadFactorControl(this);
    toolbar->addWidget(mLoadControl);
    connect(mLoadControl, &LoadFactorControl::loadFactorChanged, this, [this](double factor) {
        engine::Scenario scenario = mScheduler->scenario();
        scenario.loadFactor = factor;
        mScheduler->setScenario(scenario);
        mPlayback->setLoadFactor(factor);
        mLoadChart->setLoadFactor(factor);
        statusBar()->showMessage(tr("Evaluating at %1x today's load").arg(factor), 4000);
    });

    QAction *fail = addAction(
        analysis, QStringLiteral("simulateFailure"), tr("Simulate &Failure of Selection"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] {
            if (const auto target = mScene->failureTargetOfSelection())
                simulateFailure(*target);
            else
                statusBar()->showMessage(tr("Select one component, zone or region to fail, or "
                                            "right-click it on the canvas"),
                                         6000);
        });
    fail->setStatusTip(tr("Fail the selected component, zone or region and play back what "
                          "happens"));
    addAction(analysis, QStringLiteral("monteCarlo"), tr("&Monte Carlo…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] { showMonteCarlo(); });
    QAction *load = mLoadChartDock->toggleViewAction();
    load->setObjectName(QStringLiteral("whatIfLoad"));
    load->setText(tr("&What-if Load Chart"));
    // W for what-if: Ctrl+Shift+L arranges the canvas (View > Arrange Automatically).
    load->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    analysis->addAction(load);
    addAction(analysis, QStringLiteral("predictFigures"), tr("&Predict the Figures…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { predictFigures(); });
    analysis->addSeparator();
    addAction(analysis, QStringLiteral("compareVariants"), tr("&Compare Variants…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
              [this] { mVariants->compareVariants(); });

    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr(" Variant: "), this));
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("variantCombo"));
    combo->setAccessibleName(tr("Variant"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(combo);
    mVariants->attach(combo, variant);
    connect(mVariants, &VariantController::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::simulateFailure(const engine::FailureTarget &target)
{
    const bool wasHidden = mPlaybackDock->isHidden();
    mPlaybackDock->show();
    mPlaybackDock->raise();
    if (wasHidden) // a strip under the canvas, not half the window
        resizeDocks({mPlaybackDock}, {height() / 4}, Qt::Vertical);
    mPlayback->simulate(target);
}

void MainWindow::showMonteCarlo()
{
    auto *dialog = new MonteCarloDialog(mDocument->design(), mKinds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace archstudio::ui
