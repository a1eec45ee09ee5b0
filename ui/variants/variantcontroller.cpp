#include "variantcontroller.h"

#include "ui/analysis/variantcomparison.h"

#include "core/document/commands/variantcommand.h"
#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "core/io/designfile.h"
#include "core/model/exercise.h"
#include "core/model/variants.h"

#include <QActionGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>

namespace archstudio::ui {

VariantController::VariantController(document::Document *document,
                                     document::EvaluationScheduler *scheduler, QWidget *window)
    : QObject(window), mDocument(document), mScheduler(scheduler), mWindow(window)
{}

void VariantController::attach(QComboBox *combo, QMenu *menu)
{
    mCombo = combo;
    mMenu = menu;
    connect(mCombo, &QComboBox::activated, this,
            [this](int index) { switchVariant(mCombo->itemText(index)); });
    connect(mDocument, &document::Document::changed, this, &VariantController::updateControls);
    connect(mDocument, &document::Document::designReplaced, this,
            &VariantController::updateControls);
    updateControls();
}

QStringList VariantController::offeredVariants() const
{
    const model::Design &design = mDocument->design();
    QStringList names = model::variantNames(design);
    // An exercise's model answer stays out of sight until the student asks for it.
    if (design.exercise && !mModelAnswerRevealed &&
        design.variantName != model::kModelAnswerVariant)
        names.removeAll(model::kModelAnswerVariant);
    return names;
}

void VariantController::updateControls()
{
    const model::Design &design = mDocument->design();
    const QStringList names = offeredVariants();
    {
        const QSignalBlocker block(mCombo);
        mCombo->clear();
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        mCombo->addItems(sorted);
        mCombo->setCurrentText(design.variantName);
    }
    // Rebuilt on every change: the old entries go with their shortcuts, or each edit would
    // leave three more actions behind, two of them holding a shortcut.
    qDeleteAll(mMenu->actions());
    qDeleteAll(mMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    mMenu->clear();
    const auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                            void (VariantController::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        mMenu->addAction(action);
        return action;
    };
    add(QStringLiteral("newVariant"), tr("&New Variant from Current…"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), &VariantController::askNewVariant);
    add(QStringLiteral("renameVariant"), tr("&Rename Variant…"), {},
        &VariantController::askRenameVariant);
    add(QStringLiteral("deleteVariant"), tr("&Delete Variant"), {},
        &VariantController::askDeleteVariant)
        ->setEnabled(names.size() > 1);
    mMenu->addSeparator();
    auto *group = new QActionGroup(mMenu);
    for (const QString &name : names) {
        QAction *a = mMenu->addAction(name, this, [this, name] { switchVariant(name); });
        a->setCheckable(true);
        a->setChecked(name == design.variantName);
        group->addAction(a);
    }
}

bool VariantController::revealModelAnswer()
{
    if (!model::variantNames(mDocument->design()).contains(model::kModelAnswerVariant))
        return false;
    const QString question =
        tr("Show the model answer? It replaces your design on the canvas; your design stays as "
           "the variant %1, one undo step away.")
            .arg(mDocument->design().variantName);
    const bool yes =
        mPrompt ? mPrompt(question) == QMessageBox::Yes
                : QMessageBox::question(mWindow, tr("Model answer"), question) == QMessageBox::Yes;
    if (!yes)
        return false;
    mModelAnswerRevealed = true;
    updateControls();
    return switchVariant(model::kModelAnswerVariant);
}

bool VariantController::switchVariant(const QString &name)
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

void VariantController::newVariantFromCurrent(const QString &name)
{
    const QString unique = model::uniqueVariantName(mDocument->design(), name);
    mDocument->undoStack()->push(
        new document::VariantCommand(mDocument, tr("New Variant %1").arg(unique),
                                     model::withDuplicatedVariant(mDocument->design(), unique)));
}

bool VariantController::renameVariant(const QString &from, const QString &to)
{
    std::optional<model::Design> after = model::withVariantRenamed(mDocument->design(), from, to);
    if (!after)
        return false;
    mDocument->undoStack()->push(new document::VariantCommand(
        mDocument, tr("Rename Variant %1 to %2").arg(from, to.trimmed()), std::move(*after)));
    return true;
}

bool VariantController::deleteVariant(const QString &name)
{
    std::optional<model::Design> after = model::withoutVariant(mDocument->design(), name);
    if (!after)
        return false;
    mDocument->undoStack()->push(new document::VariantCommand(
        mDocument, tr("Delete Variant %1").arg(name), std::move(*after)));
    return true;
}

void VariantController::askNewVariant()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        mWindow, tr("New Variant"),
        tr("A copy of \"%1\" is kept under this name, and you edit the copy:")
            .arg(mDocument->design().variantName),
        QLineEdit::Normal, model::uniqueVariantName(mDocument->design(), tr("Variant")), &ok);
    if (ok && !name.trimmed().isEmpty())
        newVariantFromCurrent(name.trimmed());
}

