#pragma once

// The typed field reads every part of the design.json reader is built of: each reports what
// is missing or of the wrong type at its path and carries on, so one read lists every
// problem of a file (designjson_read.cpp).

#include "limits.h"

#include "core/model/ids.h"
#include "core/model/problem.h"
#include "core/model/propertymap.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <initializer_list>
#include <optional>

namespace archstudio::io {

/// Reads design.json's fields; derived readers add the parts of a design. Private to
/// designjson_read.cpp and designjsonfields.cpp.
class JsonFieldReader
{
public:
    JsonFieldReader(const Limits &limits, model::Problems &problems)
        : mLimits(limits), mProblems(problems)
    {}

protected:
    void error(const QString &path, const QString &message);

    void missing(const QString &path, const QString &expected);

    void wrongType(const QString &path, const QString &expected, const boost::json::value &got);

    /// Unknown keys are kept (where extras is given) and reported as warnings.
    void checkKeys(const boost::json::object &object, const QString &path,
                   std::initializer_list<boost::json::string_view> known,
                   model::PropertyMap *extras);

    const boost::json::value *value(const boost::json::object &o, boost::json::string_view key,
                                    const QString &path, bool required, const char *expected);

    std::optional<QString> string(const boost::json::object &o, boost::json::string_view key,
                                  const QString &path, bool required);

    const boost::json::array *array(const boost::json::object &o, boost::json::string_view key,
                                    const QString &path, bool required);

    const boost::json::object *child(const boost::json::object &o, boost::json::string_view key,
                                     const QString &path, bool required);

    const boost::json::object *element(const boost::json::value &v, const QString &path);

    std::optional<double> number(const boost::json::value &v, const QString &path);

    QList<model::ZoneId> zoneList(const boost::json::array &items, const QString &path);

    std::optional<QPointF> point(const boost::json::value &v, const QString &path);

    std::optional<QRectF> frame(const boost::json::value &v, const QString &path);

    const Limits &mLimits;
    model::Problems &mProblems;
};

} // namespace archstudio::io
