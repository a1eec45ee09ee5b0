#include "montecarlodialog.h"

#include "chartviews.h"

#include "core/render/figureformat.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

namespace archstudio::ui {

namespace {

constexpr int kDefaultYears = 100000;
constexpr int kProgressPollMs = 100;
constexpr double kMinutesPerYear = 8760.0 * 60.0;

QString percent(double availability)
{
    return QLocale().toString(availability * 100.0, 'f', 4) + QLatin1Char('%');
}

} // namespace

MonteCarloDialog::MonteCarloDialog(model::Design design,
                                   std::shared_ptr<const engine::KindSet> kinds, QWidget *parent)
    : QDialog(parent), mDesign(std::move(design)), mKinds(std::move(kinds)),
      mCatalog(mKinds->catalog())
{
    setWindowTitle(
        tr("Monte Carlo: %1").arg(mDesign.name.isEmpty() ? tr("Untitled design") : mDesign.name));
    mYears = new QSpinBox(this);
    mYears->setRange(1000, 10'000'000);
    mYears->setSingleStep(10000);
    mYears->setGroupSeparatorShown(true);
    mYears->setValue(kDefaultYears);
    mYears->setSuffix(tr(" years"));
    mSeed = new QSpinBox(this);
    mSeed->setRange(0, std::numeric_limits<int>::max());
    mSeed->setValue(1);
    mSeed->setToolTip(tr("The same seed gives the same years, on any number of cores"));
    mTarget = new QComboBox(this);
    for (const double target : {0.999, 0.9995, 0.9999, 0.99995, 0.99999})
        mTarget->addItem(percent(target).replace(QRegularExpression(QStringLiteral("0+%$")),
                                                 QStringLiteral("%")),
                         target);
    mTarget->setCurrentIndex(2);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Simulate:"), mYears);
    form->addRow(tr("S&eed:"), mSeed);
    form->addRow(tr("&Target:"), mTarget);
    form->addRow(tr("Cores:"), new QLabel(QString::number(QThread::idealThreadCount()), this));

    mRun = new QPushButton(tr("&Run"), this);
    mRun->setDefault(true);
    mCancelButton = new QPushButton(tr("Cancel"), this);
    mCancelButton->setEnabled(false);
    mProgress = new QProgressBar(this);
    mProgress->setTextVisible(true);
    mStatus = new QLabel(this);
    mStatus->setWordWrap(true);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(mRun);
    runRow->addWidget(mCancelButton);
    runRow->addWidget(mProgress, 1);

    mTable = new QTableWidget(0, 7, this);
    mTable->setHorizontalHeaderLabels({tr("Operation"), tr("Simulated"), tr("95% interval"),
                                       tr("Exact (modelled)"), tr("Downtime / year"),
                                       tr("Worst 1% of years"), tr("Years below target")});
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);

    mChart = new QChartView(this);
    mChart->setRenderHint(QPainter::Antialiasing);
    mChart->setMinimumHeight(260);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(mStatus);
    layout->addWidget(mTable, 1);
    layout->addWidget(mChart, 2);
    layout->addWidget(buttons);
    resize(900, 720);

    connect(mRun, &QPushButton::clicked, this, &MonteCarloDialog::run);
    connect(mCancelButton, &QPushButton::clicked, this, &MonteCarloDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&mWatcher, &QFutureWatcher<engine::MonteCarloResult>::finished, this,
            &MonteCarloDialog::runDone);
    connect(mTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { showOperation(row); });
    auto *poll = new QTimer(this);
    poll->setInterval(kProgressPollMs);
    connect(poll, &QTimer::timeout, this, [this] {
        if (mDone && mWatcher.isRunning())
            mProgress->setValue(int(mDone->load()));
    });
    poll->start();
}

MonteCarloDialog::~MonteCarloDialog()
{
    cancel();
    mWatcher.waitForFinished();
}

void MonteCarloDialog::setYears(qint64 years)
{
    mYears->setValue(int(years));
}

void MonteCarloDialog::setSeed(quint64 seed)
{
    mSeed->setValue(int(seed));
}

void MonteCarloDialog::run()
{
    if (mWatcher.isRunning())
        return;
    // Figures outside the catalog's plausible ranges are refused, as when a file is opened:
    // a failure rate of 1e300 a year would only run into the engine's cap on events.
    QStringList refused;
    for (auto it = mDesign.catalogOverrides.cbegin(); it != mDesign.catalogOverrides.cend(); ++it) {
        if (const QString why = mCatalog.checkOverride(it.key(), it.value()); !why.isEmpty())
            refused << tr("catalogOverrides.%1: %2").arg(it.key(), why);
    }
    if (!refused.isEmpty()) {
        mStatus->setText(tr("Not run: %1").arg(refused.join(QLatin1Char('\n'))));
        return;
    }
    engine::MonteCarloOptions options;
    options.years = mYears->value();
    options.seed = quint64(mSeed->value());
    options.target = mTarget->currentData().toDouble();
    mCancel = std::make_shared<std::atomic<bool>>(false);
    mDone = std::make_shared<std::atomic<qint64>>(0);
    options.cancel = mCancel.get();
    // Called on worker threads: only an atomic is touched; the GUI polls it.
    options.progress = [done = mDone](qint64 years, qint64) {
        done->store(years);
    };
    mProgress->setRange(0, int(options.years));
    mProgress->setValue(0);
    mStatus->setText(tr("Simulating %L1 years…").arg(options.years));
    mRun->setEnabled(false);
    mCancelButton->setEnabled(true);
    const model::Design design = mDesign;
    const catalog::Catalog catalog = engine::catalogFor(mDesign, mCatalog);
    // The shared pointers keep the flag and counter alive for as long as the run.
    mWatcher.setFuture(QtConcurrent::run(
        [design, catalog, options, keep = mCancel, counter = mDone, kinds = mKinds] {
            return engine::runMonteCarlo({design, 0}, catalog, options, kinds->behaviours());
        }));
}

