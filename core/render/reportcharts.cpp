#include "reportcharts.h"

#include "diagramstyle.h"
#include "figureformat.h"
#include "reportcontent.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace archstudio::render::report {

namespace {

constexpr qreal kBarHeight = 22.0;
constexpr qreal kBarGap = 8.0;
constexpr qreal kTitleHeight = 30.0;
constexpr qreal kChartWidth = 640.0;
constexpr int kMaxBars = 12;

struct Bar
{
    QString label;
    double value = 0.0;
    QColor colour;
};

QList<Bar> costBars(const QString &id, const io::ExportInput &input)
{
    QMap<QString, Bar> bars;
    for (const engine::ComponentResult &r : input.evaluation.components) {
        if (!r.evaluated || r.monthlyCostUsd <= 0.0)
            continue;
        QString key;
        QColor colour;
        if (id == QLatin1String("cost-by-kind")) {
            const model::KindSchema *schema = input.kinds->schema(r.kind);
            key = schema ? schema->displayName : r.kind;
            colour = style::categoryColour(r.kind);
        } else {
            const model::Component *c = input.component(r.id);
            key = c ? c->placement.region.value() : QString();
            colour = style::regionColour();
        }
        Bar &bar = bars[key];
        bar.label = key;
        bar.colour = colour;
        bar.value += r.monthlyCostUsd;
    }
    QList<Bar> list = bars.values();
    std::stable_sort(list.begin(), list.end(),
                     [](const Bar &a, const Bar &b) { return a.value > b.value; });
    if (list.size() > kMaxBars) {
        Bar rest{QObject::tr("other"), 0.0, QColor(0xA0, 0xAE, 0xC0)};
        for (qsizetype i = kMaxBars - 1; i < list.size(); ++i)
            rest.value += list.at(i).value;
        list = list.mid(0, kMaxBars - 1);
        list << rest;
    }
    return list;
}

void paintTitle(QPainter &painter, const QRectF &rect, const QString &title)
{
    QFont font = painter.font();
    font.setPointSizeF(11);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(0x1A, 0x20, 0x2C));
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), kTitleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
}

void paintBars(QPainter &painter, const QRectF &rect, const QList<Bar> &bars, double total)
{
    QFont font = painter.font();
    font.setPointSizeF(8.5);
    font.setBold(false);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    qreal labelWidth = 0;
    for (const Bar &bar : bars)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
    labelWidth = std::min(labelWidth + 12, rect.width() * 0.35);
    const qreal valueWidth = metrics.horizontalAdvance(QStringLiteral("$000,000.00 (100%)")) + 12;
    const qreal barRoom = rect.width() - labelWidth - valueWidth;
    const double largest = bars.isEmpty() ? 1.0 : std::max(bars.first().value, 1e-9);
    qreal y = rect.top() + kTitleHeight;
    for (const Bar &bar : bars) {
        const QRectF label(rect.left(), y, labelWidth - 8, kBarHeight);
        painter.setPen(QColor(0x2D, 0x37, 0x48));
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, label.width()));
        const qreal width = std::max(1.0, barRoom * bar.value / largest);
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar.colour);
        painter.drawRoundedRect(QRectF(rect.left() + labelWidth, y + 3, width, kBarHeight - 6), 3,
                                3);
        painter.setPen(QColor(0x4A, 0x55, 0x68));
        const QString value = QStringLiteral("%1 (%2)").arg(
            fullUsd(bar.value), total > 0 ? percent(bar.value / total) : QStringLiteral("-"));
        painter.drawText(QRectF(rect.left() + labelWidth + width + 6, y, valueWidth, kBarHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, value);
        y += kBarHeight + kBarGap;
    }
}

void paintVariants(QPainter &painter, const QRectF &rect, const QList<VariantPoint> &points)
{
    const QRectF plot = rect.adjusted(60, kTitleHeight + 6, -20, -30);
    painter.setPen(QPen(QColor(0xA0, 0xAE, 0xC0), 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    if (points.isEmpty())
        return;
    double minCost = points.first().monthlyCostUsd, maxCost = minCost;
    double minNines = 9, maxNines = 0;
    for (const VariantPoint &p : points) {
        minCost = std::min(minCost, p.monthlyCostUsd);
        maxCost = std::max(maxCost, p.monthlyCostUsd);
        const double nines = -std::log10(std::max(1e-9, 1.0 - p.availability));
        minNines = std::min(minNines, nines);
        maxNines = std::max(maxNines, nines);
    }
    const double costSpan = std::max(maxCost - minCost, 1.0);
    const double ninesSpan = std::max(maxNines - minNines, 0.1);
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    for (const VariantPoint &p : points) {
        const double nines = -std::log10(std::max(1e-9, 1.0 - p.availability));
        const QPointF at(plot.left() + plot.width() * (p.monthlyCostUsd - minCost) / costSpan,
                         plot.bottom() - plot.height() * (nines - minNines) / ninesSpan);
        painter.setPen(Qt::NoPen);
        painter.setBrush(style::zoneColour());
        painter.drawEllipse(at, 5, 5);
        painter.setPen(QColor(0x2D, 0x37, 0x48));
        painter.drawText(at + QPointF(8, 4), QStringLiteral("%1: %2, %3")
                                                 .arg(p.name, compactUsd(p.monthlyCostUsd),
                                                      availabilityPercent(p.availability)));
    }
}

} // namespace

QString chartTitle(const QString &id)
{
    if (id == QLatin1String("cost-by-kind"))
        return QObject::tr("Monthly cost by kind of component");
    if (id == QLatin1String("cost-by-region"))
        return QObject::tr("Monthly cost by region");
    if (id == QLatin1String("availability-vs-cost"))
        return QObject::tr("Availability against cost, by variant");
    return id;
}

QSizeF chartSize(const QString &id, const io::ExportInput &input)
{
    if (id == QLatin1String("availability-vs-cost"))
        return {kChartWidth, 320};
    const qsizetype bars = std::max<qsizetype>(1, costBars(id, input).size());
    return {kChartWidth, kTitleHeight + bars * (kBarHeight + kBarGap) + 4};
}

void paintChart(QPainter &painter, const QRectF &rect, const QString &id,
                const io::ExportInput &input)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintTitle(painter, rect, chartTitle(id));
    if (id == QLatin1String("availability-vs-cost"))
        paintVariants(painter, rect, reportVariantPoints(input).value_or(QList<VariantPoint>()));
    else
        paintBars(painter, rect, costBars(id, input), input.evaluation.totals.monthlyCostUsd);
    painter.restore();
}

QImage chartImage(const QString &id, const io::ExportInput &input, qreal scale)
{
    const QSizeF size = chartSize(id, input);
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(96 / 0.0254));
    image.setDotsPerMeterY(qRound(96 / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintChart(painter, QRectF(QPointF(), size), id, input);
    painter.end();
    image.setDotsPerMeterX(qRound(96 * scale / 0.0254));
    image.setDotsPerMeterY(qRound(96 * scale / 0.0254));
    return image;
}

} // namespace archstudio::render::report
