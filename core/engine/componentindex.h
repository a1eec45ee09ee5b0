#pragma once

#include "core/model/design.h"

#include <QHash>
#include <QStringView>

namespace archstudio::engine {

/// Component index by id, for one evaluation. Its keys are views of the design's own ids, so
/// it copies none; the design must outlive it.
class ComponentIndex
{
public:
    /// Files every component of design by its id. Like QHash::insert, a repeated id keeps the
    /// index of its last component.
    void build(const model::Design &design);
    /// The index of the component with this id, else fallback.
    qsizetype value(QStringView id, qsizetype fallback = -1) const
    {
        return mIndex.value(id, fallback);
    }
    qsizetype value(const model::ComponentId &id, qsizetype fallback = -1) const
    {
        return value(QStringView(id.value()), fallback);
    }
    /// How many distinct ids are filed.
    qsizetype size() const { return mIndex.size(); }

private:
    QHash<QStringView, qsizetype> mIndex;
};

} // namespace archstudio::engine
