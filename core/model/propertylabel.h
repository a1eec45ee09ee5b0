#pragma once

#include "core/model/kindschema.h"

#include <QString>

namespace archstudio::model {

/// "storageGiB" -> "Storage", "ioRequestsPerMonthMillions" -> "I/O requests per month",
/// "multiAz" -> "Multi-AZ": the property's name in words, without the unit an editor shows
/// beside the value. Each plugin lists its labels for the translators (QT_TRANSLATE_NOOP in
/// the "Kinds" context); the registry translates them into PropertySchema::label.
QString englishPropertyLabel(const PropertySchema &schema);

/// The label in the user's language (PropertySchema::label), or the English one for a schema
/// that was never registered. The inspector's labels and the undo history both use it.
QString propertyLabel(const PropertySchema &schema);

/// The label inside a sentence: "writes per second", "DAX", "I/O-Optimized storage"; a
/// translated label is left as its translator wrote it (German nouns keep their capital).
QString propertyLabelInSentence(const PropertySchema &schema);

} // namespace archstudio::model
