#include "review.h"

#include "catalogvalues.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <cstring>
#include <span>

namespace archstudio::engine::detail {

namespace {

/// s.endsWith(suffix) for an ASCII suffix, inline: it is asked of every line item.
bool endsWith(const QString &s, QStringView suffix)
{
    return s.size() >= suffix.size() &&
           std::memcmp(s.constData() + (s.size() - suffix.size()), suffix.data(),
                       std::size_t(suffix.size()) * sizeof(QChar)) == 0;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 0) + QLatin1Char('%');
}

/// The saturation finding of component i (its result c), if it runs hot.
void addUtilizationFinding(const EvalState &state, qsizetype i, const ComponentResult &c,
                           QList<PendingFinding> &findings)
{
    // Managed services (no servers) report their own limits in their review.
    if (!c.evaluated || c.utilization <= 0.8 || state.models.at(i).servers <= 0)
        return;
    const KindBehaviour *behaviour = state.behaviourOf.at(i);
    const std::optional<Patch> patch =
        behaviour ? behaviour->upsize(state.context(int(i))) : std::nullopt;
    const model::Component &component = state.design.components.at(i);
    const bool saturated = c.utilization >= 1.0;
    Warning w;
    w.rule = saturated ? QStringLiteral("saturated") : QStringLiteral("high-utilization");
    w.component = component.id;
    w.message =
        saturated ? QCoreApplication::translate(
                        "Engine", "%1 is saturated at peak: the load needs %2 of its capacity, "
                                  "%3 more than it has")
                        .arg(component.displayName(), percent(c.utilization),
                             percent(c.utilization - 1.0))
                  : QCoreApplication::translate("Engine",
                                                "%1 runs at %2 of its capacity at peak (over 80%)")
                        .arg(component.displayName(), percent(c.utilization));
    w.fix = patch
                ? QCoreApplication::translate("Engine", "Give it more capacity: %1")
                      .arg(describePatch(*patch))
                : QCoreApplication::translate("Engine", "Give it more capacity or spread the load");
    findings.append({w, patch});
}

/// What a component pays for cross-AZ transfer.
double interAzTransferUsd(const ComponentResult &c)
{
    double transfer = 0.0;
    for (const LineItem &item : c.lineItems) {
        if (endsWith(item.catalogKey, u"transfer.inter-az"))
            transfer += item.monthlyUsd;
    }
    return transfer;
}

/// transferUsd: interAzTransferUsd() of each component.
void addTransferFinding(const Evaluation &evaluation, std::span<const double> transferUsd,
                        QList<PendingFinding> &findings)
{
    double transfer = 0.0;
    for (const double usd : transferUsd)
        transfer += usd;
    const double total = evaluation.totals.monthlyCostUsd;
    if (total <= 0.0 || transfer / total < 0.1)
        return;
    Warning w;
    w.rule = QStringLiteral("cross-az-traffic");
    w.message = QCoreApplication::translate(
                    "Engine", "Cross-AZ data transfer is %1 of the bill ($%2 a month)")
                    .arg(percent(transfer / total))
                    .arg(transfer, 0, 'f', 2);
    w.fix = QCoreApplication::translate(
        "Engine", "Serve reads from a replica or cache node in each zone the workload runs in");
    findings.append({w, std::nullopt});
}

void addUnservedReadFindings(const EvalState &state, QList<PendingFinding> &findings)
{
    for (const WorkloadPaths &paths : state.paths) {
        for (const ReadSet &set : paths.readSets) {
            if (set.unassignedShare <= 1e-9)
                continue;
            const model::Component &owner = state.design.components.at(set.owner);
            Warning w;
            w.rule = QStringLiteral("standby-not-reader");
            w.component = owner.id;
            w.message =
                QCoreApplication::translate(
                    "Engine", "%1 of %2's reads of %3 go to no reader: a Multi-AZ standby serves "
                              "no reads")
                    .arg(percent(set.unassignedShare),
                         state.design.components.at(paths.workload).displayName(),
                         owner.displayName());
            w.fix = QCoreApplication::translate(
                "Engine", "Add a read replica for the rest, or give the linked readers shares that "
                          "add up to 1");
            findings.append({w, std::nullopt});
        }
    }
}

/// A finding of the redundancy rules, with the component it names.
struct RedundancyFinding
{
    int component = -1;
    PendingFinding finding;
};

/// The redundancy rules on every workload: a store that one zone's loss stops, behind a
/// workload that runs in several zones; and a cache that cannot fail over while the
/// databases behind it could not take its misses. Each component is reported once, by the
/// first workload that finds it.
QList<RedundancyFinding> redundancyFindings(const EvalState &state, const Evaluation &evaluation)
{
    QList<RedundancyFinding> found;
    QSet<int> reported;
    const auto redundant = [&](int i) {
        const KindBehaviour *b = state.behaviourOf.at(i);
        return b ? b->makeRedundant(state.context(i)) : std::nullopt;
    };
    for (const WorkloadPaths &paths : state.paths) {
        const model::Component &workload = state.design.components.at(paths.workload);
        // On the stack: a copy of writeTargets would allocate for every workload.
        QVarLengthArray<int, 16> stores(paths.writeTargets.cbegin(), paths.writeTargets.cend());
        for (const ReadSet &set : paths.readSets) {
            for (const auto &reader : set.readers)
                stores.append(reader.first);
        }
        for (int i : stores) {
            if (reported.contains(i) || !evaluation.components.at(i).singlePointOfFailure)
                continue;
            // Every single point of failure the canvas outlines gets a finding, whether or
            // not the workload spreads over zones and whether or not a patch can fix it.
            reported.insert(i);
            const std::optional<Patch> patch = redundant(i);
            const model::Component &c = state.design.components.at(i);
            const QString problem =
                paths.zones.size() >= 2
                    ? QCoreApplication::translate("Engine", "%1 lives in one zone while %2 runs in "
                                                            "%3 zones: losing that zone stops it")
                          .arg(c.displayName(), workload.displayName())
                          .arg(paths.zones.size())
                    : QCoreApplication::translate(
                          "Engine", "%1 is a single point of failure: when it or its zone "
                                    "fails, %2 stops")
                          .arg(c.displayName(), workload.displayName());
            Warning w{QStringLiteral("single-az-database"),
                      c.id,
                      problem,
                      patch ? QCoreApplication::translate("Engine", "Make it redundant: %1")
                                  .arg(describePatch(*patch))
                            : QCoreApplication::translate(
                                  "Engine", "Give it a standby or a replica in another zone "
                                            "that can take over"),
                      std::nullopt,
                      std::nullopt,
                      std::nullopt};
            found.append({i, {w, patch}});
        }
        for (int cache : paths.readCaches) {
            const std::optional<Patch> patch =
                reported.contains(cache) ? std::nullopt : redundant(cache);
            const double hit = state.models.at(cache).hitRatio;
            if (!patch || hit >= 1.0)
                continue;
            bool overwhelmed = false;
            for (const ReadSet &set : paths.readSets) {
                for (const auto &[reader, share] : set.readers) {
                    const ComponentModel &m = state.models.at(reader);
                    if (m.servers <= 0)
                        continue;
                    // With the cache gone its hits land here too.
                    const double extra = state.peakReads.at(reader) * hit / (1.0 - hit);
                    overwhelmed = overwhelmed || state.peakQueue.at(reader).utilization +
                                                         extra * m.readCostSeconds / m.servers >=
                                                     1.0;
                }
            }
            if (!overwhelmed)
                continue;
            reported.insert(cache);
            const model::Component &c = state.design.components.at(cache);
            Warning w{
                QStringLiteral("cache-no-replica"),
                c.id,
                QCoreApplication::translate(
                    "Engine",
                    "%1 has no replica to fail over to, and without it the databases behind it "
                    "could not take %2's reads")
                    .arg(c.displayName(), workload.displayName()),
                QCoreApplication::translate("Engine", "Add a replica in another zone: %1")
                    .arg(describePatch(*patch)),
                std::nullopt,
                std::nullopt,
                std::nullopt};
            found.append({cache, {w, patch}});
        }
        // A cache whose loss stops reads (no fallback to the database) that the rule above
        // let pass: outlined on the canvas, so reported too.
        for (int cache : paths.readCaches) {
            if (reported.contains(cache) || !evaluation.components.at(cache).singlePointOfFailure)
                continue;
            reported.insert(cache);
            const std::optional<Patch> patch = redundant(cache);
            const model::Component &c = state.design.components.at(cache);
            Warning w{
                QStringLiteral("single-point-of-failure"),
                c.id,
                QCoreApplication::translate("Engine",
                                            "%1 is a single point of failure: when it or its zone "
                                            "fails, %2 cannot read")
                    .arg(c.displayName(), workload.displayName()),
                patch ? QCoreApplication::translate("Engine", "Add a replica in another zone: %1")
                            .arg(describePatch(*patch))
                      : QCoreApplication::translate("Engine",
                                                    "Let %1 read from the database when the cache "
                                                    "fails, or give the cache a replica")
                            .arg(workload.displayName()),
                std::nullopt,
                std::nullopt,
                std::nullopt};
            found.append({cache, {w, patch}});
        }
    }
    return found;
}

void addRedundancyFindings(const EvalState &state, const Evaluation &evaluation,
                           QList<PendingFinding> &findings)
{
    for (const RedundancyFinding &f : redundancyFindings(state, evaluation))
        findings.append(f.finding);
}

/// Components the catalog cannot price in full: a line with a quantity and no price. Each
/// names the value the catalog does not know (an instance class, a node type) when that is
/// why, else the prices it lacks. Found first, as they make the bill itself wrong.
void addUnpricedFindings(const EvalState &state, const Evaluation &evaluation,
                         QList<PendingFinding> &findings)
{
    std::optional<CatalogValues> values; // made at the first unpriced component: it is rare
    for (qsizetype i = 0; i < evaluation.components.size(); ++i) {
        const ComponentResult &result = evaluation.components.at(i);
        if (!result.unpriced)
            continue;
        if (!values)
            values.emplace(state.catalog, state.behaviours);
        const model::Component &component = state.design.components.at(i);
        const auto find = [&](const model::ComponentId &id) -> const model::Component * {
            const qsizetype at = state.componentIndex.value(id, -1);
            return at < 0 ? nullptr : &state.design.components.at(at);
        };
        const QList<CatalogKeyedValue> unknown =
            values->unknownValues(state.design, component, find);
        for (const CatalogKeyedValue &keyed : unknown) {
            Warning w;
            w.rule = QStringLiteral("unpriced-value");
            w.component = component.id;
            w.message =
                //: %2 says which value is unknown: 'instance class "db.x" is not in the aws catalog
                //: for postgres in us-east-1'
                QCoreApplication::translate("Engine",
                                            "%1 is not priced: its %2, so the total leaves it out")
                    .arg(component.displayName(), values->describeUnknown(component, keyed));
            const QString others = values->suggestions(component, keyed);
            w.fix = others.isEmpty()
                        ? QCoreApplication::translate(
                              "Engine", "Import an AWS price list that has it (archstudio "
                                        "catalog import)")
                        : QCoreApplication::translate(
                              "Engine", "Set %1 to one the catalog prices, such as %2, or "
                                        "import an AWS price list that has it (archstudio "
                                        "catalog import)")
                              .arg(keyed.property, others);
            findings.append({w, std::nullopt});
        }
        if (!unknown.isEmpty())
            continue;
        QStringList missing;
        for (const LineItem &item : result.lineItems) {
            if (item.unpriced && item.quantity != 0.0 && !missing.contains(item.catalogKey))
                missing << item.catalogKey;
        }
        Warning w;
        w.rule = QStringLiteral("unpriced");
        w.component = component.id;
        w.message =
            QCoreApplication::translate(
                "Engine", "%1 is not priced in full: the catalog has no %2, so the total leaves "
                          "it out")
                .arg(component.displayName(), missing.join(QStringLiteral(", ")));
        w.fix = QCoreApplication::translate(
            "Engine", "Import an AWS price list that has it (archstudio catalog import), "
                      "or choose settings the catalog prices");
        findings.append({w, std::nullopt});
    }
}

} // namespace

