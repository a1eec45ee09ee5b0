#include "jsonwriter.h"

#include <boost/json/serialize.hpp>

#include <charconv>
#include <cmath>

namespace archstudio::json {

namespace {

constexpr std::size_t kInlineWidth = 96;

bool isScalar(const boost::json::value &v)
{
    return !v.is_object() && !v.is_array();
}

bool isFlat(const boost::json::value &v)
{
    if (v.is_array()) {
        const auto &a = v.get_array();
        return std::all_of(a.begin(), a.end(), isScalar);
    }
    if (v.is_object()) {
        const auto &o = v.get_object();
        return std::all_of(o.begin(), o.end(), [](const auto &kv) {
            return isScalar(kv.value()) || (kv.value().is_array() && isFlat(kv.value()));
        });
    }
    return true;
}

void writeScalar(std::string &out, const boost::json::value &v)
{
    if (v.is_double())
        out += formatJsonNumber(v.get_double());
    else
        out += boost::json::serialize(v);
}

void writeInline(std::string &out, const boost::json::value &v)
{
    if (v.is_array()) {
        out += '[';
        bool first = true;
        for (const auto &item : v.get_array()) {
            out += first ? "" : ", ";
            first = false;
            writeInline(out, item);
        }
        out += ']';
    } else if (v.is_object()) {
        const auto &o = v.get_object();
        if (o.empty()) {
            out += "{}";
            return;
        }
        out += "{ ";
        bool first = true;
        for (const auto &kv : o) {
            out += first ? "" : ", ";
            first = false;
            out += boost::json::serialize(boost::json::string_view(kv.key()));
            out += ": ";
            writeInline(out, kv.value());
        }
        out += " }";
    } else {
        writeScalar(out, v);
    }
}

void write(std::string &out, const boost::json::value &v, int indent)
{
    if (isFlat(v)) {
        std::string line;
        writeInline(line, v);
        if (line.size() + static_cast<std::size_t>(indent) <= kInlineWidth || isScalar(v)) {
            out += line;
            return;
        }
    }
    const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
    const std::string closePad(static_cast<std::size_t>(indent), ' ');
    if (v.is_array()) {
        out += "[\n";
        const auto &a = v.get_array();
        for (std::size_t i = 0; i < a.size(); ++i) {
            out += pad;
            write(out, a[i], indent + 2);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += closePad + ']';
        return;
    }
    out += "{\n";
    const auto &o = v.get_object();
    std::size_t i = 0;
    for (const auto &kv : o) {
        out += pad;
        out += boost::json::serialize(boost::json::string_view(kv.key()));
        out += ": ";
        write(out, kv.value(), indent + 2);
        out += ++i < o.size() ? ",\n" : "\n";
    }
    out += closePad + '}';
}

} // namespace

std::string formatJsonNumber(double value)
{
    if (!std::isfinite(value))
        return "null"; // JSON has no infinity; callers never store one on purpose
    if (value == std::trunc(value) && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

QByteArray writePrettyJson(const boost::json::value &value)
{
    std::string out;
    write(out, value, 0);
    out += '\n';
    return QByteArray::fromStdString(out);
}

} // namespace archstudio::json

namespace archstudio::json {

QByteArray writePrettyJson(boost::json::object &&object)
{
    return writePrettyJson(boost::json::value(std::move(object)));
}

} // namespace archstudio::json
