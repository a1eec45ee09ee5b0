#pragma once

#include "kindschema.h"

#include <optional>

/// Small builders that keep a plugin's schemas readable as tables (plugins/aws/awskinds.cpp).
namespace archstudio::model::schema {

PropertySchema number(const QString &name, const QString &unit, QVariant def,
                      std::optional<double> min, std::optional<double> max, const QString &help);
PropertySchema integer(const QString &name, const QString &unit, QVariant def,
                       std::optional<double> min, std::optional<double> max, const QString &help);
PropertySchema boolean(const QString &name, bool def, const QString &help);
/// One of values; def empty: no default.
PropertySchema choice(const QString &name, const QStringList &values, const QString &def,
                      const QString &help);
/// Free text matching regex entirely; def empty: no default.
PropertySchema pattern(const QString &name, const QString &regex, const QString &def,
                       const QString &help);
/// The id of another component of the given kind (required).
PropertySchema reference(const QString &name, const QString &kind, const QString &help);
PropertySchema typed(const QString &name, PropertyType type, QVariant def, const QString &help);
/// The property, applying only while another has one of the values (appliesWhenProperty).
PropertySchema when(PropertySchema p, const QString &property, const QStringList &values);

} // namespace archstudio::model::schema
