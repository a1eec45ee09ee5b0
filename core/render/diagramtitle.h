#pragma once

#include "core/io/exporter.h"

#include <QRectF>

class QPainter;

namespace archstudio::render {

/// "Orders service · us-east-1, eu-west-1 · $1,234.56/month · catalog aws 2026-11-01"
QString diagramCaption(const io::ExportInput &input);

/// Paints the design's name and caption across the top of page and returns the room left
/// for the diagram below them.
QRectF paintDiagramTitle(QPainter &painter, const QRectF &page, const io::ExportInput &input);

} // namespace archstudio::render
