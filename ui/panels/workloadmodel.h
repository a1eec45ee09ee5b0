#pragma once

#include "core/engine/evaluation.h"
#include "core/model/design.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QStringList>

namespace archstudio::ui {

/// The latency and availability of each workload as rows for WorkloadTable: a heading row per
/// workload (its name) followed, while it is expanded, by one row per metric with the figure
/// for reads and for writes.
///
/// Made for designs of thousands of workloads: a flat list (no tree, so no per-row expansion
/// state in the view), a cell is formatted only when a view asks for it, and a new evaluation
/// of the same workloads updates the figures in place (one dataChanged) so the view keeps its
/// scroll position. Which workloads are collapsed is kept by id across evaluations.
class WorkloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MetricColumn, ReadsColumn, WritesColumn, ColumnCount };
    enum Role {
        WorkloadIdRole = Qt::UserRole, ///< the workload's component id, on every row
        HeadingRole,                   ///< true on a workload's heading row
        ExpandedRole,                  ///< on a heading row: whether its metrics are shown
    };

    explicit WorkloadModel(QObject *parent = nullptr);

    void setWorkloads(const QList<engine::WorkloadResult> &workloads, const model::Design &design);
    int workloadCount() const { return int(mWorkloads.size()); }
    /// How many metric rows an expanded workload has.
    static int metricCount();

    /// The workload a row belongs to, and which of its metrics it shows (-1: its heading).
    int workloadAt(int row) const;
    int metricAt(int row) const;
    /// The heading row of a workload.
    int headingRow(int workload) const { return mFirstRow.at(workload); }

    bool isExpanded(int workload) const;
    /// Shows or hides a workload's metric rows (rows inserted or removed, not a reset).
    void setExpanded(int workload, bool expanded);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant headingData(int workload, int column, int role) const;
    QVariant metricData(int workload, int metric, int column, int role) const;
    /// Recomputes mFirstRow from mWorkloads and mCollapsed.
    void indexRows();

    QList<engine::WorkloadResult> mWorkloads;
    QStringList mNames;   ///< display names, in the order of mWorkloads
    QList<int> mFirstRow; ///< each workload's heading row, ascending
    int mRowCount = 0;
    QSet<QString> mCollapsed; ///< ids of the collapsed workloads
};

} // namespace archstudio::ui
