#include "designfile.h"

#include "atomicfile.h"
#include "core/json/jsonparse.h"
#include "core/json/jsonwriter.h"
#include "designjson.h"
#include "jsonvariant.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <boost/json/object.hpp>

namespace archstudio::io {

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kDesign = QStringLiteral("design.json");
const QString kThumbnail = QStringLiteral("thumbnail.png");

std::optional<QString> checkManifest(const QByteArray &bytes, const LoadOptions &options)
{
    const json::JsonParseResult parsed = json::parseJson(bytes, options.limits.maxJsonDepth);
    if (!parsed.value)
        return parsed.error;
    const boost::json::object *o = parsed.value->if_object();
    if (!o)
        return QCoreApplication::translate("Io", "expected a JSON object");
    const boost::json::value *format = o->if_contains("format");
    if (format && format->is_string() && format->get_string() == "archstudio-lesson")
        return QCoreApplication::translate(
            "Io", "format: this is a lesson pack, several designs in one file; open "
                  "it in the studio, or list and extract its exercises with "
                  "`archstudio lesson`");
    if (!format || !format->is_string() || format->get_string() != "archstudio")
        return QCoreApplication::translate("Io", "format: expected \"archstudio\"");
    const boost::json::value *version = o->if_contains("formatVersion");
    if (!version || !version->is_int64())
        return QCoreApplication::translate("Io", "formatVersion: expected a whole number");
    if (version->get_int64() > options.migrations->currentVersion())
        return QCoreApplication::translate(
                   "Io", "formatVersion: %1 was written by a newer ArchStudio; this one reads "
                         "versions up to %2")
            .arg(version->get_int64())
            .arg(options.migrations->currentVersion());
    return std::nullopt;
}

} // namespace

LoadResult loadDesignJson(const QByteArray &text, const LoadOptions &options)
{
    if (text.size() > options.limits.maxUncompressedBytes)
        return loadFailure({}, QCoreApplication::translate(
                                   "Io", "the design is %1 MiB; at most %2 MiB are accepted")
                                   .arg(text.size() / (1024 * 1024))
                                   .arg(options.limits.maxUncompressedBytes / (1024 * 1024)));
    json::JsonParseResult parsed = json::parseJson(text, options.limits.maxJsonDepth);
    if (!parsed.value)
        return loadFailure(
            {}, QCoreApplication::translate("Io", "not valid JSON: %1").arg(parsed.error));

    DesignFile file;
    if (boost::json::object *root = parsed.value->if_object()) {
        const boost::json::value *version = root->if_contains("formatVersion");
        if (version && (!version->is_int64() || version->get_int64() < 0))
            return loadFailure(
                QStringLiteral("formatVersion"),
                QCoreApplication::translate("Io", "expected a whole number such as 1, got %1")
                    .arg(describeJsonType(*version)));
        if (version) {
            file.sourceFormatVersion = int(version->get_int64());
            if (auto error = options.migrations->migrate(*root, file.sourceFormatVersion,
                                                         &file.appliedMigrations))
                return loadFailure(QStringLiteral("formatVersion"), *error);
        }
    }

    DesignJsonResult read = designFromJson(*parsed.value, options.limits);
    file.design = std::move(read.design);
    file.container = Container::BareJson;
    return checkLoadedDesign(std::move(file), std::move(read.problems), options);
}

bool ArchiveReader::canRead(const QByteArray &head) const
{
    return head.startsWith(QByteArrayLiteral("PK\x03\x04")) ||
           head.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

LoadResult ArchiveReader::read(QFile &in, const LoadOptions &options) const
{
    // QuaZip reads the archive by its name.
    in.close();
    ArchiveReadResult archive = readArchive(in.fileName(), options.limits);
    if (!archive.error.isEmpty())
        return loadFailure({}, archive.error);

    DesignFile file;
    const ArchiveEntry *design = nullptr;
    const ArchiveEntry *manifest = nullptr;
    for (const ArchiveEntry &entry : archive.entries) {
        if (entry.name == kDesign)
            design = &entry;
        else if (entry.name == kManifest)
            manifest = &entry;
        else if (entry.name == kThumbnail)
            file.thumbnailPng = entry.data;
        else
            file.extraEntries.append(entry);
    }
    if (!manifest)
        return loadFailure(
            kManifest, QCoreApplication::translate("Io", "missing from the archive; expected the "
                                                         "manifest of an .archstudio file"));
    if (auto error = checkManifest(manifest->data, options))
        return loadFailure(kManifest, *error);
    if (!design)
        return loadFailure(kDesign, QCoreApplication::translate(
                                        "Io", "missing from the archive; expected the design"));

    LoadResult result = loadDesignJson(design->data, options);
    if (result.file) {
        result.file->container = Container::Archive;
        result.file->thumbnailPng = file.thumbnailPng;
        result.file->extraEntries = file.extraEntries;
    }
    return result;
}

bool DesignJsonReader::canRead(const QByteArray &head) const
{
    const char first = firstSignificantByte(head);
    return first == '{' || first == '[' || first == 0;
}

LoadResult loadDesignFile(const QString &path, const LoadOptions &options)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return loadFailure(
            {}, QCoreApplication::translate("Io", "cannot open: %1").arg(in.errorString()));
    const DesignReaderRegistry &readers = DesignReaderRegistry::builtin();
    if (const DesignReader *reader = readers.forHead(in.peek(kDesignReaderHeadSize)))
        return reader->read(in, options);
    // Still read as design.json, the format written by hand, so a typo before the first brace
    // is reported at its line and column. A design starts with '{', so this read fails too.
    LoadResult result = DesignJsonReader().read(in, options);
    result.problems.prepend(
        {model::Problem::Severity::Error,
         {},
         QCoreApplication::translate("Io", "\"%1\" is in none of the formats ArchStudio reads "
                                           "(%2); read as design.json:")
             .arg(QFileInfo(path).fileName(), readers.formatList())});
    return result;
}

Container containerForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Container::BareJson
                                                                      : Container::Archive;
}

QByteArray designJsonBytes(const model::Design &design)
{
    return json::writePrettyJson(designToJson(design));
}

QString saveDesignFile(const QString &path, const DesignFile &file)
{
    if (path.endsWith(QLatin1String(".drawio"), Qt::CaseInsensitive))
        return QCoreApplication::translate(
            "Io", "a design is saved as .archstudio or .json; draw.io files are "
                  "written by File > Export…");
    const QByteArray designBytes = designJsonBytes(file.design);
    if (containerForPath(path) == Container::BareJson)
        return writeFileAtomically(path,
                                   [&](QIODevice &out) { return writeAll(out, designBytes); });

    boost::json::object manifest;
    manifest["format"] = "archstudio";
    manifest["formatVersion"] = formatVersionFor(file.design);
    manifest["application"] =
        QStringLiteral("%1 %2")
            .arg(QLatin1String(kApplicationName), QStringLiteral(ARCHSTUDIO_VERSION))
            .toStdString();
    QList<ArchiveEntry> entries{{kManifest, json::writePrettyJson(std::move(manifest))},
                                {kDesign, designBytes}};
    if (!file.thumbnailPng.isEmpty())
        entries.append({kThumbnail, file.thumbnailPng});
    entries.append(file.extraEntries);
    return writeArchive(path, entries);
}

} // namespace archstudio::io
