#include "designjsonfields.h"

#include "jsonvariant.h"

#include <QCoreApplication>

#include <algorithm>

namespace archstudio::io {

using namespace archstudio::model;
namespace json = boost::json;

void JsonFieldReader::error(const QString &path, const QString &message)
{
    mProblems.append({Problem::Severity::Error, path, message});
}

void JsonFieldReader::missing(const QString &path, const QString &expected)
{
    error(path,
          QCoreApplication::translate("Io", "missing required key; expected %1").arg(expected));
}

void JsonFieldReader::wrongType(const QString &path, const QString &expected,
                                const json::value &got)
{
    error(path, QCoreApplication::translate("Io", "expected %1, got %2")
                    .arg(expected, describeJsonType(got)));
}

void JsonFieldReader::checkKeys(const json::object &object, const QString &path,
                                std::initializer_list<json::string_view> known, PropertyMap *extras)
{
    QList<PropertyMap::Entry> kept;
    for (const auto &kv : object) {
        if (std::find(known.begin(), known.end(), kv.key()) != known.end())
            continue;
        const QString key = toQString(kv.key());
        mProblems.append({Problem::Severity::Warning, joinPath(path, key),
                          extras
                              ? QCoreApplication::translate("Io", "unknown key; kept but ignored")
                              : QCoreApplication::translate("Io", "unknown key; ignored")});
        if (extras)
            kept.append({key, toVariant(kv.value())});
    }
    if (extras)
        extras->insertMany(std::move(kept));
}

const json::value *JsonFieldReader::value(const json::object &o, json::string_view key,
                                          const QString &path, bool required, const char *expected)
{
    const json::value *v = o.if_contains(key);
    if (!v && required) // expected is marked with QT_TRANSLATE_NOOP("Io", ...) by the callers
        missing(joinPath(path, toQString(key)), QCoreApplication::translate("Io", expected));
    return v;
}

std::optional<QString> JsonFieldReader::string(const json::object &o, json::string_view key,
                                               const QString &path, bool required)
{
    const json::value *v = value(o, key, path, required, QT_TRANSLATE_NOOP("Io", "a string"));
    if (!v)
        return std::nullopt;
    if (!v->is_string()) {
        wrongType(joinPath(path, toQString(key)), QCoreApplication::translate("Io", "a string"),
                  *v);
        return std::nullopt;
    }
    return toQString(v->get_string());
}

const json::array *JsonFieldReader::array(const json::object &o, json::string_view key,
                                          const QString &path, bool required)
{
    const json::value *v = value(o, key, path, required, QT_TRANSLATE_NOOP("Io", "an array"));
    if (v && !v->is_array())
        wrongType(joinPath(path, toQString(key)), QCoreApplication::translate("Io", "an array"),
                  *v);
    return v ? v->if_array() : nullptr;
}

const json::object *JsonFieldReader::child(const json::object &o, json::string_view key,
                                           const QString &path, bool required)
{
    const json::value *v = value(o, key, path, required, QT_TRANSLATE_NOOP("Io", "an object"));
    if (v && !v->is_object())
        wrongType(joinPath(path, toQString(key)), QCoreApplication::translate("Io", "an object"),
                  *v);
    return v ? v->if_object() : nullptr;
}

const json::object *JsonFieldReader::element(const json::value &v, const QString &path)
{
    if (!v.is_object())
        wrongType(path, QCoreApplication::translate("Io", "an object"), v);
    return v.if_object();
}

std::optional<double> JsonFieldReader::number(const json::value &v, const QString &path)
{
    if (v.is_number())
        return v.to_number<double>();
    wrongType(path, QCoreApplication::translate("Io", "a number"), v);
    return std::nullopt;
}

QList<ZoneId> JsonFieldReader::zoneList(const json::array &items, const QString &path)
{
    QList<ZoneId> zones;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].is_string())
            zones.append(ZoneId(toQString(items[i].get_string())));
        else
            wrongType(indexPath(path, qsizetype(i)),
                      QCoreApplication::translate("Io", "a zone code"), items[i]);
    }
    return zones;
}

std::optional<QPointF> JsonFieldReader::point(const json::value &v, const QString &path)
{
    const json::array *a = v.if_array();
    if (!a || a->size() != 2 || !(*a)[0].is_number() || !(*a)[1].is_number()) {
        error(
            path,
            QCoreApplication::translate("Io", "expected [x, y], got %1").arg(describeJsonType(v)));
        return std::nullopt;
    }
    return QPointF((*a)[0].to_number<double>(), (*a)[1].to_number<double>());
}

std::optional<QRectF> JsonFieldReader::frame(const json::value &v, const QString &path)
{
    const json::array *a = v.if_array();
    const bool ok =
        a && a->size() == 4 &&
        std::all_of(a->begin(), a->end(), [](const json::value &n) { return n.is_number(); });
    if (!ok) {
        error(path, QCoreApplication::translate("Io", "expected [x, y, width, height], got %1")
                        .arg(describeJsonType(v)));
        return std::nullopt;
    }
    const QRectF rect((*a)[0].to_number<double>(), (*a)[1].to_number<double>(),
                      (*a)[2].to_number<double>(), (*a)[3].to_number<double>());
    if (rect.width() < 0 || rect.height() < 0) {
        error(path, QCoreApplication::translate(
                        "Io", "negative width or height; expected sizes of 0 or more"));
        return std::nullopt;
    }
    return rect;
}

} // namespace archstudio::io
