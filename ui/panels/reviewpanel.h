#pragma once

#include "core/engine/evaluation.h"
#include "core/model/design.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace archstudio::ui {

class FindingModel;
class MutedLabel;
class UpdatingIndicator;

/// The design review: one row per finding with the component, the message, the fix and what
/// the fix would change. Clicking a finding asks for its component to be shown
/// (componentActivated), so the canvas can select it. A finding whose fix is a change of
/// properties can be applied (fixRequested): with the Apply Fix button, from the context menu,
/// or with Enter, which also shows its component.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    /// Shows an evaluation's findings; design supplies the components' display names.
    void setEvaluation(const engine::Evaluation &evaluation, const model::Design &design);
    void setUpdating(bool updating);
    bool isUpdating() const;

    /// What a fix would change, for people: "+$109/mo · 1.8 min less downtime a month
    /// (+0.0040 pp)"; empty when the engine did not evaluate the fix.
    static QString effectText(const engine::Warning &warning);

    /// Applies the current finding's fix (asks for it: fixRequested); false when it has none.
    bool applyCurrentFix();

signals:
    void componentActivated(const archstudio::model::ComponentId &id);
    /// fix is the finding's fix text, for the undo step's name.
    void fixRequested(const archstudio::engine::Patch &patch, const QString &fix);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    const engine::Patch *patchAt(const QModelIndex &index) const;
    void updateApplyButton();
    void showContextMenu(const QPoint &pos);

    QLabel *mCount = nullptr;
    UpdatingIndicator *mUpdating = nullptr;
    QStackedWidget *mPages = nullptr; ///< the findings, or the empty state
    FindingModel *mModel = nullptr;
    QListView *mList = nullptr;
    MutedLabel *mEmpty = nullptr;
    QPushButton *mApply = nullptr;
};

} // namespace archstudio::ui
