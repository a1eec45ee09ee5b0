#pragma once

#include "core/engine/evaluation.h"
#include "core/model/design.h"

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class QStandardItemModel;

namespace archstudio::ui {

class MutedLabel;
class UpdatingIndicator;

/// The design review: one row per finding with the component, the message, the fix and what
/// the fix would change. Clicking a finding, or pressing Enter on it, asks for its component
/// to be shown (componentActivated), so the canvas can select it.
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

signals:
    void componentActivated(const archstudio::model::ComponentId &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);

    QLabel *mCount = nullptr;
    UpdatingIndicator *mUpdating = nullptr;
    QStackedWidget *mPages = nullptr; ///< the findings, or the empty state
    QStandardItemModel *mModel = nullptr;
    QListView *mList = nullptr;
    MutedLabel *mEmpty = nullptr;
};

} // namespace archstudio::ui
