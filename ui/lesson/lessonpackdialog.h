#pragma once

#include "core/engine/kindset.h"
#include "core/io/lessonpack.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace archstudio::ui {

/// File > Export Lesson Pack…: puts exercises in order with the instructor's notes and writes
/// them as one .archlesson file. Starts from the lesson pack open in the studio, if any.
class LessonPackDialog : public QDialog
{
    Q_OBJECT

public:
    /// `current` is the design being edited, for Add Current Design.
    /// kinds: what added files are checked against.
    LessonPackDialog(io::LessonPack pack, model::Design current,
                     std::shared_ptr<const engine::KindSet> kinds, QWidget *parent = nullptr);

    const io::LessonPack &pack() const { return mPack; }
    void addDesign(const model::Design &design);
    /// Adds a design file's design; returns what is wrong with the file, or an empty string.
    QString addFile(const QString &path);
    /// Writes the pack (its title and notes as edited); returns an error, or an empty string.
    QString saveTo(const QString &path);
    const QString &savedPath() const { return mSavedPath; }

private:
    void refreshList();
    void move(int by);
    void onSave();
    void updateButtons();

    io::LessonPack mPack;
    model::Design mCurrent;
    std::shared_ptr<const engine::KindSet> mKinds;
    QString mSavedPath;
    QLineEdit *mTitle = nullptr;
    QPlainTextEdit *mNotes = nullptr;
    QListWidget *mList = nullptr;
    QPlainTextEdit *mItemNotes = nullptr;
    QPushButton *mRemove = nullptr;
    QPushButton *mUp = nullptr;
    QPushButton *mDown = nullptr;
    QPushButton *mSave = nullptr;
};

} // namespace archstudio::ui
