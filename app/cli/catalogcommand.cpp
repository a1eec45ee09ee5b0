#include "catalogcommand.h"
#include "core/engine/kindset.h"

#include "core/catalog/catalogfile.h"
#include "core/catalog/pricelistimporter.h"
#include "core/io/atomicfile.h"
#include "core/json/jsonwriter.h"
#include "engineinput.h"
#include "options.h"

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include <QCoreApplication>
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

/// The version of `catalog show --json`, a catalog file (docs/FILE-FORMAT.md) that also says
/// the version of the output's shape: 1 is this shape; a new field keeps it.
constexpr int kCatalogShowSchemaVersion = 1;

const QString kCatalog = QStringLiteral("catalog");

// Progress is drawn only for a person watching: not into a log or a pipe.
bool isTerminal(QTextStream &stream)
{
    const auto *file = qobject_cast<const QFile *>(stream.device());
    return file && file->handle() >= 0 && ARCHSTUDIO_ISATTY(file->handle());
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
        streams.err << QCoreApplication::translate(
                           "Cli", "archstudio catalog: no loaded plugin can import price lists")
                    << '\n';
        return nullptr;
    }
    if (provider.isEmpty()) {
        if (importers.size() == 1)
            return importers.first().second;
        streams.err << QCoreApplication::translate(
                           "Cli", "archstudio catalog: several loaded plugins can import price "
                                  "lists (%1): choose one with --provider ID")
                           .arg(importerIds(importers))
                    << '\n';
        return nullptr;
    }
    for (const Importer &importer : importers) {
        if (importer.first == provider)
            return importer.second;
    }
    streams.err << QCoreApplication::translate(
                       "Cli", "archstudio catalog: no loaded plugin \"%1\" imports price lists; "
                              "these do: %2")
                       .arg(provider, importerIds(importers))
                << '\n';
    return nullptr;
}

int runImport(const QStringList &args, Streams streams)
{
    QStringList files;
    QString output;
    QString provider;
    OptionParser options(kCatalog, streams);
    const auto once = [](QString *target, const QString &name) {
        return [target, name](const QString &value) {
            if (!target->isEmpty())
                return QCoreApplication::translate("Cli", "%1 is given more than once").arg(name);
            *target = value;
            return QString();
        };
    };
    options.value(QStringLiteral("-o"), once(&output, QStringLiteral("-o")));
    options.value(QStringLiteral("--output"), once(&output, QStringLiteral("-o")));
    // Only needed when several loaded plugins import price lists.
    options.value(QStringLiteral("--provider"), once(&provider, QStringLiteral("--provider")));
    if (const std::optional<int> code = options.parse(args, &files))
        return *code;
    if (files.isEmpty())
        return options.error(
            QCoreApplication::translate("Cli", "import expects at least one OFFER.json"));
    if (output.isEmpty())
        return options.error(QCoreApplication::translate("Cli", "import expects -o CATALOG.json"));
    // Refused before the offer files (possibly hundreds of megabytes) are read.
    if (const QString problem = io::outputTargetProblem(output, files); !problem.isEmpty()) {
        streams.err
            << QCoreApplication::translate("Cli", "archstudio catalog: %1: %2").arg(output, problem)
            << '\n';
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
            streams.err << '\r'
                        << QCoreApplication::translate("Cli",
                                                       "importing offer files: %1% of %2 MiB")
                               .arg(percent)
                               .arg(QString::number(double(p.totalBytes) / (1024 * 1024), 'f', 1));
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
        streams.err << QCoreApplication::translate("Cli", "%1: %2").arg(output, error) << '\n';
        return InputError;
    }
    for (const QString &note : result.skippedNotes)
        streams.err << note << '\n';
    const int prices = int(result.pricesImported);
    const int fileCount = int(files.size());
    // Separate sources for one and many, so the English reads "1 price" without a translation.
    //: imported N prices from N files
    streams.err << QCoreApplication::translate("Cli", "imported %1 from %2")
                       .arg(
                           prices == 1
                               ? QCoreApplication::translate("Cli", "%n price", nullptr, prices)
                               : QCoreApplication::translate("Cli", "%n prices", nullptr, prices),
                           fileCount == 1
                               ? QCoreApplication::translate("Cli", "%n file", nullptr, fileCount)
                               : QCoreApplication::translate("Cli", "%n files", nullptr, fileCount))
                << '\n';
    return Success;
}

void printTable(const catalog::Catalog &catalog, QTextStream &out)
{
    QStringList keys = catalog.entries().keys();
    std::sort(keys.begin(), keys.end());
    QList<QStringList> rows{
        {QCoreApplication::translate("Cli", "KEY"), QCoreApplication::translate("Cli", "VALUE"),
         QCoreApplication::translate("Cli", "UNIT"), QCoreApplication::translate("Cli", "TIER"),
         QCoreApplication::translate("Cli", "SOURCE")}};
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
    OptionParser options(kCatalog, streams);
    options.flag(QStringLiteral("--json"), &asJson);
    QStringList extra;
    if (const std::optional<int> code = options.parse(args, &extra))
        return *code;
    if (!extra.isEmpty())
        return options.error(
            QCoreApplication::translate("Cli", "show: unexpected argument %1").arg(extra.first()));
    const catalog::Catalog &catalog = streams.kinds->catalog();
    if (catalog.id().isEmpty()) {
        streams.err << QCoreApplication::translate("Cli",
                                                   "archstudio catalog: the bundled catalog does "
                                                   "not load")
                    << '\n';
        return InputError;
    }
    if (asJson) {
        // The catalog file, led by the output's schemaVersion (which a catalog file may hold:
        // the loader ignores it).
        const boost::json::value file =
            boost::json::parse(std::string_view(catalog::catalogToJson(catalog).toStdString()));
        boost::json::object document{{"schemaVersion", kCatalogShowSchemaVersion}};
        for (const auto &entry : file.as_object())
            document.emplace(entry.key(), entry.value());
        const QByteArray json = json::writePrettyJson(std::move(document));
        streams.out << QString::fromUtf8(json);
        if (!json.endsWith('\n'))
            streams.out << '\n';
        return Success;
    }
    const int entries = int(catalog.entries().size());
    //: catalog ID "NAME", DATE, CURRENCY, N entries
    streams.out << QCoreApplication::translate("Cli", "catalog %1 \"%2\", %3, %4, %5")
                       .arg(
                           catalog.id(), catalog.name(), catalog.date(), catalog.currency(),
                           entries == 1
                               ? QCoreApplication::translate("Cli", "%n entry", nullptr, entries)
                               : QCoreApplication::translate("Cli", "%n entries", nullptr, entries))
                << "\n\n";
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
        return usageError(kCatalog, QCoreApplication::translate("Cli", "expected import or show"),
                          streams);
    return usageError(kCatalog,
                      QCoreApplication::translate("Cli", "unknown command \"%1\"").arg(command),
                      streams);
}

} // namespace archstudio::cli
