#pragma once

#include "iconcache.h"

#include "core/io/exporter.h"

#include <QRectF>

class QPainter;

namespace archstudio::render {

/// Paints a design as the canvas shows it (containers, cards, badges, links and their labels)
/// with QPainter onto any device: a QImage for PNG, QSvgGenerator for SVG, QPdfWriter for PDF
/// and the report. It reads the model, never the scene, so it runs without a window and on a
/// worker thread (it keeps its own icon cache).
class DiagramRenderer
{
public:
    DiagramRenderer(const io::ExportInput &input, const io::ExportOptions &options);

    /// What is drawn, in diagram units (pixels at 100% zoom), margin included.
    QRectF bounds() const { return mBounds; }

    /// Paints bounds() into target, scaled uniformly and centred. The painter's device should
    /// have 96 dpi (as the canvas at 100%) so point sizes match the diagram's units. detail
    /// is the size of one diagram unit in device pixels: icons are rasterised for it and
    /// below style::kDetailZoom cards become plain boxes, as on the canvas. Returns false when
    /// progress cancelled.
    bool paint(QPainter &painter, const QRectF &target, qreal detail,
               const io::ExportProgress &progress = {}) const;

    /// The uniform scale paint() uses to fit bounds() into a target of this size.
    qreal fitScale(const QSizeF &target) const;

private:
    bool shows(const model::Component &component) const;
    void paintContainers(QPainter &painter, qreal detail) const;
    void paintLinks(QPainter &painter, qreal detail) const;
    bool paintCards(QPainter &painter, qreal detail, const io::ExportProgress &progress) const;
    void paintNotes(QPainter &painter) const;
    QRectF computeBounds() const;

    const io::ExportInput &mInput;
    io::ExportOptions mOptions;
    QRectF mBounds;
    mutable IconCache mIcons;
};

} // namespace archstudio::render
