#include "reportcontent.h"

#include "core/engine/engine.h"
#include "core/model/variants.h"

#include "core/render/figureformat.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace archstudio::render::report {

namespace {

QString kindName(const io::ExportInput &input, const QString &kind)
{
    return input.kinds->schemas().displayName(kind);
}

QString quantity(double q)
{
    QString text = QString::number(q, 'f', q == std::floor(q) ? 0 : (q < 10 ? 3 : 1));
    return text;
}

QString unitPrice(double usd)
{
    // Unit prices run from $0.00000025 (a request) to thousands (an instance-month).
    if (usd != 0.0 && std::abs(usd) < 0.01)
        return QStringLiteral("$") + QString::number(usd, 'g', 3);
    return fullUsd(usd);
}

Section summarySection(const io::ExportInput &input)
{
    const engine::Evaluation &e = input.evaluation;
    Section s;
    s.title = QCoreApplication::translate("Render", "Summary");
    if (!input.design.description.isEmpty())
        s.paragraphs << input.design.description;
    QStringList regions;
    for (const model::Region &r : input.design.regions)
        regions << r.code.value();
    const qsizetype components = input.design.components.size();
    s.paragraphs
        << (components == 1
                ? QCoreApplication::translate("Render", "One component in %1.")
                : QCoreApplication::translate("Render", "%1 components in %2.").arg(components))
               .arg(regions.join(QStringLiteral(", ")));
    Table t;
    t.headers = {QCoreApplication::translate("Render", "Figure"),
                 QCoreApplication::translate("Render", "Value")};
    t.numeric = {false, true};
    t.rows << QStringList{QCoreApplication::translate("Render", "Monthly cost"),
                          fullUsd(e.totals.monthlyCostUsd)};
    t.rows << QStringList{QCoreApplication::translate("Render", "Availability, SLA floor"),
                          QCoreApplication::translate("Render", "%1 (%2 down a month)")
                              .arg(availabilityPercent(e.totals.availability.slaFloor),
                                   downtimePerMonth(e.totals.availability.slaFloor))};
    t.rows << QStringList{QCoreApplication::translate("Render", "Availability, modelled"),
                          QCoreApplication::translate("Render", "%1 (%2 down a month)")
                              .arg(availabilityPercent(e.totals.availability.modelled),
                                   downtimePerMonth(e.totals.availability.modelled))};
    t.rows << QStringList{QCoreApplication::translate("Render", "Worst recovery time (RTO)"),
                          duration(e.totals.worstRtoSeconds)};
    t.rows << QStringList{QCoreApplication::translate("Render", "Worst data-loss window (RPO)"),
                          duration(e.totals.worstRpoSeconds)};
    t.rows << QStringList{QCoreApplication::translate("Render", "Design-review findings"),
                          QString::number(e.warnings.size())};
    s.tables.append({QString(), t});
    return s;
}

Section costSection(const io::ExportInput &input)
{
    const engine::Evaluation &e = input.evaluation;
    Section s;
    s.title = QCoreApplication::translate("Render", "Cost");
    s.newPage = false; // follows the summary
    s.paragraphs << QCoreApplication::translate(
                        "Render",
                        "Estimated monthly cost in US dollars, from the %1 catalog of %2, "
                        "at %3 times the designed load.")
                        .arg(e.catalogId, e.catalogDate, QString::number(e.loadFactor));
    s.charts << QStringLiteral("cost-by-kind") << QStringLiteral("cost-by-region");

    Table byComponent;
    byComponent.headers = {QCoreApplication::translate("Render", "Component"),
                           QCoreApplication::translate("Render", "Kind"),
                           QCoreApplication::translate("Render", "Region"),
                           QCoreApplication::translate("Render", "Utilisation"),
                           QCoreApplication::translate("Render", "Monthly")};
    byComponent.numeric = {false, false, false, true, true};
    QList<const engine::ComponentResult *> priced;
    for (const engine::ComponentResult &r : e.components) {
        if (r.evaluated)
            priced << &r;
    }
    std::stable_sort(priced.begin(), priced.end(),
                     [](auto *a, auto *b) { return a->monthlyCostUsd > b->monthlyCostUsd; });
    for (const engine::ComponentResult *r : priced) {
        if (byComponent.rows.size() >= kMaxComponentRows)
            break;
        const model::Component *c = input.component(r->id);
        byComponent.rows << QStringList{c ? c->displayName() : r->id.value(),
                                        kindName(input, r->kind),
                                        c ? c->placement.region.value() : QString(),
                                        percent(r->utilization), fullUsd(r->monthlyCostUsd)};
    }
    if (priced.size() > kMaxComponentRows)
        byComponent.footnote = QCoreApplication::translate(
                                   "Render", "The %1 most expensive of %2 components are listed.")
                                   .arg(kMaxComponentRows)
                                   .arg(priced.size());
    byComponent.rows << QStringList{QCoreApplication::translate("Render", "Total"), QString(),
                                    QString(), QString(), fullUsd(e.totals.monthlyCostUsd)};
    byComponent.emphasised << int(byComponent.rows.size() - 1);
    s.tables.append({QCoreApplication::translate("Render", "By component"), byComponent});

    Table lines;
    lines.headers = {QCoreApplication::translate("Render", "Component"),
                     QCoreApplication::translate("Render", "Line item"),
                     QCoreApplication::translate("Render", "Quantity"),
                     QCoreApplication::translate("Render", "Unit"),
                     QCoreApplication::translate("Render", "Unit price"),
                     QCoreApplication::translate("Render", "Monthly")};
    lines.numeric = {false, false, true, false, true, true};
    qsizetype total = 0;
    for (const engine::ComponentResult &r : e.components) {
        const model::Component *c = input.component(r.id);
        for (const engine::LineItem &item : r.lineItems) {
            ++total;
            if (lines.rows.size() >= kMaxLineItemRows)
                continue;
            lines.rows << QStringList{
                c ? c->displayName() : r.id.value(),
                item.estimate
                    ? QCoreApplication::translate("Render", "%1 (estimate)").arg(item.description)
                    : item.description,
                quantity(item.quantity),
                item.unit,
                unitPrice(item.unitPriceUsd),
                fullUsd(item.monthlyUsd)};
        }
    }
    lines.startsPage = true;
    if (total > kMaxLineItemRows)
        lines.footnote = QCoreApplication::translate(
                             "Render", "The first %1 of %2 line items are listed; the CSV export "
                                       "lists every one.")
                             .arg(kMaxLineItemRows)
                             .arg(total);
    lines.rows << QStringList{QCoreApplication::translate("Render", "Total"),
                              QString(),
                              QString(),
                              QString(),
                              QString(),
                              fullUsd(e.totals.monthlyCostUsd)};
    lines.emphasised << int(lines.rows.size() - 1);
    s.tables.append({QCoreApplication::translate("Render", "Line items"), lines});
    return s;
}

Section workloadSection(const io::ExportInput &input)
{
    Section s;
    s.title = QCoreApplication::translate("Render", "Workloads: latency and availability");
    s.paragraphs << QCoreApplication::translate(
        "Render", "Latency at average load, with p99 at peak load in brackets. Availability "
                  "is the SLA floor composed from published SLAs, and the modelled "
                  "expectation from failure and recovery rates.");
    Table t;
    t.headers = {QCoreApplication::translate("Render", "Workload"),
                 QCoreApplication::translate("Render", "Operation"),
                 QCoreApplication::translate("Render", "Per second"),
                 QCoreApplication::translate("Render", "p50"),
                 QCoreApplication::translate("Render", "p99 (peak)"),
                 QCoreApplication::translate("Render", "SLA floor"),
                 QCoreApplication::translate("Render", "Modelled"),
                 QCoreApplication::translate("Render", "Downtime a month")};
    t.numeric = {false, false, true, true, true, true, true, true};
    for (const engine::WorkloadResult &w : input.evaluation.workloads) {
        if (t.rows.size() >= kMaxComponentRows)
            break;
        const model::Component *c = input.component(w.id);
        const QString name = c ? c->displayName() : w.id.value();
        const auto add = [&](const QString &operation, const engine::OperationResult &op) {
            if (!op.served)
                return;
            t.rows << QStringList{name,
                                  operation,
                                  QString::number(op.perSecond, 'f', 0),
                                  latencyMs(op.average.p50Ms),
                                  latencyMs(op.average.p99Ms) + QStringLiteral(" (") +
                                      latencyMs(op.peak.p99Ms) + QLatin1Char(')'),
                                  availabilityPercent(op.availability.slaFloor),
                                  availabilityPercent(op.availability.modelled),
                                  downtimePerMonth(op.availability.modelled)};
        };
        //: the Operation column of the workload table
        add(QCoreApplication::translate("Render", "reads"), w.read);
        //: the Operation column of the workload table
        add(QCoreApplication::translate("Render", "writes"), w.write);
    }
    if (t.rows.isEmpty())
        s.paragraphs << QCoreApplication::translate(
            "Render", "The design has no workload, so no latency or availability is "
                      "computed.");
    else
        s.tables.append({QString(), t});
    return s;
}

Section findingsSection(const io::ExportInput &input)
{
    Section s;
    s.title = QCoreApplication::translate("Render", "Design review");
    s.newPage = false; // follows the failure scenarios
    if (input.evaluation.warnings.isEmpty()) {
        s.paragraphs << QCoreApplication::translate("Render",
                                                    "The design review found nothing to fix.");
        return s;
    }
    s.paragraphs << QCoreApplication::translate(
        "Render", "Each finding names a weak spot, its fix, and what the fix changes: the "
                  "monthly bill and the modelled availability of the workload it affects "
                  "most.");
    Table t;
    t.headers = {QCoreApplication::translate("Render", "Component"),
                 QCoreApplication::translate("Render", "Finding"),
                 QCoreApplication::translate("Render", "Fix"),
                 QCoreApplication::translate("Render", "Cost"),
                 QCoreApplication::translate("Render", "Availability")};
    t.numeric = {false, false, false, true, true};
    for (const engine::Warning &w : input.evaluation.warnings) {
        if (t.rows.size() >= kMaxComponentRows)
            break;
        const model::Component *c = input.component(w.component);
        t.rows << QStringList{c ? c->displayName() : w.component.value(), w.message, w.fix,
                              w.costDeltaUsd ? costDeltaPerMonth(*w.costDeltaUsd) : QString(),
                              w.availabilityDelta ? percentagePoints(*w.availabilityDelta)
                                                  : QString()};
    }
    if (input.evaluation.warnings.size() > kMaxComponentRows)
        t.footnote =
            QCoreApplication::translate("Render", "The first %1 of %2 findings are listed.")
                .arg(kMaxComponentRows)
                .arg(input.evaluation.warnings.size());
    s.tables.append({QString(), t});
    return s;
}

Section variantsSection(const QList<VariantPoint> &points)
{
    Section s;
    s.title = QCoreApplication::translate("Render", "Availability against cost");
    s.newPage = false; // follows the design review
    s.paragraphs << QCoreApplication::translate(
        "Render", "Each point is a variant of the design: its monthly cost and the modelled "
                  "availability of its worst workload.");
    s.charts << QStringLiteral("availability-vs-cost");
    Table t;
    t.headers = {QCoreApplication::translate("Render", "Variant"),
                 QCoreApplication::translate("Render", "Monthly cost"),
                 QCoreApplication::translate("Render", "Availability (modelled)")};
    t.numeric = {false, true, true};
    for (const VariantPoint &p : points)
        t.rows << QStringList{p.name, fullUsd(p.monthlyCostUsd),
                              QString::number(p.availability * 100.0, 'f', 4) + QLatin1Char('%')};
    s.tables.append({QString(), t});
    return s;
}

Section assumptionsSection(const io::ExportInput &input)
{
    const engine::Evaluation &e = input.evaluation;
    Section s;
    s.title = QCoreApplication::translate("Render", "Assumptions and sources");
    s.paragraphs << QCoreApplication::translate(
                        "Render", "Prices and figures come from the catalog \"%1\" (%2) dated %3, "
                                  "in %4. The load is %5 times the rates the workloads declare.")
                        .arg(input.catalog.name().isEmpty() ? e.catalogId : input.catalog.name(),
                             e.catalogId, e.catalogDate, input.catalog.currency(),
                             QString::number(e.loadFactor));
    s.paragraphs << QCoreApplication::translate(
        "Render", "A month is 730 hours. Latency and availability are models of the "
                  "design, not measurements; the SLA floor is what the providers' "
                  "published SLAs guarantee together.");
    for (const QString &note : e.notes)
        s.paragraphs << note;
    if (!input.design.catalogOverrides.isEmpty()) {
        Table overrides;
        overrides.headers = {QCoreApplication::translate("Render", "Catalog figure"),
                             QCoreApplication::translate("Render", "Design's value")};
        overrides.numeric = {false, true};
        for (auto it = input.design.catalogOverrides.cbegin();
             it != input.design.catalogOverrides.cend(); ++it)
            overrides.rows << QStringList{it.key(), QString::number(it.value())};
        s.tables.append(
            {QCoreApplication::translate("Render", "Figures the design overrides"), overrides});
    }
    // The sources the bill and the figures cite, not the whole catalog.
    QStringList cited;
    for (const engine::ComponentResult &r : e.components) {
        for (const engine::LineItem &item : r.lineItems) {
            if (!item.source.isEmpty() && !cited.contains(item.source))
                cited << item.source;
        }
    }
    std::sort(cited.begin(), cited.end());
    Table sources;
    sources.headers = {QCoreApplication::translate("Render", "Source"),
                       QCoreApplication::translate("Render", "Tier"),
                       QCoreApplication::translate("Render", "Title"),
                       //: table column: the date the source was read
                       QCoreApplication::translate("Render", "Read on")};
    sources.numeric = {false, false, false, false};
    for (const QString &id : cited) {
        const catalog::Source *source = input.catalog.source(id);
        if (!source) {
            sources.rows << QStringList{id, QString(), QString(), QString()};
            continue;
        }
        const QString title = source->url.isEmpty()
                                  ? source->title
                                  : source->title + QStringLiteral(" — ") + source->url;
        sources.rows << QStringList{source->id, source->tier, title, source->date};
    }
    if (!sources.rows.isEmpty())
        s.tables.append({QCoreApplication::translate("Render", "Sources of the prices"), sources});
    return s;
}

} // namespace

