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

/// A quoted string as boost::json::serialize writes it. Strings with nothing to escape (all
/// of them, in practice) are copied as they are, without a temporary; the rest go through
/// boost so its escaping stays the one definition.
void writeString(std::string &out, boost::json::string_view s)
{
    const bool plain = std::none_of(s.begin(), s.end(), [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    });
    if (!plain) {
        out += boost::json::serialize(s);
        return;
    }
    out += '"';
    out.append(s.data(), s.size());
    out += '"';
}

template <typename Integer> void writeInteger(std::string &out, Integer value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void writeScalar(std::string &out, const boost::json::value &v)
{
    switch (v.kind()) {
    case boost::json::kind::double_:
        appendJsonNumber(out, v.get_double());
        break;
    case boost::json::kind::string:
        writeString(out, v.get_string());
        break;
    case boost::json::kind::int64:
        writeInteger(out, v.get_int64());
        break;
    case boost::json::kind::uint64:
        writeInteger(out, v.get_uint64());
        break;
    case boost::json::kind::bool_:
        out += v.get_bool() ? "true" : "false";
        break;
    case boost::json::kind::null:
        out += "null";
        break;
    default:
        out += boost::json::serialize(v);
        break;
    }
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
            writeString(out, kv.key());
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
        // Written in place and taken back when it is too wide for one line.
        const std::size_t start = out.size();
        writeInline(out, v);
        if (out.size() - start + static_cast<std::size_t>(indent) <= kInlineWidth || isScalar(v))
            return;
        out.resize(start);
    }
    const auto pad = [&](int width) {
        out.append(static_cast<std::size_t>(width), ' ');
    };
    if (v.is_array()) {
        out += "[\n";
        const auto &a = v.get_array();
        for (std::size_t i = 0; i < a.size(); ++i) {
            pad(indent + 2);
            write(out, a[i], indent + 2);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        pad(indent);
        out += ']';
        return;
    }
    out += "{\n";
    const auto &o = v.get_object();
    std::size_t i = 0;
    for (const auto &kv : o) {
        pad(indent + 2);
        writeString(out, kv.key());
        out += ": ";
        write(out, kv.value(), indent + 2);
        out += ++i < o.size() ? ",\n" : "\n";
    }
    pad(indent);
    out += '}';
}

} // namespace

void appendJsonNumber(std::string &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null"; // JSON has no infinity; callers never store one on purpose
        return;
    }
    if (value == std::trunc(value) && std::fabs(value) < 1e15) {
        writeInteger(out, static_cast<long long>(value));
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

std::string formatJsonNumber(double value)
{
    std::string text;
    appendJsonNumber(text, value);
    return text;
}

QByteArray writePrettyJson(const boost::json::value &value)
{
    std::string out;
    write(out, value, 0);
    out += '\n';
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace archstudio::json

namespace archstudio::json {

QByteArray writePrettyJson(boost::json::object &&object)
{
    return writePrettyJson(boost::json::value(std::move(object)));
}

} // namespace archstudio::json
