#include "workloadtable.h"

#include "ui/widgetstyle.h"

#include "core/render/figureformat.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QSet>
#include <QStyledItemDelegate>

#include <functional>

namespace archstudio::ui {

namespace {

struct Metric
{
    const char *label;
    const char *toolTip;
    std::function<QString(const engine::OperationResult &)> text;
    std::function<bool(const engine::OperationResult &)> warning;
};

/// Rows a little taller than the style's default: the table is read, not scanned for one cell.
class AiryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 4);
    }
};

bool never(const engine::OperationResult &)
{
    return false;
}

const QList<Metric> &metrics()
{
    using Op = engine::OperationResult;
    static const QList<Metric> rows = {
        {QT_TRANSLATE_NOOP("WorkloadTable", "p50 average"),
         QT_TRANSLATE_NOOP("WorkloadTable", "Median latency at average load"),
         [](const Op &o) { return render::latencyMs(o.average.p50Ms); },
         [](const Op &o) {
             return o.average.p50Ms == engine::kUnbounded;
         }},
        {QT_TRANSLATE_NOOP("WorkloadTable", "p99 average"),
         QT_TRANSLATE_NOOP("WorkloadTable", "99th percentile latency at average load"),
         [](const Op &o) { return render::latencyMs(o.average.p99Ms); },
         [](const Op &o) {
             return o.average.saturated();
         }},
        {QT_TRANSLATE_NOOP("WorkloadTable", "p50 peak"),
         QT_TRANSLATE_NOOP("WorkloadTable", "Median latency at peak load"),
         [](const Op &o) { return render::latencyMs(o.peak.p50Ms); },
         [](const Op &o) {
             return o.peak.p50Ms == engine::kUnbounded;
         }},
        {QT_TRANSLATE_NOOP("WorkloadTable", "p99 peak"),
         QT_TRANSLATE_NOOP("WorkloadTable", "99th percentile latency at peak load"),
         [](const Op &o) { return render::latencyMs(o.peak.p99Ms); },
         [](const Op &o) {
             return o.peak.saturated();
         }},
        {QT_TRANSLATE_NOOP("WorkloadTable", "SLA floor"),
         QT_TRANSLATE_NOOP("WorkloadTable", "Availability composed from published SLAs"),
         [](const Op &o) { return render::availabilityPercent(o.availability.slaFloor); }, never},
        {QT_TRANSLATE_NOOP("WorkloadTable", "Down/month (SLA)"),
         QT_TRANSLATE_NOOP("WorkloadTable", "Downtime in an average month the SLA floor allows"),
         [](const Op &o) { return render::downtimePerMonth(o.availability.slaFloor); }, never},
        {QT_TRANSLATE_NOOP("WorkloadTable", "Modelled"),
         QT_TRANSLATE_NOOP("WorkloadTable",
                           "Expected availability from failure and recovery rates"),
         [](const Op &o) { return render::availabilityPercent(o.availability.modelled); }, never},
        {QT_TRANSLATE_NOOP("WorkloadTable", "Down/month"),
         QT_TRANSLATE_NOOP("WorkloadTable", "Expected downtime in an average month"),
         [](const Op &o) { return render::downtimePerMonth(o.availability.modelled); }, never},
    };
    return rows;
}

} // namespace

WorkloadTable::WorkloadTable(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("workloadTable"));
    setColumnCount(3);
    setHeaderLabels({tr("Workload"), tr("Reads"), tr("Writes")});
    header()->setSectionResizeMode(MetricColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ReadsColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(WritesColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    header()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    headerItem()->setTextAlignment(MetricColumn, Qt::AlignLeft | Qt::AlignVCenter);
    setItemDelegate(new AiryDelegate(this));
    setIndentation(10);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // The panel scrolls as a whole; the table grows and shrinks with what is expanded.
    connect(this, &QTreeWidget::itemExpanded, this, &QWidget::updateGeometry);
    connect(this, &QTreeWidget::itemCollapsed, this, &QWidget::updateGeometry);
}

void WorkloadTable::setWorkloads(const QList<engine::WorkloadResult> &workloads,
                                 const model::Design &design)
{
    // Keep what the user collapsed collapsed across re-evaluations.
    QSet<QString> collapsed;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (!topLevelItem(i)->isExpanded())
            collapsed.insert(topLevelItem(i)->data(MetricColumn, Qt::UserRole).toString());
    }
    clear();
    for (const engine::WorkloadResult &workload : workloads) {
        addWorkload(workload, design);
        topLevelItem(topLevelItemCount() - 1)
            ->setExpanded(!collapsed.contains(workload.id.value()));
    }
    updateGeometry();
}

void WorkloadTable::addWorkload(const engine::WorkloadResult &workload, const model::Design &design)
{
    const model::Component *component = design.findComponent(workload.id);
    const QString name = component ? component->displayName() : workload.id.value();
    auto *top = new QTreeWidgetItem(
        this, {workload.hasNoDependencies() ? tr("%1 — no dependencies").arg(name) : name});
    top->setData(MetricColumn, Qt::UserRole, workload.id.value());
    top->setToolTip(MetricColumn, name);
    top->setFirstColumnSpanned(true);
    QFont bold = top->font(MetricColumn);
    bold.setBold(true);
    top->setFont(MetricColumn, bold);

    const std::pair<Column, const engine::OperationResult *> operations[] = {
        {ReadsColumn, &workload.read}, {WritesColumn, &workload.write}};
    for (const Metric &metric : metrics()) {
        auto *row =
            new QTreeWidgetItem(top, {QCoreApplication::translate("WorkloadTable", metric.label)});
        row->setToolTip(MetricColumn, QCoreApplication::translate("WorkloadTable", metric.toolTip));
        for (const auto &[column, op] : operations) {
            row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
            if (!op->served) {
                row->setText(column, QStringLiteral("—"));
                row->setToolTip(column, workload.hasNoDependencies()
                                            ? tr("Linked to nothing: this workload has no "
                                                 "dependencies, so no availability or latency")
                                            : tr("This workload sends no such requests"));
                continue;
            }
            row->setText(column, metric.text(*op));
            // A fixed colour that reads on light and dark palettes alike.
            if (metric.warning(*op))
                row->setForeground(column, widgetstyle::warningColor());
        }
    }
}

QSize WorkloadTable::sizeHint() const
{
    int rows = 0;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = topLevelItem(i);
        rows += 1 + (top->isExpanded() ? top->childCount() : 0);
    }
    // Rows are uniform (setUniformRowHeights), so the first one measures them all.
    const int row = rows > 0 ? rowHeight(indexFromItem(topLevelItem(0))) : 0;
    const int height = header()->sizeHint().height() + rows * row + 2 * frameWidth();
    return {QTreeWidget::sizeHint().width(), height};
}

void WorkloadTable::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
}

} // namespace archstudio::ui
