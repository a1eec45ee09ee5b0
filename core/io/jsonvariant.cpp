#include "jsonvariant.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace archstudio::io {

QVariant toVariant(const boost::json::value &value)
{
    switch (value.kind()) {
    case boost::json::kind::null:
        return QVariant::fromValue(nullptr);
    case boost::json::kind::bool_:
        return value.get_bool();
    case boost::json::kind::int64:
        return qint64(value.get_int64());
    case boost::json::kind::uint64:
        return double(value.get_uint64());
    case boost::json::kind::double_:
        return value.get_double();
    case boost::json::kind::string:
        return toQString(value.get_string());
    case boost::json::kind::array: {
        QVariantList list;
        list.reserve(qsizetype(value.get_array().size()));
        for (const auto &item : value.get_array())
            list.append(toVariant(item));
        return list;
    }
    case boost::json::kind::object:
        break;
    }
    QVariantMap map;
    for (const auto &kv : value.get_object())
        map.insert(toQString(kv.key()), toVariant(kv.value()));
    return map;
}

boost::json::value toJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::QString:
        return boost::json::string(value.toString().toStdString());
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        boost::json::array array;
        for (const QVariant &item : value.toList())
            array.push_back(toJson(item));
        return array;
    }
    case QMetaType::QVariantMap: {
        boost::json::object object;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object[it.key().toStdString()] = toJson(it.value());
        return object;
    }
    default:
        return nullptr;
    }
}

QString describeJsonType(const boost::json::value &value)
{
    switch (value.kind()) {
    case boost::json::kind::null:
        return QStringLiteral("null");
    case boost::json::kind::bool_:
        //: a JSON value's type, shown in "expected %1, got %2"
        return QCoreApplication::translate("Io", "a boolean");
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_:
        //: a JSON value's type, shown in "expected %1, got %2"
        return QCoreApplication::translate("Io", "a number");
    case boost::json::kind::string:
        //: a JSON value's type, shown in "expected %1, got %2"
        return QCoreApplication::translate("Io", "a string");
    case boost::json::kind::array:
        //: a JSON value's type, shown in "expected %1, got %2"
        return QCoreApplication::translate("Io", "an array");
    case boost::json::kind::object:
        break;
    }
    //: a JSON value's type, shown in "expected %1, got %2"
    return QCoreApplication::translate("Io", "an object");
}

} // namespace archstudio::io
