#include "exportformats.h"

#include "autolayout.h"
#include "imageexporters.h"
#include "report/markdownexporter.h"
#include "report/reporthtml.h"
#include "report/reportpdf.h"

#include "core/engine/engine.h"
#include "core/io/costcsv.h"
#include "core/io/drawiowriter.h"
#include "core/io/evaluationjsonexporter.h"

namespace archstudio::render {

const io::ExporterRegistry &exportFormats()
{
    static const io::ExporterRegistry registry = [] {
        io::ExporterRegistry r;
        r.add(std::make_unique<PngExporter>());
        r.add(std::make_unique<SvgExporter>());
        r.add(std::make_unique<PdfDiagramExporter>());
        r.add(std::make_unique<io::DrawioExporter>());
        r.add(std::make_unique<io::CostCsvExporter>());
        r.add(std::make_unique<io::EvaluationJsonExporter>());
        r.add(std::make_unique<report::MarkdownExporter>());
        r.add(std::make_unique<report::HtmlReportExporter>());
        return r;
    }();
    return registry;
}

const io::ExporterRegistry &reportFormats()
{
    static const io::ExporterRegistry registry = [] {
        io::ExporterRegistry r;
        r.add(std::make_unique<report::PdfReportExporter>());
        r.add(std::make_unique<report::HtmlReportExporter>());
        return r;
    }();
    return registry;
}

io::ExportInput makeExportInput(const model::Design &design, const catalog::Catalog &base,
                                std::shared_ptr<const engine::KindSet> kinds, double loadFactor)
{
    io::ExportInput input;
    input.kinds = std::move(kinds);
    input.design = design;
    input.design.layout = completeLayout(design, input.kinds->schemas());
    input.indexComponents();
    QStringList notes;
    input.catalog = engine::catalogFor(design, base, &notes);
    input.baseCatalog = base;
    input.evaluation =
        engine::evaluate({input.design, 0}, input.catalog, {loadFactor}, input.kinds->behaviours());
    input.evaluation.notes = notes + input.evaluation.notes;
    return input;
}

} // namespace archstudio::render
