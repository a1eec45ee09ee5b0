// MainWindow: presenting a design's scenes, the Scenes panel that authors them, and
// predicting the figures before they are shown (the workshop's tools).
#include "mainwindow.h"

#include "analysis/failureplayback.h"
#include "analysis/loadfactorcontrol.h"
#include "analysis/predictiondialog.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "panels/exercisepanel.h"
#include "panels/reviewpanel.h"
#include "panels/summarypanel.h"
#include "present/presentationwindow.h"
#include "present/scenespanel.h"
#include "theme.h"

#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QScreen>

namespace archstudio::ui {

void MainWindow::createScenesDock()
{
    mScenesPanel = new ScenesPanel(
        mDocument, [this] { return sceneFromView(); },
        [this] {
            // Components by id; notes by index, as a note is named only once a scene hides it.
            const document::edits::Selection selection = mScene->selection();
            QStringList keys;
            for (const model::ComponentId &id : selection.components)
                keys << model::hiddenComponentKey(id.value());
            for (qsizetype note : selection.notes)
                keys << QStringLiteral("note#%1").arg(note);
            return keys;
        },
        this);
    auto *dock = new QDockWidget(tr("Scenes"), this);
    dock->setObjectName(QStringLiteral("scenesDock"));
    dock->setWidget(mScenesPanel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->hide(); // View > Panels > Scenes, for whoever prepares a presentation
    connect(mScenesPanel, &ScenesPanel::presentRequested, this,
            [this](int scene) { present(std::max(scene, 0)); });
}

model::Scene MainWindow::sceneFromView() const
{
    model::Scene scene;
    const QRect visible = mView->viewport()->rect();
    scene.viewpoint = mView->mapToScene(visible).boundingRect();
    scene.variant = mDocument->design().variantName;
    scene.loadFactor = mLoadControl ? mLoadControl->loadFactor() : 1.0;
    if (mPlayback && mPlayback->target() && mPlayback->timeline()) {
        const engine::FailureTarget &target = *mPlayback->target();
        const std::optional<model::NoteTarget> what = model::NoteTarget::parse(target.toString());
        const auto &intervals = mPlayback->timeline()->intervals;
        const int at = mPlayback->currentInterval();
        if (what && at >= 0 && at < intervals.size())
            scene.failure =
                model::SceneFailure{*what, std::max(0.0, intervals.at(at).startSeconds)};
    }
    return scene;
}

PresentationWindow *MainWindow::present(int fromScene, bool fullScreen)
{
    auto *window =
        new PresentationWindow(mDocument->design(), mKinds, theme::isDark(QApplication::palette()));
    window->setAttribute(Qt::WA_DeleteOnClose);
    // The screen the studio is on; its size set first, for desktops whose window manager does
    // not resize a full-screen window itself.
    const QScreen *screen = this->screen();
    if (fullScreen && screen) {
        window->setGeometry(screen->geometry());
        window->showFullScreen();
    } else if (fullScreen) {
        window->showFullScreen();
    } else
        window->show();
    window->showScene(fromScene); // framed for the size it has now
    window->activateWindow();
    return window;
}

PredictionDialog *MainWindow::predictFigures()
{
    auto *dialog = new PredictionDialog([this](bool hide) { setFiguresHidden(hide); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(mScheduler, &document::EvaluationScheduler::evaluationFinished, dialog,
            &PredictionDialog::setEvaluation);
    mScheduler->requestNow(); // an estimate of the design as it is now, for the reveal
    dialog->show();
    return dialog;
}

void MainWindow::setFiguresHidden(bool hidden)
{
    if (hidden) {
        mBadgesBeforeHiding = mScene->badgesVisible();
        mScene->setBadgesVisible(false);
    } else {
        mScene->setBadgesVisible(mBadgesBeforeHiding);
    }
    // Hidden but keeping their place, so no panel or dock jumps at the reveal.
    for (QWidget *w : std::initializer_list<QWidget *>{mSummary, mReview, mExercise, mCost,
                                                       mAvailability, mRecoveryLabel}) {
        if (!w)
            continue;
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
        // Only what was shown comes back: the exercise panel stays hidden without an exercise.
        if (hidden)
            w->setProperty("shownBeforePrediction", w->isVisibleTo(w->parentWidget()));
        w->setVisible(!hidden && w->property("shownBeforePrediction").toBool());
    }
}

} // namespace archstudio::ui
