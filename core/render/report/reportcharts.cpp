#include "reportcharts.h"

#include "core/render/diagramstyle.h"
#include "core/render/figureformat.h"
#include "reportcontent.h"

#include <QCoreApplication>
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
            const model::KindSchema *schema = input.kinds->schemas().schema(r.kind);
            key = schema ? schema->displayName : r.kind;
            colour = style::kindColour(schema);
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
        //: a chart bar that sums the smallest items
        Bar rest{QCoreApplication::translate("Render", "other"), 0.0, QColor(0xA0, 0xAE, 0xC0)};
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

/// The table's precision: variants often differ only in the third decimal of a percent.
QString variantAvailability(double availability)
{
    return QString::number(availability * 100.0, 'f', 4) + QLatin1Char('%');
}

void paintVariants(QPainter &painter, const QRectF &rect, const QList<VariantPoint> &points)
{
    const QColor axisColour(0xA0, 0xAE, 0xC0);
    const QColor textColour(0x2D, 0x37, 0x48);
    const QColor mutedColour(0x71, 0x80, 0x96);
    const QRectF plot = rect.adjusted(100, kTitleHeight + 10, -20, -44);
    painter.setPen(QPen(axisColour, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(mutedColour);
    painter.drawText(QRectF(plot.left(), plot.bottom() + 18, plot.width(), 16), Qt::AlignCenter,
                     QCoreApplication::translate("Render", "Monthly cost"));
    painter.save();
    painter.translate(rect.left() + 12, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, -8, plot.height(), 16), Qt::AlignCenter,
                     QCoreApplication::translate("Render", "Availability (modelled, in nines)"));
    painter.restore();
    if (points.isEmpty())
        return;

    const auto ninesOf = [](double availability) {
        return -std::log10(std::max(1e-9, 1.0 - availability));
    };
    double minCost = points.first().monthlyCostUsd, maxCost = minCost;
    double minNines = ninesOf(points.first().availability), maxNines = minNines;
    qsizetype lowest = 0, highest = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const VariantPoint &p = points.at(i);
        minCost = std::min(minCost, p.monthlyCostUsd);
        maxCost = std::max(maxCost, p.monthlyCostUsd);
        const double nines = ninesOf(p.availability);
        if (nines < minNines) {
            minNines = nines;
            lowest = i;
        }
        if (nines > maxNines) {
            maxNines = nines;
            highest = i;
        }
    }
    // Points sit inside the axes, never on them: a tenth of the plot's size is left free
    // on each side (and the whole range is centred when every point has the same value).
    const QRectF inner = plot.adjusted(plot.width() * 0.1, plot.height() * 0.1, -plot.width() * 0.1,
                                       -plot.height() * 0.1);
    const double costSpan = maxCost - minCost;
    const double ninesSpan = maxNines - minNines;
    const auto xOf = [&](double cost) {
        const double x = costSpan > 0.0 ? (cost - minCost) / costSpan : 0.5;
        return inner.left() + inner.width() * x;
    };
    const auto yOf = [&](double availability) {
        const double y = ninesSpan > 0.0 ? (ninesOf(availability) - minNines) / ninesSpan : 0.5;
        return inner.bottom() - inner.height() * y;
    };

    // Ticks at the extremes, in the figures the table shows.
    painter.setPen(mutedColour);
    const qreal tick = 4;
    for (const double cost : {minCost, maxCost}) {
        const qreal x = xOf(cost);
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + tick));
        painter.drawText(QRectF(x - 50, plot.bottom() + tick, 100, 14), Qt::AlignHCenter,
                         compactUsd(cost));
        if (costSpan <= 0.0)
            break;
    }
    for (const qsizetype i : {lowest, highest}) {
        const qreal y = yOf(points.at(i).availability);
        painter.drawLine(QPointF(plot.left() - tick, y), QPointF(plot.left(), y));
        painter.drawText(QRectF(rect.left() + 22, y - 7, plot.left() - tick - rect.left() - 24, 14),
                         Qt::AlignRight | Qt::AlignVCenter,
                         variantAvailability(points.at(i).availability));
        if (ninesSpan <= 0.0)
            break;
    }

    const QFontMetricsF metrics(font);
    for (const VariantPoint &p : points) {
        const QPointF at(xOf(p.monthlyCostUsd), yOf(p.availability));
        painter.setPen(Qt::NoPen);
        painter.setBrush(style::zoneColour());
        painter.drawEllipse(at, 5, 5);
        const QString label =
            QStringLiteral("%1: %2, %3")
                .arg(p.name, compactUsd(p.monthlyCostUsd), variantAvailability(p.availability));
        // Right of the point, or left of it where the label would leave the plot.
        const qreal width = metrics.horizontalAdvance(label);
        const bool left = at.x() + 8 + width > rect.right();
        painter.setPen(textColour);
        painter.drawText(QPointF(left ? at.x() - 8 - width : at.x() + 8, at.y() + 4), label);
    }
}

} // namespace

QString chartTitle(const QString &id)
{
    if (id == QLatin1String("cost-by-kind"))
        return QCoreApplication::translate("Render", "Monthly cost by kind of component");
    if (id == QLatin1String("cost-by-region"))
        return QCoreApplication::translate("Render", "Monthly cost by region");
    if (id == QLatin1String("availability-vs-cost"))
        return QCoreApplication::translate("Render", "Availability against cost, by variant");
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
                const io::ExportInput &input, const Content &content)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintTitle(painter, rect, chartTitle(id));
    if (id == QLatin1String("availability-vs-cost"))
        paintVariants(painter, rect, content.variantPoints);
    else
        paintBars(painter, rect, costBars(id, input), input.evaluation.totals.monthlyCostUsd);
    painter.restore();
}

QImage chartImage(const QString &id, const io::ExportInput &input, const Content &content,
                  qreal scale)
{
    const QSizeF size = chartSize(id, input);
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(96 / 0.0254));
    image.setDotsPerMeterY(qRound(96 / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintChart(painter, QRectF(QPointF(), size), id, input, content);
    painter.end();
    image.setDotsPerMeterX(qRound(96 * scale / 0.0254));
    image.setDotsPerMeterY(qRound(96 * scale / 0.0254));
    return image;
}

} // namespace archstudio::render::report
