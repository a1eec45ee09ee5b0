#include "exportcommand.h"
#include "core/engine/kindset.h"

#include "options.h"

#include "core/catalog/catalogfile.h"
#include "core/io/atomicfile.h"
#include "core/io/designfile.h"
#include "core/render/exportformats.h"
#include "core/render/imageexporters.h"

#include <QFileInfo>

namespace archstudio::cli {

namespace {

struct Request
{
    QString file;
    QString out;
    QString catalogPath;
    io::ExportOptions options;
    QStringList only;
};

/// Parses the options both commands share; diagram options only for export. Returns an exit
/// code when the command line is wrong.
std::optional<int> parse(const QString &command, const QStringList &args, bool diagramOptions,
                         Request &request, Streams streams)
{
    OptionParser options(command, streams);
    options.text(QStringLiteral("-o"), &request.out);
    options.text(QStringLiteral("--output"), &request.out);
    options.text(QStringLiteral("--catalog"), &request.catalogPath);
    options.value(QStringLiteral("--page-size"), [&](const QString &name) {
        if (!render::pageSizeNames().contains(name, Qt::CaseInsensitive))
            return QStringLiteral("--page-size expects one of %1, got \"%2\"")
                .arg(render::pageSizeNames().join(QStringLiteral(", ")), name);
        request.options.pageSize = name;
        return QString();
    });
    if (diagramOptions) {
        io::ExportOptions &o = request.options;
        options.number(QStringLiteral("--scale"), 0.1, 8.0,
                       [&o](double scale) { o.scale = scale; });
        options.value(QStringLiteral("--only"), [&request](const QString &ids) {
            request.only = ids.split(QLatin1Char(','), Qt::SkipEmptyParts);
            return QString();
        });
        options.flag(QStringLiteral("--transparent"), &o.transparentBackground);
        options.flag(QStringLiteral("--no-annotations"), [&o] { o.annotations = false; });
        options.flag(QStringLiteral("--portrait"),
                     [&o] { o.orientation = io::PageOrientation::Portrait; });
        options.flag(QStringLiteral("--landscape"),
                     [&o] { o.orientation = io::PageOrientation::Landscape; });
    }
    if (const std::optional<int> code = options.parseOneFile(args, &request.file))
        return code;
    if (request.out.isEmpty())
        return options.error(QStringLiteral("expected -o OUT"));
    return std::nullopt;
}

int run(const QString &command, const QStringList &args, const io::ExporterRegistry &formats,
        bool diagramOptions, Streams streams)
{
    Request request;
    if (const std::optional<int> code = parse(command, args, diagramOptions, request, streams))
        return *code;
    // The format is known before anything is read, so a typo costs nothing.
    const io::Exporter *exporter = formats.forPath(request.out);
    if (!exporter) {
        streams.err << "archstudio " << command << ": cannot tell the format of \"" << request.out
                    << "\" from its suffix; known suffixes: "
                    << formats.suffixes().join(QStringLiteral(" ")) << "\n\n"
                    << commandUsage(command);
        return UsageError;
    }

    // An output that is an input (also through a link) would destroy it; a device or a
    // folder would be replaced by a regular file. Refused before anything is read.
    const QStringList inputs{request.file, request.catalogPath};
    if (const QString problem = io::outputTargetProblem(request.out, inputs); !problem.isEmpty()) {
        streams.err << "archstudio " << command << ": " << request.out << ": " << problem << '\n';
        return UsageError;
    }

    const io::LoadResult loaded = io::loadDesignFile(request.file, streams.loadOptions());
    if (!loaded.file) {
        for (const model::Problem &p : loaded.problems) {
            if (p.isError())
                streams.err << request.file << ": error: " << p.toString() << '\n';
        }
        return InputError;
    }
    const model::Design &design = loaded.file->design;
    for (const QString &id : std::as_const(request.only)) {
        if (!design.findComponent(model::ComponentId(id))) {
            streams.err << request.file << ": error: --only names \"" << id
                        << "\", which is not a component of the design\n";
            return InputError;
        }
        request.options.only.insert(model::ComponentId(id));
    }
    catalog::Catalog base = streams.kinds->catalog();
    if (!request.catalogPath.isEmpty()) {
        const catalog::CatalogLoadResult imported = catalog::loadCatalogFile(request.catalogPath);
        if (!imported.catalog) {
            streams.err << request.catalogPath << ": error: " << imported.error << '\n';
            return InputError;
        }
        base.merge(*imported.catalog);
    }

    const io::ExportInput input = render::makeExportInput(design, base, streams.kinds);
    const QString error =
        io::exportToFile(*exporter, input, request.options, request.out, {}, inputs);
    if (!error.isEmpty()) {
        streams.err << "archstudio " << command << ": " << error << '\n';
        return InputError;
    }
    streams.out << "wrote " << request.out << " (" << exporter->description() << ")\n";
    return Success;
}

} // namespace

int runExport(const QStringList &args, Streams streams)
{
    return run(QStringLiteral("export"), args, render::exportFormats(), true, streams);
}

int runReport(const QStringList &args, Streams streams)
{
    return run(QStringLiteral("report"), args, render::reportFormats(), false, streams);
}

bool needsGui(const QStringList &args)
{
    const QString first = args.value(0);
    return first == QLatin1String("export") || first == QLatin1String("report");
}

} // namespace archstudio::cli
