#pragma once

#include "core/engine/evaluation.h"
#include "core/model/design.h"
#include "core/model/kindschema.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace archstudio::render {

class IconCache;

/// What a component's card shows: the same on the canvas and in exported diagrams.
struct CardContent
{
    QString title;    ///< the component's name
    QString subtitle; ///< its most telling property (e.g. "db.r6g.large"), else its kind
    QString kind;
    QString icon;  ///< resource path of the kind's icon
    QColor accent; ///< the kind's colour (style::kindColour)
    QString badge; ///< figures from the last evaluation; empty when none or hidden
    bool singlePointOfFailure = false;
    bool saturated = false;
    bool unknownKind = false;
};

struct CardColours
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor border;
    QColor selection;

    /// For exports and reports: dark text on white.
    static CardColours light();
};

/// Card text for a component; schema may be null for a kind no plugin knows.
CardContent cardContent(const model::Component &component, const model::KindSchema *schema);

/// A card's title in at most two lines of the given width: wrapped between words, the last
/// line elided ("…") only when even two lines cannot hold it. The canvas shows the whole
/// name as the card's tooltip.
QStringList titleLines(const QString &title, const QFontMetricsF &metrics, qreal width);

/// The badge: "$412 · 63% · RTO 90 s · RPO 0 s" for a priced component, "p99 4.2 ms · 99.99%"
/// for a workload (its reads; writes when it only writes).
QString badgeText(const engine::ComponentResult &result, const engine::WorkloadResult *workload);

/// The card's rectangle around its centre, and the badge's below it.
QRectF cardRect(QPointF centre);
/// Where the segment from a card's centre towards target leaves the card's rectangle: where
/// a link between two cards starts and ends, on the canvas and in exports alike.
QPointF cardExit(QPointF centre, QPointF target);
QRectF badgeRect(const QRectF &card, const QString &badge, const QFont &font);

/// Paints a card without its badge. detail is the zoom level: below style::kDetailZoom only a
/// coloured box is drawn (no text, no icon), so a 10,000-card frame stays cheap.
void paintCard(QPainter &painter, const QRectF &card, const CardContent &content,
               const CardColours &colours, qreal detail, bool selected, IconCache &icons);
/// Paints the badge under the card (nothing when empty or zoomed far out).
void paintBadge(QPainter &painter, const QRectF &card, const CardContent &content, qreal detail);
QFont badgeFont(const QFont &base);
/// A card's name: bold, 9.5 pt at 100% (a presentation zooms until it is 24 px high).
QFont cardTitleFont(const QFont &base = QFont());

} // namespace archstudio::render
