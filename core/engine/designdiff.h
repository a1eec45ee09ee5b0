#pragma once

// What changed between two versions of a design (`archstudio diff`, File > Compare with
// File…): the components added, removed and changed, the links, and the engine's figures
// before and after, for the design, each workload and each component.

#include "evaluation.h"

#include "core/model/design.h"
#include "core/model/kindregistry.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <array>

#include <optional>

namespace archstudio::engine {

/// One property that differs. A property absent from a component counts as its kind's
/// default, so writing the default out is no change.
struct PropertyChange
{
    QString property; ///< "instanceClass"; "name", "kind" and "placement" for those fields
    QVariant before;  ///< invalid when the property has neither a value nor a default
    QVariant after;
};

struct ComponentChange
{
    enum class Type { Added, Removed, Changed };
    Type type = Type::Changed;
    model::ComponentId id;
    QString kind;                  ///< after the change; before it for a removed component
    QString name;                  ///< display name, likewise
    QList<PropertyChange> changes; ///< for Changed only, in the order of the kind's schema
};

struct LinkChange
{
    bool added = true; ///< else removed
    model::Link link;
};

/// One figure before and after; absent where it does not apply (a component added, an RTO a
/// kind does not have, a workload nothing serves).
struct FigureDelta
{
    std::optional<double> before;
    std::optional<double> after;

    bool changed() const { return before != after; }
    /// after - before, when both are there.
    std::optional<double> difference() const;
};

/// The figures compared, in the order they are shown.
enum class Figure {
    MonthlyCostUsd,
    ReadP99PeakMs,
    WriteP99PeakMs,
    AvailabilityModelled,
    AvailabilitySlaFloor,
    RtoSeconds,
    RpoSeconds,
};
inline constexpr int kFigureCount = 7;
/// Every figure, in the order they are shown.
inline constexpr std::array<Figure, kFigureCount> kAllFigures{Figure::MonthlyCostUsd,
                                                              Figure::ReadP99PeakMs,
                                                              Figure::WriteP99PeakMs,
                                                              Figure::AvailabilityModelled,
                                                              Figure::AvailabilitySlaFloor,
                                                              Figure::RtoSeconds,
                                                              Figure::RpoSeconds};

/// A stable key for JSON: "monthlyCostUsd", "readP99PeakMs", …
QString figureKey(Figure figure);

/// The figures of one row: the design, a workload or a component.
struct FigureRow
{
    model::ComponentId id; ///< empty for the design's row
    QString name;
    QString kind;
    std::array<FigureDelta, kFigureCount> figures;

    const FigureDelta &operator[](Figure f) const { return figures[static_cast<int>(f)]; }
    FigureDelta &operator[](Figure f) { return figures[static_cast<int>(f)]; }
    bool anyChanged() const;
};

struct DesignDiff
{
    QList<ComponentChange> components; ///< removed, then changed and added in after's order
    QList<LinkChange> links;
    FigureRow design;
    QList<FigureRow> workloads;        ///< in after's order, then those only before had
    QList<FigureRow> componentFigures; ///< figures of every component of either version
    bool identical() const { return components.isEmpty() && links.isEmpty(); }
};

/// The slowest p99 at peak over the workloads' reads (or writes) something serves; absent
/// when nothing serves any.
std::optional<double> worstPeakP99(const Evaluation &evaluation, bool reads);

/// Compares before and after (each the variant being edited) and their evaluations. registry
/// gives the defaults that absent properties stand for and the order properties are listed in.
DesignDiff diffDesigns(const model::Design &before, const Evaluation &beforeEvaluation,
                       const model::Design &after, const Evaluation &afterEvaluation,
                       const model::KindRegistry &registry);

} // namespace archstudio::engine
