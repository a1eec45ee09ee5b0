#include "evaluationjson.h"

#include "core/engine/availabilityalgebra.h"
#include "core/json/jsonwriter.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cmath>

namespace archstudio::cli {

namespace bj = boost::json;
using namespace archstudio::engine;

namespace {

/// Rounded for output only: money to 1/10,000 of a dollar, times to 1/10,000 ms.
double rounded(double v, double step = 1e-4)
{
    return std::round(v / step) * step;
}

bj::value ms(double v)
{
    return std::isfinite(v) ? bj::value(rounded(v)) : bj::value(nullptr);
}

bj::object latency(const Latency &l)
{
    bj::object o{{"p50Ms", ms(l.p50Ms)}, {"p99Ms", ms(l.p99Ms)}};
    if (l.saturated())
        o["saturated"] = true;
    return o;
}

bj::object availability(const Availability &a)
{
    return {
        {"slaFloor", rounded(a.slaFloor, 1e-10)},
        {"modelled", rounded(a.modelled, 1e-10)},
        {"modelledDowntimeMinutesPerMonth", rounded(downtimeMinutesPerMonth(a.modelled), 1e-3)}};
}

bj::value operation(const OperationResult &op)
{
    if (!op.served)
        return nullptr;
    bj::object o = latency(op.average);
    o["perSecond"] = rounded(op.perSecond);
    o["peak"] = latency(op.peak);
    o["availability"] = availability(op.availability);
    return o;
}

bj::value optionalNumber(const std::optional<double> &v, double step = 1e-4)
{
    return v ? bj::value(rounded(*v, step)) : bj::value(nullptr);
}

bj::object component(const ComponentResult &c)
{
    bj::array lines;
    for (const LineItem &item : c.lineItems) {
        bj::object line{{"description", item.description.toStdString()},
                        {"quantity", rounded(item.quantity)},
                        {"unit", item.unit.toStdString()},
                        {"unitPriceUsd", rounded(item.unitPriceUsd, 1e-7)},
                        {"monthlyUsd", rounded(item.monthlyUsd)},
                        {"catalogKey", item.catalogKey.toStdString()},
                        {"source", item.source.toStdString()}};
        if (item.estimate)
            line["estimate"] = true;
        lines.push_back(std::move(line));
    }
    bj::object o{{"id", c.id.value().toStdString()},
                 {"kind", c.kind.toStdString()},
                 {"evaluated", c.evaluated}};
    if (!c.evaluated)
        return o;
    o["monthlyCostUsd"] = rounded(c.monthlyCostUsd);
    o["lineItems"] = std::move(lines);
    o["utilization"] = rounded(c.utilization, 1e-6);
    o["utilizationAverage"] = rounded(c.utilizationAverage, 1e-6);
    o["readsPerSecond"] = rounded(c.readsPerSecond);
    o["writesPerSecond"] = rounded(c.writesPerSecond);
    o["crossAzShare"] = rounded(c.crossAzShare, 1e-6);
    o["crossRegionShare"] = rounded(c.crossRegionShare, 1e-6);
    o["rtoSeconds"] = optionalNumber(c.rtoSeconds);
    o["rpoSeconds"] = optionalNumber(c.rpoSeconds);
    o["slaFloor"] = optionalNumber(c.slaFloor, 1e-10);
    o["singlePointOfFailure"] = c.singlePointOfFailure;
    return o;
}

} // namespace

QByteArray evaluationToJson(const Evaluation &e)
{
    bj::object root;
    root["design"] = e.designName.toStdString();
    root["catalog"] =
        bj::object{{"id", e.catalogId.toStdString()}, {"date", e.catalogDate.toStdString()}};
    root["loadFactor"] = e.loadFactor;
    bj::object totals{{"monthlyCostUsd", rounded(e.totals.monthlyCostUsd)},
                      {"availability", availability(e.totals.availability)},
                      {"worstRtoSeconds", rounded(e.totals.worstRtoSeconds)},
                      {"worstRpoSeconds", rounded(e.totals.worstRpoSeconds)}};
    root["totals"] = std::move(totals);
    bj::array workloads;
    for (const WorkloadResult &w : e.workloads) {
        bj::object workload;
        workload["id"] = w.id.value().toStdString();
        workload["read"] = operation(w.read);
        workload["write"] = operation(w.write);
        workloads.push_back(std::move(workload));
    }
    root["workloads"] = std::move(workloads);
    bj::array components;
    for (const ComponentResult &c : e.components)
        components.push_back(component(c));
    root["components"] = std::move(components);
    bj::array warnings;
    for (const Warning &w : e.warnings) {
        warnings.push_back(
            bj::object{{"rule", w.rule.toStdString()},
                       {"component", w.component.value().toStdString()},
                       {"message", w.message.toStdString()},
                       {"fix", w.fix.toStdString()},
                       {"costDeltaUsd", optionalNumber(w.costDeltaUsd)},
                       {"availabilityDelta", optionalNumber(w.availabilityDelta, 1e-10)}});
    }
    root["warnings"] = std::move(warnings);
    bj::array notes;
    for (const QString &n : e.notes)
        notes.push_back(bj::string(n.toStdString()));
    root["notes"] = std::move(notes);
    return json::writePrettyJson(std::move(root));
}

} // namespace archstudio::cli
