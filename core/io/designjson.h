#pragma once

#include "limits.h"

#include "core/model/design.h"
#include "core/model/problem.h"

#include <boost/json/value.hpp>

namespace archstudio::io {

/// The format version this build reads natively and writes.
inline constexpr int kCurrentFormatVersion = 1;

struct DesignJsonResult
{
    model::Design design;
    model::Problems problems; ///< structural problems; errors mean the design is unusable
};

/// Reads design.json (already migrated to the current version) into the model, reporting
/// every wrong type, missing key and unknown key with its JSON path.
DesignJsonResult designFromJson(const boost::json::value &root, const Limits &limits);

/// The design as design.json, keys in the order of spec/FORMAT.md.
boost::json::value designToJson(const model::Design &design);

} // namespace archstudio::io
