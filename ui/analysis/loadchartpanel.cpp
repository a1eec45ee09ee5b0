#include "loadchartpanel.h"

#include "chartviews.h"

#include "core/document/document.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace archstudio::ui {

namespace {

constexpr int kDebounceMs = 400;
constexpr int kSaturatingShown = 4; ///< components drawn on the utilisation chart

QLogValueAxis *loadAxis(QChart *chart)
{
    auto *x = new QLogValueAxis(chart);
    x->setBase(10.0);
    x->setRange(0.1, 10.0);
    x->setMinorTickCount(8);
    x->setLabelFormat(QStringLiteral("%gx"));
    x->setTitleText(QObject::tr("Load (x today's)"));
    return x;
}

/// A vertical marker line from bottom to top of a y range.
QLineSeries *marker(QChart *chart, double x, double low, double high, const QColor &colour,
                    const QString &name)
{
    auto *line = new QLineSeries(chart);
    line->setName(name);
    line->append(x, low);
    line->append(x, high);
    line->setPen(QPen(colour, 1.5, Qt::DashLine));
    return line;
}

/// Text sized for a dock rather than a page: a chart's title, axes and legend at the
/// widgets' size, so a chart half a dock wide keeps its words whole.
void compact(QChart *chart)
{
    QFont font = chart->font();
    font.setPointSizeF(8.0);
    QFont title = font;
    title.setPointSizeF(9.0);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);
    chart->setMargins(QMargins(4, 2, 4, 2));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

LoadChartPanel::LoadChartPanel(document::Document *document, catalog::Catalog catalog,
                               QWidget *parent)
    : QWidget(parent), mDocument(document), mCatalog(std::move(catalog))
{
    mWorkload = new QComboBox(this);
    mWorkload->setAccessibleName(tr("Workload"));
    mKnee = new QLabel(this);
    mKnee->setWordWrap(true);
    mLatency = new QChartView(this);
    mUtilization = new QChartView(this);
    for (QChartView *view : {mLatency, mUtilization}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(200);
    }
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Workload:"), this));
    top->addWidget(mWorkload, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(mKnee);
    mCharts = new QBoxLayout(QBoxLayout::LeftToRight);
    mCharts->addWidget(mLatency, 1);
    mCharts->addWidget(mUtilization, 1);
    layout->addLayout(mCharts, 1);

    mDebounce.setSingleShot(true);
    mDebounce.setInterval(kDebounceMs);
    connect(&mDebounce, &QTimer::timeout, this, &LoadChartPanel::refresh);
    connect(&mWatcher, &QFutureWatcher<engine::LoadSweep>::finished, this,
            &LoadChartPanel::finished);
    connect(mWorkload, &QComboBox::currentIndexChanged, this, &LoadChartPanel::redraw);
    if (mDocument) {
        connect(mDocument, &document::Document::changed, this, [this] {
            mStale = true;
            if (isVisible())
                mDebounce.start();
        });
    }
}

LoadChartPanel::~LoadChartPanel()
{
    mWatcher.waitForFinished();
}

void LoadChartPanel::setLoadFactor(double loadFactor)
{
    mLoadFactor = loadFactor;
    redraw(); // only the marker moves: the sweep covers every factor already
}

void LoadChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mStale)
        mDebounce.start();
}

void LoadChartPanel::refresh()
{
    if (!mDocument)
        return;
    if (mWatcher.isRunning()) {
        mStale = true;
        mDebounce.start(); // after this run
        return;
    }
    mStale = false;
    mPending = mDocument->design();
    const model::Design design = mPending;
    const catalog::Catalog catalog = engine::catalogFor(design, mCatalog);
    mKnee->setText(tr("Updating…"));
    mWatcher.setFuture(QtConcurrent::run([design, catalog, kinds = mDocument->sharedKinds()] {
        return engine::sweepLoad({design, 0}, catalog, engine::loadFactors(), kinds->behaviours());
    }));
}

void LoadChartPanel::finished()
{
    mSweep = mWatcher.result();
    mDesign = mPending;
    const QString current = mWorkload->currentData().toString();
    {
        const QSignalBlocker block(mWorkload);
        mWorkload->clear();
        if (!mSweep.points.isEmpty()) {
            for (const engine::WorkloadResult &w : mSweep.points.first().workloads) {
                const model::Component *c = mDesign.findComponent(w.id);
                mWorkload->addItem(c ? c->displayName() : w.id.value(), w.id.value());
            }
        }
        mWorkload->setCurrentIndex(std::max(0, mWorkload->findData(current)));
    }
    redraw();
    emit sweepReady();
}

