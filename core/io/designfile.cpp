#include "designfile.h"

#include "core/model/variants.h"

#include "atomicfile.h"
#include "core/json/jsonparse.h"
#include "core/json/jsonwriter.h"
#include "designjson.h"
#include "drawioreader.h"
#include "jsonvariant.h"

#include "core/catalog/catalogfile.h"
#include "core/engine/kindset.h"
#include "core/model/designvalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <boost/json/object.hpp>

namespace archstudio::io {

using model::Problem;
using model::Problems;

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kDesign = QStringLiteral("design.json");
const QString kThumbnail = QStringLiteral("thumbnail.png");

LoadResult failure(const QString &path, const QString &message)
{
    return {std::nullopt, {{Problem::Severity::Error, path, message}}};
}

/// Where the reader reported errors, to tell whether a semantic problem's place is one of
/// them, lies under one (a wrong type reported at "components[1].properties" covers
/// "components[1].properties.shards") or above one. Looked up in sets: a hostile file can
/// bring hundreds of thousands of problems of each sort, and comparing every pair hung the
/// load for minutes.
class ErrorPlaces
{
public:
    explicit ErrorPlaces(const Problems &problems)
    {
        for (const Problem &p : problems) {
            if (!p.isError())
                continue;
            mAny = true;
            mRoot = mRoot || p.path.isEmpty();
            mPlaces.insert(p.path);
            forEachParent(p.path, [this](const QString &parent) { mAbove.insert(parent); });
        }
    }

    /// Whether path is one of the places, under one, or above one.
    bool touches(const QString &path) const
    {
        if (mRoot || (mAny && path.isEmpty()) || mPlaces.contains(path) || mAbove.contains(path))
            return true;
        bool under = false;
        forEachParent(path,
                      [&](const QString &parent) { under = under || mPlaces.contains(parent); });
        return under;
    }

private:
    /// Calls f with each place path lies under: its text before each '.' or '['.
    template <typename F> static void forEachParent(const QString &path, F f)
    {
        for (qsizetype i = 1; i < path.size(); ++i) {
            if (path.at(i) == QLatin1Char('.') || path.at(i) == QLatin1Char('['))
                f(path.left(i));
        }
    }

    bool mAny = false;
    bool mRoot = false; ///< an error about the whole file covers every place
    QSet<QString> mPlaces;
    QSet<QString> mAbove;
};

/// Keeps a semantic problem only where the reader has not already reported the same place:
/// a value of the wrong type should not also be reported as, say, an unknown zone.
void mergeProblems(Problems &into, const Problems &semantic)
{
    const ErrorPlaces structural(into);
    for (const Problem &p : semantic) {
        if (!structural.touches(p.path))
            into.append(p);
    }
}

/// Each of the design's own figures checked against the plausible range of its unit in the
/// catalog: an AZ failure rate of 1e300 a year is a typo or an attack, never a design.
Problems overrideProblems(const model::DesignContent &content, const catalog::Catalog &catalog)
{
    Problems problems;
    for (auto it = content.catalogOverrides.cbegin(); it != content.catalogOverrides.cend(); ++it) {
        if (const QString why = catalog.checkOverride(it.key(), it.value()); !why.isEmpty())
            problems.append({Problem::Severity::Error,
                             model::joinPath(QStringLiteral("catalogOverrides"), it.key()), why});
    }
    return problems;
}

/// The kinds every build has (the workload), for a load given no registry.
const model::KindRegistry &coreKinds()
{
    static const engine::KindSet core;
    return core.schemas();
}

std::optional<QString> checkManifest(const QByteArray &bytes, const LoadOptions &options)
{
    const json::JsonParseResult parsed = json::parseJson(bytes, options.limits.maxJsonDepth);
    if (!parsed.value)
        return parsed.error;
    const boost::json::object *o = parsed.value->if_object();
    if (!o)
        return QStringLiteral("expected a JSON object");
    const boost::json::value *format = o->if_contains("format");
    if (format && format->is_string() && format->get_string() == "archstudio-lesson")
        return QStringLiteral("format: this is a lesson pack, several designs in one file; open "
                              "it in the studio, or list and extract its exercises with "
                              "`archstudio lesson`");
    if (!format || !format->is_string() || format->get_string() != "archstudio")
        return QStringLiteral("format: expected \"archstudio\"");
    const boost::json::value *version = o->if_contains("formatVersion");
    if (!version || !version->is_int64())
        return QStringLiteral("formatVersion: expected a whole number");
    if (version->get_int64() > options.migrations->currentVersion())
        return QStringLiteral("formatVersion: %1 was written by a newer ArchStudio; this one reads "
                              "versions up to %2")
            .arg(version->get_int64())
            .arg(options.migrations->currentVersion());
    return std::nullopt;
}

} // namespace

