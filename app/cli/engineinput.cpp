#include "engineinput.h"
#include "core/engine/kindset.h"

#include "core/catalog/catalogfile.h"
#include "core/engine/engine.h"
#include "core/io/designfile.h"
#include "core/model/variants.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryFile>

#include <cstdio>

namespace archstudio::cli {

namespace {

io::LoadResult loadStandardInput(const io::LoadOptions &options)
{
    QString problem;
    const QByteArray bytes = readStandardInput(options.limits.maxUncompressedBytes, &problem);
    if (!problem.isEmpty())
        return io::loadFailure({}, problem);
    const QByteArray head = bytes.left(io::kDesignReaderHeadSize);
    const io::DesignReaderRegistry &readers = io::DesignReaderRegistry::builtin();
    if (io::DesignJsonReader().canRead(head))
        return io::loadDesignJson(bytes, options);
    if (!readers.forHead(head)) {
        // Read as design.json, as a file in no known format is, so a typo before the first
        // brace is reported at its line and column.
        io::LoadResult result = io::loadDesignJson(bytes, options);
        result.problems.prepend(
            {model::Problem::Severity::Error,
             {},
             QCoreApplication::translate("Cli", "standard input is in none of the formats "
                                                "ArchStudio reads (%1); read as design.json:")
                 .arg(readers.formatList())});
        return result;
    }
    // An archive (or a draw.io file): its reader takes a file, which QuaZip reads by name.
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return io::loadFailure(
            {}, QCoreApplication::translate("Cli", "cannot keep standard input in a temporary "
                                                   "file: %1")
                    .arg(file.errorString()));
    file.close();
    return io::loadDesignFile(file.fileName(), options);
}

} // namespace

QByteArray readStandardInput(qint64 limit, QString *problem)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *problem = QCoreApplication::translate("Cli", "cannot read standard input: %1")
                       .arg(in.errorString());
        return {};
    }
    QByteArray bytes;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 read = in.read(chunk.data(), chunk.size());
        if (read < 0) {
            *problem = QCoreApplication::translate("Cli", "cannot read standard input: %1")
                           .arg(in.errorString());
            return {};
        }
        if (read == 0)
            break;
        // Refused as soon as it is too long: a stream may never end.
        if (bytes.size() + read > limit) {
            *problem = QCoreApplication::translate("Cli", "standard input holds more than %1 MiB; "
                                                          "at most %1 MiB are accepted")
                           .arg(limit / (1024 * 1024));
            return {};
        }
        bytes.append(chunk.constData(), read);
    }
    return bytes;
}

bool isStandardInput(const QString &path)
{
    return path == QLatin1String("-");
}

QString displayName(const QString &path)
{
    return isStandardInput(path) ? QStringLiteral("<stdin>") : path;
}

io::LoadResult loadDesign(const QString &path, const io::LoadOptions &options)
{
    return isStandardInput(path) ? loadStandardInput(options) : io::loadDesignFile(path, options);
}

void printLoadErrors(const QString &path, const model::Problems &problems, QTextStream &err)
{
    for (const model::Problem &p : problems) {
        if (p.isError())
            //: FILE: error: PLACE: MESSAGE
            err << QCoreApplication::translate("Cli", "%1: error: %2")
                       .arg(displayName(path), p.toString())
                << '\n';
    }
}

std::optional<EngineInput> loadEngineInput(const QString &designPath, const QString &catalogPath,
                                           const QString &variant, Streams streams)
{
    const io::LoadResult loaded = loadDesign(designPath, streams.loadOptions());
    if (!loaded.file) {
        printLoadErrors(designPath, loaded.problems, streams.err);
        return std::nullopt;
    }
    // An imported catalog (archstudio catalog import) replaces the bundled figures it has.
    catalog::Catalog base = streams.kinds->catalog();
    if (!catalogPath.isEmpty()) {
        const catalog::CatalogLoadResult imported = catalog::loadCatalogFile(catalogPath);
        if (!imported.catalog) {
            streams.err << QCoreApplication::translate("Cli", "%1: error: %2")
                               .arg(catalogPath, imported.error)
                        << '\n';
            return std::nullopt;
        }
        base.merge(*imported.catalog);
    }
    const model::Design &design = loaded.file->design;
    const std::optional<model::Design> chosen =
        model::variantAsDesign(design, variant.isEmpty() ? design.variantName : variant);
    if (!chosen) {
        streams.err << QCoreApplication::translate(
                           "Cli", "%1: error: --variant %2: the design has no such variant; it "
                                  "has %3")
                           .arg(displayName(designPath), variant,
                                model::variantNames(design).join(QStringLiteral(", ")))
                    << '\n';
        return std::nullopt;
    }
    EngineInput input{*chosen, {}, {}};
    input.catalog = engine::catalogFor(input.design, base, &input.notes);
    return input;
}

int usageError(const QString &command, const QString &message, Streams streams)
{
    //: archstudio COMMAND: MESSAGE
    streams.err << QCoreApplication::translate("Cli", "archstudio %1: %2").arg(command, message)
                << "\n\n"
                << commandUsage(command);
    return UsageError;
}

} // namespace archstudio::cli