QString LoadChartPanel::kneeText() const
{
    if (mSweep.saturation.isEmpty())
        return tr("No component carries load yet: link a workload to a data store.");
    const engine::SaturationPoint &first = mSweep.saturation.first();
    const model::Component *c = mDesign.findComponent(first.component);
    const QString name = c ? c->displayName() : first.component.value();
    const QString factor = QLocale().toString(first.loadFactor, 'g', 2);
    return first.loadFactor <= 1.0
               ? tr("%1 is saturated at today's peak (it would need %2x its capacity).")
                     .arg(name, QLocale().toString(1.0 / first.loadFactor, 'g', 2))
               : tr("%1 saturates first, at %2x today's load; latency rises steeply before "
                    "that knee.")
                     .arg(name, factor);
}

void LoadChartPanel::redraw()
{
    mKnee->setText(kneeText());
    const int w = mWorkload->currentIndex();
    auto *latency = new QChart;
    latency->setTitle(tr("Latency, average load"));
    latency->legend()->setAlignment(Qt::AlignBottom);
    auto *x = loadAxis(latency);
    auto *y = new QValueAxis(latency);
    y->setLabelFormat(QStringLiteral("%.1f ms"));
    latency->addAxis(x, Qt::AlignBottom);
    latency->addAxis(y, Qt::AlignLeft);
    double high = 0.0;
    if (w >= 0) {
        const struct
        {
            QString name;
            bool reads;
            bool p99;
        } lines[] = {{tr("read p50"), true, false},
                     {tr("read p99"), true, true},
                     {tr("write p50"), false, false},
                     {tr("write p99"), false, true}};
        for (const auto &line : lines) {
            auto *series = new QLineSeries(latency);
            series->setName(line.name);
            for (const engine::LoadPoint &p : mSweep.points) {
                if (w >= p.workloads.size())
                    break;
                const engine::OperationResult &op =
                    line.reads ? p.workloads.at(w).read : p.workloads.at(w).write;
                const double ms = line.p99 ? op.average.p99Ms : op.average.p50Ms;
                if (!op.served || !std::isfinite(ms) || ms <= 0.0)
                    break; // saturated: the line stops at the knee
                series->append(p.loadFactor, ms);
                high = std::max(high, ms);
            }
            if (series->count() > 0)
                attach(latency, series, x, y);
            else
                delete series;
        }
    }
    if (high > 0.0) {
        y->setRange(0.0, high * 1.15);
        y->applyNiceNumbers();
        attach(latency, marker(latency, mLoadFactor, 0.0, y->max(), Qt::darkGray, tr("now")), x, y);
    }
    compact(latency);
    replaceChart(mLatency, latency);

    auto *utilization = new QChart;
    utilization->setTitle(tr("Utilisation at peak"));
    // Component names are long: one per line beside the plot, not cut short in a row below.
    utilization->legend()->setAlignment(Qt::AlignRight);
    auto *ux = loadAxis(utilization);
    auto *uy = new QValueAxis(utilization);
    uy->setRange(0.0, 150.0);
    uy->setTickCount(4);
    uy->setLabelFormat(QStringLiteral("%.0f%%"));
    utilization->addAxis(ux, Qt::AlignBottom);
    utilization->addAxis(uy, Qt::AlignLeft);
    for (int k = 0; k < std::min<qsizetype>(kSaturatingShown, mSweep.saturation.size()); ++k) {
        const model::ComponentId &id = mSweep.saturation.at(k).component;
        const qsizetype index = mDesign.indexOfComponent(id);
        if (index < 0)
            continue;
        auto *series = new QLineSeries(utilization);
        const model::Component *c = mDesign.findComponent(id);
        series->setName(c ? c->displayName() : id.value());
        for (const engine::LoadPoint &p : mSweep.points) {
            const double u = p.utilization.value(index) * 100.0;
            series->append(p.loadFactor, std::min(u, 150.0));
        }
        attach(utilization, series, ux, uy);
    }
    auto *full = new QLineSeries(utilization);
    full->setName(tr("saturated"));
    full->append(0.1, 100.0);
    full->append(10.0, 100.0);
    full->setPen(QPen(QColor(0xC5, 0x30, 0x30), 1.0, Qt::DashLine));
    attach(utilization, full, ux, uy);
    attach(utilization, marker(utilization, mLoadFactor, 0.0, 150.0, Qt::darkGray, tr("now")), ux,
           uy);
    compact(utilization);
    replaceChart(mUtilization, utilization);
}

bool LoadChartPanel::chartsSideBySide() const
{
    return mCharts->direction() == QBoxLayout::LeftToRight;
}

void LoadChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    mCharts->setDirection(width() >= 2 * kMinChartWidth ? QBoxLayout::LeftToRight
                                                        : QBoxLayout::TopToBottom);
}

} // namespace archstudio::ui
