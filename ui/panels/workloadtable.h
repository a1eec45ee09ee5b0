#pragma once

#include "core/engine/evaluation.h"
#include "core/model/design.h"

#include <QTreeWidget>

namespace archstudio::ui {

/// Latency and availability of each workload, for reads and for writes: one top-level row
/// per workload, its figures as child rows, reads and writes side by side so the table fits
/// a narrow dock. It is as tall as its rows (the panel scrolls, not the table).
class WorkloadTable : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { MetricColumn, ReadsColumn, WritesColumn };

    explicit WorkloadTable(QWidget *parent = nullptr);

    void setWorkloads(const QList<engine::WorkloadResult> &workloads, const model::Design &design);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void addWorkload(const engine::WorkloadResult &workload, const model::Design &design);
};

} // namespace archstudio::ui