QString MonteCarloDialog::statusText() const
{
    return mStatus->text();
}

void MonteCarloDialog::cancel()
{
    if (mCancel)
        mCancel->store(true);
}

void MonteCarloDialog::runDone()
{
    mResult = mWatcher.result();
    mRun->setEnabled(true);
    mCancelButton->setEnabled(false);
    mProgress->setValue(int(mResult.years));
    if (!mResult.error.isEmpty()) {
        mStatus->setText(tr("Stopped after %L1 years: %2").arg(mResult.years).arg(mResult.error));
        // The years before the stop say nothing about such rates: no figures are shown.
        mResult.operations.clear();
        mResult.worst = -1;
        fillTable();
        emit finished();
        return;
    }
    mStatus->setText(
        (mResult.cancelled ? tr("Cancelled after %L1 years (seed %2, %3 threads).")
                           : tr("%L1 years simulated (seed %2, %3 threads)."))
            .arg(mResult.years)
            .arg(mResult.seed)
            .arg(mResult.threads) +
        QLatin1Char(' ') +
        tr("Each year every component, zone and region fails and recovers at the catalog's "
           "rates; the exact figure is the engine's modelled availability."));
    fillTable();
    emit finished();
}

void MonteCarloDialog::fillTable()
{
    mTable->setRowCount(int(mResult.operations.size()));
    for (int row = 0; row < mResult.operations.size(); ++row) {
        const engine::MonteCarloOperation &op = mResult.operations.at(row);
        const model::Component *c = mDesign.findComponent(op.workload);
        const QString name = (c ? c->displayName() : op.workload.value()) +
                             (op.reads ? tr(" · reads") : tr(" · writes"));
        const QString exact =
            percent(op.exact) + (!op.conclusive() ? tr(" (too few outages to compare)")
                                 : op.agrees()    ? tr(" ✓ inside")
                                                  : tr(" ✗ outside"));
        const QStringList cells{
            name,
            percent(op.availability),
            percent(op.confidenceLow) + QStringLiteral(" – ") + percent(op.confidenceHigh),
            exact,
            tr("%1 min").arg(QLocale().toString(op.meanDowntimeMinutes, 'f', 1)),
            tr("%1 min").arg(op.p99DowntimeMinutes, 0, 'f', 1),
            render::percent(op.probabilityBelowTarget)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            mTable->setItem(row, col, item);
        }
    }
    if (mResult.worst >= 0)
        mTable->selectRow(mResult.worst);
    showOperation(mResult.worst);
}

void MonteCarloDialog::showOperation(int index)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    if (index < 0 || index >= mResult.operations.size()) {
        replaceChart(mChart, chart);
        return;
    }
    const engine::MonteCarloOperation &op = mResult.operations.at(index);
    chart->setTitle(tr("%1: share of years with more downtime than…")
                        .arg(mTable->item(index, 0) ? mTable->item(index, 0)->text() : QString()));
    // The exceedance curve, P(yearly downtime > x), from the histogram's bin edges.
    auto *curve = new QLineSeries(chart);
    qint64 above = mResult.years;
    const double floorShare = 0.5 / double(std::max<qint64>(1, mResult.years));
    for (const engine::DowntimeBin &bin : op.histogram) {
        const double share = double(above) / double(std::max<qint64>(1, mResult.years));
        curve->append(bin.fromMinutes, std::max(share, floorShare));
        above -= bin.years;
    }
    chart->addSeries(curve);
    auto *x = new QValueAxis(chart);
    x->setTitleText(tr("Downtime in a year (minutes)"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setRange(0.0, std::max(1.0, op.maxDowntimeMinutes));
    x->applyNiceNumbers();
    auto *y = new QLogValueAxis(chart);
    y->setTitleText(tr("Share of years"));
    y->setBase(10.0);
    y->setLabelFormat(QStringLiteral("%g"));
    y->setRange(floorShare, 1.0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    curve->attachAxis(x);
    curve->attachAxis(y);
    // The downtime the target allows, as a vertical line.
    const double allowed = (1.0 - mResult.target) * kMinutesPerYear;
    chart->setTitle(
        chart->title() + QLatin1Char('\n') +
        tr("(dashed: the %1 a year a target of %2 allows)")
            .arg(render::duration(allowed * 60.0), render::availabilityPercent(mResult.target)));
    if (allowed <= op.maxDowntimeMinutes) {
        auto *target = new QLineSeries(chart);
        target->setName(tr("target"));
        target->append(allowed, floorShare);
        target->append(allowed, 1.0);
        QPen pen(QColor(0xC5, 0x30, 0x30), 1.5, Qt::DashLine);
        target->setPen(pen);
        chart->addSeries(target);
        target->attachAxis(x);
        target->attachAxis(y);
    }
    replaceChart(mChart, chart);
}

} // namespace archstudio::ui