QString describePatch(const Patch &patch)
{
    QStringList parts;
    for (auto it = patch.properties.cbegin(); it != patch.properties.cend(); ++it)
        parts << QStringLiteral("%1 = %2").arg(it.key(), it.value().toString());
    if (patch.moveToZone)
        parts << QStringLiteral("zone = %1").arg(patch.moveToZone->value());
    return parts.join(QStringLiteral(", "));
}

double reviewComponent(const EvalState &state, qsizetype i, const ComponentResult &result,
                       ComponentFindings &findings)
{
    if (const KindBehaviour *behaviour = state.behaviourOf.at(i)) {
        const model::ComponentId &id = state.design.components.at(i).id;
        for (const Finding &f : behaviour->review(state.context(int(i)), state.load.at(i),
                                                  result.utilization, result.lineItems))
            findings.own.append(
                {Warning{f.rule, id, f.message, f.fix, std::nullopt, std::nullopt, std::nullopt},
                 f.patch});
    }
    addUtilizationFinding(state, i, result, findings.hot);
    return interAzTransferUsd(result);
}

QList<PendingFinding> reviewDesign(EvalState &state, const Evaluation &evaluation,
                                   const ComponentFindings &perComponent,
                                   std::span<const double> transferUsd)
{
    QList<PendingFinding> findings;
    addUnpricedFindings(state, evaluation, findings);
    findings += perComponent.own;
    addRedundancyFindings(state, evaluation, findings);
    findings += perComponent.hot;
    addUnservedReadFindings(state, findings);
    addTransferFinding(evaluation, transferUsd, findings);
    return findings;
}

model::Design applyPatch(const model::Design &design, const Patch &patch)
{
    model::Design patched = design;
    const qsizetype index = patched.indexOfComponent(patch.component);
    if (index < 0)
        return patched;
    model::Component &c = patched.components[index];
    for (auto it = patch.properties.cbegin(); it != patch.properties.cend(); ++it)
        c.properties.insert(it.key(), it.value());
    if (patch.moveToZone)
        c.placement.zone = patch.moveToZone;
    return patched;
}

} // namespace archstudio::engine::detail
