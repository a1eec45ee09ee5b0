#include "reviewpanel.h"

#include "findingdelegate.h"
#include "findingmodel.h"
#include "mutedlabel.h"
#include "ui/widgetstyle.h"
#include "updatingindicator.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace archstudio::ui {

ReviewPanel::ReviewPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    mPages = new QStackedWidget(this);
    auto *pages = mPages;
    mModel = new FindingModel(this);
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
    // Thousands of findings are measured a batch at a time between events, so the studio
    // stays responsive while a large design's review fills in.
    mList->setLayoutMode(QListView::Batched);
    mList->setBatchSize(50);
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
    if (!mModel->setFindings(evaluation.warnings, design))
        mList->doItemsLayout(); // the same findings, whose texts may now wrap differently

    const auto count = evaluation.warnings.size();
    mCount->setText(count == 1 ? tr("1 finding") : tr("%n findings", "", static_cast<int>(count)));
    // An empty design passes every rule trivially; saying so would mislead.
    mEmpty->setText(evaluation.components.isEmpty()
                        ? tr("Nothing to review yet: add components to the design.")
                        : tr("No findings: the design passes every review rule."));
    mPages->setCurrentWidget(count > 0 ? static_cast<QWidget *>(mList) : mEmpty);
    const int target = std::clamp(current, 0, int(count) - 1);
    if (count > 0 && mList->currentIndex().row() != target) {
        // Without scrolling to it: that would measure every row above it at once, where the
        // batched layout spreads the work over the event loop.
        mList->setAutoScroll(false);
        mList->selectionModel()->setCurrentIndex(mModel->index(target, 0),
                                                 QItemSelectionModel::NoUpdate);
        mList->setAutoScroll(true);
    }
    updateApplyButton();
}

const engine::Patch *ReviewPanel::patchAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= mModel->rowCount())
        return nullptr;
    const std::optional<engine::Patch> &patch = mModel->finding(index.row()).patch;
    return patch ? &*patch : nullptr;
}

void ReviewPanel::updateApplyButton()
{
    mApply->setVisible(mModel->rowCount() > 0); // nothing to apply to a design without findings
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
    return FindingModel::effectText(warning);
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
