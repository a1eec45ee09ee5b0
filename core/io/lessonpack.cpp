#include "lessonpack.h"

#include "archive.h"
#include "core/json/jsonparse.h"
#include "core/json/jsonwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <variant>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace archstudio::io {

using model::Problem;

namespace {

const QString kManifest = QStringLiteral("manifest.json");
constexpr std::string_view kFormat = "archstudio-lesson";
/// The version this build writes and the newest it reads.
constexpr int kLessonFormatVersion = 1;

QString qstring(const boost::json::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

LessonPackLoad failure(const QString &path, const QString &message)
{
    return {std::nullopt, {{Problem::Severity::Error, path, message}}};
}

/// "manifest.json: items[2].file": where in the pack, entry first.
QString placeIn(const QString &entry, const QString &path)
{
    return path.isEmpty() ? entry : entry + QStringLiteral(": ") + path;
}

/// Reads a string member that may be missing (then empty); the error when it is not text.
std::optional<QString> optionalText(const boost::json::object &o, const char *key, QString &text)
{
    const boost::json::value *v = o.if_contains(key);
    if (!v)
        return std::nullopt;
    if (!v->is_string())
        return QCoreApplication::translate("Io", "expected text, such as \"Recap failover first\"");
    text = qstring(v->get_string());
    return std::nullopt;
}

struct ManifestItem
{
    QString file;
    QString notes;
};

struct Manifest
{
    QString title;
    QString notes;
    QList<ManifestItem> items;
};

/// The manifest read, or the first thing wrong with it as (path, message).
std::variant<Manifest, std::pair<QString, QString>> readManifest(const QByteArray &bytes,
                                                                 const Limits &limits)
{
    using Error = std::pair<QString, QString>;
    const json::JsonParseResult parsed = json::parseJson(bytes, limits.maxJsonDepth);
    if (!parsed.value)
        return Error{{}, QCoreApplication::translate("Io", "not valid JSON: %1").arg(parsed.error)};
    const boost::json::object *o = parsed.value->if_object();
    if (!o)
        return Error{{}, QCoreApplication::translate("Io", "expected a JSON object")};
    const boost::json::value *format = o->if_contains("format");
    if (!format || !format->is_string() || format->get_string() != kFormat)
        return Error{QStringLiteral("format"),
                     QCoreApplication::translate("Io", "expected \"archstudio-lesson\"")};
    const boost::json::value *version = o->if_contains("formatVersion");
    if (!version || !version->is_int64() || version->get_int64() < 1)
        return Error{QStringLiteral("formatVersion"),
                     QCoreApplication::translate("Io", "expected a whole number")};
    if (version->get_int64() > kLessonFormatVersion)
        return Error{QStringLiteral("formatVersion"),
                     QCoreApplication::translate(
                         "Io", "%1 was written by a newer ArchStudio; this one reads "
                               "lesson packs up to version %2")
                         .arg(version->get_int64())
                         .arg(kLessonFormatVersion)};
    Manifest manifest;
    if (auto error = optionalText(*o, "title", manifest.title))
        return Error{QStringLiteral("title"), *error};
    if (auto error = optionalText(*o, "notes", manifest.notes))
        return Error{QStringLiteral("notes"), *error};
    const boost::json::value *items = o->if_contains("items");
    if (!items || !items->is_array() || items->get_array().empty())
        return Error{QStringLiteral("items"),
                     QCoreApplication::translate("Io", "expected a list of one or more "
                                                       "exercises")};
    const boost::json::array &list = items->get_array();
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString place = model::indexPath(QStringLiteral("items"), qsizetype(i));
        const boost::json::object *item = list[i].if_object();
        if (!item)
            return Error{place,
                         QCoreApplication::translate("Io", "expected an object with a \"file\"")};
        const boost::json::value *file = item->if_contains("file");
        if (!file || !file->is_string() || file->get_string().empty())
            return Error{
                model::joinPath(place, QStringLiteral("file")),
                QCoreApplication::translate("Io", "expected the name of the exercise's entry")};
        ManifestItem entry{qstring(file->get_string()), {}};
        if (auto error = optionalText(*item, "notes", entry.notes))
            return Error{model::joinPath(place, QStringLiteral("notes")), *error};
        manifest.items.append(std::move(entry));
    }
    return manifest;
}

bool startsLikeZip(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = in.peek(4);
    return magic == QByteArrayLiteral("PK\x03\x04") || magic == QByteArrayLiteral("PK\x05\x06");
}

const QByteArray *findEntry(const QList<ArchiveEntry> &entries, const QString &name)
{
    for (const ArchiveEntry &entry : entries) {
        if (entry.name == name)
            return &entry.data;
    }
    return nullptr;
}

} // namespace

