#pragma once

#include <QByteArray>
#include <QString>

#include <boost/json/value.hpp>

#include <optional>

namespace archstudio::json {

struct JsonParseResult
{
    std::optional<boost::json::value> value;
    QString error; ///< "line 3, column 14: expected a value" when value is empty
};

/// Parses JSON text, refusing nesting deeper than maxDepth and numbers that overflow to
/// infinity (1e999, named by their path), and locates a syntax error by line and column so
/// the message can point at it.
JsonParseResult parseJson(const QByteArray &text, int maxDepth);

} // namespace archstudio::json
