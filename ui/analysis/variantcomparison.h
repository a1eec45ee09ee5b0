#pragma once

#include "core/catalog/catalog.h"
#include "core/engine/evaluation.h"
#include "core/engine/kindset.h"
#include "core/model/design.h"

#include <QDialog>
#include <QFutureWatcher>

class QChartView;
class QLabel;
class QListWidget;
class QTableWidget;

namespace archstudio::ui {

class DesignChangesView;

/// Analysis › Compare Variants…: evaluates the variants ticked (two or more) on the thread
/// pool and puts them side by side: a table of cost, worst read and write p99 at peak,
/// availability both ways and worst RTO/RPO; the cost of each broken down by kind as stacked
/// bars; and cost against modelled availability with the Pareto front marked.
class VariantComparison : public QDialog
{
    Q_OBJECT

public:
    struct Row
    {
        QString variant;
        engine::Evaluation evaluation;
    };

    /// Evaluates the variants at loadFactor times the design's traffic: the studio passes its
    /// what-if load, so the figures match those it shows.
    VariantComparison(model::Design design, std::shared_ptr<const engine::KindSet> kinds,
                      double loadFactor = 1.0, QWidget *parent = nullptr);
    double loadFactor() const { return mLoadFactor; }
    ~VariantComparison() override;

    /// Ticks exactly these variants and compares them.
    void compare(const QStringList &variants);
    /// Also lists what changed from one variant to the other (components, links, figures)
    /// whenever both are compared: what File › Compare with File… shows.
    void showChangesBetween(const QString &before, const QString &after);
    /// The changes shown; null until showChangesBetween().
    DesignChangesView *changesView() const { return mChanges; }
    const QList<Row> &rows() const { return mRows; }
    bool isBusy() const { return mWatcher.isRunning(); }
    /// Rows on the Pareto front of cost against modelled availability, cheapest first.
    QList<int> front() const;
    QChartView *costChart() const { return mCostChart; }
    QChartView *tradeOffChart() const { return mTradeOffChart; }
    QString statusText() const;
    QTableWidget *table() const { return mTable; }

signals:
    void compared();

private:
    QStringList ticked() const;
    /// "x2 today's load…": which load the figures are for.
    QString loadText() const;
    void start();
    void finished();
    void fillTable();
    void drawCostChart();
    void drawTradeOffChart();
    void fillChanges();

    model::Design mDesign;
    std::shared_ptr<const engine::KindSet> mKinds;
    catalog::Catalog mCatalog;
    double mLoadFactor = 1.0;
    QList<Row> mRows;
    QFutureWatcher<QList<Row>> mWatcher;

    QListWidget *mVariants = nullptr;
    QLabel *mStatus = nullptr;
    QTableWidget *mTable = nullptr;
    QChartView *mCostChart = nullptr;
    QChartView *mTradeOffChart = nullptr;
    DesignChangesView *mChanges = nullptr;
    QString mChangesBefore;
    QString mChangesAfter;
};

} // namespace archstudio::ui
