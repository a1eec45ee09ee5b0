#include "variantcomparison.h"
#include "core/engine/kindset.h"

#include "chartviews.h"
#include "designchangesview.h"

#include "paretofront.h"

#include "core/engine/designdiff.h"
#include "core/engine/engine.h"
#include "core/model/kindregistry.h"
#include "core/model/variants.h"
#include "core/render/figureformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QScatterSeries>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace archstudio::ui {

namespace {

double worstP99(const engine::Evaluation &e, bool reads)
{
    return engine::worstPeakP99(e, reads).value_or(0.0);
}

/// "RDS database", or "Data transfer" for the transfer lines every kind can have.
QString costGroup(const engine::ComponentResult &c, const engine::LineItem &item,
                  const model::KindRegistry &kinds)
{
    if (item.catalogKey.startsWith(QLatin1String("transfer.")))
        return QObject::tr("Data transfer");
    return kinds.displayName(c.kind);
}

} // namespace

VariantComparison::VariantComparison(model::Design design,
                                     std::shared_ptr<const engine::KindSet> kinds,
                                     double loadFactor, QWidget *parent)
    : QDialog(parent), mDesign(std::move(design)), mKinds(std::move(kinds)),
      mCatalog(mKinds->catalog()), mLoadFactor(loadFactor)
{
    setWindowTitle(tr("Compare Variants"));
    mVariants = new QListWidget(this);
    mVariants->setAccessibleName(tr("Variants to compare"));
    for (const QString &name : model::variantNames(mDesign)) {
        auto *item = new QListWidgetItem(name, mVariants);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    mVariants->setMaximumWidth(220);
    mStatus = new QLabel(this);
    mStatus->setWordWrap(true);
    mTable = new QTableWidget(0, 8, this);
    mTable->setHorizontalHeaderLabels({tr("Variant"), tr("Monthly cost"), tr("Read p99 (peak)"),
                                       tr("Write p99 (peak)"), tr("SLA floor"), tr("Modelled"),
                                       tr("Worst RTO"), tr("Worst RPO")});
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mCostChart = new QChartView(this);
    mTradeOffChart = new QChartView(this);
    for (QChartView *view : {mCostChart, mTradeOffChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
    }
    auto *charts = new QHBoxLayout;
    charts->addWidget(mCostChart, 1);
    charts->addWidget(mTradeOffChart, 1);
    auto *right = new QVBoxLayout;
    right->setObjectName(QStringLiteral("comparisonColumn"));
    right->addWidget(mStatus);
    right->addWidget(mTable, 1);
    right->addLayout(charts, 2);
    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Compare:"), this));
    left->addWidget(mVariants, 1);
    body->addLayout(left);
    body->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(1180, 760);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mVariants, &QListWidget::itemChanged, this, &VariantComparison::start);
    connect(&mWatcher, &QFutureWatcher<QList<Row>>::finished, this, &VariantComparison::finished);
    start();
}

VariantComparison::~VariantComparison()
{
    mWatcher.waitForFinished();
}

QStringList VariantComparison::ticked() const
{
    QStringList names;
    for (int i = 0; i < mVariants->count(); ++i) {
        if (mVariants->item(i)->checkState() == Qt::Checked)
            names << mVariants->item(i)->text();
    }
    return names;
}

void VariantComparison::compare(const QStringList &variants)
{
    const QSignalBlocker block(mVariants);
    for (int i = 0; i < mVariants->count(); ++i)
        mVariants->item(i)->setCheckState(
            variants.contains(mVariants->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    start();
}

void VariantComparison::showChangesBetween(const QString &before, const QString &after)
{
    mChangesBefore = before;
    mChangesAfter = after;
    if (!mChanges) {
        mChanges = new DesignChangesView(this);
        // Between the table and the charts: what a reviewer reads first after the totals.
        auto *right = findChild<QVBoxLayout *>(QStringLiteral("comparisonColumn"));
        right->insertWidget(2, mChanges, 2);
    }
    compare({before, after});
}

void VariantComparison::start()
{
    if (mWatcher.isRunning()) {
        // Compared again when this run ends.
        connect(&mWatcher, &QFutureWatcher<QList<Row>>::finished, this, &VariantComparison::start,
                Qt::SingleShotConnection);
        return;
    }
    const QStringList names = ticked();
    if (names.size() < 2) {
        mStatus->setText(tr("Tick two or more variants to compare them. Variant › New Variant "
                            "from Current makes one to edit."));
        mRows.clear();
        fillTable();
        drawCostChart();
        drawTradeOffChart();
        return;
    }
    mStatus->setText(tr("Evaluating %1 variants at %2…").arg(names.size()).arg(loadText()));
    const model::Design design = mDesign;
    const catalog::Catalog base = mCatalog;
    const double loadFactor = mLoadFactor;
    mWatcher.setFuture(QtConcurrent::run([design, base, names, loadFactor, kinds = mKinds] {
        QList<Row> rows;
        for (const QString &name : names) {
            const model::Design variant = *model::variantAsDesign(design, name);
            engine::Scenario scenario;
            scenario.loadFactor = loadFactor;
            scenario.review = false;
            rows.append({name, engine::evaluate({variant, 0}, engine::catalogFor(variant, base),
                                                scenario, kinds->behaviours())});
        }
        return rows;
    }));
}

QString VariantComparison::statusText() const
{
    return mStatus->text();
}

QString VariantComparison::loadText() const
{
    return mLoadFactor == 1.0 ? tr("today's load (x1)")
                              : tr("x%1 today's load, the studio's what-if load").arg(mLoadFactor);
}

void VariantComparison::finished()
{
    mRows = mWatcher.result();
    mStatus->setText(tr("Each variant evaluated on its own with the same catalog, at %1. "
                        "Availability is the worst workload operation's; p99 the slowest at "
                        "peak.")
                         .arg(loadText()));
    fillTable();
    drawCostChart();
    drawTradeOffChart();
    fillChanges();
    emit compared();
}

QList<int> VariantComparison::front() const
{
    QList<CostAvailability> points;
    for (const Row &r : mRows)
        points.append(
            {r.evaluation.totals.monthlyCostUsd, r.evaluation.totals.availability.modelled});
    return paretoFront(points);
}

void VariantComparison::fillTable()
{
    mTable->setRowCount(int(mRows.size()));
    const QList<int> best = front();
    for (int row = 0; row < mRows.size(); ++row) {
        const engine::Evaluation &e = mRows.at(row).evaluation;
        const QStringList cells{
            mRows.at(row).variant + (best.contains(row) ? tr("  ★") : QString()),
            render::markUnpriced(render::fullUsd(e.totals.monthlyCostUsd),
                                 e.totals.unpricedComponents),
            render::latencyMs(worstP99(e, true)), render::latencyMs(worstP99(e, false)),
            render::availabilityPercent(e.totals.availability.slaFloor),
            // One decimal more than elsewhere: variants often differ
            // in the fourth nine.
            QLocale().toString(e.totals.availability.modelled * 100.0, 'f', 4) + QLatin1Char('%'),
            render::duration(e.totals.worstRtoSeconds), render::duration(e.totals.worstRpoSeconds)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (col == 0 && best.contains(row))
                item->setToolTip(tr("On the Pareto front: no other variant is both cheaper and "
                                    "more available"));
            mTable->setItem(row, col, item);
        }
    }
}

void VariantComparison::fillChanges()
{
    if (!mChanges)
        return;
    const auto rowOf = [this](const QString &name) -> const Row * {
        for (const Row &r : mRows) {
            if (r.variant == name)
                return &r;
        }
        return nullptr;
    };
    const Row *before = rowOf(mChangesBefore);
    const Row *after = rowOf(mChangesAfter);
    mChanges->setVisible(before && after);
    if (!before || !after)
        return;
    mChanges->setDiff(engine::diffDesigns(*model::variantAsDesign(mDesign, mChangesBefore),
                                          before->evaluation,
                                          *model::variantAsDesign(mDesign, mChangesAfter),
                                          after->evaluation, mKinds->schemas()),
                      mKinds->schemas());
}

void VariantComparison::drawCostChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Monthly cost by kind"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Groups in order of first appearance, so colours stay put as variants are ticked.
    QStringList groups;
    QList<QHash<QString, double>> costs;
    for (const Row &r : mRows) {
        QHash<QString, double> byGroup;
        for (const engine::ComponentResult &c : r.evaluation.components) {
            for (const engine::LineItem &item : c.lineItems) {
                const QString group = costGroup(c, item, mKinds->schemas());
                if (!groups.contains(group))
                    groups << group;
                byGroup[group] += item.monthlyUsd;
            }
        }
        costs << byGroup;
    }
    auto *series = new QStackedBarSeries(chart);
    for (const QString &group : groups) {
        auto *set = new QBarSet(group, series);
        for (const auto &byGroup : costs)
            set->append(byGroup.value(group));
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    for (const Row &r : mRows)
        x->append(r.variant);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("$%.0f"));
    y->setTitleText(tr("USD a month"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->applyNiceNumbers();
    replaceChart(mCostChart, chart);
}

void VariantComparison::drawTradeOffChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Cost against availability (modelled)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *frontLine = new QLineSeries(chart);
    frontLine->setName(tr("Pareto front"));
    frontLine->setPen(QPen(QColor(0x2F, 0x85, 0x5A), 2.0));
    chart->addSeries(frontLine);
    // Availability as nines, so 99.9% and 99.99% are a step apart, not a hair.
    const auto nines = [](double a) {
        return a >= 1.0 ? 9.0 : -std::log10(1.0 - a);
    };
    double lowCost = INFINITY, highCost = 0.0, lowNines = INFINITY, highNines = 0.0;
    // One series per variant, so the legend names each point.
    for (const Row &r : mRows) {
        const double cost = r.evaluation.totals.monthlyCostUsd;
        const double n = nines(r.evaluation.totals.availability.modelled);
        auto *point = new QScatterSeries(chart);
        point->setName(r.variant);
        point->setMarkerSize(12.0);
        point->append(cost, n);
        chart->addSeries(point);
        lowCost = std::min(lowCost, cost);
        highCost = std::max(highCost, cost);
        lowNines = std::min(lowNines, n);
        highNines = std::max(highNines, n);
    }
    for (int i : front())
        frontLine->append(mRows.at(i).evaluation.totals.monthlyCostUsd,
                          nines(mRows.at(i).evaluation.totals.availability.modelled));
    auto *x = new QValueAxis(chart);
    x->setTitleText(tr("USD a month"));
    x->setLabelFormat(QStringLiteral("$%.0f"));
    auto *y = new QValueAxis(chart);
    y->setTitleText(tr("nines of availability"));
    y->setLabelFormat(QStringLiteral("%.1f"));
    if (!mRows.isEmpty()) {
        const double costPad = std::max(1.0, (highCost - lowCost) * 0.15);
        x->setRange(std::max(0.0, lowCost - costPad), highCost + costPad);
        x->applyNiceNumbers();
        // Half-nine steps: 3.5 is 99.968%, 4.0 is 99.99%.
        const double bottom = std::floor(lowNines * 2.0) / 2.0;
        const double top = std::max(bottom + 0.5, std::ceil(highNines * 2.0) / 2.0);
        y->setRange(bottom, top);
        y->setTickCount(int(std::lround((top - bottom) / 0.5)) + 1);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    replaceChart(mTradeOffChart, chart);
}

} // namespace archstudio::ui
