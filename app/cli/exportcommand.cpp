#include "exportcommand.h"
#include "core/engine/kindset.h"

#include "engineinput.h"
#include "options.h"

#include "core/catalog/catalogfile.h"
#include "core/io/atomicfile.h"
#include "core/io/designfile.h"
#include "core/render/exportformats.h"
#include "core/render/imageexporters.h"

#include <QCoreApplication>
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
            return QCoreApplication::translate("Cli", "--page-size expects one of %1, got \"%2\"")
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
        return options.error(QCoreApplication::translate("Cli", "expected -o OUT"));
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
        return usageError(command,
                          QCoreApplication::translate("Cli",
                                                      "cannot tell the format of \"%1\" from "
                                                      "its suffix; known suffixes: %2")
                              .arg(request.out, formats.suffixes().join(QStringLiteral(" "))),
                          streams);
    }

    // An output that is an input (also through a link) would destroy it; a device or a
    // folder would be replaced by a regular file. Refused before anything is read.
    QStringList inputs{request.catalogPath};
    if (!isStandardInput(request.file))
        inputs << request.file;
    if (const QString problem = io::outputTargetProblem(request.out, inputs); !problem.isEmpty()) {
        streams.err << QCoreApplication::translate("Cli", "archstudio %1: %2: %3")
                           .arg(command, request.out, problem)
                    << '\n';
        return UsageError;
    }

    const io::LoadResult loaded = loadDesign(request.file, streams.loadOptions());
    if (!loaded.file) {
        printLoadErrors(request.file, loaded.problems, streams.err);
        return InputError;
    }
    const model::Design &design = loaded.file->design;
    for (const QString &id : std::as_const(request.only)) {
        if (!design.findComponent(model::ComponentId(id))) {
            streams.err << QCoreApplication::translate(
                               "Cli", "%1: error: --only names \"%2\", which is not a component "
                                      "of the design")
                               .arg(displayName(request.file), id)
                        << '\n';
            return InputError;
        }
        request.options.only.insert(model::ComponentId(id));
    }
    catalog::Catalog base = streams.kinds->catalog();
    if (!request.catalogPath.isEmpty()) {
        const catalog::CatalogLoadResult imported = catalog::loadCatalogFile(request.catalogPath);
        if (!imported.catalog) {
            streams.err << QCoreApplication::translate("Cli", "%1: error: %2")
                               .arg(request.catalogPath, imported.error)
                        << '\n';
            return InputError;
        }
        base.merge(*imported.catalog);
    }

    const io::ExportInput input = render::makeExportInput(design, base, streams.kinds);
    const QString error =
        io::exportToFile(*exporter, input, request.options, request.out, {}, inputs);
    if (!error.isEmpty()) {
        streams.err << QCoreApplication::translate("Cli", "archstudio %1: %2").arg(command, error)
                    << '\n';
        return InputError;
    }
    streams.out << QCoreApplication::translate("Cli", "wrote %1 (%2)")
                       .arg(request.out, exporter->description())
                << '\n';
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