LoadResult loadDesignJson(const QByteArray &text, const LoadOptions &options)
{
    if (text.size() > options.limits.maxUncompressedBytes)
        return failure({}, QStringLiteral("the design is %1 MiB; at most %2 MiB are accepted")
                               .arg(text.size() / (1024 * 1024))
                               .arg(options.limits.maxUncompressedBytes / (1024 * 1024)));
    json::JsonParseResult parsed = json::parseJson(text, options.limits.maxJsonDepth);
    if (!parsed.value)
        return failure({}, QStringLiteral("not valid JSON: %1").arg(parsed.error));

    DesignFile file;
    if (boost::json::object *root = parsed.value->if_object()) {
        const boost::json::value *version = root->if_contains("formatVersion");
        if (version && (!version->is_int64() || version->get_int64() < 0))
            return failure(QStringLiteral("formatVersion"),
                           QStringLiteral("expected a whole number such as 1, got %1")
                               .arg(describeJsonType(*version)));
        if (version) {
            file.sourceFormatVersion = int(version->get_int64());
            if (auto error = options.migrations->migrate(*root, file.sourceFormatVersion,
                                                         &file.appliedMigrations))
                return failure(QStringLiteral("formatVersion"), *error);
        }
    }

    DesignJsonResult read = designFromJson(*parsed.value, options.limits);
    LoadResult result;
    result.problems = read.problems;
    const bool unreadable = model::hasErrors(result.problems);
    const model::DesignValidator validator(options.registry ? *options.registry : coreKinds());
    mergeProblems(result.problems, validator.validate(read.design));
    const catalog::Catalog &catalog =
        options.catalog ? *options.catalog : catalog::bundledCatalog();
    mergeProblems(result.problems, overrideProblems(read.design, catalog));
    // Every variant must hold up on its own, as it will be evaluated on its own.
    for (qsizetype i = 0; i < read.design.otherVariants.size(); ++i) {
        model::Problems problems = validator.validate(
            *model::variantAsDesign(read.design, read.design.otherVariants.at(i).name));
        problems += overrideProblems(read.design.otherVariants.at(i).content, catalog);
        for (model::Problem &p : problems)
            p.path = QStringLiteral("variants[%1]").arg(i) +
                     (p.path.isEmpty() ? QString() : QLatin1Char('.') + p.path);
        mergeProblems(result.problems, problems);
    }
    if (unreadable || (options.rejectInvalidDesigns && model::hasErrors(result.problems)))
        return result;
    file.design = std::move(read.design);
    file.container = Container::BareJson;
    result.file = std::move(file);
    return result;
}

LoadResult loadDesignFile(const QString &path, const LoadOptions &options)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return failure({}, QStringLiteral("cannot open: %1").arg(in.errorString()));
    const QByteArray magic = in.peek(4);
    if (magic != QByteArrayLiteral("PK\x03\x04") && magic != QByteArrayLiteral("PK\x05\x06")) {
        if (in.size() > options.limits.maxUncompressedBytes)
            return failure({}, QStringLiteral("the file is %1 MiB; at most %2 MiB are accepted")
                                   .arg(in.size() / (1024 * 1024))
                                   .arg(options.limits.maxUncompressedBytes / (1024 * 1024)));
        const QByteArray bytes = in.readAll();
        if (looksLikeXml(bytes.left(64)))
            return loadDrawio(bytes, options);
        return loadDesignJson(bytes, options);
    }
    in.close();

    ArchiveReadResult archive = readArchive(path, options.limits);
    if (!archive.error.isEmpty())
        return failure({}, archive.error);

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
        return failure(kManifest, QStringLiteral("missing from the archive; expected the manifest "
                                                 "of an .archstudio file"));
    if (auto error = checkManifest(manifest->data, options))
        return failure(kManifest, *error);
    if (!design)
        return failure(kDesign, QStringLiteral("missing from the archive; expected the design"));

    LoadResult result = loadDesignJson(design->data, options);
    if (result.file) {
        result.file->container = Container::Archive;
        result.file->thumbnailPng = file.thumbnailPng;
        result.file->extraEntries = file.extraEntries;
    }
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
        return QStringLiteral("a design is saved as .archstudio or .json; draw.io files are "
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
