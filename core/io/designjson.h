#pragma once

#include "limits.h"

#include "core/model/design.h"
#include "core/model/problem.h"

#include <boost/json/value.hpp>

namespace archstudio::io {

/// The format version this build reads natively. Version 2 added variants, version 3 scenes;
/// a design is written in the lowest version that holds it (formatVersionFor).
inline constexpr int kCurrentFormatVersion = 3;

struct DesignJsonResult
{
    model::Design design;
    model::Problems problems; ///< structural problems; errors mean the design is unusable
};

/// Reads design.json (already migrated to the current version) into the model, reporting
/// every wrong type, missing key and unknown key with its JSON path.
DesignJsonResult designFromJson(const boost::json::value &root, const Limits &limits);

/// The lowest format version that holds everything in the design.
int formatVersionFor(const model::Design &design);

/// The design as design.json, keys in the order of docs/FILE-FORMAT.md.
boost::json::value designToJson(const model::Design &design);

} // namespace archstudio::io
