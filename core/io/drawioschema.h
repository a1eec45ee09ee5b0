#pragma once

#include <QString>

/// The names ArchStudio gives to what it keeps in a draw.io file, shared by the writer and the
/// reader so a written file always reads back. Custom properties are plain attributes of a
/// cell's <object> (draw.io shows them under Edit > Edit Data).
namespace archstudio::io::drawio {

/// Marks a cell ArchStudio wrote, and what it is: "design" (the root cell 0), "region",
/// "zone", "component", "link", "replication" or "note".
inline constexpr QLatin1StringView kRole{"archstudio"};
inline constexpr QLatin1StringView kFormatVersion{"archstudioFormatVersion"};

// The design, on the root cell.
inline constexpr QLatin1StringView kName{"name"};
inline constexpr QLatin1StringView kDescription{"description"};
inline constexpr QLatin1StringView kCatalog{"catalog"};
inline constexpr QLatin1StringView kCatalogOverrides{"catalogOverrides"}; ///< JSON object

// Regions and zones.
inline constexpr QLatin1StringView kCode{"code"};

// Components.
inline constexpr QLatin1StringView kComponentId{"componentId"};
inline constexpr QLatin1StringView kKind{"kind"};
inline constexpr QLatin1StringView kRegion{"region"};
inline constexpr QLatin1StringView kZone{"zone"};
inline constexpr QLatin1StringView kZones{"zones"};           ///< comma-separated
inline constexpr QLatin1StringView kProperties{"properties"}; ///< JSON object
// Figures of the evaluation, for people reading the diagram; never read back.
inline constexpr QLatin1StringView kMonthlyCostUsd{"monthlyCostUsd"};
inline constexpr QLatin1StringView kUtilization{"utilization"};
inline constexpr QLatin1StringView kSlaFloor{"slaFloor"};
inline constexpr QLatin1StringView kAvailability{"availability"};
inline constexpr QLatin1StringView kRtoSeconds{"rtoSeconds"};
inline constexpr QLatin1StringView kRpoSeconds{"rpoSeconds"};
inline constexpr QLatin1StringView kP99ReadMs{"readP99Ms"};

// Links.
inline constexpr QLatin1StringView kTraffic{"traffic"};
inline constexpr QLatin1StringView kReadShare{"readShare"};

// Notes.
inline constexpr QLatin1StringView kText{"text"};

/// Size of a component's shape: draw.io's AWS icons are square; the label sits below.
inline constexpr double kIconSize = 48.0;

inline constexpr int kWrittenVersion = 1;

} // namespace archstudio::io::drawio
