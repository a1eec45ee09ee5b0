#include "designdiff.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace archstudio::engine {

namespace {

/// "us-east-1a", "us-east-1 (regional)" or "us-east-1: us-east-1a, us-east-1b": how a
/// placement reads in a diff.
QString placementText(const model::Placement &p)
{
    if (p.zone)
        return p.zone->value();
    if (!p.zones.isEmpty()) {
        QStringList zones;
        for (const model::ZoneId &z : p.zones)
            zones << z.value();
        return p.region.value() + QStringLiteral(": ") + zones.join(QStringLiteral(", "));
    }
    return p.region.value();
}

/// The component's value of a property, or its kind's default when it has none.
QVariant effectiveValue(const model::Component &c, const QString &property,
                        const model::KindSchema *schema)
{
    if (c.properties.contains(property))
        return c.properties.value(property);
    if (schema) {
        if (const model::PropertySchema *p = schema->property(property))
            return p->defaultValue;
    }
    return {};
}

/// Property names of both components: the schema's order first, then the rest by name.
QStringList propertyNames(const model::Component &a, const model::Component &b,
                          const model::KindSchema *schema)
{
    QStringList names;
    if (schema) {
        for (const model::PropertySchema &p : schema->properties)
            names << p.name;
    }
    QStringList rest = a.properties.keys() + b.properties.keys();
    std::sort(rest.begin(), rest.end());
    for (const QString &name : rest) {
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QList<PropertyChange> componentChanges(const model::Component &a, const model::Component &b,
                                       const model::KindRegistry &registry)
{
    QList<PropertyChange> changes;
    if (a.kind != b.kind)
        changes.append({QStringLiteral("kind"), a.kind, b.kind});
    if (a.name != b.name)
        changes.append({QStringLiteral("name"), a.name, b.name});
    if (a.placement != b.placement) {
        changes.append(
            {QStringLiteral("placement"), placementText(a.placement), placementText(b.placement)});
    }
    const model::KindSchema *schemaA = registry.schema(a.kind);
    const model::KindSchema *schemaB = registry.schema(b.kind);
    for (const QString &name : propertyNames(a, b, schemaB)) {
        const QVariant before = effectiveValue(a, name, schemaA);
        const QVariant after = effectiveValue(b, name, schemaB);
        if (before != after)
            changes.append({name, before, after});
    }
    return changes;
}

std::optional<double> present(double value)
{
    return value;
}

/// The worst availability of a workload's operations something serves; absent when none is.
std::optional<double> worstAvailability(const WorkloadResult &w, bool modelled)
{
    std::optional<double> worst;
    for (const OperationResult *op : {&w.read, &w.write}) {
        if (!op->served)
            continue;
        const double a = modelled ? op->availability.modelled : op->availability.slaFloor;
        worst = worst ? std::min(*worst, a) : a;
    }
    return worst;
}

std::optional<double> peakP99(const OperationResult &op)
{
    return op.served ? std::optional<double>(op.peak.p99Ms) : std::nullopt;
}

/// Fills the figures of one side (before: side 0) of a workload's row.
void setWorkloadFigures(FigureRow &row, const WorkloadResult &w, bool before)
{
    const auto set = [&](Figure f, std::optional<double> value) {
        (before ? row[f].before : row[f].after) = value;
    };
    set(Figure::ReadP99PeakMs, peakP99(w.read));
    set(Figure::WriteP99PeakMs, peakP99(w.write));
    set(Figure::AvailabilityModelled, worstAvailability(w, true));
    set(Figure::AvailabilitySlaFloor, worstAvailability(w, false));
}

void setComponentFigures(FigureRow &row, const ComponentResult &c, bool before)
{
    const auto set = [&](Figure f, std::optional<double> value) {
        (before ? row[f].before : row[f].after) = value;
    };
    set(Figure::MonthlyCostUsd, c.monthlyCostUsd);
    set(Figure::AvailabilitySlaFloor, c.slaFloor);
    set(Figure::RtoSeconds, c.rtoSeconds);
    set(Figure::RpoSeconds, c.rpoSeconds);
}

void setDesignFigures(FigureRow &row, const Evaluation &e, bool before)
{
    const auto set = [&](Figure f, std::optional<double> value) {
        (before ? row[f].before : row[f].after) = value;
    };
    const bool served = anyOperationServed(e);
    set(Figure::MonthlyCostUsd, present(e.totals.monthlyCostUsd));
    set(Figure::ReadP99PeakMs, worstPeakP99(e, true));
    set(Figure::WriteP99PeakMs, worstPeakP99(e, false));
    set(Figure::AvailabilityModelled,
        served ? present(e.totals.availability.modelled) : std::nullopt);
    set(Figure::AvailabilitySlaFloor,
        served ? present(e.totals.availability.slaFloor) : std::nullopt);
    set(Figure::RtoSeconds, present(e.totals.worstRtoSeconds));
    set(Figure::RpoSeconds, present(e.totals.worstRpoSeconds));
}

/// Rows keyed by component id, in after's order, then those only before had.
template <typename Result, typename Fill>
QList<FigureRow> figureRows(const QList<Result> &before, const QList<Result> &after,
                            const model::Design &beforeDesign, const model::Design &afterDesign,
                            Fill fill)
{
    QList<FigureRow> rows;
    QHash<model::ComponentId, qsizetype> rowOf;
    const auto rowFor = [&](const model::ComponentId &id, const model::Design &design) {
        auto it = rowOf.constFind(id);
        if (it != rowOf.cend())
            return *it;
        FigureRow row;
        row.id = id;
        if (const model::Component *c = design.findComponent(id)) {
            row.name = c->displayName();
            row.kind = c->kind;
        }
        rows.append(row);
        rowOf.insert(id, rows.size() - 1);
        return rows.size() - 1;
    };
    for (const Result &r : after)
        fill(rows[rowFor(r.id, afterDesign)], r, false);
    for (const Result &r : before)
        fill(rows[rowFor(r.id, beforeDesign)], r, true);
    return rows;
}

} // namespace

std::optional<double> FigureDelta::difference() const
{
    if (before && after)
        return *after - *before;
    return std::nullopt;
}

bool FigureRow::anyChanged() const
{
    return std::any_of(figures.begin(), figures.end(),
                       [](const FigureDelta &d) { return d.changed(); });
}

QString figureKey(Figure figure)
{
    switch (figure) {
    case Figure::MonthlyCostUsd:
        return QStringLiteral("monthlyCostUsd");
    case Figure::ReadP99PeakMs:
        return QStringLiteral("readP99PeakMs");
    case Figure::WriteP99PeakMs:
        return QStringLiteral("writeP99PeakMs");
    case Figure::AvailabilityModelled:
        return QStringLiteral("availabilityModelled");
    case Figure::AvailabilitySlaFloor:
        return QStringLiteral("availabilitySlaFloor");
    case Figure::RtoSeconds:
        return QStringLiteral("rtoSeconds");
    case Figure::RpoSeconds:
        return QStringLiteral("rpoSeconds");
    }
    return {};
}

std::optional<double> worstPeakP99(const Evaluation &evaluation, bool reads)
{
    std::optional<double> worst;
    for (const WorkloadResult &w : evaluation.workloads) {
        if (const std::optional<double> p99 = peakP99(reads ? w.read : w.write))
            worst = worst ? std::max(*worst, *p99) : *p99;
    }
    return worst;
}

DesignDiff diffDesigns(const model::Design &before, const Evaluation &beforeEvaluation,
                       const model::Design &after, const Evaluation &afterEvaluation,
                       const model::KindRegistry &registry)
{
    DesignDiff diff;
    QHash<model::ComponentId, const model::Component *> afterById;
    for (const model::Component &c : after.components)
        afterById.insert(c.id, &c);
    QSet<model::ComponentId> beforeIds;
    for (const model::Component &c : before.components) {
        beforeIds.insert(c.id);
        if (!afterById.contains(c.id))
            diff.components.append(
                {ComponentChange::Type::Removed, c.id, c.kind, c.displayName(), {}});
    }
    for (const model::Component &c : after.components) {
        if (!beforeIds.contains(c.id)) {
            diff.components.append(
                {ComponentChange::Type::Added, c.id, c.kind, c.displayName(), {}});
            continue;
        }
        const model::Component *old = before.findComponent(c.id);
        QList<PropertyChange> changes = componentChanges(*old, c, registry);
        if (!changes.isEmpty())
            diff.components.append({ComponentChange::Type::Changed, c.id, c.kind, c.displayName(),
                                    std::move(changes)});
    }
    for (const model::Link &l : before.links) {
        if (!after.links.contains(l))
            diff.links.append({false, l});
    }
    for (const model::Link &l : after.links) {
        if (!before.links.contains(l))
            diff.links.append({true, l});
    }

    setDesignFigures(diff.design, beforeEvaluation, true);
    setDesignFigures(diff.design, afterEvaluation, false);
    diff.design.name = after.name;
    diff.workloads = figureRows(beforeEvaluation.workloads, afterEvaluation.workloads, before,
                                after, setWorkloadFigures);
    QList<ComponentResult> beforeBilled = beforeEvaluation.components;
    QList<ComponentResult> afterBilled = afterEvaluation.components;
    // Workloads have no bill and their own rows; kinds no behaviour knows have no figures.
    const auto figureless = [](const ComponentResult &c) {
        return !c.evaluated;
    };
    beforeBilled.removeIf(figureless);
    afterBilled.removeIf(figureless);
    diff.componentFigures =
        figureRows(beforeBilled, afterBilled, before, after, setComponentFigures);
    return diff;
}

} // namespace archstudio::engine
