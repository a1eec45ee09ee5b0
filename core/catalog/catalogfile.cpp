#include "catalogfile.h"

#include "core/json/jsonparse.h"
#include "core/json/jsonwriter.h"

#include <QCoreApplication>
#include <QFile>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initCatalogResources()
{
    Q_INIT_RESOURCE(catalogs);
}

namespace archstudio::catalog {

namespace bj = boost::json;

namespace {

QString toQString(bj::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::optional<QString> stringAt(const bj::object &o, bj::string_view key)
{
    const bj::value *v = o.if_contains(key);
    if (!v || !v->is_string())
        return std::nullopt;
    return toQString(v->get_string());
}

CatalogLoadResult failure(const QString &message)
{
    return {std::nullopt, message};
}

/// The optional "regions" header: {reference, zoneCodes, offerFirst}. Returns why it is not
/// one, or an empty string.
QString readRegionConventions(const bj::object &root, RegionConventions &out)
{
    const bj::value *value = root.if_contains("regions");
    if (!value)
        return {};
    const bj::object *regions = value->if_object();
    if (!regions)
        return QCoreApplication::translate(
            "Catalog", "regions: expected an object {reference, zoneCodes, offerFirst}");
    if (const bj::value *reference = regions->if_contains("reference")) {
        if (!reference->is_string())
            return QCoreApplication::translate("Catalog",
                                               "regions.reference: expected a region code");
        out.reference = toQString(reference->get_string());
    }
    if (const bj::value *pattern = regions->if_contains("zoneCodes")) {
        const std::optional<ZoneNaming> naming =
            pattern->is_string() ? ZoneNaming::fromPattern(toQString(pattern->get_string()))
                                 : std::nullopt;
        if (!naming)
            return QCoreApplication::translate("Catalog", "regions.zoneCodes: %1")
                .arg(ZoneNaming::problemWith(pattern->is_string() ? toQString(pattern->get_string())
                                                                  : QString())
                         .value_or(QString()));
        out.zones = *naming;
    }
    if (const bj::value *offerFirst = regions->if_contains("offerFirst")) {
        const bj::array *codes = offerFirst->if_array();
        if (!codes)
            return QCoreApplication::translate(
                "Catalog", "regions.offerFirst: expected an array of region codes");
        for (const bj::value &code : *codes) {
            if (!code.is_string())
                return QCoreApplication::translate(
                    "Catalog", "regions.offerFirst: expected an array of region codes");
            out.offerFirst.append(toQString(code.get_string()));
        }
    }
    return {};
}

bj::object regionConventionsJson(const RegionConventions &conventions)
{
    bj::object regions;
    if (!conventions.reference.isEmpty())
        regions["reference"] = conventions.reference.toStdString();
    regions["zoneCodes"] = conventions.zones.pattern().toStdString();
    if (!conventions.offerFirst.isEmpty()) {
        bj::array codes;
        for (const QString &code : conventions.offerFirst)
            codes.emplace_back(code.toStdString());
        regions["offerFirst"] = std::move(codes);
    }
    return regions;
}

} // namespace

CatalogLoadResult parseCatalog(const QByteArray &text)
{
    const json::JsonParseResult parsed = json::parseJson(text, 16);
    if (!parsed.value)
        return failure(
            QCoreApplication::translate("Catalog", "not valid JSON: %1").arg(parsed.error));
    const bj::object *root = parsed.value->if_object();
    if (!root)
        return failure(QCoreApplication::translate("Catalog", "expected a JSON object"));
    if (stringAt(*root, "format") != QStringLiteral("archstudio-catalog"))
        return failure(
            QCoreApplication::translate("Catalog", "format: expected \"archstudio-catalog\""));
    const bj::value *version = root->if_contains("formatVersion");
    if (!version || !version->is_int64() || version->get_int64() != 1)
        return failure(QCoreApplication::translate("Catalog", "formatVersion: expected 1"));
    const std::optional<QString> id = stringAt(*root, "id");
    if (!id || id->isEmpty())
        return failure(QCoreApplication::translate("Catalog", "id: expected a non-empty string"));

    Catalog catalog;
    catalog.setHeader(*id, stringAt(*root, "name").value_or(*id),
                      stringAt(*root, "date").value_or(QString()),
                      stringAt(*root, "currency").value_or(QStringLiteral("USD")));
    RegionConventions conventions;
    if (const QString problem = readRegionConventions(*root, conventions); !problem.isEmpty())
        return failure(problem);
    catalog.setRegionConventions(conventions);

    const bj::value *sources = root->if_contains("sources");
    if (!sources || !sources->is_object())
        return failure(QCoreApplication::translate(
            "Catalog", "sources: expected an object of id -> {tier, title, url, date}"));
    for (const auto &kv : sources->get_object()) {
        const QString path = QStringLiteral("sources.%1").arg(toQString(kv.key()));
        const bj::object *o = kv.value().if_object();
        if (!o)
            return failure(
                QCoreApplication::translate("Catalog", "%1: expected an object").arg(path));
        Source source{toQString(kv.key()), stringAt(*o, "tier").value_or(QString()),
                      stringAt(*o, "title").value_or(QString()),
                      stringAt(*o, "url").value_or(QString()),
                      stringAt(*o, "date").value_or(QString())};
        if (source.tier.isEmpty() || source.title.isEmpty())
            return failure(QCoreApplication::translate("Catalog", "%1: expected a tier and a title")
                               .arg(path));
        catalog.addSource(source);
    }

    const bj::value *entries = root->if_contains("entries");
    if (!entries || !entries->is_object())
        return failure(QCoreApplication::translate(
            "Catalog", "entries: expected an object of key -> {value, unit, source}"));
    for (const auto &kv : entries->get_object()) {
        const QString key = toQString(kv.key());
        const QString path = QStringLiteral("entries.%1").arg(key);
        const bj::object *o = kv.value().if_object();
        if (!o)
            return failure(
                QCoreApplication::translate("Catalog", "%1: expected an object").arg(path));
        const bj::value *value = o->if_contains("value");
        if (!value || !value->is_number())
            return failure(
                QCoreApplication::translate("Catalog", "%1.value: expected a number").arg(path));
        Entry entry{value->to_number<double>(), stringAt(*o, "unit").value_or(QString()),
                    stringAt(*o, "source").value_or(QString()),
                    stringAt(*o, "note").value_or(QString())};
        if (!catalog.source(entry.source))
            return failure(QCoreApplication::translate(
                               "Catalog", "%1.source: \"%2\" is not one of the catalog's sources")
                               .arg(path, entry.source));
        catalog.setEntry(key, entry);
    }

    // Optional: the plausible range of each unit's figures, each with its own source.
    if (const bj::value *ranges = root->if_contains("ranges")) {
        if (!ranges->is_object())
            return failure(QCoreApplication::translate(
                "Catalog", "ranges: expected an object of unit -> {min, max, "
                           "source}"));
        for (const auto &kv : ranges->get_object()) {
            const QString path = QStringLiteral("ranges.%1").arg(toQString(kv.key()));
            const bj::object *o = kv.value().if_object();
            const bj::value *min = o ? o->if_contains("min") : nullptr;
            const bj::value *max = o ? o->if_contains("max") : nullptr;
            if (!min || !max || !min->is_number() || !max->is_number())
                return failure(QCoreApplication::translate(
                                   "Catalog", "%1: expected {min, max, source} with numbers")
                                   .arg(path));
            Range range{min->to_number<double>(), max->to_number<double>(),
                        stringAt(*o, "source").value_or(QString()),
                        stringAt(*o, "note").value_or(QString())};
            if (!(range.min <= range.max))
                return failure(QCoreApplication::translate("Catalog", "%1: min is greater than max")
                                   .arg(path));
            if (!catalog.source(range.source))
                return failure(
                    QCoreApplication::translate(
                        "Catalog", "%1.source: \"%2\" is not one of the catalog's sources")
                        .arg(path, range.source));
            catalog.setRange(toQString(kv.key()), range);
        }
    }
    return {catalog, {}};
}

CatalogLoadResult loadCatalogFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            QCoreApplication::translate("Catalog", "cannot open: %1").arg(file.errorString()));
    if (file.size() > 64LL * 1024 * 1024)
        return failure(QCoreApplication::translate("Catalog", "the catalog is larger than 64 MiB"));
    return parseCatalog(file.readAll());
}

