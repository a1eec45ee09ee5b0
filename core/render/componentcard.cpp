#include "componentcard.h"

#include "diagramstyle.h"
#include "figureformat.h"
#include "iconcache.h"

#include "core/engine/workloadkind.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace archstudio::render {

namespace {

QString shown(const model::Component &component, const model::KindSchema *schema,
              const QString &name)
{
    // Unset or null: the kind's default, as the engine reads it.
    const QVariant value =
        schema ? schema->valueOf(name, component.properties) : component.properties.value(name);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? name : QString();
    return value.toString();
}

/// 450, 12.5k, 1.2M: rates on a card without scientific notation.
QString compactCount(double n)
{
    if (n < 1e4)
        return QString::number(n, 'f', n == std::floor(n) ? 0 : 1);
    if (n < 1e6)
        return QString::number(n / 1e3, 'f', n < 1e5 ? 1 : 0) + QLatin1Char('k');
    return QString::number(n / 1e6, 'f', 1) + QLatin1Char('M');
}

} // namespace

CardColours CardColours::light()
{
    return {Qt::white, QColor(0x1A, 0x20, 0x2C), QColor(0x71, 0x80, 0x96), QColor(0xCB, 0xD5, 0xE0),
            QColor(0x31, 0x82, 0xCE)};
}

QStringList titleLines(const QString &title, const QFontMetricsF &metrics, qreal width)
{
    if (metrics.horizontalAdvance(title) <= width)
        return {title};
    // The longest run of whole words that fits goes first; the rest, elided if it must be,
    // second. A first word too long for the card is elided on one line.
    qsizetype cut = -1;
    for (qsizetype space = title.indexOf(QLatin1Char(' ')); space > 0;
         space = title.indexOf(QLatin1Char(' '), space + 1)) {
        if (metrics.horizontalAdvance(title.left(space)) > width)
            break;
        cut = space;
    }
    if (cut < 0)
        return {metrics.elidedText(title, Qt::ElideRight, width)};
    return {title.left(cut), metrics.elidedText(title.mid(cut + 1), Qt::ElideRight, width)};
}

CardContent cardContent(const model::Component &component, const model::KindSchema *schema)
{
    CardContent content;
    content.title = component.displayName();
    content.kind = component.kind;
    content.unknownKind = !schema;
    content.icon = schema ? schema->icon : QString();
    content.accent = style::kindColour(schema);
    QString subtitle = schema ? schema->displayName : component.kind;
    if (component.kind == engine::kWorkloadKind) {
        const double reads =
            component.properties.value(QStringLiteral("readsPerSecond")).toDouble();
        const double writes =
            component.properties.value(QStringLiteral("writesPerSecond")).toDouble();
        //: a workload's rates on its card: reads and writes per second
        subtitle = QCoreApplication::translate("Render", "%1 r/s · %2 w/s")
                       .arg(compactCount(reads), compactCount(writes));
    } else if (schema) {
        // The icon already tells the kind; the subtitle tells this one apart.
        for (const QString &name : schema->cardProperties) {
            if (!schema->applies(name, component.properties))
                continue; // a serverless cache has no node type to tell
            const QString value = shown(component, schema, name);
            if (!value.isEmpty()) {
                subtitle = value;
                break;
            }
        }
    }
    content.subtitle = subtitle;
    return content;
}

QString badgeText(const engine::ComponentResult &result, const engine::WorkloadResult *workload)
{
    if (workload) {
        if (workload->hasNoDependencies())
            return QCoreApplication::translate("Render", "no dependencies");
        const engine::OperationResult &op =
            workload->read.served ? workload->read : workload->write;
        if (!op.served)
            return QCoreApplication::translate("Render", "no data path");
        //: a workload's badge: its p99 latency and modelled availability
        return QCoreApplication::translate("Render", "p99 %1 · %2")
            .arg(latencyMs(op.average.p99Ms), availabilityPercent(op.availability.modelled));
    }
    if (!result.evaluated)
        return {};
    // A price the catalog lacks makes the cost a lower bound, and the card says so.
    QStringList parts{(result.unpriced ? QStringLiteral("≥") : QString()) +
                          compactUsd(result.monthlyCostUsd),
                      percent(result.utilization)};
    if (result.rtoSeconds)
        parts << QCoreApplication::translate("Render", "RTO %1").arg(duration(result.rtoSeconds));
    if (result.rpoSeconds)
        parts << QCoreApplication::translate("Render", "RPO %1").arg(duration(result.rpoSeconds));
    return parts.join(QStringLiteral(" · "));
}

QRectF cardRect(QPointF centre)
{
    return QRectF(centre - QPointF(style::kCardSize.width() / 2, style::kCardSize.height() / 2),
                  style::kCardSize);
}