QString LessonItem::title(qsizetype index) const
{
    return design.name.isEmpty() ? QCoreApplication::translate("Io", "Exercise %1").arg(index + 1)
                                 : design.name;
}

bool isLessonPack(const QString &path, const Limits &limits)
{
    if (!startsLikeZip(path))
        return false;
    const ArchiveReadResult archive = readArchive(path, limits);
    const QByteArray *manifest = findEntry(archive.entries, kManifest);
    if (!manifest)
        return false;
    const json::JsonParseResult parsed = json::parseJson(*manifest, limits.maxJsonDepth);
    const boost::json::object *o = parsed.value ? parsed.value->if_object() : nullptr;
    const boost::json::value *format = o ? o->if_contains("format") : nullptr;
    return format && format->is_string() && format->get_string() == kFormat;
}

LessonPackLoad loadLessonPack(const QString &path, const LoadOptions &options)
{
    if (!QFile::exists(path))
        return failure({}, QCoreApplication::translate("Io", "no such file"));
    if (!startsLikeZip(path))
        return failure({}, QCoreApplication::translate(
                               "Io", "not a lesson pack: a lesson pack is a zip archive "
                                     "(.%1)")
                               .arg(kLessonPackSuffix));
    const ArchiveReadResult archive = readArchive(path, options.limits);
    if (!archive.error.isEmpty())
        return failure({}, archive.error);
    const QByteArray *manifestBytes = findEntry(archive.entries, kManifest);
    if (!manifestBytes)
        return failure(kManifest,
                       QCoreApplication::translate("Io", "missing from the archive; expected the "
                                                         "manifest of a lesson pack"));
    auto manifest = readManifest(*manifestBytes, options.limits);
    if (auto *error = std::get_if<std::pair<QString, QString>>(&manifest))
        return failure(placeIn(kManifest, error->first), error->second);

    Manifest &read = std::get<Manifest>(manifest);
    LessonPackLoad result;
    LessonPack pack{read.title, read.notes, {}};
    for (qsizetype i = 0; i < read.items.size(); ++i) {
        const ManifestItem &item = read.items.at(i);
        const QByteArray *bytes = findEntry(archive.entries, item.file);
        if (!bytes) {
            result.problems.append(
                {Problem::Severity::Error,
                 placeIn(kManifest,
                         model::indexPath(QStringLiteral("items"), i) + QStringLiteral(".file")),
                 QCoreApplication::translate("Io", "\"%1\" is not in the archive").arg(item.file)});
            continue;
        }
        LoadResult design = loadDesignJson(*bytes, options);
        for (Problem problem : std::as_const(design.problems)) {
            problem.path = placeIn(item.file, problem.path);
            result.problems.append(problem);
        }
        if (design.file)
            pack.items.append({item.notes, std::move(design.file->design)});
    }
    if (!model::hasErrors(result.problems))
        result.pack = std::move(pack);
    return result;
}

QString saveLessonPack(const QString &path, const LessonPack &pack)
{
    if (pack.items.isEmpty())
        return QCoreApplication::translate("Io", "a lesson pack needs at least one exercise");
    QList<ArchiveEntry> entries{{kManifest, {}}};
    boost::json::array items;
    for (qsizetype i = 0; i < pack.items.size(); ++i) {
        const LessonItem &item = pack.items.at(i);
        // Numbered in lesson order, so a listing of the zip reads like the lesson.
        const QString file =
            QStringLiteral("exercises/%1.json").arg(i + 1, 2, 10, QLatin1Char('0'));
        boost::json::object entry;
        entry["file"] = file.toStdString();
        if (!item.notes.isEmpty())
            entry["notes"] = item.notes.toStdString();
        items.push_back(std::move(entry));
        entries.append({file, designJsonBytes(item.design)});
    }
    boost::json::object manifest;
    manifest["format"] = std::string(kFormat);
    manifest["formatVersion"] = kLessonFormatVersion;
    manifest["application"] =
        QStringLiteral("%1 %2")
            .arg(QLatin1String(kApplicationName), QStringLiteral(ARCHSTUDIO_VERSION))
            .toStdString();
    manifest["title"] = pack.title.toStdString();
    if (!pack.notes.isEmpty())
        manifest["notes"] = pack.notes.toStdString();
    manifest["items"] = std::move(items);
    entries.first().data = json::writePrettyJson(std::move(manifest));
    return writeArchive(path, entries);
}

} // namespace archstudio::io
