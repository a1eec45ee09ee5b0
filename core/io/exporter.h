#pragma once

#include "core/catalog/catalog.h"
#include "core/engine/evaluation.h"
#include "core/engine/kindset.h"
#include "core/model/design.h"
#include "core/model/kindregistry.h"

#include <QDate>

#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;

namespace archstudio::io {

/// What every writer is given: the design (its layout completed), its evaluation and the
/// catalog the evaluation used. A plain value, so an export can run on a worker thread.
struct ExportInput
{
    model::Design design;
    engine::Evaluation evaluation;
    catalog::Catalog catalog;
    /// The catalog before the design's own overrides, for evaluating its other variants
    /// with theirs (empty: use catalog).
    std::optional<catalog::Catalog> baseCatalog;
    /// The kinds the design is drawn and evaluated with (render::makeExportInput sets them).
    std::shared_ptr<const engine::KindSet> kinds;
    /// The date printed on reports; tests fix it so outputs are reproducible.
    QDate date = QDate::currentDate();
    /// Position of each component in design.components, so writers of 10,000-component
    /// designs look components up in constant time (Design::findComponent scans).
    QHash<model::ComponentId, qsizetype> componentIndex;

    /// Fills componentIndex from design.components (render::makeExportInput does).
    void indexComponents();
    /// The component with this id, or null.
    const model::Component *component(const model::ComponentId &id) const;
};

/// Automatic turns the page to the diagram's shape.
enum class PageOrientation { Automatic, Landscape, Portrait };

/// How a diagram is drawn; the data formats (CSV, JSON, Markdown) ignore these.
struct ExportOptions
{
    /// PNG: device pixels per diagram pixel (2 = "200%"; 144 dpi for a 72 dpi slide).
    double scale = 2.0;
    bool transparentBackground = false; ///< PNG only; otherwise white
    bool annotations = true;            ///< badges under cards and labels on links
    /// Only these components (with the links between them and the containers around them);
    /// empty: the whole design.
    QSet<model::ComponentId> only;
    /// PDF: a QPageSize name ("A4", "A3", "Letter", "Legal", "Tabloid").
    QString pageSize = QStringLiteral("A4");
    PageOrientation orientation = PageOrientation::Automatic;
};

/// Called now and then with work done out of total; returning false cancels the export.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

/// One output format. Writers never open files: they write to a device, and exportToFile()
/// gives them a QSaveFile, so nothing is written unless the whole export succeeds.
class Exporter
{
public:
    virtual ~Exporter() = default;
    /// Lower-case file suffix without the dot: "png", "drawio".
    virtual QString suffix() const = 0;
    /// For file dialogs and messages: "PNG image".
    virtual QString description() const = 0;
    /// True when ExportOptions change the output (the GUI offers them only then).
    virtual bool drawsDiagram() const { return false; }
    /// Writes the export; returns an empty string on success, else what went wrong.
    virtual QString write(const ExportInput &input, const ExportOptions &options, QIODevice &out,
                          const ExportProgress &progress) const = 0;
};

/// The writers one command offers, keyed by suffix (`archstudio export`, `archstudio report`
/// and File > Export… each use one; render/exportformats.h builds them).
class ExporterRegistry
{
public:
    void add(std::unique_ptr<Exporter> exporter);
    const Exporter *forSuffix(const QString &suffix) const;
    /// The writer for a path's suffix (case-insensitive); null when none.
    const Exporter *forPath(const QString &path) const;
    /// ".png .svg …" in registration order, for messages and usage.
    QStringList suffixes() const;
    /// "PNG image (*.png);;SVG drawing (*.svg)…" for file dialogs.
    QString fileDialogFilter() const;
    const std::vector<std::unique_ptr<Exporter>> &exporters() const { return mExporters; }

private:
    std::vector<std::unique_ptr<Exporter>> mExporters;
};

/// Writes one export to path atomically (writeFileAtomically): on any failure (a full disk
/// included), or when progress cancels, an existing file is left as it was and no new file
/// appears. A path that is one of inputs (the design, a catalog; links seen through) or is
/// not a regular file is refused before anything is written. Returns an empty string on
/// success, else a message naming the path and the problem.
QString exportToFile(const Exporter &exporter, const ExportInput &input,
                     const ExportOptions &options, const QString &path,
                     const ExportProgress &progress = {}, const QStringList &inputs = {});

/// The message of a cancelled export.
QString exportCancelledMessage();

} // namespace archstudio::io
