// The Analysis and Variant menus: failure playback, Monte Carlo, what-if load and variants.

#include "mainwindow.h"

#include "analysis/failureplayback.h"
#include "analysis/loadchartpanel.h"
#include "analysis/loadfactorcontrol.h"
#include "analysis/montecarlodialog.h"
#include "analysis/variantcomparison.h"
#include "canvas/diagramscene.h"

#include "core/document/commands/variantcommand.h"
#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "core/model/variants.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

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
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { compareVariants(); });

    mVariantMenu = variant;
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr(" Variant: "), this));
    mVariantCombo = new QComboBox(this);
    mVariantCombo->setObjectName(QStringLiteral("variantCombo"));
    mVariantCombo->setAccessibleName(tr("Variant"));
    mVariantCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(mVariantCombo);
    connect(mVariantCombo, &QComboBox::activated, this,
            [this](int index) { switchVariant(mVariantCombo->itemText(index)); });
    connect(mDocument, &document::Document::changed, this, &MainWindow::updateVariantControls);
    connect(mDocument, &document::Document::designReplaced, this,
            &MainWindow::updateVariantControls);
    updateVariantControls();
}

void MainWindow::updateVariantControls()
{
    const model::Design &design = mDocument->design();
    QStringList names = model::variantNames(design);
    // An exercise's model answer stays out of sight until the student asks for it.
    if (design.exercise && !mModelAnswerRevealed &&
        design.variantName != model::kModelAnswerVariant)
        names.removeAll(model::kModelAnswerVariant);
    {
        const QSignalBlocker block(mVariantCombo);
        mVariantCombo->clear();
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        mVariantCombo->addItems(sorted);
        mVariantCombo->setCurrentText(design.variantName);
    }
    // Rebuilt on every change: the old entries go with their shortcuts, or each edit would
    // leave three more actions behind, two of them holding a shortcut.
    qDeleteAll(mVariantMenu->actions());
    qDeleteAll(mVariantMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    mVariantMenu->clear();
    addAction(mVariantMenu, QStringLiteral("newVariant"), tr("&New Variant from Current…"),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), [this] { askNewVariant(); });
    addAction(mVariantMenu, QStringLiteral("renameVariant"), tr("&Rename Variant…"), {},
              [this] { askRenameVariant(); });
    addAction(mVariantMenu, QStringLiteral("deleteVariant"), tr("&Delete Variant"), {}, [this] {
        askDeleteVariant();
    })->setEnabled(names.size() > 1);
    mVariantMenu->addSeparator();
    auto *group = new QActionGroup(mVariantMenu);
    for (const QString &name : names) {
        QAction *a = mVariantMenu->addAction(name, this, [this, name] { switchVariant(name); });
        a->setCheckable(true);
        a->setChecked(name == design.variantName);
        group->addAction(a);
    }
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

bool MainWindow::revealModelAnswer()
{
    if (!model::variantNames(mDocument->design()).contains(model::kModelAnswerVariant))
        return false;
    const QString question =
        tr("Show the model answer? It replaces your design on the canvas; your design stays as "
           "the variant %1, one undo step away.")
            .arg(mDocument->design().variantName);
    const bool yes =
        mPrompt ? mPrompt(question) == QMessageBox::Yes
                : QMessageBox::question(this, tr("Model answer"), question) == QMessageBox::Yes;
    if (!yes)
        return false;
    mModelAnswerRevealed = true;
    updateVariantControls();
    return switchVariant(model::kModelAnswerVariant);
}

bool MainWindow::switchVariant(const QString &name)
{
    if (name == mDocument->design().variantName)
        return true;
    std::optional<model::Design> after = model::withVariantActive(mDocument->design(), name);
    if (!after)
        return false;
    mDocument->undoStack()->push(new document::VariantCommand(
        mDocument, tr("Switch to Variant %1").arg(name), std::move(*after)));
    return true;
}

void MainWindow::newVariantFromCurrent(const QString &name)
{
    const QString unique = model::uniqueVariantName(mDocument->design(), name);
    mDocument->undoStack()->push(
        new document::VariantCommand(mDocument, tr("New Variant %1").arg(unique),
                                     model::withDuplicatedVariant(mDocument->design(), unique)));
}

bool MainWindow::renameVariant(const QString &from, const QString &to)
{
    std::optional<model::Design> after = model::withVariantRenamed(mDocument->design(), from, to);
    if (!after)
        return false;
    mDocument->undoStack()->push(new document::VariantCommand(
        mDocument, tr("Rename Variant %1 to %2").arg(from, to.trimmed()), std::move(*after)));
    return true;
}

bool MainWindow::deleteVariant(const QString &name)
{
    std::optional<model::Design> after = model::withoutVariant(mDocument->design(), name);
    if (!after)
        return false;
    mDocument->undoStack()->push(new document::VariantCommand(
        mDocument, tr("Delete Variant %1").arg(name), std::move(*after)));
    return true;
}

void MainWindow::askNewVariant()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New Variant"),
        tr("A copy of \"%1\" is kept under this name, and you edit the copy:")
            .arg(mDocument->design().variantName),
        QLineEdit::Normal, model::uniqueVariantName(mDocument->design(), tr("Variant")), &ok);
    if (ok && !name.trimmed().isEmpty())
        newVariantFromCurrent(name.trimmed());
}

void MainWindow::askRenameVariant()
{
    const QString from = mDocument->design().variantName;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename Variant"), tr("Name:"),
                                             QLineEdit::Normal, from, &ok);
    if (ok && !renameVariant(from, to) && to.trimmed() != from)
        statusBar()->showMessage(tr("\"%1\" is empty or names another variant").arg(to), 6000);
}

void MainWindow::askDeleteVariant()
{
    const QString name = mDocument->design().variantName;
    const QMessageBox::StandardButton answer =
        mPrompt ? mPrompt(tr("Delete variant \"%1\"?").arg(name))
                : QMessageBox::question(this, tr("Delete Variant"),
                                        tr("Delete variant \"%1\"? You can undo this.").arg(name));
    if (answer == QMessageBox::Yes)
        deleteVariant(name);
}

void MainWindow::showMonteCarlo()
{
    auto *dialog = new MonteCarloDialog(mDocument->design(), mKinds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::compareVariants()
{
    if (mDocument->design().otherVariants.isEmpty()) {
        statusBar()->showMessage(tr("This design has one variant: Variant › New Variant from "
                                    "Current makes another to compare with"),
                                 8000);
        return;
    }
    auto *dialog =
        new VariantComparison(mDocument->design(), mKinds, mScheduler->scenario().loadFactor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace archstudio::ui
