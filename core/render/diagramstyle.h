#pragma once

#include <QColor>
#include <QSizeF>

namespace archstudio::model {
struct KindSchema;
}

/// The geometry and colours of a diagram, shared by the canvas and the exporters so an
/// exported image looks like the studio. Scene units are pixels at 100% zoom.
namespace archstudio::render::style {

inline constexpr qreal kGrid = 10.0;
inline constexpr QSizeF kCardSize{200.0, 56.0};
inline constexpr qreal kCardRadius = 8.0;
inline constexpr qreal kIconSize = 32.0;
inline constexpr qreal kBadgeHeight = 18.0;
inline constexpr qreal kBadgeGap = 4.0;
inline constexpr qreal kContainerHeader = 30.0;
inline constexpr qreal kContainerPadding = 20.0;
/// Below this zoom the canvas draws cards as plain coloured boxes: no text, no icons,
/// no badges (level of detail for 10,000-component designs).
inline constexpr qreal kDetailZoom = 0.35;
/// Below this zoom, text inside containers' headers drops out too.
inline constexpr qreal kHeaderZoom = 0.12;

/// A kind's accent colour (KindSchema::colour): what its card's stripe and its chart bars
/// use. A kind no plugin knows, or one without a colour, is slate grey.
QColor kindColour(const model::KindSchema *schema);
/// The colour of a replication link inside a region (cross-region ones take the reach's).
QColor replicationColour();
QColor regionColour();
QColor zoneColour();
QColor warningColour();
QColor saturatedColour();
/// How opaque a region's (zone's) fill of its accent colour is, over the canvas.
inline constexpr int kRegionFillAlpha = 14;
inline constexpr int kZoneFillAlpha = 22;

/// WCAG 2's contrast ratio of two colours, from 1 (none) to 21 (black on white); alpha is
/// ignored (blend a translucent colour over its background first).
double contrastRatio(const QColor &a, const QColor &b);
/// WCAG AA's least contrast for text.
inline constexpr double kReadableContrast = 4.5;
/// The colour moved towards white or black (whichever the background is further from) just
/// enough to reach the ratio against background; the colour itself when it already does.
QColor readableOn(const QColor &colour, const QColor &background, double ratio = kReadableContrast);
/// A colour laid over another with the given alpha (0-255).
QColor over(const QColor &background, const QColor &colour, int alpha);
/// A region's (or zone's) fill as one opaque colour: its tint over the canvas (a zone's over
/// its region's). The canvas paints it instead of the translucent tint because a solid fill
/// of a viewport-sized frame is a plain memory fill, and a blended one costs a third of a frame.
QColor containerFill(bool region, const QColor &canvas);
/// A region's (or zone's) title on a canvas of the given colour: its accent, made readable
/// over the container's own fill (a zone's fill lies over its region's).
QColor containerTitleColour(bool region, const QColor &canvas);

} // namespace archstudio::render::style
