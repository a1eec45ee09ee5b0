#pragma once

#include "core/engine/evaluation.h"
#include "core/model/design.h"

#include <QTreeView>

namespace archstudio::ui {

class WorkloadModel;

/// Latency and availability of each workload, for reads and for writes: a heading row per
/// workload, its figures below it, reads and writes side by side so the table fits a narrow
/// dock. Clicking a heading (or Space, Enter, ← and → on it) collapses or expands it.
/// It is as tall as its rows up to kMaxVisibleRows and scrolls beyond, so a design with
/// thousands of workloads does not push the rest of the summary out of reach.
class WorkloadTable : public QTreeView
{
    Q_OBJECT

public:
    static constexpr int kMaxVisibleRows = 36;

    explicit WorkloadTable(QWidget *parent = nullptr);

    void setWorkloads(const QList<engine::WorkloadResult> &workloads, const model::Design &design);
    WorkloadModel *workloadModel() const { return mModel; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    /// A heading row is drawn as one cell across the whole width: names get all of it.
    void drawRow(QPainter *painter, const QStyleOptionViewItem &option,
                 const QModelIndex &index) const override;

private:
    void toggle(const QModelIndex &index);

    WorkloadModel *mModel = nullptr;
};

} // namespace archstudio::ui