QByteArray catalogToJson(const Catalog &catalog)
{
    bj::object root;
    root["format"] = "archstudio-catalog";
    root["formatVersion"] = 1;
    root["id"] = catalog.id().toStdString();
    root["name"] = catalog.name().toStdString();
    root["date"] = catalog.date().toStdString();
    root["currency"] = catalog.currency().toStdString();
    // Only a catalog that states conventions writes them: a plugin's catalog has none.
    if (!catalog.regionConventions().isDefault())
        root["regions"] = regionConventionsJson(catalog.regionConventions());

    QStringList sourceIds = catalog.sources().keys();
    std::sort(sourceIds.begin(), sourceIds.end());
    bj::object sources;
    for (const QString &id : sourceIds) {
        const Source &s = catalog.sources().value(id);
        bj::object o{{"tier", s.tier.toStdString()}, {"title", s.title.toStdString()}};
        if (!s.url.isEmpty())
            o["url"] = s.url.toStdString();
        if (!s.date.isEmpty())
            o["date"] = s.date.toStdString();
        sources[id.toStdString()] = std::move(o);
    }
    root["sources"] = std::move(sources);

    QStringList keys = catalog.entries().keys();
    std::sort(keys.begin(), keys.end());
    bj::object entries;
    for (const QString &key : keys) {
        const Entry &e = catalog.entries().value(key);
        bj::object o{
            {"value", e.value}, {"unit", e.unit.toStdString()}, {"source", e.source.toStdString()}};
        if (!e.note.isEmpty())
            o["note"] = e.note.toStdString();
        entries[key.toStdString()] = std::move(o);
    }
    root["entries"] = std::move(entries);

    if (!catalog.ranges().isEmpty()) {
        QStringList units = catalog.ranges().keys();
        std::sort(units.begin(), units.end());
        bj::object ranges;
        for (const QString &unit : units) {
            const Range &r = catalog.ranges().value(unit);
            bj::object o{{"min", r.min}, {"max", r.max}, {"source", r.source.toStdString()}};
            if (!r.note.isEmpty())
                o["note"] = r.note.toStdString();
            ranges[unit.toStdString()] = std::move(o);
        }
        root["ranges"] = std::move(ranges);
    }
    return json::writePrettyJson(std::move(root));
}

const Catalog &bundledCatalog()
{
    static const Catalog catalog = [] {
        initCatalogResources();
        CatalogLoadResult result = loadCatalogFile(QStringLiteral(":/catalogs/aws.json"));
        if (!result.catalog)
            qWarning("bundled catalog is broken: %s", qPrintable(result.error));
        return result.catalog.value_or(Catalog{});
    }();
    return catalog;
}

} // namespace archstudio::catalog
