#include "evaluationjson.h"
#include "texttable.h"

#include "core/engine/availabilityalgebra.h"

#include <QCoreApplication>
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
    return std::isfinite(v) ? QString::number(v, 'f', v < 10 ? 2 : 1)
                            : QCoreApplication::translate("Cli", "saturated");
}

QString seconds(const std::optional<double> &s)
{
    return s ? QCoreApplication::translate("Cli", "%1 s", "seconds").arg(*s, 0, 'f', 0)
             : QStringLiteral("-");
}

QStringList operationRow(const QString &workload, const QString &name, const OperationResult &op)
{
    if (!op.served)
        return {workload, name, QString::number(op.perSecond, 'f', 0),
                QCoreApplication::translate("Cli", "no path")};
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
    // Two sources, so the English reads "1 component" without a translation.
    return (unpriced == 1 ? QCoreApplication::translate("Cli", "≥ %1, %n component unpriced (%2)",
                                                        nullptr, unpriced)
                          : QCoreApplication::translate("Cli", "≥ %1, %n components unpriced (%2)",
                                                        nullptr, unpriced))
        .arg(money(e.totals.monthlyCostUsd), ids.join(QStringLiteral(", ")));
}

} // namespace

QString evaluationToText(const Evaluation &e)
{
    QString out;
    out += QCoreApplication::translate("Cli", "%1 (catalog %2 of %3, load x%4)\n\n")
               .arg(e.designName, e.catalogId, e.catalogDate)
               .arg(e.loadFactor);
    //: The labels of these four lines are padded to one width.
    out += QCoreApplication::translate("Cli", "  Monthly cost     %1\n").arg(totalCost(e));
    out += QCoreApplication::translate("Cli", "  SLA floor        %1\n")
               .arg(percent(e.totals.availability.slaFloor));
    out +=
        QCoreApplication::translate("Cli", "  Modelled         %1 (%2 min of downtime a month)\n")
            .arg(percent(e.totals.availability.modelled))
            .arg(downtimeMinutesPerMonth(e.totals.availability.modelled), 0, 'f', 1);
    out += QCoreApplication::translate("Cli", "  Worst RTO / RPO  %1 / %2\n\n")
               .arg(seconds(e.totals.worstRtoSeconds), seconds(e.totals.worstRpoSeconds));

    QList<QStringList> ops;
    for (const WorkloadResult &w : e.workloads) {
        ops << operationRow(w.id.value(), QCoreApplication::translate("Cli", "read"), w.read);
        ops << operationRow(QString(), QCoreApplication::translate("Cli", "write"), w.write);
    }
    out += QCoreApplication::translate("Cli", "Workloads (latency in ms)") + QLatin1Char('\n');
    out += table({QCoreApplication::translate("Cli", "workload"),
                  QCoreApplication::translate("Cli", "op"),
                  QCoreApplication::translate("Cli", "per s"), QStringLiteral("p50"),
                  QStringLiteral("p99"), QCoreApplication::translate("Cli", "peak p99"),
                  QCoreApplication::translate("Cli", "SLA floor"),
                  QCoreApplication::translate("Cli", "modelled"),
                  QCoreApplication::translate("Cli", "min/month")},
                 ops, {false, false, true, true, true, true, true, true, true});

    QList<QStringList> components;
    for (const ComponentResult &c : e.components) {
        if (!c.evaluated)
            continue;
        components << QStringList{
            c.id.value(),
            c.kind,
            (c.unpriced ? QStringLiteral("≥ ") : QString()) + money(c.monthlyCostUsd),
            QString::number(c.utilization * 100.0, 'f', 0) + QLatin1Char('%'),
            seconds(c.rtoSeconds),
            seconds(c.rpoSeconds),
            c.singlePointOfFailure ? QCoreApplication::translate("Cli", "yes") : QString()};
    }
    out += QLatin1Char('\n') + QCoreApplication::translate("Cli", "Components") + QLatin1Char('\n');
    out += table({QCoreApplication::translate("Cli", "component"),
                  QCoreApplication::translate("Cli", "kind"),
                  QCoreApplication::translate("Cli", "per month"),
                  QCoreApplication::translate("Cli", "peak util"), QStringLiteral("RTO"),
                  QStringLiteral("RPO"), QCoreApplication::translate("Cli", "SPOF")},
                 components, {false, false, true, true, true, true, false});

    if (!e.warnings.isEmpty()) {
        out += QLatin1Char('\n') + QCoreApplication::translate("Cli", "Design review") +
               QLatin1Char('\n');
        for (const Warning &w : e.warnings) {
            out += QCoreApplication::translate("Cli", "  [%1] %2\n    Fix: %3")
                       .arg(w.rule, w.message, w.fix);
            if (w.costDeltaUsd)
                out += QCoreApplication::translate("Cli", " (%1%2 a month")
                           .arg(*w.costDeltaUsd >= 0 ? "+" : "-", money(std::abs(*w.costDeltaUsd)));
            if (w.availabilityDelta)
                out += QCoreApplication::translate("Cli", ", availability %1%2 points")
                           .arg(*w.availabilityDelta >= 0 ? "+" : "")
                           .arg(*w.availabilityDelta * 100.0, 0, 'f', 4);
            if (w.costDeltaUsd)
                out += QLatin1Char(')');
            out += QLatin1Char('\n');
        }
    }
    if (!e.notes.isEmpty()) {
        out += QLatin1Char('\n') + QCoreApplication::translate("Cli", "Notes") + QLatin1Char('\n');
        for (const QString &n : e.notes)
            out += QStringLiteral("  - ") + n + QLatin1Char('\n');
    }
    return out;
}

} // namespace archstudio::cli
