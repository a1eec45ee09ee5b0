#include "evaluationjson.h"
#include "texttable.h"

#include "core/engine/availabilityalgebra.h"

#include <QStringList>

#include <cmath>

namespace archstudio::cli {

using namespace archstudio::engine;

namespace {

QString money(double usd)
{
    return QStringLiteral("$") + QString::number(usd, 'f', 2);
}

QString percent(double a)
{
    return QString::number(a * 100.0, 'f', 4) + QLatin1Char('%');
}

QString millis(double v)
{
    return std::isfinite(v) ? QString::number(v, 'f', v < 10 ? 2 : 1) : QStringLiteral("saturated");
}

QString seconds(const std::optional<double> &s)
{
    return s ? QString::number(*s, 'f', 0) + QStringLiteral(" s") : QStringLiteral("-");
}

QStringList operationRow(const QString &workload, const QString &name, const OperationResult &op)
{
    if (!op.served)
        return {workload, name, QString::number(op.perSecond, 'f', 0), QStringLiteral("no path")};
    return {workload,
            name,
            QString::number(op.perSecond, 'f', 0),
            millis(op.average.p50Ms),
            millis(op.average.p99Ms),
            millis(op.peak.p99Ms),
            percent(op.availability.slaFloor),
            percent(op.availability.modelled),
            QString::number(downtimeMinutesPerMonth(op.availability.modelled), 'f', 1)};
}

/// "$861.00", or "≥ $165.00, 1 component unpriced (db)": a bill with a value the catalog
/// cannot price is a lower bound, and says so.
QString totalCost(const Evaluation &e)
{
    const int unpriced = e.totals.unpricedComponents;
    if (unpriced == 0)
        return money(e.totals.monthlyCostUsd);
    QStringList ids;
    for (const ComponentResult &c : e.components) {
        if (c.unpriced)
            ids << c.id.value();
    }
    return QStringLiteral("≥ %1, %2 %3 unpriced (%4)")
        .arg(money(e.totals.monthlyCostUsd))
        .arg(unpriced)
        .arg(unpriced == 1 ? QStringLiteral("component") : QStringLiteral("components"),
             ids.join(QStringLiteral(", ")));
}

} // namespace

QString evaluationToText(const Evaluation &e)
{
    QString out;
    out += QStringLiteral("%1 (catalog %2 of %3, load x%4)\n\n")
               .arg(e.designName, e.catalogId, e.catalogDate)
               .arg(e.loadFactor);
    out += QStringLiteral("  Monthly cost     %1\n").arg(totalCost(e));
    out += QStringLiteral("  SLA floor        %1\n").arg(percent(e.totals.availability.slaFloor));
    out += QStringLiteral("  Modelled         %1 (%2 min of downtime a month)\n")
               .arg(percent(e.totals.availability.modelled))
               .arg(downtimeMinutesPerMonth(e.totals.availability.modelled), 0, 'f', 1);
    out += QStringLiteral("  Worst RTO / RPO  %1 / %2\n\n")
               .arg(seconds(e.totals.worstRtoSeconds), seconds(e.totals.worstRpoSeconds));

    QList<QStringList> ops;
    for (const WorkloadResult &w : e.workloads) {
        ops << operationRow(w.id.value(), QStringLiteral("read"), w.read);
        ops << operationRow(QString(), QStringLiteral("write"), w.write);
    }
    out += QStringLiteral("Workloads (latency in ms)\n");
    out += table(
        {"workload", "op", "per s", "p50", "p99", "peak p99", "SLA floor", "modelled", "min/month"},
        ops, {false, false, true, true, true, true, true, true, true});

    QList<QStringList> components;
    for (const ComponentResult &c : e.components) {
        if (!c.evaluated)
            continue;
        components << QStringList{c.id.value(),
                                  c.kind,
                                  (c.unpriced ? QStringLiteral("≥ ") : QString()) +
                                      money(c.monthlyCostUsd),
                                  QString::number(c.utilization * 100.0, 'f', 0) + QLatin1Char('%'),
                                  seconds(c.rtoSeconds),
                                  seconds(c.rpoSeconds),
                                  c.singlePointOfFailure ? QStringLiteral("yes") : QString()};
    }
    out += QStringLiteral("\nComponents\n");
    out += table({"component", "kind", "per month", "peak util", "RTO", "RPO", "SPOF"}, components,
                 {false, false, true, true, true, true, false});

    if (!e.warnings.isEmpty()) {
        out += QStringLiteral("\nDesign review\n");
        for (const Warning &w : e.warnings) {
            out += QStringLiteral("  [%1] %2\n    Fix: %3").arg(w.rule, w.message, w.fix);
            if (w.costDeltaUsd)
                out += QStringLiteral(" (%1%2 a month")
                           .arg(*w.costDeltaUsd >= 0 ? "+" : "-", money(std::abs(*w.costDeltaUsd)));
            if (w.availabilityDelta)
                out += QStringLiteral(", availability %1%2 points")
                           .arg(*w.availabilityDelta >= 0 ? "+" : "")
                           .arg(*w.availabilityDelta * 100.0, 0, 'f', 4);
            if (w.costDeltaUsd)
                out += QLatin1Char(')');
            out += QLatin1Char('\n');
        }
    }
    if (!e.notes.isEmpty()) {
        out += QStringLiteral("\nNotes\n");
        for (const QString &n : e.notes)
            out += QStringLiteral("  - ") + n + QLatin1Char('\n');
    }
    return out;
}

} // namespace archstudio::cli
