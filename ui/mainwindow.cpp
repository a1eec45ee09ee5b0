#include "mainwindow.h"

#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "core/engine/availabilityalgebra.h"

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

    // Totals of the last evaluation, kept while a newer one runs (marked as updating).
    mCost = new QLabel(this);
    mCost->setObjectName(QStringLiteral("totalCost"));
    mAvailability = new QLabel(this);
    mAvailability->setObjectName(QStringLiteral("worstAvailability"));
    mRecovery = new QLabel(this);
    mRecovery->setObjectName(QStringLiteral("worstRecovery"));
    for (QLabel *label : {mCost, mAvailability, mRecovery}) {
        label->setContentsMargins(12, 0, 12, 0);
        statusBar()->addPermanentWidget(label);
    }

    mDocument = new document::Document(this);
    mScheduler = new document::EvaluationScheduler(mDocument, catalog::bundledCatalog(), this);
    connect(mScheduler, &document::EvaluationScheduler::evaluationFinished, this,
            [this](const engine::Evaluation &evaluation) { showEvaluation(evaluation); });
    connect(mScheduler, &document::EvaluationScheduler::busyChanged, this, &MainWindow::showBusy);

    createActions();
    resize(1100, 720);
    updateView();
}

MainWindow::~MainWindow()
{
    // The scheduler signals while it is torn down; it must go while this window is whole.
    delete mScheduler;
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
    mDocument->setDesign(mFile->design);
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

namespace archstudio::ui {

void MainWindow::showEvaluation(const engine::Evaluation &e)
{
    const QLocale locale;
    mCost->setText(tr("$%1 a month").arg(locale.toString(e.totals.monthlyCostUsd, 'f', 2)));
    mCost->setToolTip(tr("Estimated monthly cost of every component, data transfer included"));
    const double modelled = e.totals.availability.modelled;
    mAvailability->setText(tr("Availability %1%  ·  SLA floor %2%")
                               .arg(modelled * 100.0, 0, 'f', 4)
                               .arg(e.totals.availability.slaFloor * 100.0, 0, 'f', 4));
    mAvailability->setToolTip(
        tr("The worst workload operation: modelled %1 min of downtime a month")
            .arg(engine::downtimeMinutesPerMonth(modelled), 0, 'f', 1));
    mRecovery->setText(tr("Worst RTO %1 s  ·  RPO %2 s")
                           .arg(e.totals.worstRtoSeconds)
                           .arg(e.totals.worstRpoSeconds));
    showBusy(mScheduler->isBusy());
}

void MainWindow::showBusy(bool busy)
{
    // Old figures stay in place while new ones are computed, greyed as out of date.
    for (QLabel *label : {mCost, mAvailability, mRecovery})
        label->setEnabled(!busy || !mScheduler->hasEvaluation());
    if (busy && mScheduler->hasEvaluation())
        mCost->setToolTip(tr("Updating…"));
}

} // namespace archstudio::ui
