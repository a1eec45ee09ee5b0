#include "workloadtable.h"

#include "workloadmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace archstudio::ui {

namespace {

/// Room on the left of a heading for its open/closed arrow, and the indent of the metrics.
constexpr int kIndent = 14;

bool isHeading(const QModelIndex &index)
{
    return index.data(WorkloadModel::HeadingRole).toBool();
}

/// Rows a little taller than the style's default (the table is read, not scanned for one
/// cell); a heading with its open/closed arrow, metric names indented under it.
class WorkloadDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 4);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.column() != WorkloadModel::MetricColumn)
            return QStyledItemDelegate::paint(painter, option, index);
        QStyleOptionViewItem text = option;
        text.rect.setLeft(option.rect.left() + kIndent);
        if (isHeading(index)) {
            QStyleOption arrow = option;
            arrow.rect =
                QRect(option.rect.left(), option.rect.top(), kIndent, option.rect.height());
            arrow.state = QStyle::State_Children | QStyle::State_Item;
            if (index.data(WorkloadModel::ExpandedRole).toBool())
                arrow.state |= QStyle::State_Open;
            const QWidget *widget = option.widget;
            QStyle *style = widget ? widget->style() : nullptr;
            if (style)
                style->drawPrimitive(QStyle::PE_IndicatorBranch, &arrow, painter, widget);
        }
        QStyledItemDelegate::paint(painter, text, index);
    }
};

} // namespace

WorkloadTable::WorkloadTable(QWidget *parent) : QTreeView(parent), mModel(new WorkloadModel(this))
{
    setObjectName(QStringLiteral("workloadTable"));
    setModel(mModel);
    header()->setSectionResizeMode(WorkloadModel::MetricColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(WorkloadModel::ReadsColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(WorkloadModel::WritesColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    // Fit the figure columns to the rows on screen: measuring thousands of rows of text
    // on every evaluation was the studio's longest wait (docs/BENCHMARKS.md).
    header()->setResizeContentsPrecision(0);
    setItemDelegate(new WorkloadDelegate(this));
    // A flat list: the model shows and hides each workload's metric rows itself.
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setIndentation(0);
    // One row measures them all, and only the rows on screen are ever formatted.
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::StrongFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(this, &QAbstractItemView::clicked, this, &WorkloadTable::toggle);
    // The table is as tall as its rows (up to a limit): it grows and shrinks with them.
    connect(mModel, &QAbstractItemModel::modelReset, this, &QWidget::updateGeometry);
    connect(mModel, &QAbstractItemModel::rowsInserted, this, &QWidget::updateGeometry);
    connect(mModel, &QAbstractItemModel::rowsRemoved, this, &QWidget::updateGeometry);
}

void WorkloadTable::setWorkloads(const QList<engine::WorkloadResult> &workloads,
                                 const model::Design &design)
{
    mModel->setWorkloads(workloads, design);
}

void WorkloadTable::toggle(const QModelIndex &index)
{
    if (!isHeading(index))
        return;
    const int workload = mModel->workloadAt(index.row());
    mModel->setExpanded(workload, !mModel->isExpanded(workload));
}

void WorkloadTable::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && isHeading(current)) {
        const int workload = mModel->workloadAt(current.row());
        switch (event->key()) {
        case Qt::Key_Space:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            toggle(current);
            return;
        case Qt::Key_Left:
            mModel->setExpanded(workload, false);
            return;
        case Qt::Key_Right:
            mModel->setExpanded(workload, true);
            return;
        default:
            break;
        }
    }
    QTreeView::keyPressEvent(event);
}

void WorkloadTable::drawRow(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (!isHeading(index))
        return QTreeView::drawRow(painter, option, index);
    QStyleOptionViewItem cell = option;
    cell.rect = QRect(0, option.rect.top(), viewport()->width(), option.rect.height());
    if (hasFocus() && currentIndex().row() == index.row())
        cell.state |= QStyle::State_HasFocus;
    itemDelegate()->paint(painter, cell, mModel->index(index.row(), WorkloadModel::MetricColumn));
}

QSize WorkloadTable::sizeHint() const
{
    const int rows = std::min(mModel->rowCount(), kMaxVisibleRows);
    // Rows are uniform (setUniformRowHeights), so the first one measures them all.
    const int row = rows > 0 ? sizeHintForRow(0) : 0;
    const int height = header()->sizeHint().height() + rows * row + 2 * frameWidth();
    return {QTreeView::sizeHint().width(), height};
}

void WorkloadTable::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
}

} // namespace archstudio::ui
