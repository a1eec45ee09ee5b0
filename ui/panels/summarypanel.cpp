#include "summarypanel.h"

#include "costchart.h"
#include "mutedlabel.h"
#include "ui/widgetstyle.h"
#include "updatingindicator.h"
#include "workloadtable.h"

#include "core/render/figureformat.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace archstudio::ui {

namespace {

constexpr int kSectionSpacing = 14;

QLabel *createValue(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("—"), parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

/// "99.9893% (4.7 min a month)": the figure and what it means in a month.
QString availabilityText(double availability)
{
    return SummaryPanel::tr("%1 (%2 a month)")
        .arg(render::availabilityPercent(availability), render::downtimePerMonth(availability));
}

} // namespace

SummaryPanel::SummaryPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("summaryPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);
    sections->setContentsMargins(10, 4, 10, 10);
    sections->addWidget(createTotals(content));
    sections->addSpacing(kSectionSpacing);

    sections->addWidget(widgetstyle::createHeading(tr("Workloads"), content));
    mWorkloads = new WorkloadTable(content);
    sections->addWidget(mWorkloads);
    mNoWorkloads = new MutedLabel(tr("Add a workload to see latency and availability."), content);
    mNoWorkloads->setObjectName(QStringLiteral("workloadPlaceholder"));
    sections->addWidget(mNoWorkloads);
    sections->addSpacing(kSectionSpacing);

    sections->addWidget(widgetstyle::createHeading(tr("Cost by component"), content));
    mCostChart = new CostChart(content);
    sections->addWidget(mCostChart);
    mNoCost = new MutedLabel(tr("Add a database or cache to see what it costs."), content);
    mNoCost->setObjectName(QStringLiteral("costPlaceholder"));
    sections->addWidget(mNoCost);
    sections->addSpacing(kSectionSpacing);

    mNotes = new MutedLabel(QString(), content);
    mNotes->setObjectName(QStringLiteral("summaryNotes"));
    mNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sections->addWidget(mNotes);
    sections->addStretch(1);

    mScroll = new QScrollArea(this);
    mScroll->setObjectName(QStringLiteral("summaryScroll"));
    mScroll->setFrameShape(QFrame::NoFrame);
    mScroll->setWidgetResizable(true);
    mScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mScroll->setWidget(content);

    // The header stays put while the figures scroll; it names what they describe.
    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 10, 4);
    mDesignName = widgetstyle::createHeading(QString(), this);
    mDesignName->setObjectName(QStringLiteral("summaryDesignName"));
    mDesignName->setWordWrap(true); // a long name wraps rather than widening the dock
    mUpdating = new UpdatingIndicator(mScroll, this);
    mUpdating->setObjectName(QStringLiteral("summaryUpdating"));
    header->addWidget(mDesignName, 1);
    header->addWidget(mUpdating);
    layout->addLayout(header);
    layout->addWidget(mScroll, 1);

    setEvaluation({}, {});
}

QWidget *SummaryPanel::createTotals(QWidget *parent)
{
    auto *totals = new QWidget(parent);
    auto *grid = new QGridLayout(totals);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);
    mCost = createValue(QStringLiteral("summaryCost"), totals);
    QFont large = mCost->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    mCost->setFont(large);
    mSlaFloor = createValue(QStringLiteral("summarySlaFloor"), totals);
    mModelled = createValue(QStringLiteral("summaryModelled"), totals);
    mRto = createValue(QStringLiteral("summaryWorstRto"), totals);
    mRpo = createValue(QStringLiteral("summaryWorstRpo"), totals);
    const std::pair<QString, QLabel *> rows[] = {
        {tr("Per month"), mCost}, {tr("SLA floor"), mSlaFloor}, {tr("Modelled"), mModelled},
        {tr("Worst RTO"), mRto},  {tr("Worst RPO"), mRpo},
    };
    int row = 0;
    for (const auto &[name, value] : rows) {
        auto *caption = new MutedLabel(name, totals);
        caption->setWordWrap(false);
        caption->setBuddy(value);
        grid->addWidget(caption, row, 0, Qt::AlignLeft | Qt::AlignBaseline);
        grid->addWidget(value, row, 1, Qt::AlignBaseline);
        ++row;
    }
    mSlaFloor->setToolTip(tr("The worst workload's availability composed from published SLAs"));
    mModelled->setToolTip(tr("The worst workload's expected availability, from failure and "
                             "recovery rates"));
    mRto->setToolTip(tr("The longest failover or restore of any component"));
    mRpo->setToolTip(tr("The largest window of data any component can lose"));
    return totals;
}