std::optional<QList<VariantPoint>> reportVariantPoints(const io::ExportInput &input)
{
    if (input.design.otherVariants.isEmpty())
        return std::nullopt;
    // Each variant evaluated on its own, with its own catalog overrides over the same base.
    const catalog::Catalog &base = input.baseCatalog ? *input.baseCatalog : input.catalog;
    QList<VariantPoint> points;
    engine::Scenario scenario;
    scenario.loadFactor = input.evaluation.loadFactor;
    scenario.review = false;
    for (const QString &name : model::variantNames(input.design)) {
        const model::Design variant = *model::variantAsDesign(input.design, name);
        const engine::Evaluation e = engine::evaluate(
            {variant, 0}, engine::catalogFor(variant, base), scenario, input.kinds->behaviours());
        points.append({name, e.totals.monthlyCostUsd, e.totals.availability.modelled});
    }
    return points;
}

Content reportContent(const io::ExportInput &input)
{
    const engine::Evaluation &e = input.evaluation;
    Content content;
    content.title = input.design.name.isEmpty()
                        ? QCoreApplication::translate("Render", "Untitled design")
                        : input.design.name;
    content.subtitle = input.design.description;
    content.keyFigures << QCoreApplication::translate("Render", "Monthly cost")
                       << fullUsd(e.totals.monthlyCostUsd)
                       << QCoreApplication::translate("Render", "Availability (modelled)")
                       << availabilityPercent(e.totals.availability.modelled)
                       << QCoreApplication::translate("Render", "Availability (SLA floor)")
                       << availabilityPercent(e.totals.availability.slaFloor)
                       << QCoreApplication::translate("Render", "Worst RTO / RPO")
                       << duration(e.totals.worstRtoSeconds) + QStringLiteral(" / ") +
                              duration(e.totals.worstRpoSeconds);
    content.sections << summarySection(input) << costSection(input) << workloadSection(input)
                     << reportFailureSection(input) << findingsSection(input);
    if (const auto points = reportVariantPoints(input)) {
        content.variantPoints = *points;
        content.sections << variantsSection(*points);
    }
    content.sections << assumptionsSection(input);
    return content;
}

} // namespace archstudio::render::report
