#pragma once

#include "core/engine/evaluation.h"
#include "core/model/design.h"

#include <QChartView>
#include <QList>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QValueAxis;

namespace archstudio::ui {

/// One bar of the cost breakdown: a component, or the components too small for a bar.
struct CostSlice
{
    QString name;
    double monthlyUsd = 0.0;
    int components = 1; ///< more than one for "Other"
};

/// The priced components of an evaluation, dearest first, at most maxBars of them: when there
/// are more, the smallest are summed into a last "Other" slice so the total still adds up.
QList<CostSlice> costBreakdown(const engine::Evaluation &evaluation, const model::Design &design,
                               int maxBars);

/// Monthly cost by component as horizontal bars, dearest at the top. Made for a narrow dock:
/// each bar has its name and cost on a line of their own above it, so names get the full
/// width instead of the share of it Qt Charts leaves to axis labels (at most 40%), and no
/// axis is drawn at all.
class CostChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr int kMaxBars = 8;

    explicit CostChart(QWidget *parent = nullptr);

    void setEvaluation(const engine::Evaluation &evaluation, const model::Design &design);
    const QList<CostSlice> &slices() const { return mSlices; }

    /// The name and cost labels drawn above the bars, dearest first, for tests.
    QList<QGraphicsSimpleTextItem *> nameLabels() const { return mNameLabels; }
    QList<QGraphicsSimpleTextItem *> costLabels() const { return mCostLabels; }

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    int rowPitch() const;
    int topMargin() const;
    void createLabels();
    void layoutLabels();
    void applyPalette();

    QList<CostSlice> mSlices;
    QHorizontalBarSeries *mSeries = nullptr;
    QBarSet *mBars = nullptr;
    QBarCategoryAxis *mNames = nullptr;
    QValueAxis *mValues = nullptr;
    QList<QGraphicsSimpleTextItem *> mNameLabels; ///< owned by the chart
    QList<QGraphicsSimpleTextItem *> mCostLabels;
};

} // namespace archstudio::ui
