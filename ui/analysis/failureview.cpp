#include "failureview.h"

#include "core/render/figureformat.h"

namespace archstudio::ui {

namespace {

QString conditionNote(const engine::ComponentInterval &c)
{
    const QString name = engine::conditionName(c.condition);
    if (c.condition == engine::Condition::Down)
        return name;
    return QStringLiteral("%1 · %2").arg(name, render::percent(c.utilization));
}

} // namespace

FailureView failureViewOf(const engine::Timeline &timeline, const model::Design &design,
                          const engine::FailureTarget &target,
                          const engine::TimelineInterval &interval, bool outcome)
{
    FailureView view;
    const bool failing =
        interval.startSeconds >= 0.0 && interval.startSeconds < timeline.endSeconds;
    if (failing) {
        if (target.scope == engine::FailureTarget::Scope::Zone)
            view.failedZone = target.id;
        if (target.scope == engine::FailureTarget::Scope::Region)
            view.failedRegion = target.id;
    }
    for (qsizetype i = 0; i < interval.components.size() && i < design.components.size(); ++i) {
        const engine::ComponentInterval &c = interval.components.at(i);
        const model::ComponentId &id = design.components.at(i).id;
        const bool isTarget =
            target.scope == engine::FailureTarget::Scope::Component && target.id == id.value();
        if (c.condition == engine::Condition::Up)
            continue;
        if (!outcome && !(isTarget && c.condition == engine::Condition::Down))
            continue;
        view.components.insert(id, {c.condition, outcome ? conditionNote(c) : QString(),
                                    outcome ? c.servingZone : model::ZoneId()});
    }
    return view;
}

qsizetype intervalAt(const engine::Timeline &timeline, double atSeconds)
{
    qsizetype found = 0;
    for (qsizetype i = 0; i < timeline.intervals.size(); ++i) {
        if (timeline.intervals.at(i).startSeconds <= atSeconds)
            found = i;
    }
    return found;
}

} // namespace archstudio::ui
