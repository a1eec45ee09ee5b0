#pragma once

#include "reportcontent.h"

#include "core/io/exporter.h"

#include <QImage>
#include <QRectF>

class QPainter;

/// The report's charts, painted with QPainter (Qt Charts is a Widgets module and core/ links
/// no widgets): "cost-by-kind", "cost-by-region" (horizontal bars) and
/// "availability-vs-cost" (one point per variant, from Content::variantPoints).
namespace archstudio::render::report {

/// The size a chart is laid out at, in 96-dpi pixels.
QSizeF chartSize(const QString &id, const io::ExportInput &input);

/// Paints the chart into rect; nothing for an unknown id.
void paintChart(QPainter &painter, const QRectF &rect, const QString &id,
                const io::ExportInput &input, const Content &content);

/// The chart as an image of chartSize() times scale pixels, on white.
QImage chartImage(const QString &id, const io::ExportInput &input, const Content &content,
                  qreal scale);

/// The chart's title, for alt text and captions.
QString chartTitle(const QString &id);

} // namespace archstudio::render::report
