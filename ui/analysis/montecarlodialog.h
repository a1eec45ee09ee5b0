#pragma once

#include "core/catalog/catalog.h"
#include "core/engine/kindset.h"
#include "core/engine/simulation/montecarlo.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace archstudio::ui {

/// Analysis › Monte Carlo…: simulates years of operation on every core, with progress and
/// cancel, and shows each workload operation's availability with its confidence interval
/// beside the exact figure, and the distribution of yearly downtime as the share of years
/// above each amount (log scale, so the rare bad years show).
class MonteCarloDialog : public QDialog
{
    Q_OBJECT

public:
    /// kinds: the loaded kinds, with their catalog.
    MonteCarloDialog(model::Design design, std::shared_ptr<const engine::KindSet> kinds,
                     QWidget *parent = nullptr);
    ~MonteCarloDialog() override;

    void setYears(qint64 years);
    void setSeed(quint64 seed);
    void run();
    void cancel();
    bool isRunning() const { return mWatcher.isRunning(); }
    const engine::MonteCarloResult &result() const { return mResult; }
    /// The operation whose distribution the chart shows (a row of the table).
    void showOperation(int index);
    QChartView *chartView() const { return mChart; }
    /// What the dialog says about the last run (or why it did not run).
    QString statusText() const;

signals:
    void finished();

private:
    void runDone(); // not done(): QDialog::done(int) is virtual
    void fillTable();

    model::Design mDesign;
    std::shared_ptr<const engine::KindSet> mKinds;
    catalog::Catalog mCatalog;
    engine::MonteCarloResult mResult;
    QFutureWatcher<engine::MonteCarloResult> mWatcher;
    std::shared_ptr<std::atomic<bool>> mCancel;
    std::shared_ptr<std::atomic<qint64>> mDone;

    QSpinBox *mYears = nullptr;
    QSpinBox *mSeed = nullptr;
    QComboBox *mTarget = nullptr;
    QPushButton *mRun = nullptr;
    QPushButton *mCancelButton = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mStatus = nullptr;
    QTableWidget *mTable = nullptr;
    QChartView *mChart = nullptr;
};

} // namespace archstudio::ui
