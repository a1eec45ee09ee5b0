#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace archstudio::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 32, 32, 32);
    mTitle = new QLabel(central);
    mTitle->setObjectName(QStringLiteral("designName"));
    QFont titleFont = mTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    mTitle->setFont(titleFont);
    mTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mSummary = new QLabel(central);
    mSummary->setObjectName(QStringLiteral("designSummary"));
    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mTitle);
    layout->addWidget(mSummary);
    layout->addStretch(1);
    setCentralWidget(central);

    createActions();
    resize(1100, 720);
    updateView();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ArchStudio"), this, [this] {
        QMessageBox::about(this, tr("About ArchStudio"),
                           tr("<b>ArchStudio %1</b><p>Design cloud data tiers and see their cost, "
                              "latency, availability, RTO and RPO.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::openWithDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open design"), QFileInfo(mPath).absolutePath(),
                                     tr("ArchStudio designs (*.archstudio *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    io::LoadResult result = io::loadDesignFile(path);
    if (!result.file) {
        QStringList lines;
        for (const model::Problem &p : result.problems) {
            if (p.isError())
                lines << p.toString();
        }
        mLastError = lines.join(QLatin1Char('\n'));
        statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()));
        QMessageBox box(QMessageBox::Critical, tr("Could not open design"),
                        tr("%1 cannot be opened.").arg(QFileInfo(path).fileName()), QMessageBox::Ok,
                        this);
        box.setDetailedText(mLastError);
        box.setInformativeText(lines.value(0));
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            box.exec();
        return false;
    }
    mLastError.clear();
    mFile = std::move(result.file);
    mPath = path;
    updateView();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::updateView()
{
    if (!mFile) {
        setWindowTitle(tr("ArchStudio"));
        mTitle->setText(tr("No design open"));
        mSummary->setText(
            tr("Open a design with File › Open (%1).")
                .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
        return;
    }
    const model::Design &design = mFile->design;
    const QString name = design.name.isEmpty() ? QFileInfo(mPath).completeBaseName() : design.name;
    setWindowTitle(tr("%1 — ArchStudio").arg(name));
    mTitle->setText(name);
    QStringList regions;
    for (const model::Region &r : design.regions)
        regions << r.code.value();
    const auto count = [](qsizetype n, const QString &one, const QString &many) {
        return (n == 1 ? one : many).arg(n);
    };
    mSummary->setText(
        tr("%1<br><br>%2 and %3 in %4.")
            .arg(design.description.toHtmlEscaped(),
                 count(design.components.size(), tr("%1 component"), tr("%1 components")),
                 count(design.links.size(), tr("%1 link"), tr("%1 links")),
                 regions.join(QStringLiteral(", ")).toHtmlEscaped()));
}

} // namespace archstudio::ui
