#include "jsonparse.h"

#include <boost/json/error.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parser.hpp>

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
    return {parser.release(), {}};
}

} // namespace archstudio::json
