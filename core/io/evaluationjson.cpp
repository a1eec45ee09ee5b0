#include "evaluationjson.h"

#include "core/engine/availabilityalgebra.h"
#include "core/json/jsonwriter.h"

#include <boost/json/array.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/object.hpp>

#include <algorithm>
#include <cmath>

namespace archstudio::io {

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

/// A QString as a JSON string in the document's arena: ASCII (nearly every string here) is
/// narrowed in place; anything else goes through UTF-8 as toStdString() would.
bj::string text(const QString &s, const bj::storage_ptr &sp)
{
    const bool ascii =
        std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        const QByteArray utf8 = s.toUtf8();
        return bj::string(bj::string_view(utf8.constData(), std::size_t(utf8.size())), sp);
    }
    bj::string out(sp);
    out.resize(std::size_t(s.size()));
    char *data = out.data();
    for (const QChar c : s)
        *data++ = char(c.unicode());
    return out;
}

bj::object latency(const Latency &l, const bj::storage_ptr &sp)
{
    bj::object o(sp);
    o.emplace("p50Ms", ms(l.p50Ms));
    o.emplace("p99Ms", ms(l.p99Ms));
    if (l.saturated())
        o.emplace("saturated", true);
    return o;
}

bj::object availability(const Availability &a, const bj::storage_ptr &sp)
{
    bj::object o(sp);
    o.emplace("slaFloor", rounded(a.slaFloor, 1e-10));
    o.emplace("modelled", rounded(a.modelled, 1e-10));
    o.emplace("modelledDowntimeMinutesPerMonth",
              rounded(downtimeMinutesPerMonth(a.modelled), 1e-3));
    return o;
}

bj::value operation(const OperationResult &op, const bj::storage_ptr &sp)
{
    if (!op.served)
        return bj::value(nullptr, sp);
    bj::object o = latency(op.average, sp);
    o.emplace("perSecond", rounded(op.perSecond));
    o.emplace("peak", latency(op.peak, sp));
    o.emplace("availability", availability(op.availability, sp));
    return bj::value(std::move(o));
}

bj::value optionalNumber(const std::optional<double> &v, double step = 1e-4)
{
    return v ? bj::value(rounded(*v, step)) : bj::value(nullptr);
}

bj::object component(const ComponentResult &c, const bj::storage_ptr &sp)
{
    bj::object o(sp);
    o.emplace("id", text(c.id.value(), sp));
    o.emplace("kind", text(c.kind, sp));
    o.emplace("evaluated", c.evaluated);
    if (!c.evaluated)
        return o;
    bj::array lines(sp);
    lines.reserve(std::size_t(c.lineItems.size()));
    for (const LineItem &item : c.lineItems) {
        bj::object line(sp);
        line.reserve(8);
        line.emplace("description", text(item.description, sp));
        line.emplace("quantity", rounded(item.quantity));
        line.emplace("unit", text(item.unit, sp));
        line.emplace("unitPriceUsd", rounded(item.unitPriceUsd, 1e-7));
        line.emplace("monthlyUsd", rounded(item.monthlyUsd));
        line.emplace("catalogKey", text(item.catalogKey, sp));
        line.emplace("source", text(item.source, sp));
        if (item.estimate)
            line.emplace("estimate", true);
        if (item.unpriced)
            line.emplace("unpriced", true);
        lines.emplace_back(std::move(line));
    }
    o.emplace("monthlyCostUsd", rounded(c.monthlyCostUsd));
    o.emplace("lineItems", std::move(lines));
    o.emplace("utilization", rounded(c.utilization, 1e-6));
    o.emplace("utilizationAverage", rounded(c.utilizationAverage, 1e-6));
    o.emplace("readsPerSecond", rounded(c.readsPerSecond));
    o.emplace("writesPerSecond", rounded(c.writesPerSecond));
    o.emplace("crossAzShare", rounded(c.crossAzShare, 1e-6));
    o.emplace("crossRegionShare", rounded(c.crossRegionShare, 1e-6));
    o.emplace("rtoSeconds", optionalNumber(c.rtoSeconds));
    o.emplace("rpoSeconds", optionalNumber(c.rpoSeconds));
    o.emplace("slaFloor", optionalNumber(c.slaFloor, 1e-10));
    o.emplace("singlePointOfFailure", c.singlePointOfFailure);
    o.emplace("unpriced", c.unpriced);
    return o;
}

} // namespace

QByteArray evaluationToJson(const Evaluation &e)
{
    // One arena for the whole document: built once, written once, released at once.
    const bj::storage_ptr sp = bj::make_shared_resource<bj::monotonic_resource>();
    bj::object root(sp);
    root.emplace("schemaVersion", kEvaluationSchemaVersion);
    root.emplace("design", text(e.designName, sp));
    bj::object catalog(sp);
    catalog.emplace("id", text(e.catalogId, sp));
    catalog.emplace("date", text(e.catalogDate, sp));
    root.emplace("catalog", std::move(catalog));
    root.emplace("loadFactor", e.loadFactor);
    bj::object totals(sp);
    totals.emplace("monthlyCostUsd", rounded(e.totals.monthlyCostUsd));
    totals.emplace("unpricedComponents", e.totals.unpricedComponents);
    totals.emplace("availability", availability(e.totals.availability, sp));
    totals.emplace("worstRtoSeconds", rounded(e.totals.worstRtoSeconds));
    totals.emplace("worstRpoSeconds", rounded(e.totals.worstRpoSeconds));
    root.emplace("totals", std::move(totals));
    bj::array workloads(sp);
    workloads.reserve(std::size_t(e.workloads.size()));
    for (const WorkloadResult &w : e.workloads) {
        bj::object workload(sp);
        workload.emplace("id", text(w.id.value(), sp));
        workload.emplace("read", operation(w.read, sp));
        workload.emplace("write", operation(w.write, sp));
        workloads.emplace_back(std::move(workload));
    }
    root.emplace("workloads", std::move(workloads));
    bj::array components(sp);
    components.reserve(std::size_t(e.components.size()));
    for (const ComponentResult &c : e.components)
        components.emplace_back(component(c, sp));
    root.emplace("components", std::move(components));
    bj::array warnings(sp);
    for (const Warning &w : e.warnings) {
        bj::object warning(sp);
        warning.emplace("rule", text(w.rule, sp));
        warning.emplace("component", text(w.component.value(), sp));
        warning.emplace("message", text(w.message, sp));
        warning.emplace("fix", text(w.fix, sp));
        warning.emplace("costDeltaUsd", optionalNumber(w.costDeltaUsd));
        warning.emplace("availabilityDelta", optionalNumber(w.availabilityDelta, 1e-10));
        warnings.emplace_back(std::move(warning));
    }
    root.emplace("warnings", std::move(warnings));
    bj::array notes(sp);
    for (const QString &n : e.notes)
        notes.emplace_back(text(n, sp));
    root.emplace("notes", std::move(notes));
    return json::writePrettyJson(std::move(root));
}

} // namespace archstudio::io
