#include "designchangesview.h"

#include "core/render/designdiffformat.h"

#include <QHeaderView>

namespace archstudio::ui {

using engine::ComponentChange;
using engine::Figure;

namespace {

/// Green for a change for the better, red for one for the worse.
QColor changeColour(Figure figure, const engine::FigureDelta &delta)
{
    const std::optional<double> d = delta.difference();
    if (!d || *d == 0.0)
        return {};
    const bool better = (*d > 0.0) == render::higherIsBetter(figure);
    return better ? QColor(0x2F, 0x85, 0x5A) : QColor(0xC0, 0x39, 0x2B);
}

void addFigure(QTreeWidgetItem *parent, Figure f, const engine::FigureDelta &delta)
{
    auto *item = new QTreeWidgetItem(
        parent, {render::figureLabel(f), render::figureText(f, delta.before),
                 render::figureText(f, delta.after), render::figureChangeText(f, delta)});
    for (int column = 1; column < 4; ++column)
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    if (const QColor colour = changeColour(f, delta); colour.isValid())
        item->setForeground(3, colour);
}

/// One item per row whose figures changed, holding the figures that did.
void addChangedRows(QTreeWidgetItem *parent, const QList<engine::FigureRow> &rows)
{
    for (const engine::FigureRow &row : rows) {
        if (!row.anyChanged())
            continue;
        auto *item = new QTreeWidgetItem(parent, {row.name});
        item->setToolTip(0, row.id.value());
        for (Figure f : engine::kAllFigures) {
            if (row[f].changed())
                addFigure(item, f, row[f]);
        }
    }
    if (parent->childCount() == 0)
        new QTreeWidgetItem(parent, {DesignChangesView::tr("No figure changed")});
}

} // namespace

DesignChangesView::DesignChangesView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("designChanges"));
    setAccessibleName(tr("What changed"));
    setColumnCount(4);
    setHeaderLabels({tr("Change"), tr("Before"), tr("After"), tr("Difference")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setAlternatingRowColors(true);
}

void DesignChangesView::setDiff(const engine::DesignDiff &diff, const model::KindRegistry &kinds)
{
    clear();
    auto *design = new QTreeWidgetItem(this, {tr("Design")});
    for (Figure f : engine::kAllFigures)
        addFigure(design, f, diff.design[f]);

    auto *components = new QTreeWidgetItem(this, {tr("Components")});
    for (const ComponentChange &c : diff.components) {
        const QString what = c.type == ComponentChange::Type::Added     ? tr("Added: %1 (%2)")
                             : c.type == ComponentChange::Type::Removed ? tr("Removed: %1 (%2)")
                                                                        : tr("Changed: %1 (%2)");
        auto *item = new QTreeWidgetItem(components, {what.arg(c.name, kinds.displayName(c.kind))});
        item->setToolTip(0, c.id.value());
        for (const engine::PropertyChange &p : c.changes) {
            new QTreeWidgetItem(item, {p.property, render::propertyValueText(p.before),
                                       render::propertyValueText(p.after)});
        }
    }
    for (const engine::LinkChange &l : diff.links) {
        const QString text = (l.added ? tr("Link added: %1 → %2") : tr("Link removed: %1 → %2"))
                                 .arg(l.link.from.value(), l.link.to.value());
        new QTreeWidgetItem(components, {text});
    }
    if (components->childCount() == 0)
        new QTreeWidgetItem(components, {tr("No component or link changed")});

    auto *workloads = new QTreeWidgetItem(this, {tr("Workloads")});
    addChangedRows(workloads, diff.workloads);
    auto *figures = new QTreeWidgetItem(this, {tr("Figures of components")});
    addChangedRows(figures, diff.componentFigures);
    expandAll();
}

} // namespace archstudio::ui
