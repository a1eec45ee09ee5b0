#pragma once

#include <QColor>
#include <QSizeF>

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

/// Category colours (resources/icons/README.md): what a card's accent stripe uses.
QColor categoryColour(const QString &kind);
QColor regionColour();
QColor zoneColour();
QColor warningColour();
QColor saturatedColour();

} // namespace archstudio::render::style
