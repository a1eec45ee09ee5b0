#include "reviewpanel.h"

#include "findingdelegate.h"
#include "mutedlabel.h"
#include "ui/widgetstyle.h"
#include "updatingindicator.h"

#include "core/render/figureformat.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace archstudio::ui {

namespace {

/// Changes of availability smaller than this are noise of the model, not an effect.
constexpr double kNoAvailabilityChange = 1e-9;

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    mPages = new QStackedWidget(this);
    auto *pages = mPages;
    mModel = new QStandardItemModel(this);
    mList = new QListView(pages);
    mList->setObjectName(QStringLiteral("findingList"));
    mList->setModel(mModel);
    mList->setItemDelegate(new FindingDelegate(mList));
    mList->setFrameShape(QFrame::NoFrame);
    mList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    mList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    mList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows are as tall as their wrapped text; word wrap makes the view lay them out again
    // when its width changes.
    mList->setUniformItemSizes(false);
    mList->setWordWrap(true);
    mList->setResizeMode(QListView::Adjust);
    mList->setMouseTracking(true);
    mList->setAccessibleName(tr("Design review findings"));
    mList->installEventFilter(this);
    connect(mList, &QListView::clicked, this, &ReviewPanel::activate);
    mList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mList, &QWidget::customContextMenuRequested, this, &ReviewPanel::showContextMenu);

    mEmpty = new MutedLabel(QString(), pages);
    mEmpty->setObjectName(QStringLiteral("reviewEmptyState"));
    mEmpty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    mEmpty->setContentsMargins(10, 4, 10, 10);
    pages->addWidget(mList);
    pages->addWidget(mEmpty);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 10, 6);
    mCount = widgetstyle::createHeading(QString(), this);
    mCount->setObjectName(QStringLiteral("findingCount"));
    mUpdating = new UpdatingIndicator(pages, this);
    mUpdating->setObjectName(QStringLiteral("reviewUpdating"));
    mApply = new QPushButton(tr("&Apply Fix"), this);
    mApply->setObjectName(QStringLiteral("applyFix"));
    mApply->setToolTip(tr("Apply the selected finding's fix as one undoable step (Enter)"));
    connect(mApply, &QPushButton::clicked, this, &ReviewPanel::applyCurrentFix);
    header->addWidget(mCount, 1);
    header->addWidget(mUpdating);
    header->addWidget(mApply);
    layout->addLayout(header);
    layout->addWidget(pages, 1);
    connect(mList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewPanel::updateApplyButton);

    setEvaluation({}, {});
}

void ReviewPanel::setEvaluation(const engine::Evaluation &evaluation, const model::Design &design)
{
    // The same finding stays current across evaluations, so Enter can go on down the list.
    const int current = mList->currentIndex().row();
    mModel->clear();
    mPatches.clear();
    for (const engine::Warning &warning : evaluation.warnings) {
        mPatches.append(warning.patch);
        const model::Component *component = design.findComponent(warning.component);
        const QString name = component ? component->displayName() : warning.component.value();
        const QString effect = effectText(warning);
        auto *item = new QStandardItem;
        item->setData(warning.component.value(), FindingDelegate::ComponentIdRole);
        item->setData(name, FindingDelegate::ComponentNameRole);
        item->setData(warning.rule, FindingDelegate::RuleRole);
        item->setData(warning.message, FindingDelegate::MessageRole);
        item->setData(warning.fix, FindingDelegate::FixRole);
        item->setData(effect, FindingDelegate::EffectRole);
        // Screen readers and tooltips get the whole finding in one sentence.
        QStringList parts{name + QStringLiteral(": ") + warning.message};
        if (!warning.fix.isEmpty())
            parts << tr("Fix: %1").arg(warning.fix);
        if (!effect.isEmpty())
            parts << effect;
        item->setData(parts.join(QStringLiteral(". ")), Qt::DisplayRole);
        item->setData(parts.join(QLatin1Char('\n')), Qt::ToolTipRole);
        mModel->appendRow(item);
    }

    const auto count = evaluation.warnings.size();
    mCount->setText(count == 1 ? tr("1 finding") : tr("%n findings", "", static_cast<int>(count)));
    // An empty design passes every rule trivially; saying so would mislead.
    mEmpty->setText(evaluation.components.isEmpty()
                        ? tr("Nothing to review yet: add components to the design.")
                        : tr("No findings: the design passes every review rule."));
    mPages->setCurrentWidget(count > 0 ? static_cast<QWidget *>(mList) : mEmpty);
    if (count > 0)
        mList->selectionModel()->setCurrentIndex(
            mModel->index(std::clamp(current, 0, int(count) - 1), 0),
            QItemSelectionModel::NoUpdate);
    updateApplyButton();
}

const engine::Patch *ReviewPanel::patchAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= mPatches.size() || !mPatches.at(index.row()))
        return nullptr;
    return &*mPatches.at(index.row());
}

void ReviewPanel::updateApplyButton()
{
    mApply->setVisible(!mPatches.isEmpty()); // nothing to apply to a design without findings
    mApply->setEnabled(patchAt(mList->currentIndex()) != nullptr);
}

bool ReviewPanel::applyCurrentFix()
{
    const QModelIndex index = mList->currentIndex();
    const engine::Patch *patch = patchAt(index);
    if (!patch)
        return false;
    // A copy: the signal's handler re-evaluates, which replaces the rows and their patches.
    const engine::Patch fix = *patch;
    emit fixRequested(fix, index.data(FindingDelegate::FixRole).toString());
    return true;
}

void ReviewPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = mList->indexAt(pos);
    if (!index.isValid())
        return;
    mList->setCurrentIndex(index);
    QMenu menu(this);
    QAction *apply = menu.addAction(tr("&Apply Fix"), this, &ReviewPanel::applyCurrentFix);
    apply->setEnabled(patchAt(index) != nullptr);
    menu.addAction(tr("&Show Component"), this, [this, index] { activate(index); });
    menu.exec(mList->viewport()->mapToGlobal(pos));
}

QString ReviewPanel::effectText(const engine::Warning &warning)
{
    QStringList parts;
    if (warning.costDeltaUsd) {
        // Rounding decides: a change that shows as "$0.00/mo" is no change to people.
        const QString cost = render::costDeltaPerMonth(*warning.costDeltaUsd);
        parts << (cost == render::costDeltaPerMonth(0.0) ? tr("same cost") : cost);
    }
    if (warning.availabilityDelta) {
        const double delta = *warning.availabilityDelta;
        if (std::abs(delta) < kNoAvailabilityChange) {
            parts << tr("availability unchanged");
        } else {
            // Downtime is what people feel; the points are for comparing fixes.
            const QString downtime = render::downtimePerMonth(1.0 - std::abs(delta));
            parts << (delta > 0 ? tr("%1 less downtime a month (%2)")
                                : tr("%1 more downtime a month (%2)"))
                         .arg(downtime, render::percentagePoints(delta));
        }
    }
    return parts.join(QStringLiteral(" · "));
}

void ReviewPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit componentActivated(
        model::ComponentId(index.data(FindingDelegate::ComponentIdRole).toString()));
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter and Return show the current finding's component and apply its fix, if it has
    // one. QAbstractItemView::activated is not used because, on styles that activate on a
    // single click, it would repeat every click.
    if (watched == mList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && mList->currentIndex().isValid()) {
            activate(mList->currentIndex());
            applyCurrentFix();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewPanel::setUpdating(bool updating)
{
    mUpdating->setUpdating(updating);
}

bool ReviewPanel::isUpdating() const
{
    return mUpdating->isUpdating();
}

} // namespace archstudio::ui
