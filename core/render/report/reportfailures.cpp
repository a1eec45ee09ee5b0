// The report's failure scenarios (reportcontent.h: reportFailureSection): the failure
// simulator's outcome of losing each zone and each region, for designs small enough to
// simulate every scenario; beyond that, what each loss hits, from the evaluation's RTO/RPO.
#include "reportcontent.h"

#include "core/render/figureformat.h"

#include "core/engine/simulation/simulation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace archstudio::render::report {

namespace {

struct Scenario
{
    QString name;
    std::function<bool(const model::Component &)> lost; ///< placed only where the failure is
};

/// Components and workloads named in one scenario's row; the rest are counted.
constexpr qsizetype kMaxNamed = 6;

bool onlyIn(const model::Component &c, const model::ZoneId &zone)
{
    if (c.placement.zone)
        return *c.placement.zone == zone;
    return !c.placement.zones.isEmpty() &&
           std::all_of(c.placement.zones.cbegin(), c.placement.zones.cend(),
                       [&](const model::ZoneId &z) { return z == zone; });
}

QString worst(const QList<std::optional<double>> &values)
{
    std::optional<double> w;
    for (const std::optional<double> &v : values) {
        if (v && (!w || *v > *w))
            w = v;
    }
    return duration(w);
}

/// Each component's own RTO and RPO (its instance or zone lost), as the evaluation gives them.
void appendRecoveryTable(const io::ExportInput &input, Section &s)
{
    const engine::Evaluation &e = input.evaluation;
    Table recovery;
    recovery.headers = {QCoreApplication::translate("Render", "Component"),
                        QCoreApplication::translate("Render", "Placement"),
                        QCoreApplication::translate("Render", "RTO"),
                        QCoreApplication::translate("Render", "RPO"),
                        QCoreApplication::translate("Render", "SLA"),
                        QCoreApplication::translate("Render", "Single point")};
    recovery.numeric = {false, false, true, true, true, false};
    for (const engine::ComponentResult &r : e.components) {
        if (!r.evaluated)
            continue;
        if (recovery.rows.size() >= kMaxComponentRows)
            break;
        const model::Component *c = input.component(r.id);
        QString placement = c ? c->placement.region.value() : QString();
        if (c && c->placement.zone)
            placement = c->placement.zone->value();
        recovery.rows << QStringList{
            c ? c->displayName() : r.id.value(), placement, duration(r.rtoSeconds),
            duration(r.rpoSeconds), r.slaFloor ? availabilityPercent(*r.slaFloor) : QString(),
            //: the "Single point" column: the component is a single point of failure
            r.singlePointOfFailure ? QCoreApplication::translate("Render", "yes") : QString()};
    }
    if (!recovery.rows.isEmpty())
        s.tables.append(
            {QCoreApplication::translate("Render", "Recovery of each component"), recovery});
}

/// Simulating a scenario evaluates the design once per interval of its timeline; above this
/// many components the report lists what each loss hits instead.
constexpr qsizetype kMaxSimulatedComponents = 500;

/// One row per zone and region lost: what happens to each workload, by the simulator.
Table simulatedScenarios(const io::ExportInput &input)
{
    const model::Design &design = input.design;
    Table t;
    t.headers = {QCoreApplication::translate("Render", "Scenario"),
                 QCoreApplication::translate("Render", "Workload"),
                 QCoreApplication::translate("Render", "Reads fail for"),
                 QCoreApplication::translate("Render", "Writes fail for"),
                 QCoreApplication::translate("Render", "Data at risk"),
                 QCoreApplication::translate("Render", "What takes over")};
    t.numeric = {false, false, true, true, true, false};
    QList<engine::FailureTarget> targets;
    for (const model::Region &region : design.regions) {
        for (const model::ZoneId &zone : region.zones)
            targets.append({engine::FailureTarget::Scope::Zone, zone.value()});
    }
    for (const model::Region &region : design.regions)
        targets.append({engine::FailureTarget::Scope::Region, region.code.value()});
    engine::Scenario scenario;
    scenario.loadFactor = input.evaluation.loadFactor;
    for (const engine::FailureTarget &target : targets) {
        const engine::SimulationResult result = engine::simulateFailure(
            {design, 0}, input.catalog, target, scenario, input.kinds->behaviours());
        if (!result.timeline)
            continue;
        const engine::Timeline &timeline = *result.timeline;
        QStringList takeovers;
        for (const engine::TimelineEvent &e : timeline.events) {
            if (e.kind == engine::TimelineEvent::Kind::Promotion && takeovers.size() < kMaxNamed)
                takeovers << e.text;
        }
        const QString name =
            target.scope == engine::FailureTarget::Scope::Zone
                ? QCoreApplication::translate("Render", "Loss of AZ %1").arg(target.id)
                : QCoreApplication::translate("Render", "Loss of region %1").arg(target.id);
        bool first = true;
        for (const engine::WorkloadOutcome &o : timeline.outcomes) {
            const bool hurt = o.lost || o.readOutageSeconds > 0 || o.writeOutageSeconds > 0 ||
                              o.dataAtRiskSeconds > 0;
            if (!hurt)
                continue;
            const model::Component *c = input.component(o.workload);
            t.rows << QStringList{
                first ? name : QString(),
                c ? c->displayName() : o.workload.value(),
                o.lost ? QCoreApplication::translate("Render", "lost with the region")
                       : duration(o.readOutageSeconds),
                o.lost ? QString() : duration(o.writeOutageSeconds),
                duration(o.dataAtRiskSeconds),
                first ? takeovers.join(QStringLiteral("; ")) : QString()};
            first = false;
        }
        if (first)
            t.rows << QStringList{
                name,          QCoreApplication::translate("Render", "every workload carries on"),
                duration(0.0), duration(0.0),
                duration(0.0), takeovers.join(QStringLiteral("; "))};
    }
    return t;
}

} // namespace

