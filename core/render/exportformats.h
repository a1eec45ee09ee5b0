#pragma once

#include "core/io/exporter.h"

/// Every way a design leaves the studio, in one place: `archstudio export`, `archstudio
/// report` and File > Export… all take their writers from here.
namespace archstudio::render {

/// By suffix: .png .svg .pdf (the diagram), .drawio, .csv, .json, .md, .html (the report).
const io::ExporterRegistry &exportFormats();

/// By suffix: .pdf and .html, the full report.
const io::ExporterRegistry &reportFormats();

/// What the writers need: the design with its layout completed (as the canvas lays out what
/// the file leaves out), evaluated against the catalog with the design's overrides applied.
io::ExportInput makeExportInput(const model::Design &design, const catalog::Catalog &base,
                                std::shared_ptr<const engine::KindSet> kinds,
                                double loadFactor = 1.0);

} // namespace archstudio::render
