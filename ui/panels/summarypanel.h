#pragma once

#include "core/engine/evaluation.h"
#include "core/model/design.h"

#include <QWidget>

class QLabel;
class QScrollArea;

namespace archstudio::ui {

class CostChart;
class MutedLabel;
class UpdatingIndicator;
class WorkloadTable;

/// The figures of the open design for a dock: totals, latency and availability per workload,
/// cost by component and the catalog's caveats. It shows the evaluation it was last given;
/// while a newer one is computed (setUpdating) the old figures stay, dimmed and marked.
class SummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPanel(QWidget *parent = nullptr);

    /// Shows an evaluation; design supplies the components' display names.
    void setEvaluation(const engine::Evaluation &evaluation, const model::Design &design);
    void setUpdating(bool updating);
    bool isUpdating() const;
    /// Says the design is being evaluated for the first time, with no figures yet to show
    /// (a large design takes a while): placeholders instead of zeros. setEvaluation() ends it.
    void showEvaluating(const QString &designName);
    bool isEvaluating() const { return mEvaluating; }
    /// Says a design file is being read: like showEvaluating(), one step earlier.
    void showOpening(const QString &fileName);

private:
    QWidget *createTotals(QWidget *parent);
    void showTotals(const engine::Evaluation &evaluation);
    void showNotes(const engine::Evaluation &evaluation);

    QLabel *mDesignName = nullptr;
    UpdatingIndicator *mUpdating = nullptr;
    QScrollArea *mScroll = nullptr;
    QLabel *mCost = nullptr;
    QLabel *mSlaFloor = nullptr;
    QLabel *mModelled = nullptr;
    QLabel *mRto = nullptr;
    QLabel *mRpo = nullptr;
    WorkloadTable *mWorkloads = nullptr;
    MutedLabel *mNoWorkloads = nullptr;
    CostChart *mCostChart = nullptr;
    MutedLabel *mNoCost = nullptr;
    MutedLabel *mNotes = nullptr;
    bool mEvaluating = false;
};

} // namespace archstudio::ui
