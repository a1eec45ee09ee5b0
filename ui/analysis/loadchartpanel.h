#pragma once

#include "core/catalog/catalog.h"
#include "core/engine/loadsweep.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QChartView;
class QBoxLayout;
class QComboBox;
class QLabel;

namespace archstudio::document {
class Document;
}

namespace archstudio::ui {

/// The What-if Load panel: p50 and p99 latency of a workload's reads and writes, and the
/// utilisation of the components that saturate first, against the load factor from 0.1x to
/// 10x (log scale), with the current factor and the knee marked. The sweep runs on the
/// thread pool when the design or the load factor changes, only while the panel is shown.
class LoadChartPanel : public QWidget
{
    Q_OBJECT

public:
    LoadChartPanel(document::Document *document, catalog::Catalog catalog,
                   QWidget *parent = nullptr);
    ~LoadChartPanel() override;

    void setLoadFactor(double loadFactor);
    const engine::LoadSweep &sweep() const { return mSweep; }
    bool isBusy() const { return mWatcher.isRunning(); }
    /// "Orders database saturates first, at 3.2x the load": the knee, in words.
    QString kneeText() const;
    QChartView *latencyChart() const { return mLatency; }
    QChartView *utilizationChart() const { return mUtilization; }
    /// Recomputes now (tests; the panel otherwise waits for a change while visible).
    void refresh();
    /// The charts side by side when each gets at least kMinChartWidth, else one above the
    /// other: a dock beside the canvas is tall and narrow, one below it wide and low.
    bool chartsSideBySide() const;
    static constexpr int kMinChartWidth = 460;

signals:
    void sweepReady();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void finished();
    void redraw();

    QPointer<document::Document> mDocument;
    catalog::Catalog mCatalog;
    double mLoadFactor = 1.0;
    model::Design mDesign; ///< the design mSweep describes
    model::Design mPending;
    engine::LoadSweep mSweep;
    QFutureWatcher<engine::LoadSweep> mWatcher;
    bool mStale = true;
    QTimer mDebounce;

    QComboBox *mWorkload = nullptr;
    QLabel *mKnee = nullptr;
    QChartView *mLatency = nullptr;
    QChartView *mUtilization = nullptr;
    QBoxLayout *mCharts = nullptr;
};

} // namespace archstudio::ui