void SummaryPanel::showEvaluating(const QString &designName)
{
    mEvaluating = true;
    mDesignName->setText(designName);
    mCost->setText(tr("Evaluating…"));
    for (QLabel *value : {mSlaFloor, mModelled, mRto, mRpo})
        value->setText(QStringLiteral("…"));
    mWorkloads->hide();
    mCostChart->hide();
    mNoCost->hide();
    mNotes->hide();
    mNoWorkloads->setText(tr("Working out cost, latency and availability; the figures appear "
                             "here when the first evaluation is done."));
    mNoWorkloads->show();
}

void SummaryPanel::showOpening(const QString &fileName)
{
    showEvaluating(fileName);
    mCost->setText(tr("Opening…"));
    mNoWorkloads->setText(tr("Reading the design; its figures appear here once it has been "
                             "evaluated."));
}

void SummaryPanel::setEvaluation(const engine::Evaluation &evaluation, const model::Design &design)
{
    mEvaluating = false;
    mNoWorkloads->setText(tr("Add a workload to see latency and availability."));
    mDesignName->setText(evaluation.designName);
    mDesignName->setToolTip(evaluation.designName);
    showTotals(evaluation);

    const bool hasWorkloads = !evaluation.workloads.isEmpty();
    mWorkloads->setWorkloads(evaluation.workloads, design);
    mWorkloads->setVisible(hasWorkloads);
    mNoWorkloads->setVisible(!hasWorkloads);

    mCostChart->setEvaluation(evaluation, design);
    const bool hasCost = !mCostChart->slices().isEmpty();
    mCostChart->setVisible(hasCost);
    mNoCost->setVisible(!hasCost);

    showNotes(evaluation);
}

void SummaryPanel::showTotals(const engine::Evaluation &evaluation)
{
    mCost->setText(render::markUnpriced(render::fullUsd(evaluation.totals.monthlyCostUsd),
                                        evaluation.totals.unpricedComponents));
    // Without a workload that depends on something, nothing is asked of the design, so
    // "100%" would be meaningless.
    const bool hasWorkloads = engine::anyOperationServed(evaluation);
    const engine::Availability &worst = evaluation.totals.availability;
    mSlaFloor->setText(hasWorkloads ? availabilityText(worst.slaFloor) : QStringLiteral("—"));
    mModelled->setText(hasWorkloads ? availabilityText(worst.modelled) : QStringLiteral("—"));
    const bool hasComponents = !evaluation.components.isEmpty();
    mRto->setText(hasComponents ? render::duration(evaluation.totals.worstRtoSeconds)
                                : QStringLiteral("—"));
    mRpo->setText(hasComponents ? render::duration(evaluation.totals.worstRpoSeconds)
                                : QStringLiteral("—"));
}

void SummaryPanel::showNotes(const engine::Evaluation &evaluation)
{
    QStringList lines;
    if (!evaluation.catalogId.isEmpty()) {
        lines << tr("Catalog %1 of %2, load ×%3")
                     .arg(evaluation.catalogId, evaluation.catalogDate)
                     .arg(evaluation.loadFactor);
    }
    for (const QString &note : evaluation.notes)
        lines << QStringLiteral("• ") + note;
    mNotes->setText(lines.join(QLatin1Char('\n')));
    mNotes->setVisible(!lines.isEmpty());
}

void SummaryPanel::setUpdating(bool updating)
{
    mUpdating->setUpdating(updating);
}

bool SummaryPanel::isUpdating() const
{
    return mUpdating->isUpdating();
}

} // namespace archstudio::ui
