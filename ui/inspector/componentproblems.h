#pragma once

#include "core/model/kindschema.h"
#include "core/model/problem.h"

#include <QHash>
#include <QString>

#include <functional>

namespace archstudio::ui {

/// The validator's problems about one component, sorted by the inspector row they belong
/// under. Problems that name no row (the component's id, kind, a zone of a regional service,
/// a property its kind does not know) go at the top, prefixed with what they are about.
struct ComponentProblems
{
    model::Problems top;
    model::Problems region;
    model::Problems zone;
    model::Problems zones;
    QHash<QString, model::Problems> byProperty;
};

/// Picks the problems whose path is inside components[index]. placement is the component's
/// placement now (which zone rows are shown); hasRow says which properties have a row.
ComponentProblems componentProblems(const model::Problems &all, qsizetype index,
                                    model::PlacementKind placement,
                                    const std::function<bool(const QString &)> &hasRow);

} // namespace archstudio::ui
