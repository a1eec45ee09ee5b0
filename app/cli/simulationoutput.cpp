#include "simulationoutput.h"

#include "texttable.h"

#include "core/engine/availabilityalgebra.h"
#include "core/json/jsonwriter.h"

#include <QCoreApplication>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cmath>

namespace archstudio::cli {

namespace bj = boost::json;
using namespace archstudio::engine;

namespace {

bj::value number(double v, double step = 1e-4)
{
    // Divided by a whole scale, not multiplied by the step: the nearest double to the decimal,
    // which prints short (0.999893806, not 0.9998938060000001).
    const double scale = std::round(1.0 / step);
    return std::isfinite(v) ? bj::value(std::round(v * scale) / scale) : bj::value(nullptr);
}

bj::string str(const QString &s)
{
    return bj::string(s.toStdString());
}

/// The version of simulate's and montecarlo's JSON: 1 is this shape; a new field keeps it, a
/// changed one bumps it (docs/CLI.md).
constexpr int kSimulationSchemaVersion = 1;

bj::object header(const QString &name, const catalog::Catalog &catalog)
{
    bj::object root;
    root.emplace("schemaVersion", kSimulationSchemaVersion);
    root.emplace("design", str(name));
    root.emplace("catalog", bj::object{{"id", str(catalog.id())}, {"date", str(catalog.date())}});
    return root;
}

bj::value operation(const OperationState &op)
{
    if (!op.served)
        return nullptr;
    bj::object o;
    o.emplace("availability", number(op.availability, 1e-9));
    const bool anyServed = op.availability > 0.0;
    o.emplace("p50Ms", anyServed ? number(op.latency.p50Ms) : bj::value(nullptr));
    o.emplace("p99Ms", anyServed ? number(op.latency.p99Ms) : bj::value(nullptr));
    if (op.latency.saturated())
        o.emplace("saturated", true);
    o.emplace("utilization", number(op.utilization));
    o.emplace("bottleneck",
              op.bottleneck.isEmpty() ? bj::value(nullptr) : bj::value(str(op.bottleneck.value())));
    o.emplace("capacityShare", number(op.capacityShare));
    return o;
}

QString seconds(double s)
{
    if (s >= 3600.0 && std::fmod(s, 60.0) == 0.0)
        return QCoreApplication::translate("Cli", "%1 h %2 min")
            .arg(int(s / 3600.0))
            .arg(int(std::fmod(s, 3600.0) / 60.0));
    if (s >= 120.0)
        return QCoreApplication::translate("Cli", "%1 min").arg(s / 60.0, 0, 'f', 1);
    return QCoreApplication::translate("Cli", "%1 s", "seconds")
        .arg(s, 0, 'f', s < 10.0 && s != std::floor(s) ? 1 : 0);
}

QString share(const OperationState &op)
{
    if (!op.served)
        return QStringLiteral("-");
    return QString::number(op.availability * 100.0, 'f', op.availability < 1.0 ? 1 : 0) +
           QLatin1Char('%');
}

QString percent(double fraction, int decimals = 4)
{
    return QString::number(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

QString minutes(double m)
{
    return QCoreApplication::translate("Cli", "%1 min").arg(m, 0, 'f', 1);
}

} // namespace

QByteArray timelineToJson(const Timeline &t, const model::Design &design,
                          const catalog::Catalog &catalog)
{
    bj::object root = header(design.name, catalog);
    root.emplace("failure", str(t.target.toString()));
    root.emplace("endSeconds", number(t.endSeconds));
    bj::array events;
    for (const TimelineEvent &e : t.events) {
        bj::object o;
        o.emplace("atSeconds", number(e.atSeconds));
        o.emplace("kind", str(eventKindName(e.kind)));
        o.emplace("component",
                  e.component.isEmpty() ? bj::value(nullptr) : bj::value(str(e.component.value())));
        o.emplace("text", str(e.text));
        events.push_back(std::move(o));
    }
    root.emplace("events", std::move(events));
    bj::array intervals;
    for (const TimelineInterval &interval : t.intervals) {
        bj::object o;
        o.emplace("startSeconds", number(interval.startSeconds));
        o.emplace("endSeconds", number(interval.endSeconds));
        o.emplace("label", str(interval.label));
        bj::array workloads;
        for (const WorkloadInterval &w : interval.workloads) {
            bj::object wo;
            wo.emplace("id", str(w.workload.value()));
            wo.emplace("lost", w.lost);
            wo.emplace("read", operation(w.read));
            wo.emplace("write", operation(w.write));
            wo.emplace("dataAtRiskSeconds", number(w.dataAtRiskSeconds));
            workloads.push_back(std::move(wo));
        }
        o.emplace("workloads", std::move(workloads));
        bj::array components;
        for (qsizetype i = 0; i < interval.components.size(); ++i) {
            const ComponentInterval &c = interval.components.at(i);
            bj::object co{{"id", str(design.components.at(i).id.value())},
                          {"condition", str(conditionName(c.condition))},
                          {"utilization", number(c.utilization)}};
            if (!c.servingZone.isEmpty())
                co.emplace("servingZone", str(c.servingZone.value()));
            components.push_back(std::move(co));
        }
        o.emplace("components", std::move(components));
        intervals.push_back(std::move(o));
    }
    root.emplace("intervals", std::move(intervals));
    bj::array outcomes;
    for (const WorkloadOutcome &o : t.outcomes) {
        outcomes.push_back(bj::object{{"workload", str(o.workload.value())},
                                      {"lost", o.lost},
                                      {"readOutageSeconds", number(o.readOutageSeconds)},
                                      {"writeOutageSeconds", number(o.writeOutageSeconds)},
                                      {"dataAtRiskSeconds", number(o.dataAtRiskSeconds)}});
    }
    root.emplace("outcomes", std::move(outcomes));
    bj::array findings;
    for (const QString &f : t.findings)
        findings.push_back(str(f));
    root.emplace("findings", std::move(findings));
    bj::array notes;
    for (const QString &n : t.notes)
        notes.push_back(str(n));
    root.emplace("notes", std::move(notes));
    return json::writePrettyJson(std::move(root));
}

QString timelineToText(const Timeline &t, const model::Design &design)
{
    QString out = QStringLiteral("%1: %2\n\n").arg(design.name, t.target.toString()) +
                  QCoreApplication::translate("Cli", "Events") + QLatin1Char('\n');
    QList<QStringList> rows;
    for (const TimelineEvent &e : t.events)
        rows.append({seconds(e.atSeconds), eventKindName(e.kind), e.text});
    out += table({QCoreApplication::translate("Cli", "at"),
                  QCoreApplication::translate("Cli", "event"),
                  QCoreApplication::translate("Cli", "what")},
                 rows, {true, false, false});
    out += QLatin1Char('\n') + QCoreApplication::translate("Cli", "Outcome per workload") +
           QLatin1Char('\n');
    rows.clear();
    for (const WorkloadOutcome &o : t.outcomes)
        rows.append({o.workload.value(),
                     o.lost ? QCoreApplication::translate("Cli", "lost with its region")
                            : seconds(o.readOutageSeconds),
                     o.lost ? QStringLiteral("-") : seconds(o.writeOutageSeconds),
                     seconds(o.dataAtRiskSeconds)});
    out += table({QCoreApplication::translate("Cli", "workload"),
                  QCoreApplication::translate("Cli", "reads failing"),
                  QCoreApplication::translate("Cli", "writes failing"),
                  QCoreApplication::translate("Cli", "data at risk")},
                 rows, {false, true, true, true});
    out += QLatin1Char('\n') +
           QCoreApplication::translate(
               "Cli", "Intervals (share of requests served, p99 at average load)") +
           QLatin1Char('\n');
    rows.clear();
    for (const TimelineInterval &interval : t.intervals) {
        for (const WorkloadInterval &w : interval.workloads) {
            const auto p99 = [](const OperationState &op) {
                return op.served && op.availability > 0.0
                           ? (op.latency.saturated()
                                  ? QCoreApplication::translate("Cli", "saturated")
                                  : QCoreApplication::translate("Cli", "%1 ms")
                                        .arg(op.latency.p99Ms, 0, 'f', 2))
                           : QStringLiteral("-");
            };
            rows.append({QCoreApplication::translate("Cli", "%1 to %2")
                             .arg(seconds(interval.startSeconds), seconds(interval.endSeconds)),
                         w.workload.value(), share(w.read), p99(w.read), share(w.write),
                         p99(w.write), interval.label});
        }
    }
    out += table({QCoreApplication::translate("Cli", "interval"),
                  QCoreApplication::translate("Cli", "workload"),
                  QCoreApplication::translate("Cli", "reads"),
                  QCoreApplication::translate("Cli", "read p99"),
                  QCoreApplication::translate("Cli", "writes"),
                  QCoreApplication::translate("Cli", "write p99"),
                  QCoreApplication::translate("Cli", "after")},
                 rows, {false, false, true, true, true, true, false});
    if (!t.findings.isEmpty())
        out += QLatin1Char('\n') + QCoreApplication::translate("Cli", "Findings") +
               QStringLiteral("\n  ") + t.findings.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    if (!t.notes.isEmpty())
        out += QLatin1Char('\n') + QCoreApplication::translate("Cli", "Notes") +
               QStringLiteral("\n  ") + t.notes.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    return out;
}

QByteArray monteCarloToJson(const MonteCarloResult &r, const model::Design &design,
                            const catalog::Catalog &catalog)
{
    bj::object root = header(design.name, catalog);
    root.emplace("years", r.years);
    root.emplace("seed", r.seed);
    root.emplace("threads", r.threads);
    root.emplace("target", r.target);
    root.emplace("cancelled", r.cancelled);
    bj::array ops;
    for (const MonteCarloOperation &op : r.operations) {
        bj::object o;
        o.emplace("workload", str(op.workload.value()));
        o.emplace("operation", op.reads ? "read" : "write");
        o.emplace("availability", number(op.availability, 1e-9));
        o.emplace("confidence95",
                  bj::array{number(op.confidenceLow, 1e-9), number(op.confidenceHigh, 1e-9)});
        o.emplace("exactModelled", number(op.exact, 1e-9));
        o.emplace("outageYears", op.outageYears);
        o.emplace("agreesWithExact", op.conclusive() ? bj::value(op.agrees()) : bj::value(nullptr));
        o.emplace("downtimeMinutesPerYear", bj::object{{"mean", number(op.meanDowntimeMinutes)},
                                                       {"p50", number(op.p50DowntimeMinutes)},
                                                       {"p90", number(op.p90DowntimeMinutes)},
                                                       {"p99", number(op.p99DowntimeMinutes)},
                                                       {"max", number(op.maxDowntimeMinutes)}});
        o.emplace("probabilityBelowTarget", number(op.probabilityBelowTarget, 1e-6));
        bj::array bins;
        for (const DowntimeBin &b : op.histogram)
            bins.push_back(bj::array{number(b.fromMinutes), number(b.toMinutes), b.years});
        o.emplace("histogram", std::move(bins));
        ops.push_back(std::move(o));
    }
    root.emplace("operations", std::move(ops));
    return json::writePrettyJson(std::move(root));
}

QString monteCarloToText(const MonteCarloResult &r, const model::Design &design)
{
    QString out =
        (r.cancelled
             ? QCoreApplication::translate(
                   "Cli", "%1: %2 simulated years (seed %3, %4 threads), cancelled")
             : QCoreApplication::translate("Cli", "%1: %2 simulated years (seed %3, %4 threads)"))
            .arg(design.name)
            .arg(r.years)
            .arg(r.seed)
            .arg(r.threads) +
        QStringLiteral("\n\n");
    QList<QStringList> rows;
    for (const MonteCarloOperation &op : r.operations) {
        rows.append(
            {(op.reads ? QCoreApplication::translate("Cli", "%1 reads")
                       : QCoreApplication::translate("Cli", "%1 writes"))
                 .arg(op.workload.value()),
             percent(op.availability),
             QCoreApplication::translate("Cli", "%1 to %2")
                 .arg(percent(op.confidenceLow), percent(op.confidenceHigh)),
             !op.conclusive()
                 ? QCoreApplication::translate("Cli", "%1 (too few outages)").arg(percent(op.exact))
             : op.agrees()
                 ? percent(op.exact)
                 : QCoreApplication::translate("Cli", "%1 (outside)").arg(percent(op.exact)),
             minutes(op.meanDowntimeMinutes), minutes(op.p99DowntimeMinutes),
             percent(op.probabilityBelowTarget, 1)});
    }
    out += table({QCoreApplication::translate("Cli", "operation"),
                  QCoreApplication::translate("Cli", "simulated"),
                  QCoreApplication::translate("Cli", "95% interval"),
                  QCoreApplication::translate("Cli", "exact"),
                  QCoreApplication::translate("Cli", "downtime/yr"),
                  QCoreApplication::translate("Cli", "p99 year"),
                  QCoreApplication::translate("Cli", "years below %1").arg(percent(r.target, 2))},
                 rows, {false, true, true, true, true, true, true});
    return out;
}

} // namespace archstudio::cli
