#pragma once

#include <QString>

/// The names ArchStudio gives to what it keeps in a draw.io file, shared by the writer and the
/// reader so a written file always reads back. Custom properties are plain attributes of a
/// cell's <object> (draw.io shows them under Edit > Edit Data).
///
/// The shapes are draw.io's: mxgraph.aws4.group with grIcon group_region / group_availability_zone
/// for containers (drawiowriter.cpp), and each kind's shape and resIcon (KindSchema::drawioStyle,
/// plugins/aws/awskinds.cpp). Every one was looked up on 2026-11-26 in the public jgraph/drawio
/// repository (src/main/webapp/shapes/mxAWS4.js, js/diagramly/sidebar/Sidebar-AWS4.js and
/// Sidebar-AWS4b.js); tests/cli/tst_cli_drawio.cpp lists them with the commits checked and
/// fails on a name outside that list.
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
inline constexpr QLatin1StringView kNoteColour{"colour"};
inline constexpr QLatin1StringView kPointsTo{"pointsTo"};

/// Size of a component's shape: draw.io's AWS icons are square; the label sits below.
inline constexpr double kIconSize = 48.0;

inline constexpr int kWrittenVersion = 1;

} // namespace archstudio::io::drawio
