#include "exportcommand.h"

#include "core/catalog/catalogfile.h"
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
    const auto usageError = [&](const QString &message) {
        streams.err << "archstudio " << command << ": " << message << "\n\n" << usage();
        return std::optional<int>(UsageError);
    };
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool takesValue =
            arg == QLatin1String("-o") || arg == QLatin1String("--output") ||
            arg == QLatin1String("--page-size") || arg == QLatin1String("--catalog") ||
            (diagramOptions && (arg == QLatin1String("--scale") || arg == QLatin1String("--only")));
        if (takesValue && i + 1 >= args.size())
            return usageError(arg + QStringLiteral(" needs a value"));
        if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            request.out = args.at(++i);
        } else if (arg == QLatin1String("--catalog")) {
            request.catalogPath = args.at(++i);
        } else if (arg == QLatin1String("--page-size")) {
            const QString name = args.at(++i);
            if (!render::pageSizeNames().contains(name, Qt::CaseInsensitive))
                return usageError(
                    QStringLiteral("--page-size expects one of %1, got \"%2\"")
                        .arg(render::pageSizeNames().join(QStringLiteral(", ")), name));
            request.options.pageSize = name;
        } else if (diagramOptions && arg == QLatin1String("--scale")) {
            bool ok = false;
            const double scale = args.at(++i).toDouble(&ok);
            if (!ok || scale < 0.1 || scale > 8.0)
                return usageError(QStringLiteral("--scale expects a number from 0.1 to 8, got "
                                                 "\"%1\"")
                                      .arg(args.at(i)));
            request.options.scale = scale;
        } else if (diagramOptions && arg == QLatin1String("--only")) {
            request.only = args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (diagramOptions && arg == QLatin1String("--transparent")) {
            request.options.transparentBackground = true;
        } else if (diagramOptions && arg == QLatin1String("--no-annotations")) {
            request.options.annotations = false;
        } else if (diagramOptions && arg == QLatin1String("--portrait")) {
            request.options.orientation = io::PageOrientation::Portrait;
        } else if (diagramOptions && arg == QLatin1String("--landscape")) {
            request.options.orientation = io::PageOrientation::Landscape;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return usageError(QStringLiteral("unknown option ") + arg);
        } else {
            files << arg;
        }
    }
    if (files.size() != 1)
        return usageError(QStringLiteral("expected exactly one FILE"));
    if (request.out.isEmpty())
        return usageError(QStringLiteral("expected -o OUT"));
    request.file = files.first();
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
                    << usage();
        return UsageError;
    }

    const io::LoadResult loaded = io::loadDesignFile(request.file);
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
    catalog::Catalog base = catalog::bundledCatalog();
    if (!request.catalogPath.isEmpty()) {
        const catalog::CatalogLoadResult imported = catalog::loadCatalogFile(request.catalogPath);
        if (!imported.catalog) {
            streams.err << request.catalogPath << ": error: " << imported.error << '\n';
            return InputError;
        }
        base.merge(*imported.catalog);
    }

    const io::ExportInput input = render::makeExportInput(design, base);
    const QString error = io::exportToFile(*exporter, input, request.options, request.out);
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
