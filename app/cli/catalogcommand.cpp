#include "catalogcommand.h"
#include "core/engine/kindset.h"

#include "core/catalog/catalogfile.h"
#include "core/catalog/pricelistimporter.h"
#include "core/io/atomicfile.h"

#include <QFile>

#include <algorithm>
#include <utility>

#ifdef Q_OS_WIN
#include <io.h>
#define ARCHSTUDIO_ISATTY _isatty
#else
#include <unistd.h>
#define ARCHSTUDIO_ISATTY isatty
#endif

namespace archstudio::cli {

namespace {

int usageError(Streams streams, const QString &message)
{
    streams.err << "archstudio catalog: " << message << "\n\n"
                << commandUsage(QStringLiteral("catalog"));
    return UsageError;
}

// Progress is drawn only for a person watching: not into a log or a pipe.
bool isTerminal(QTextStream &stream)
{
    const auto *file = qobject_cast<const QFile *>(stream.device());
    return file && file->handle() >= 0 && ARCHSTUDIO_ISATTY(file->handle());
}

QString plural(qsizetype n, const char *singular, const char *pluralForm)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? singular : pluralForm));
}

using Importer = std::pair<QString, const catalog::PriceListImporter *>; // plugin id, importer

// The price-list importers of the loaded plugins, in the order they loaded.
QList<Importer> priceListImporters(const engine::KindSet &kinds)
{
    QList<Importer> importers;
    for (const engine::LoadedPlugin &loaded : kinds.plugins()) {
        if (loaded.priceListImporter)
            importers.append({loaded.id, loaded.priceListImporter});
    }
    return importers;
}

QString importerIds(const QList<Importer> &importers)
{
    QStringList ids;
    for (const Importer &importer : importers)
        ids << importer.first;
    return ids.join(QStringLiteral(", "));
}

// The importer to run: the only one, or the one of --provider. Null after reporting why not.
const catalog::PriceListImporter *chooseImporter(const QString &provider, Streams streams)
{
    const QList<Importer> importers = priceListImporters(*streams.kinds);
    if (importers.isEmpty()) {
        streams.err << "archstudio catalog: no loaded plugin can import price lists\n";
        return nullptr;
    }
    if (provider.isEmpty()) {
        if (importers.size() == 1)
            return importers.first().second;
        streams.err << "archstudio catalog: several loaded plugins can import price lists ("
                    << importerIds(importers) << "): choose one with --provider ID\n";
        return nullptr;
    }
    for (const Importer &importer : importers) {
        if (importer.first == provider)
            return importer.second;
    }
    streams.err << "archstudio catalog: no loaded plugin \"" << provider
                << "\" imports price lists; these do: " << importerIds(importers) << '\n';
    return nullptr;
}

