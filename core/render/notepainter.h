#pragma once

#include "core/model/design.h"

#include <QLineF>
#include <QRectF>

#include <optional>

class QPainter;

namespace archstudio::render {

/// The box a note's arrow points at: a card, a zone's or a region's frame, from the layout
/// the design is drawn with; nullopt when the target is not there (or the note has none).
std::optional<QRectF> calloutTargetBox(const model::Note &note, const model::Layout &layout);

/// A callout's arrow: from the border of the note's box to the border of the target's, along
/// the line between their centres; a null line when the boxes overlap.
QLineF calloutLine(const QRectF &noteBox, const QRectF &targetBox);

/// Draws a note as the canvas and every picture show it: a sticky note in its colour, its
/// text wrapped inside (cut off at the bottom), and for a callout the arrow to targetBox.
void paintNote(QPainter &painter, const model::Note &note, const std::optional<QRectF> &targetBox);

} // namespace archstudio::render
