#pragma once

#include "core/io/lessonpack.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace archstudio::ui {

/// The exercises of an open lesson pack, in lesson order (docs/TEACHING.md, "Lesson packs"):
/// the pack's notes, each exercise's title and number of goals, and the selected one's notes
/// and brief. Opening an exercise replaces the design being edited (MainWindow asks first
/// when it has unsaved changes).
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(QWidget *parent = nullptr);

    void setPack(const io::LessonPack &pack, const QString &path);
    const io::LessonPack &pack() const { return mPack; }
    const QString &path() const { return mPath; }
    bool hasPack() const { return !mPack.items.isEmpty(); }
    /// Marks the exercise being worked on (-1: none, the design is something else).
    void setCurrent(int index);
    int current() const { return mCurrent; }
    int selected() const;

signals:
    void openRequested(int index);

private:
    void showSelected();

    io::LessonPack mPack;
    QString mPath;
    int mCurrent = -1;
    QLabel *mTitle = nullptr;
    QListWidget *mList = nullptr;
    QTextBrowser *mDetail = nullptr;
    QPushButton *mOpen = nullptr;
    QPushButton *mNext = nullptr;
};

} // namespace archstudio::ui
