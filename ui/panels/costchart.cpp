#include "costchart.h"

#include "ui/widgetstyle.h"

#include "core/render/figureformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace archstudio::ui {

namespace {

constexpr int kBarThickness = 10;
constexpr int kRowGap = 7;      ///< between a bar and the label line of the next
constexpr int kLabelGap = 2;    ///< between a label line and its bar
constexpr int kNameCostGap = 8; ///< between a name and its cost on one line

} // namespace

QList<CostSlice> costBreakdown(const engine::Evaluation &evaluation, const model::Design &design,
                               int maxBars)
{
    struct Priced
    {
        const engine::ComponentResult *result;
        double monthlyUsd;
    };
    QList<Priced> priced;
    for (const engine::ComponentResult &component : evaluation.components) {
        if (component.monthlyCostUsd > 0.0)
            priced.append({&component, component.monthlyCostUsd});
    }
    // Stable, so equal costs keep design order and the bars do not shuffle between updates.
    std::stable_sort(priced.begin(), priced.end(),
                     [](const Priced &a, const Priced &b) { return a.monthlyUsd > b.monthlyUsd; });
    const bool folds = priced.size() > maxBars && maxBars > 1;
    const qsizetype bars = folds ? maxBars - 1 : priced.size();
    QList<CostSlice> slices;
    // Only the components that get a bar need a name: a handful of look-ups, not thousands.
    for (qsizetype i = 0; i < bars; ++i) {
        const model::ComponentId &id = priced.at(i).result->id;
        const model::Component *c = design.findComponent(id);
        slices.append({c ? c->displayName() : id.value(), priced.at(i).monthlyUsd});
    }
    if (folds) {
        CostSlice other{QString(), 0.0, 0};
        for (qsizetype i = bars; i < priced.size(); ++i) {
            other.monthlyUsd += priced.at(i).monthlyUsd;
            ++other.components;
        }
        other.name = CostChart::tr("Other (%1)").arg(other.components);
        slices.append(other);
    }
    return slices;
}

CostChart::CostChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("costChart"));
    setRenderHint(QPainter::Antialiasing);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    QChart *chart = this->chart();
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);

    mSeries = new QHorizontalBarSeries;
    mBars = new QBarSet(tr("Monthly cost"));
    mBars->setBorderColor(Qt::transparent);
    mSeries->append(mBars);
    chart->addSeries(mSeries);

    // Both axes only fix the domain (a slot per bar, zero to the dearest); the labels are ours.
    mNames = new QBarCategoryAxis;
    mNames->setVisible(false);
    chart->addAxis(mNames, Qt::AlignLeft);
    mSeries->attachAxis(mNames);
    mValues = new QValueAxis;
    mValues->setVisible(false);
    chart->addAxis(mValues, Qt::AlignBottom);
    mSeries->attachAxis(mValues);

    connect(chart, &QChart::plotAreaChanged, this, &CostChart::layoutLabels);
    setAccessibleName(tr("Monthly cost by component"));
    applyPalette();
}

int CostChart::rowPitch() const
{
    return fontMetrics().height() + kLabelGap + kBarThickness + kRowGap;
}

int CostChart::topMargin() const
{
    // A bar sits in the middle of its slot; the first label line needs room above the slot.
    const int slack = (rowPitch() - kBarThickness) / 2;
    return std::max(0, fontMetrics().height() + kLabelGap - slack) + kLabelGap;
}

void CostChart::setEvaluation(const engine::Evaluation &evaluation, const model::Design &design)
{
    mSlices = costBreakdown(evaluation, design, kMaxBars);
    // Dearest first means last: a horizontal bar series stacks its categories bottom-up.
    QList<qreal> values;
    QStringList categories;
    for (auto it = mSlices.crbegin(); it != mSlices.crend(); ++it) {
        values.append(it->monthlyUsd);
        // Category names must be unique; two components may share a display name.
        QString category = it->name;
        while (categories.contains(category))
            category.append(QChar(0x200B));
        categories.append(category);
    }
    mBars->remove(0, mBars->count());
    mBars->append(values);
    mBars->deselectAllBars();
    if (!mSlices.isEmpty() && mSlices.constLast().components > 1)
        mBars->selectBar(0); // "Other" is drawn in the muted colour
    mNames->setCategories(categories);
    mValues->setRange(0.0, mSlices.isEmpty() ? 1.0 : mSlices.constFirst().monthlyUsd);

    QStringList lines;
    for (const CostSlice &slice : std::as_const(mSlices))
        lines << tr("%1: %2 a month").arg(slice.name, render::fullUsd(slice.monthlyUsd));
    setToolTip(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(lines.join(QStringLiteral("; ")));

    createLabels();
    updateGeometry();
    layoutLabels();
}

void CostChart::createLabels()
{
    qDeleteAll(mNameLabels);
    qDeleteAll(mCostLabels);
    mNameLabels.clear();
    mCostLabels.clear();
    for (const CostSlice &slice : std::as_const(mSlices)) {
        mNameLabels.append(new QGraphicsSimpleTextItem(slice.name, chart()));
        mCostLabels.append(
            new QGraphicsSimpleTextItem(render::compactUsd(slice.monthlyUsd), chart()));
    }
    applyPalette();
}

void CostChart::layoutLabels()
{
    const QRectF plot = chart()->plotArea();
    const QFontMetricsF metrics(font());
    const qsizetype count = mSlices.size();
    for (qsizetype i = 0; i < count; ++i) {
        // The slot of slice i, counted from the bottom as the series does.
        const QPointF centre = chart()->mapToPosition(QPointF(0.0, double(count - 1 - i)), mSeries);
        const qreal top = centre.y() - kBarThickness / 2.0 - kLabelGap - metrics.height();
        QGraphicsSimpleTextItem *cost = mCostLabels.at(i);
        const qreal costWidth = metrics.horizontalAdvance(cost->text());
        cost->setPos(plot.right() - costWidth, top);
        QGraphicsSimpleTextItem *name = mNameLabels.at(i);
        name->setText(metrics.elidedText(mSlices.at(i).name, Qt::ElideRight,
                                         plot.width() - costWidth - kNameCostGap));
        name->setPos(plot.left(), top);
    }
}

QSize CostChart::sizeHint() const
{
    const auto bars = std::max<qsizetype>(mSlices.size(), 1);
    const int height = static_cast<int>(bars) * rowPitch() + topMargin();
    return {QChartView::sizeHint().width(), height};
}

void CostChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyPalette();
        updateGeometry();
    }
}

void CostChart::applyPalette()
{
    const QPalette p = palette();
    mBars->setColor(p.color(QPalette::Highlight));
    mBars->setSelectedColor(widgetstyle::mutedColor(p));
    for (QGraphicsSimpleTextItem *label : std::as_const(mNameLabels)) {
        label->setFont(font());
        label->setBrush(p.color(QPalette::WindowText));
    }
    for (QGraphicsSimpleTextItem *label : std::as_const(mCostLabels)) {
        label->setFont(font());
        label->setBrush(p.color(QPalette::WindowText));
    }
    // Bars fill a fixed thickness of their slot, whatever the font makes the slot.
    mSeries->setBarWidth(double(kBarThickness) / rowPitch());
    chart()->setMargins(QMargins(0, topMargin(), 0, 0));
}

} // namespace archstudio::ui
