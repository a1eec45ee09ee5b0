#pragma once

#include "core/model/scene.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QListWidget;
class QLineEdit;
class QPushButton;

namespace archstudio::document {
class Document;
}

namespace archstudio::ui {

/// Authoring a presentation (docs/TEACHING.md): the design's scenes in order, each added from
/// what the studio shows now (the view, the variant, the load and the failure being played),
/// its caption edited in place, moved up or down, deleted, and told to hide the selected
/// components and notes. Every change is one undo step (ScenesCommand).
class ScenesPanel : public QWidget
{
    Q_OBJECT

public:
    /// capture returns the scene the studio shows now; selection the keys
    /// ("component:ID", "note:INDEX") of what is selected on the canvas.
    ScenesPanel(document::Document *document, std::function<model::Scene()> capture,
                std::function<QStringList()> selection, QWidget *parent = nullptr);

    int currentRow() const;
    void setCurrentRow(int row);
    QListWidget *list() const { return mList; }

    void addFromView();
    void moveCurrent(int by);
    void deleteCurrent();
    void renameCurrent(const QString &caption);
    /// Hides the canvas's selection in the current scene (or shows everything again).
    void hideSelection();
    void showEverything();

signals:
    /// Present from this scene (double-click, or the Present button).
    void presentRequested(int scene);

private:
    /// The document's scenes (none once it is gone).
    QList<model::Scene> documentScenes() const;
    void refresh();
    void push(const QString &text, QList<model::Scene> scenes,
              std::optional<QList<model::Note>> notes = std::nullopt);
    void updateButtons();

    QPointer<document::Document> mDocument;
    std::function<model::Scene()> mCapture;
    std::function<QStringList()> mSelection;
    QListWidget *mList = nullptr;
    QLineEdit *mCaption = nullptr;
    QPushButton *mAdd = nullptr;
    QPushButton *mUp = nullptr;
    QPushButton *mDown = nullptr;
    QPushButton *mDelete = nullptr;
    QPushButton *mHide = nullptr;
    QPushButton *mShowAll = nullptr;
    QPushButton *mPresent = nullptr;
    bool mRefreshing = false;
};

} // namespace archstudio::ui