void VariantController::askRenameVariant()
{
    const QString from = mDocument->design().variantName;
    bool ok = false;
    const QString to = QInputDialog::getText(mWindow, tr("Rename Variant"), tr("Name:"),
                                             QLineEdit::Normal, from, &ok);
    if (ok && !renameVariant(from, to) && to.trimmed() != from)
        emit statusMessage(tr("\"%1\" is empty or names another variant").arg(to), 6000);
}

void VariantController::askDeleteVariant()
{
    const QString name = mDocument->design().variantName;
    const QMessageBox::StandardButton answer =
        mPrompt ? mPrompt(tr("Delete variant \"%1\"?").arg(name))
                : QMessageBox::question(mWindow, tr("Delete Variant"),
                                        tr("Delete variant \"%1\"? You can undo this.").arg(name));
    if (answer == QMessageBox::Yes)
        deleteVariant(name);
}

void VariantController::compareVariants()
{
    if (mDocument->design().otherVariants.isEmpty()) {
        emit statusMessage(tr("This design has one variant: Variant › New Variant from "
                              "Current makes another to compare with"),
                           8000);
        return;
    }
    auto *dialog = new VariantComparison(mDocument->design(), mDocument->sharedKinds(),
                                         mScheduler->scenario().loadFactor, mWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

VariantComparison *VariantController::compareWithFile(const QString &path)
{
    io::LoadOptions options;
    options.useKinds(mDocument->kinds());
    options.rejectInvalidDesigns = false;
    const io::LoadResult loaded = io::loadDesignFile(path, options);
    if (!loaded.file) {
        QString first;
        for (const model::Problem &p : loaded.problems) {
            if (p.isError() && first.isEmpty())
                first = p.toString();
        }
        emit statusMessage(tr("Cannot compare with %1: %2").arg(path, first), 0);
        if (!mPrompt && QGuiApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::warning(mWindow, tr("Compare with File"),
                                 tr("%1 cannot be read:\n%2").arg(path, first));
        return nullptr;
    }
    // The file's design joins a copy of this one as a variant, so the comparison evaluates
    // both with this design's catalog and load, as it compares variants.
    model::Design both = mDocument->design();
    const QStringList taken = model::variantNames(both);
    QString name = QFileInfo(path).fileName();
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(QFileInfo(path).fileName()).arg(n);
    both.otherVariants.append({name, loaded.file->design});
    auto *dialog = new VariantComparison(both, mDocument->sharedKinds(),
                                         mScheduler->scenario().loadFactor, mWindow);
    dialog->setWindowTitle(tr("Compare with %1").arg(QFileInfo(path).fileName()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showChangesBetween(name, both.variantName);
    dialog->show();
    return dialog;
}

void VariantController::compareWithFileDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(mWindow, tr("Compare with File"), QString(),
                                     tr("Designs (*.archstudio *.json *.drawio);;All files (*)"));
    if (!path.isEmpty())
        compareWithFile(path);
}

} // namespace archstudio::ui
