#pragma once

#include <QByteArray>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

namespace archstudio::json {

/// Writes JSON for people and for diffs: two-space indentation, keys in insertion order,
/// short objects and arrays of scalars on one line, numbers in their shortest exact form
/// (0.9, not 9E-1). The same value always gives the same bytes, so re-saves are stable.
QByteArray writePrettyJson(const boost::json::value &value);
/// For a document built as an object: moved into a value rather than copied whole.
QByteArray writePrettyJson(boost::json::object &&object);

/// The shortest text that reads back as exactly this double; integral values without ".0".
std::string formatJsonNumber(double value);
/// formatJsonNumber(), appended to out without a temporary.
void appendJsonNumber(std::string &out, double value);

} // namespace archstudio::json