Section reportFailureSection(const io::ExportInput &input)
{
    const model::Design &design = input.design;
    const engine::Evaluation &e = input.evaluation;
    Section s;
    s.title = QCoreApplication::translate("Render", "Failure scenarios");
    s.newPage = false; // follows the workloads it speaks of
    if (design.components.size() <= kMaxSimulatedComponents) {
        s.paragraphs << QCoreApplication::translate(
            "Render",
            "Each Availability Zone and each region is lost in turn and the failure simulator "
            "follows the design through detection, failover, DNS and recovery (ENGINE.md): how "
            "long each workload's reads and writes fail, how much recent data may be lost, and "
            "what takes over. Workloads a loss does not touch are left out.");
        const Table simulated = simulatedScenarios(input);
        if (!simulated.rows.isEmpty())
            s.tables.append(
                {QCoreApplication::translate("Render", "Zone and region loss, simulated"),
                 simulated});
        appendRecoveryTable(input, s);
        return s;
    }
    s.paragraphs << QCoreApplication::translate(
        "Render",
        "What the loss of one Availability Zone or one whole region takes down, and how long "
        "recovery takes (RTO) and how much recent data can be lost (RPO), as the worst of the "
        "components it hits. Workloads are listed with their modelled availability in normal "
        "operation. (The design is too large to simulate every scenario for the report; "
        "archstudio simulate does one at a time.)");

    QHash<model::ComponentId, const engine::ComponentResult *> results;
    for (const engine::ComponentResult &r : e.components)
        results.insert(r.id, &r);
    QHash<model::ComponentId, const engine::WorkloadResult *> workloads;
    for (const engine::WorkloadResult &w : e.workloads)
        workloads.insert(w.id, &w);

    // What each caller calls, so a scenario checks a workload's links, not every link.
    QMultiHash<model::ComponentId, model::ComponentId> calls;
    for (const model::Link &link : design.links)
        calls.insert(link.from, link.to);

    QList<Scenario> scenarios;
    for (const model::Region &region : design.regions) {
        for (const model::ZoneId &zone : region.zones)
            scenarios.append(
                {QCoreApplication::translate("Render", "Loss of AZ %1").arg(zone.value()),
                 [zone](const model::Component &c) {
                     return onlyIn(c, zone);
                 }});
    }
    for (const model::Region &region : design.regions)
        scenarios.append(
            {QCoreApplication::translate("Render", "Loss of region %1").arg(region.code.value()),
             [code = region.code](const model::Component &c) {
                 return c.placement.region == code;
             }});

    Table t;
    t.headers = {QCoreApplication::translate("Render", "Scenario"),
                 QCoreApplication::translate("Render", "Components hit"),
                 QCoreApplication::translate("Render", "Workloads affected"),
                 QCoreApplication::translate("Render", "RTO"),
                 QCoreApplication::translate("Render", "RPO")};
    t.numeric = {false, false, false, true, true};
    for (const Scenario &scenario : scenarios) {
        if (t.rows.size() >= kMaxComponentRows)
            break;
        QSet<model::ComponentId> hit;
        QStringList names;
        QList<std::optional<double>> rto, rpo;
        for (const model::Component &c : design.components) {
            if (!scenario.lost(c) || workloads.contains(c.id))
                continue;
            hit.insert(c.id);
            if (names.size() < kMaxNamed)
                names << c.displayName();
            if (const engine::ComponentResult *r = results.value(c.id)) {
                rto << r->rtoSeconds;
                rpo << r->rpoSeconds;
            }
        }
        if (hit.size() > names.size())
            names << QCoreApplication::translate("Render", "and %1 more")
                         .arg(hit.size() - names.size());
        QStringList affected;
        qsizetype affectedCount = 0;
        for (const model::Component &c : design.components) {
            const engine::WorkloadResult *w = workloads.value(c.id);
            if (!w)
                continue;
            bool depends = scenario.lost(c);
            for (auto it = calls.constFind(c.id);
                 !depends && it != calls.cend() && it.key() == c.id; ++it)
                depends = hit.contains(it.value());
            if (!depends)
                continue;
            ++affectedCount;
            if (affected.size() >= kMaxNamed)
                continue;
            const engine::OperationResult &op = w->read.served ? w->read : w->write;
            affected << QStringLiteral("%1 (%2)").arg(
                c.displayName(), availabilityPercent(op.availability.modelled));
        }
        if (affectedCount > affected.size())
            affected << QCoreApplication::translate("Render", "and %1 more")
                            .arg(affectedCount - affected.size());
        if (hit.isEmpty() && affected.isEmpty())
            continue;
        t.rows << QStringList{scenario.name,
                              names.isEmpty() ? QCoreApplication::translate("Render", "none")
                                              : names.join(QStringLiteral(", ")),
                              affected.isEmpty() ? QCoreApplication::translate("Render", "none")
                                                 : affected.join(QStringLiteral(", ")),
                              worst(rto), worst(rpo)};
    }
    if (t.rows.isEmpty())
        s.paragraphs << QCoreApplication::translate(
            "Render", "The design has no components placed in a zone or region.");
    else
        s.tables.append({QCoreApplication::translate("Render", "Zone and region loss"), t});

    appendRecoveryTable(input, s);
    return s;
}

} // namespace archstudio::render::report
