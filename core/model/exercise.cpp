#include "exercise.h"

namespace archstudio::model {

namespace {

struct KindName
{
    Goal::Kind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {Goal::Kind::MaxMonthlyCost, "max-monthly-cost"},
    {Goal::Kind::MaxP99Ms, "max-p99-ms"},
    {Goal::Kind::MinAvailability, "min-availability"},
    {Goal::Kind::SurvivesZoneLoss, "survives-zone-loss"},
    {Goal::Kind::SurvivesRegionLoss, "survives-region-loss"},
    {Goal::Kind::MaxRpoSeconds, "max-rpo-seconds"},
    {Goal::Kind::MaxComponents, "max-components"},
};

} // namespace

QString goalKindName(Goal::Kind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<Goal::Kind> goalKindFromName(const QString &name)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QString goalOperationName(Goal::Operation operation)
{
    switch (operation) {
    case Goal::Operation::Both:
        break;
    case Goal::Operation::Reads:
        return QStringLiteral("reads");
    case Goal::Operation::Writes:
        return QStringLiteral("writes");
    }
    return QStringLiteral("both");
}

std::optional<Goal::Operation> goalOperationFromName(const QString &name)
{
    for (Goal::Operation op :
         {Goal::Operation::Both, Goal::Operation::Reads, Goal::Operation::Writes}) {
        if (goalOperationName(op) == name)
            return op;
    }
    return std::nullopt;
}

} // namespace archstudio::model
