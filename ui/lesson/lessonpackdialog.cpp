#include "lessonpackdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace archstudio::ui {

LessonPackDialog::LessonPackDialog(io::LessonPack pack, model::Design current,
                                   std::shared_ptr<const engine::KindSet> kinds, QWidget *parent)
    : QDialog(parent), mPack(std::move(pack)), mCurrent(std::move(current)),
      mKinds(std::move(kinds))
{
    setWindowTitle(tr("Export Lesson Pack"));
    mTitle = new QLineEdit(mPack.title, this);
    mTitle->setObjectName(QStringLiteral("packTitle"));
    mTitle->setPlaceholderText(tr("e.g. Databases on AWS: choosing and surviving failures"));
    mNotes = new QPlainTextEdit(mPack.notes, this);
    mNotes->setObjectName(QStringLiteral("packNotes"));
    mNotes->setPlaceholderText(tr("What the lesson covers, what to read first"));
    mNotes->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("packExercises"));
    mItemNotes = new QPlainTextEdit(this);
    mItemNotes->setObjectName(QStringLiteral("exerciseNotes"));
    mItemNotes->setPlaceholderText(tr("Your notes for the selected exercise: what to recap "
                                      "before it, what to watch for"));
    mItemNotes->setMaximumHeight(fontMetrics().lineSpacing() * 5);

    auto *addCurrent = new QPushButton(tr("Add &Current Design"), this);
    addCurrent->setObjectName(QStringLiteral("addCurrent"));
    addCurrent->setToolTip(tr("The design being edited, as it is now"));
    auto *addFiles = new QPushButton(tr("Add &Files…"), this);
    mRemove = new QPushButton(tr("&Remove"), this);
    mUp = new QPushButton(tr("Move &Up"), this);
    mDown = new QPushButton(tr("Move &Down"), this);
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {addCurrent, addFiles, mRemove, mUp, mDown})
        side->addWidget(button);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(mList, 1);
    middle->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    mSave = buttons->addButton(tr("&Save Pack…"), QDialogButtonBox::AcceptRole);
    mSave->setObjectName(QStringLiteral("savePack"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), mTitle);
    form->addRow(tr("&Lesson notes:"), mNotes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Exercises, in the order they are taught:"), this));
    layout->addLayout(middle, 1);
    layout->addWidget(new QLabel(tr("Notes for the selected exercise:"), this));
    layout->addWidget(mItemNotes);
    layout->addWidget(buttons);
    resize(620, 560);

    connect(addCurrent, &QPushButton::clicked, this, [this] { addDesign(mCurrent); });
    connect(addFiles, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Add exercises"), QString(),
            tr("ArchStudio designs (*.archstudio *.json);;All files (*)"));
        QStringList errors;
        for (const QString &path : paths) {
            if (const QString error = addFile(path); !error.isEmpty())
                errors << error;
        }
        if (!errors.isEmpty())
            QMessageBox::warning(this, tr("Some files were not added"), errors.join('\n'));
    });
    connect(mRemove, &QPushButton::clicked, this, [this] {
        const int row = mList->currentRow();
        if (row < 0)
            return;
        mPack.items.removeAt(row);
        refreshList();
        mList->setCurrentRow(std::min(row, int(mList->count()) - 1));
    });
    connect(mUp, &QPushButton::clicked, this, [this] { move(-1); });
    connect(mDown, &QPushButton::clicked, this, [this] { move(+1); });
    connect(mList, &QListWidget::currentRowChanged, this, [this](int row) {
        const QSignalBlocker quiet(mItemNotes);
        mItemNotes->setPlainText(row >= 0 ? mPack.items.at(row).notes : QString());
        updateButtons();
    });
    connect(mItemNotes, &QPlainTextEdit::textChanged, this, [this] {
        if (const int row = mList->currentRow(); row >= 0)
            mPack.items[row].notes = mItemNotes->toPlainText();
    });
    connect(mSave, &QPushButton::clicked, this, &LessonPackDialog::onSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    refreshList();
    mList->setCurrentRow(mPack.items.isEmpty() ? -1 : 0);
    updateButtons();
}

void LessonPackDialog::addDesign(const model::Design &design)
{
    mPack.items.append({{}, design});
    refreshList();
    mList->setCurrentRow(int(mPack.items.size()) - 1);
}

QString LessonPackDialog::addFile(const QString &path)
{
    io::LoadOptions options;
    options.useKinds(*mKinds);
    io::LoadResult loaded = io::loadDesignFile(path, options);
    if (!loaded.file) {
        QString why = QStringLiteral("cannot be read");
        for (const model::Problem &problem : std::as_const(loaded.problems)) {
            if (problem.isError()) {
                why = problem.toString();
                break;
            }
        }
        return QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), why);
    }
    addDesign(loaded.file->design);
    return {};
}

QString LessonPackDialog::saveTo(const QString &path)
{
    mPack.title = mTitle->text().trimmed();
    mPack.notes = mNotes->toPlainText().trimmed();
    const QString error = io::saveLessonPack(path, mPack);
    if (error.isEmpty())
        mSavedPath = path;
    return error;
}

void LessonPackDialog::refreshList()
{
    const QSignalBlocker quiet(mList);
    mList->clear();
    for (qsizetype i = 0; i < mPack.items.size(); ++i) {
        const io::LessonItem &item = mPack.items.at(i);
        const bool isExercise = item.design.exercise.has_value();
        mList->addItem(tr("%1. %2%3")
                           .arg(i + 1)
                           .arg(item.title(i))
                           .arg(isExercise ? QString() : tr(" (no exercise: a design to show)")));
    }
    updateButtons();
}

void LessonPackDialog::move(int by)
{
    const int row = mList->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= mPack.items.size())
        return;
    mPack.items.move(row, to);
    refreshList();
    mList->setCurrentRow(to);
}

void LessonPackDialog::updateButtons()
{
    const int row = mList->currentRow();
    mRemove->setEnabled(row >= 0);
    mUp->setEnabled(row > 0);
    mDown->setEnabled(row >= 0 && row + 1 < mList->count());
    mItemNotes->setEnabled(row >= 0);
    mSave->setEnabled(!mPack.items.isEmpty());
}

void LessonPackDialog::onSave()
{
    const QString suggested =
        (mTitle->text().trimmed().isEmpty() ? tr("lesson") : mTitle->text().trimmed()) +
        QLatin1Char('.') + io::kLessonPackSuffix;
    QString path = QFileDialog::getSaveFileName(this, tr("Save lesson pack"), suggested,
                                                tr("Lesson packs (*.archlesson)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + io::kLessonPackSuffix;
    if (const QString error = saveTo(path); !error.isEmpty()) {
        QMessageBox::critical(this, tr("Could not save the lesson pack"),
                              tr("%1: %2").arg(QFileInfo(path).fileName(), error));
        return;
    }
    accept();
}

} // namespace archstudio::ui
