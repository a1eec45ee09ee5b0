#include "workloadmodel.h"

#include "ui/widgetstyle.h"

#include "core/render/figureformat.h"

#include <QCoreApplication>
#include <QFont>

#include <algorithm>
#include <functional>

namespace archstudio::ui {

namespace {

/// Translates a QT_TRANSLATE_NOOP("WorkloadTable", ...) text.
QString trTable(const char *text)
{
    return QCoreApplication::translate("WorkloadTable", text);
}

struct Metric
{
    const char *label;
    const char *toolTip;
    std::function<QString(const engine::OperationResult &)> text;
    std::function<bool(const engine::OperationResult &)> warning;
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

/// The same workloads in the same order: the rows stay, only the figures change.
bool sameWorkloads(const QList<engine::WorkloadResult> &a, const QList<engine::WorkloadResult> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const auto &x, const auto &y) { return x.id == y.id; });
}

} // namespace

WorkloadModel::WorkloadModel(QObject *parent) : QAbstractTableModel(parent) {}

int WorkloadModel::metricCount()
{
    return int(metrics().size());
}

void WorkloadModel::setWorkloads(const QList<engine::WorkloadResult> &workloads,
                                 const model::Design &design)
{
    const QHash<model::ComponentId, QString> namesById = model::displayNamesById(design);
    QStringList names;
    names.reserve(workloads.size());
    for (const engine::WorkloadResult &workload : workloads)
        names.append(namesById.value(workload.id, workload.id.value()));
    if (mWorkloads.isEmpty() || !sameWorkloads(mWorkloads, workloads)) {
        beginResetModel();
        mWorkloads = workloads;
        mNames = std::move(names);
        indexRows();
        endResetModel();
        return;
    }
    mWorkloads = workloads;
    mNames = std::move(names);
    emit dataChanged(index(0, 0), index(mRowCount - 1, ColumnCount - 1));
}

void WorkloadModel::indexRows()
{
    mFirstRow.resize(mWorkloads.size());
    int row = 0;
    for (qsizetype w = 0; w < mWorkloads.size(); ++w) {
        mFirstRow[w] = row;
        row += 1 + (mCollapsed.contains(mWorkloads.at(w).id.value()) ? 0 : metricCount());
    }
    mRowCount = row;
}

int WorkloadModel::workloadAt(int row) const
{
    // The last workload whose heading is at or above the row.
    return int(std::upper_bound(mFirstRow.cbegin(), mFirstRow.cend(), row) - mFirstRow.cbegin()) -
           1;
}

int WorkloadModel::metricAt(int row) const
{
    return row - mFirstRow.at(workloadAt(row)) - 1;
}

bool WorkloadModel::isExpanded(int workload) const
{
    return !mCollapsed.contains(mWorkloads.at(workload).id.value());
}

void WorkloadModel::setExpanded(int workload, bool expanded)
{
    if (workload < 0 || workload >= workloadCount() || isExpanded(workload) == expanded)
        return;
    const QString id = mWorkloads.at(workload).id.value();
    const int first = headingRow(workload) + 1;
    const int last = first + metricCount() - 1;
    if (expanded) {
        beginInsertRows({}, first, last);
        mCollapsed.remove(id);
        indexRows();
        endInsertRows();
    } else {
        beginRemoveRows({}, first, last);
        mCollapsed.insert(id);
        indexRows();
        endRemoveRows();
    }
    const QModelIndex heading = index(first - 1, MetricColumn);
    emit dataChanged(heading, heading, {ExpandedRole});
}

int WorkloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mRowCount;
}

int WorkloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags WorkloadModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QVariant WorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        static const char *const titles[] = {QT_TRANSLATE_NOOP("WorkloadTable", "Workload"),
                                             QT_TRANSLATE_NOOP("WorkloadTable", "Reads"),
                                             QT_TRANSLATE_NOOP("WorkloadTable", "Writes")};
        return section >= 0 && section < ColumnCount ? trTable(titles[section]) : QString();
    }
    if (role == Qt::TextAlignmentRole)
        return int((section == MetricColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    return {};
}

QVariant WorkloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int workload = workloadAt(index.row());
    const int metric = index.row() - mFirstRow.at(workload) - 1;
    if (role == WorkloadIdRole)
        return mWorkloads.at(workload).id.value();
    if (role == HeadingRole)
        return metric < 0;
    if (metric < 0)
        return headingData(workload, index.column(), role);
    return metricData(workload, metric, index.column(), role);
}

QVariant WorkloadModel::headingData(int workload, int column, int role) const
{
    if (role == ExpandedRole)
        return isExpanded(workload);
    if (column != MetricColumn)
        return {};
    const engine::WorkloadResult &result = mWorkloads.at(workload);
    switch (role) {
    case Qt::DisplayRole:
        return result.hasNoDependencies()
                   ? QCoreApplication::translate("WorkloadTable", "%1 — no dependencies")
                         .arg(mNames.at(workload))
                   : mNames.at(workload);
    case Qt::ToolTipRole:
        return mNames.at(workload);
    case Qt::FontRole: {
        // Only the weight is set: the view's own font supplies the rest.
        static const QFont bold = [] {
            QFont font;
            font.setBold(true);
            return font;
        }();
        return bold;
    }
    default:
        return {};
    }
}

QVariant WorkloadModel::metricData(int workload, int metricRow, int column, int role) const
{
    const Metric &metric = metrics().at(metricRow);
    if (column == MetricColumn) {
        if (role == Qt::DisplayRole)
            return trTable(metric.label);
        if (role == Qt::ToolTipRole)
            return trTable(metric.toolTip);
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const engine::WorkloadResult &result = mWorkloads.at(workload);
    const engine::OperationResult &op = column == ReadsColumn ? result.read : result.write;
    switch (role) {
    case Qt::DisplayRole:
        return op.served ? metric.text(op) : QStringLiteral("—");
    case Qt::ToolTipRole:
        if (op.served)
            return {};
        return result.hasNoDependencies()
                   ? QCoreApplication::translate("WorkloadTable",
                                                 "Linked to nothing: this workload has no "
                                                 "dependencies, so no availability or latency")
                   : QCoreApplication::translate("WorkloadTable",
                                                 "This workload sends no such requests");
    case Qt::ForegroundRole:
        // A fixed colour that reads on light and dark palettes alike.
        if (op.served && metric.warning(op))
            return widgetstyle::warningColor();
        return {};
    default:
        return {};
    }
}

} // namespace archstudio::ui
