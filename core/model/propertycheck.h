#pragma once

#include "design.h"
#include "kindschema.h"
#include "problem.h"

#include <QHash>

namespace archstudio::model {

/// What a property check needs to know about the rest of the design to resolve references.
struct PropertyContext
{
    const Design *design = nullptr;
    const QHash<ComponentId, qsizetype> *componentIndex = nullptr;
    const Region *ownRegion = nullptr; ///< the region of the component being checked
};

/// Checks one value against its schema and appends what is wrong to problems.
/// Used by the validator and, later, by the inspector for inline errors.
void checkProperty(const PropertySchema &schema, const PropertyValue &value, const QString &path,
                   const PropertyContext &context, Problems &problems);

/// A short description of a value's JSON type, for messages: "a string", "null", ...
QString describeValueType(const PropertyValue &value);

} // namespace archstudio::model
