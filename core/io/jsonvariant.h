#pragma once

#include <QString>
#include <QVariant>

#include <boost/json/value.hpp>

namespace archstudio::io {

/// JSON to the model's property values: integers stay qint64, reals double, null a
/// std::nullptr_t QVariant, arrays QVariantList and objects QVariantMap.
QVariant toVariant(const boost::json::value &value);
boost::json::value toJson(const QVariant &value);

inline QString toQString(boost::json::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// "a string", "a number", ... for messages about the wrong JSON type.
QString describeJsonType(const boost::json::value &value);

} // namespace archstudio::io
