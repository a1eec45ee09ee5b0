#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace archstudio::model {

/// One thing a student's design must achieve, checked by the engine (engine::checkGoals).
struct Goal
{
    enum class Kind {
        MaxMonthlyCost,     ///< value: USD a month
        MaxP99Ms,           ///< value: ms at peak load, for `workload` (or every workload)
        MinAvailability,    ///< value: a fraction (0.9995), modelled or the SLA floor
        SurvivesZoneLoss,   ///< value: the longest outage in seconds when any one zone is lost
        SurvivesRegionLoss, ///< value: the longest outage in seconds when any one region is lost
        MaxRpoSeconds,      ///< value: the worst data-loss window in seconds
        MaxComponents,      ///< value: how many components besides workloads it may use
    };
    enum class Operation { Both, Reads, Writes };

    Kind kind = Kind::MaxMonthlyCost;
    double value = 0.0;
    QString workload;                      ///< MaxP99Ms only; empty: every workload
    Operation operation = Operation::Both; ///< MaxP99Ms only
    bool slaFloor = false;                 ///< MinAvailability: the SLA floor, not modelled

    friend bool operator==(const Goal &, const Goal &) = default;
};

/// The file names of goal kinds ("max-monthly-cost", ...), both ways.
QString goalKindName(Goal::Kind kind);
std::optional<Goal::Kind> goalKindFromName(const QString &name);
QString goalOperationName(Goal::Operation operation);
std::optional<Goal::Operation> goalOperationFromName(const QString &name);

/// The variant that holds the instructor's model answer of an exercise; the studio keeps it
/// out of the variant lists until it is revealed (a courtesy, not a secret).
inline const QString kModelAnswerVariant = QStringLiteral("Model answer");

/// A design handed out as an exercise: what to do, what the result must achieve, and hints
/// revealed one at a time (docs/TEACHING.md).
struct Exercise
{
    QString brief;
    QList<Goal> goals;
    QStringList hints;

    friend bool operator==(const Exercise &, const Exercise &) = default;
};

} // namespace archstudio::model
