// MainWindow: lesson packs, several exercises in one file (docs/TEACHING.md, "Lesson packs"):
// the Lesson panel that lists them, opening one to work on, and exporting a pack.
#include "mainwindow.h"

#include "lesson/lessonpackdialog.h"
#include "lesson/lessonpanel.h"

#include "core/document/document.h"
#include "core/io/lessonpack.h"
#include "core/render/autolayout.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QStatusBar>

namespace archstudio::ui {

void MainWindow::createLessonDock()
{
    mLessonPanel = new LessonPanel(this);
    mLessonDock = new QDockWidget(tr("Lesson"), this);
    mLessonDock->setObjectName(QStringLiteral("lessonDock"));
    mLessonDock->setWidget(mLessonPanel);
    addDockWidget(Qt::LeftDockWidgetArea, mLessonDock);
    mLessonDock->hide(); // shown when a lesson pack is opened
    connect(mLessonPanel, &LessonPanel::openRequested, this, &MainWindow::openLessonItem);
}

void MainWindow::showLessonPack(const io::LessonPack &pack, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    // A studio with nothing of its own (just started, or an untouched new design) goes
    // straight to the first exercise; otherwise the list waits for the user's choice.
    const bool blank = filePath().isEmpty() && !mDocument->isModified() &&
                       mDocument->design().components.isEmpty();
    mLessonPanel->setPack(pack, path);
    if (!mLessonDock->isVisible()) {
        mLessonDock->show();
        // Wide enough for an exercise's title beside the palette's column.
        resizeDocks({mLessonDock}, {300}, Qt::Horizontal);
    }
    mLessonDock->raise();
    statusBar()->showMessage(
        tr("Opened the lesson pack %1: %2 exercises").arg(name).arg(pack.items.size()), 5000);
    if (blank)
        openLessonItem(0);
}

bool MainWindow::openLessonItem(int index)
{
    const io::LessonPack &pack = mLessonPanel->pack();
    if (index < 0 || index >= pack.items.size() || !mFiles->maybeSave())
        return false;
    io::DesignFile file;
    file.design = pack.items.at(index).design;
    file.design.layout = render::completeLayout(file.design, mKinds->schemas());
    mFiles->load(std::move(file), QString());
    mLessonPanel->setCurrent(index);
    statusBar()->showMessage(tr("Exercise %1 of %2: %3")
                                 .arg(index + 1)
                                 .arg(pack.items.size())
                                 .arg(pack.items.at(index).title(index)),
                             5000);
    return true;
}

LessonPackDialog *MainWindow::exportLessonPack(bool modal)
{
    io::LessonPack pack = mLessonPanel->pack();
    if (pack.items.isEmpty() && mDocument->design().exercise)
        pack.items.append({{}, mDocument->design()}); // a lesson starts from what is open
    auto *dialog =
        new LessonPackDialog(std::move(pack), mDocument->design(), mDocument->sharedKinds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(
            tr("Saved the lesson pack %1").arg(QFileInfo(dialog->savedPath()).fileName()), 5000);
        mFiles->addRecentFile(dialog->savedPath());
    });
    if (modal)
        dialog->open();
    else
        dialog->show();
    return dialog;
}

} // namespace archstudio::ui
