#pragma once

#include <QString>

namespace archstudio::benchmarks {

/// The synthetic design of n components (syntheticDesign) saved as a bare design.json in a
/// temporary folder that lasts as long as the process; written once per size.
QString syntheticDesignFile(int components);

} // namespace archstudio::benchmarks
