#include "importcontroller.h"

#include "filecontroller.h"

#include "core/document/commands/editdesigncommand.h"
#include "core/document/document.h"
#include "core/document/workloadedits.h"
#include "core/engine/workloadkind.h"
#include "core/io/drawioimport.h"
#include "core/io/terraformimport.h"
#include "core/render/autolayout.h"
#include "core/render/diagramstyle.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace archstudio::ui {

namespace {

bool hasWorkload(const model::Design &design)
{
    for (const model::Component &c : design.components) {
        if (c.kind == engine::kWorkloadKind)
            return true;
    }
    return false;
}

} // namespace

ImportController::ImportController(FileController *files, document::Document *document,
                                   QWidget *window)
    : QObject(window), mFiles(files), mDocument(document), mWindow(window)
{}

void ImportController::importWithDialog(Source source)
{
    const bool terraform = source == Source::TerraformPlan;
    const QString path = QFileDialog::getOpenFileName(
        mWindow, terraform ? tr("Import Terraform Plan") : tr("Import diagrams.net Diagram"),
        QString(),
        terraform ? tr("Terraform plans and states, as terraform show -json writes them "
                       "(*.json);;All files (*)")
                  : tr("diagrams.net diagrams (*.drawio *.xml);;All files (*)"));
    if (!path.isEmpty())
        importFile(source, path);
}

bool ImportController::importFile(Source source, const QString &path)
{
    if (!mFiles->maybeSave())
        return false;
    mLast = {};
    QFile file(path);
    const qint64 limit = io::Limits{}.maxUncompressedBytes;
    if (!file.open(QIODevice::ReadOnly)) {
        mLast.error = QStringLiteral("%1: %2").arg(path, file.errorString());
    } else if (file.size() > limit) {
        mLast.error = tr("%1: larger than %2 MiB; not imported").arg(path).arg(limit >> 20);
    } else {
        const QByteArray bytes = file.readAll();
        const engine::KindSet &kinds = mDocument->kinds();
        mLast = source == Source::TerraformPlan ? io::importTerraformPlan(bytes, path, kinds)
                                                : io::importDrawioDiagram(bytes, path, kinds);
    }
    if (!mLast.design) {
        emit statusMessage(tr("Not imported: %1").arg(mLast.error), 0);
        if (!mPrompt && QGuiApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::warning(mWindow, tr("Import"), mLast.error);
        return false;
    }
    io::DesignFile imported;
    imported.design = *mLast.design;
    imported.design.layout = render::arrangeLayout(imported.design, mDocument->kinds().schemas());
    mFiles->load(std::move(imported), QString());
    emit statusMessage(tr("Components imported from %1: %2")
                           .arg(QFileInfo(path).fileName())
                           .arg(mLast.imported.size()),
                       8000);
    const bool offer = !hasWorkload(mDocument->design());
    if (showReport(path, offer) && offer)
        addWorkloadToEveryDatabase();
    return true;
}

bool ImportController::addWorkloadToEveryDatabase()
{
    const model::Design &design = mDocument->design();
    document::DesignDelta delta = document::edits::addWorkloadToEveryStore(
        design, mDocument->kinds().schemas(), render::style::kCardSize);
    if (delta.isEmpty()) {
        emit statusMessage(tr("Nothing to add a workload to: the design has no database"), 8000);
        return false;
    }
    mDocument->undoStack()->push(new document::EditDesignCommand(
        mDocument, tr("Add Workload to Every Database"), std::move(delta)));
    return true;
}

bool ImportController::showReport(const QString &path, bool offerWorkload)
{
    const QString question =
        tr("The imported design has no workload, so it has no latency or availability yet: "
           "the file does not say what traffic reaches the databases. Add a workload linked to "
           "every database? Its load is a default to edit.");
    if (mPrompt)
        return offerWorkload && mPrompt(question) == QMessageBox::Yes;
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return false;

    QDialog dialog(mWindow);
    dialog.setWindowTitle(tr("Imported %1").arg(QFileInfo(path).fileName()));
    auto *summary = new QLabel(tr("Imported: %1 · Skipped: %2 · To check: %3")
                                   .arg(mLast.imported.size())
                                   .arg(mLast.skipped.size())
                                   .arg(mLast.warnings.size()),
                               &dialog);
    auto *tree = new QTreeWidget(&dialog);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("From the file"), tr("In the design, or why not")});
    auto *imported = new QTreeWidgetItem(tree, {tr("Imported")});
    for (const io::ImportedItem &item : mLast.imported)
        new QTreeWidgetItem(imported, {item.source, QStringLiteral("%1 (%2)").arg(
                                                        item.component.value(), item.kind)});
    auto *skipped = new QTreeWidgetItem(tree, {tr("Skipped")});
    for (const io::SkippedItem &item : mLast.skipped)
        new QTreeWidgetItem(skipped, {item.source, item.reason});
    auto *warnings = new QTreeWidgetItem(tree, {tr("To check")});
    for (const QString &w : mLast.warnings) {
        auto *item = new QTreeWidgetItem(warnings, {w});
        item->setToolTip(0, w);
        item->setFirstColumnSpanned(true);
    }
    tree->expandAll();
    tree->resizeColumnToContents(0);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(summary);
    layout->addWidget(tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    if (offerWorkload) {
        auto *note = new QLabel(question, &dialog);
        note->setWordWrap(true);
        layout->addWidget(note);
        QPushButton *add = buttons->addButton(tr("Add &Workload"), QDialogButtonBox::AcceptRole);
        add->setDefault(true);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(820, 520);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace archstudio::ui
