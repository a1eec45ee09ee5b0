#include "jsonparse.h"

#include <boost/json/error.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parser.hpp>

#include <cmath>

namespace archstudio::json {

namespace {

QString describe(const boost::system::error_code &ec, int maxDepth)
{
    using boost::json::error;
    if (ec == error::too_deep)
        return QStringLiteral("nested more than %1 levels deep").arg(maxDepth);
    if (ec == error::incomplete)
        return QStringLiteral("the JSON text ends too early (truncated?)");
    if (ec == error::extra_data)
        return QStringLiteral("unexpected text after the end of the JSON document");
    if (ec == error::syntax)
        return QStringLiteral("invalid JSON syntax");
    return QString::fromStdString(ec.message());
}

QString location(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

/// The path of the first number that overflowed to infinity ("components[0].x"; "" for the
/// root), if any: 1e999 parses, but no reader can use it and no writer can write it back.
std::optional<QString> overflowedNumber(const boost::json::value &value, const QString &path)
{
    if (value.is_double())
        return std::isfinite(value.get_double()) ? std::nullopt : std::optional(path);
    if (const boost::json::array *array = value.if_array()) {
        for (std::size_t i = 0; i < array->size(); ++i) {
            if (auto at = overflowedNumber((*array)[i], QStringLiteral("%1[%2]").arg(path).arg(i)))
                return at;
        }
    } else if (const boost::json::object *object = value.if_object()) {
        for (const auto &kv : *object) {
            const QString key = QString::fromUtf8(kv.key().data(), qsizetype(kv.key().size()));
            if (auto at = overflowedNumber(kv.value(),
                                           path.isEmpty() ? key : path + QLatin1Char('.') + key))
                return at;
        }
    }
    return std::nullopt;
}

} // namespace

JsonParseResult parseJson(const QByteArray &text, int maxDepth)
{
    boost::json::parse_options options;
    options.max_depth = static_cast<std::size_t>(maxDepth);
    boost::json::parser parser({}, options);
    // The document is read, walked once and dropped: a monotonic arena (kept alive by the
    // value's storage pointer) makes building it cheap and freeing it one release, not a
    // free() per node.
    parser.reset(boost::json::make_shared_resource<boost::json::monotonic_resource>());
    boost::system::error_code ec;
    const std::size_t consumed = parser.write_some(text.constData(), text.size(), ec);
    if (!ec && consumed < static_cast<std::size_t>(text.size()))
        ec = boost::json::error::extra_data;
    if (ec) {
        return {std::nullopt, QStringLiteral("%1: %2").arg(location(text, qsizetype(consumed)),
                                                           describe(ec, maxDepth))};
    }
    boost::json::value value = parser.release();
    if (const std::optional<QString> at = overflowedNumber(value, {}))
        return {std::nullopt, QStringLiteral("%1a number too large to represent (beyond "
                                             "1.8e308)")
                                  .arg(at->isEmpty() ? QString() : *at + QStringLiteral(": "))};
    return {std::move(value), {}};
}

} // namespace archstudio::json
