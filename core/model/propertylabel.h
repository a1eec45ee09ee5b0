#pragma once

#include "core/model/kindschema.h"

#include <QString>

namespace archstudio::model {

/// "storageGiB" -> "Storage", "ioRequestsPerMonthMillions" -> "I/O requests per month",
/// "multiAz" -> "Multi-AZ": the property's name in words, without the unit an editor shows
/// beside the value. The inspector's labels and the undo history both use it.
QString propertyLabel(const PropertySchema &schema);

/// The label inside a sentence: "writes per second", "DAX", "I/O-Optimized storage".
QString propertyLabelInSentence(const PropertySchema &schema);

} // namespace archstudio::model