QPointF cardExit(QPointF centre, QPointF target)
{
    const QSizeF half = style::kCardSize / 2;
    const QPointF d = target - centre;
    if (d.isNull())
        return centre;
    const qreal tx = d.x() != 0 ? half.width() / std::abs(d.x()) : 1e9;
    const qreal ty = d.y() != 0 ? half.height() / std::abs(d.y()) : 1e9;
    return centre + d * std::min({tx, ty, 1.0});
}

QRectF badgeRect(const QRectF &card, const QString &badge, const QFont &font)
{
    const qreal width = QFontMetricsF(font).horizontalAdvance(badge) + 12.0;
    return QRectF(card.center().x() - width / 2, card.bottom() + style::kBadgeGap, width,
                  style::kBadgeHeight);
}

void paintCard(QPainter &painter, const QRectF &card, const CardContent &content,
               const CardColours &colours, qreal detail, bool selected, IconCache &icons)
{
    const QColor accent = content.accent;
    if (detail < style::kDetailZoom) {
        // Far out: one filled rectangle per card, no antialiasing, no text.
        painter.fillRect(card, selected ? colours.selection : accent);
        return;
    }

    QPen border(colours.border, 1.0);
    if (content.saturated)
        border = QPen(style::saturatedColour(), 3.0);
    else if (content.singlePointOfFailure)
        border = QPen(style::warningColour(), 2.0, Qt::DashLine);
    if (selected)
        border = QPen(colours.selection, 2.5);
    painter.setPen(border);
    painter.setBrush(colours.background);
    painter.drawRoundedRect(card, style::kCardRadius, style::kCardRadius);

    // Category stripe on the left edge: the left half of a narrow rounded rectangle. Cards
    // are all of one size, so its outline is worked out once, not per card and frame.
    const auto stripeOf = [](qreal height) {
        QPainterPath rounded;
        rounded.addRoundedRect(QRectF(0.0, 0.0, 10.0, height), style::kCardRadius,
                               style::kCardRadius);
        QPainterPath half;
        half.addRect(QRectF(0.0, 0.0, 5.0, height));
        return rounded.intersected(half);
    };
    static const QPainterPath usual = stripeOf(style::kCardSize.height());
    const QPainterPath stripe =
        card.height() == style::kCardSize.height() ? usual : stripeOf(card.height());
    painter.fillPath(stripe.translated(card.topLeft()), accent);

    const qreal iconSize = style::kIconSize;
    const QRectF iconRect(card.left() + 12.0, card.center().y() - iconSize / 2, iconSize, iconSize);
    const int pixels = qRound(iconSize * std::max<qreal>(1.0, std::min<qreal>(detail, 4.0)) *
                              painter.device()->devicePixelRatioF());
    painter.drawPixmap(iconRect, icons.pixmap(content.icon, pixels), QRectF());

    const QRectF textRect = card.adjusted(iconRect.right() - card.left() + 8.0, 6.0, -8.0, -6.0);
    const QFont titleFont = cardTitleFont(painter.font());
    painter.setFont(titleFont);
    painter.setPen(colours.text);
    const QFontMetricsF titleMetrics(titleFont);
    QRectF line = textRect;
    for (const QString &text : titleLines(content.title, titleMetrics, textRect.width())) {
        painter.drawText(line, Qt::AlignLeft | Qt::AlignTop, text);
        line.setTop(line.top() + titleMetrics.lineSpacing());
    }

    QFont subtitleFont = titleFont;
    subtitleFont.setBold(false);
    subtitleFont.setPointSizeF(8.0);
    painter.setFont(subtitleFont);
    painter.setPen(content.unknownKind ? style::warningColour() : colours.mutedText);
    const QString subtitle =
        QFontMetricsF(subtitleFont)
            .elidedText(
                content.unknownKind
                    ? QCoreApplication::translate("Render", "unknown kind: %1").arg(content.kind)
                    : content.subtitle,
                Qt::ElideRight, textRect.width());
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignBottom, subtitle);
}

QFont cardTitleFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(9.5);
    font.setBold(true);
    return font;
}

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setBold(false);
    font.setPointSizeF(7.5);
    return font;
}

void paintBadge(QPainter &painter, const QRectF &card, const CardContent &content, qreal detail)
{
    if (content.badge.isEmpty() || detail < style::kDetailZoom)
        return;
    const QFont font = badgeFont(painter.font());
    painter.setFont(font);
    const QRectF badge = badgeRect(card, content.badge, font);
    painter.setPen(Qt::NoPen);
    // Neutral slate, so a healthy red-orange cache never reads as a saturated one.
    painter.setBrush(content.saturated ? style::saturatedColour() : QColor(0x3C, 0x46, 0x57));
    painter.drawRoundedRect(badge, style::kBadgeHeight / 2, style::kBadgeHeight / 2);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, content.badge);
}

} // namespace archstudio::render
