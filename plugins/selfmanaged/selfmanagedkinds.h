#pragma once

#include "core/model/kindschema.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace archstudio::selfmanaged {

inline const QString kPostgresKind = QStringLiteral("postgres-ec2");
inline const QString kRedisKind = QStringLiteral("redis-ec2");

/// The schemas of the plugin's two kinds (docs/PLUGINS.md describes their properties).
QList<model::KindSchema> selfManagedKindSchemas();

/// A property of a component of one of these kinds: its own value when it sets one (not
/// null), else its kind's schema default; QVariant() when it has neither.
QVariant propertyOf(const model::Component &component, const QString &name);

} // namespace archstudio::selfmanaged
