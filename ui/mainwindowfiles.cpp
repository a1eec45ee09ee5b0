// MainWindow's File menu, the title with its modified marker and opening by drag-and-drop,
// wired to the window's FileController, which does the file handling (see mainwindow.h).
#include "mainwindow.h"

#include "files/importcontroller.h"

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "export/exportdialog.h"
#include "export/printdesign.h"
#include "lesson/lessonpanel.h"

#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace archstudio::ui {

void MainWindow::createFileActions(QMenu *menu, QToolBar *toolbar)
{
    QAction *create = addAction(menu, QStringLiteral("new"), tr("&New"), QKeySequence::New, [this] {
        if (mFiles->maybeSave())
            mFiles->newDesign();
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
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
              [this] { mFiles->newFromTemplateWithDialog(); });
    QAction *open = addAction(menu, QStringLiteral("open"), tr("&Open…"), QKeySequence::Open,
                              [this] { mFiles->openWithDialog(); });
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    QMenu *recent = menu->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    mFiles->setRecentMenu(recent);
    QMenu *import = menu->addMenu(tr("&Import"));
    import->setObjectName(QStringLiteral("importMenu"));
    addAction(import, QStringLiteral("importTerraform"), tr("&Terraform Plan…"), {},
              [this] { mImports->importWithDialog(ImportController::Source::TerraformPlan); });
    addAction(import, QStringLiteral("importDrawio"), tr("&diagrams.net Diagram…"), {},
              [this] { mImports->importWithDialog(ImportController::Source::DrawioDiagram); });
    menu->addSeparator();
    QAction *saveAction = addAction(menu, QStringLiteral("save"), tr("&Save"), QKeySequence::Save,
                                    [this] { mFiles->save(); });
    saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    addAction(menu, QStringLiteral("saveAs"), tr("Save &As…"), QKeySequence::SaveAs,
              [this] { mFiles->saveAsWithDialog(); });
    addAction(menu, QStringLiteral("revert"), tr("Re&vert to Saved"), {},
              [this] { mFiles->revert(); });
    addAction(menu, QStringLiteral("compareWithFile"), tr("Compare &with File…"), {},
              [this] { mVariants->compareWithFileDialog(); });
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
    addAction(menu, QStringLiteral("close"), tr("&Close Window"), QKeySequence::Close,
              [this] { this->close(); });
    addAction(menu, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit,
              [] { QApplication::closeAllWindows(); });
    toolbar->addAction(create);
    toolbar->addAction(open);
    toolbar->addAction(saveAction);
}

void MainWindow::connectFiles()
{
    connect(mFiles, &FileController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(mImports, &ImportController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(mFiles, &FileController::fileChanged, this, &MainWindow::updateTitle);
    connect(mFiles, &FileController::designLoaded, this, [this] {
        mLessonPanel->setCurrent(-1); // openLessonItem marks its exercise after this
        updateTitle();
        // Fit once the window has its size: a window not yet shown has a default-sized view.
        mView->zoomToFit();
        QTimer::singleShot(0, mView, &DiagramView::zoomToFit);
    });
    connect(mFiles, &FileController::lessonPackOpened, this, &MainWindow::showLessonPack);
    connect(mFiles, &FileController::openingStarted, this, &MainWindow::showOpening);
    // Back to what the design on screen is: its own figures.
    connect(mFiles, &FileController::openingAbandoned, this,
            [this] { showEvaluation(mScheduler->latestEvaluation()); });
    connect(mView, &DiagramView::filesDropped, this,
            [this](const QStringList &paths) { openFileInBackground(paths.first()); });
}

void MainWindow::setPrompt(const Prompt &prompt)
{
    mFiles->setPrompt(prompt);
    mVariants->setPrompt(prompt);
    mImports->setPrompt(prompt);
}

int MainWindow::offerRecovery()
{
    return mFiles->offerRecovery([this] {
        auto *window = new MainWindow(mKinds);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setPrompt(mFiles->prompt());
        window->show();
        return window->files();
    });
}

void MainWindow::updateTitle()
{
    // The file first, as people find it on disk ("orders.archstudio"), then the design's own
    // name where it says more; [*] is where Qt shows the modified marker.
    const QString name = mDocument->design().name;
    QString title;
    if (!mFiles->designFile()) {
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

} // namespace archstudio::ui