int runImport(const QStringList &args, Streams streams)
{
    QStringList files;
    QString output;
    QString provider;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (i + 1 >= args.size())
                return usageError(streams, arg + QStringLiteral(" needs a CATALOG.json"));
            if (!output.isEmpty())
                return usageError(streams, QStringLiteral("-o is given more than once"));
            output = args.at(++i);
        } else if (arg == QLatin1String("--provider")) {
            // Only needed when several loaded plugins import price lists.
            if (i + 1 >= args.size())
                return usageError(streams, arg + QStringLiteral(" needs a plugin ID"));
            if (!provider.isEmpty())
                return usageError(streams, QStringLiteral("--provider is given more than once"));
            provider = args.at(++i);
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return usageError(streams, QStringLiteral("unknown option ") + arg);
        } else {
            files << arg;
        }
    }
    if (files.isEmpty())
        return usageError(streams, QStringLiteral("import expects at least one OFFER.json"));
    if (output.isEmpty())
        return usageError(streams, QStringLiteral("import expects -o CATALOG.json"));
    // Refused before the offer files (possibly hundreds of megabytes) are read.
    if (const QString problem = io::outputTargetProblem(output, files); !problem.isEmpty()) {
        streams.err << "archstudio catalog: " << output << ": " << problem << '\n';
        return UsageError;
    }
    const catalog::PriceListImporter *importer = chooseImporter(provider, streams);
    if (!importer)
        return UsageError;

    const bool terminal = isTerminal(streams.err);
    int shown = -1;
    const auto progress = [&](const catalog::ImportProgress &p) {
        const int percent = p.totalBytes > 0 ? int(p.bytesRead * 100 / p.totalBytes) : 100;
        if (percent != shown) {
            shown = percent;
            streams.err << "\rimporting offer files: " << percent << "% of "
                        << QString::number(double(p.totalBytes) / (1024 * 1024), 'f', 1) << " MiB";
            streams.err.flush();
        }
        return true;
    };
    const catalog::PriceListImportResult result =
        importer->importFiles(files, terminal ? catalog::ImportProgressCallback(progress)
                                              : catalog::ImportProgressCallback());
    if (shown >= 0)
        streams.err << '\r' << QString(60, QLatin1Char(' ')) << '\r';
    if (!result.catalog) {
        streams.err << result.error << '\n';
        return InputError;
    }

    const QByteArray json = catalog::catalogToJson(*result.catalog);
    if (const QString error = io::writeFileAtomically(
            output, [&](QIODevice &out) { return io::writeAll(out, json); });
        !error.isEmpty()) {
        streams.err << output << ": " << error << '\n';
        return InputError;
    }
    for (const QString &note : result.skippedNotes)
        streams.err << note << '\n';
    streams.err << "imported " << plural(result.pricesImported, "price", "prices") << " from "
                << plural(files.size(), "file", "files") << '\n';
    return Success;
}

void printTable(const catalog::Catalog &catalog, QTextStream &out)
{
    QStringList keys = catalog.entries().keys();
    std::sort(keys.begin(), keys.end());
    QList<QStringList> rows{{QStringLiteral("KEY"), QStringLiteral("VALUE"), QStringLiteral("UNIT"),
                             QStringLiteral("TIER"), QStringLiteral("SOURCE")}};
    for (const QString &key : keys) {
        const catalog::Entry &entry = catalog.entries()[key];
        const catalog::Source *source = catalog.source(entry.source);
        rows.append({key, QString::number(entry.value, 'g', 12), entry.unit,
                     source ? source->tier : QString(), source ? source->title : entry.source});
    }
    QList<qsizetype> widths(4, 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < widths.size(); ++c)
            out << (c == 1 ? row[c].rightJustified(widths[c]) : row[c].leftJustified(widths[c]))
                << "  ";
        out << row.last() << '\n';
    }
}

int runShow(const QStringList &args, Streams streams)
{
    bool asJson = false;
    for (const QString &arg : args) {
        if (arg != QLatin1String("--json"))
            return usageError(streams, QStringLiteral("show: unexpected argument ") + arg);
        asJson = true;
    }
    const catalog::Catalog &catalog = streams.kinds->catalog();
    if (catalog.id().isEmpty()) {
        streams.err << "archstudio catalog: the bundled catalog does not load\n";
        return InputError;
    }
    if (asJson) {
        const QByteArray json = catalog::catalogToJson(catalog);
        streams.out << QString::fromUtf8(json);
        if (!json.endsWith('\n'))
            streams.out << '\n';
        return Success;
    }
    streams.out << "catalog " << catalog.id() << " \"" << catalog.name() << "\", " << catalog.date()
                << ", " << catalog.currency() << ", "
                << plural(catalog.entries().size(), "entry", "entries") << "\n\n";
    printTable(catalog, streams.out);
    return Success;
}

} // namespace

int runCatalog(const QStringList &args, Streams streams)
{
    const QString command = args.value(0);
    if (command == QLatin1String("import"))
        return runImport(args.mid(1), streams);
    if (command == QLatin1String("show"))
        return runShow(args.mid(1), streams);
    if (command.isEmpty())
        return usageError(streams, QStringLiteral("expected import or show"));
    return usageError(streams, QStringLiteral("unknown command \"%1\"").arg(command));
}

} // namespace archstudio::cli
