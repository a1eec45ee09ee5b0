#include "diffoutput.h"

#include "texttable.h"

#include "core/json/jsonwriter.h"
#include "core/render/designdiffformat.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <QCoreApplication>

#include <cmath>

namespace archstudio::cli {

using engine::ComponentChange;
using engine::Figure;
using engine::FigureRow;
namespace bj = boost::json;

namespace {

QString trafficText(model::Traffic traffic)
{
    switch (traffic) {
    case model::Traffic::Reads:
        return QCoreApplication::translate("Cli", "reads");
    case model::Traffic::Writes:
        return QCoreApplication::translate("Cli", "writes");
    case model::Traffic::ReadsWrites:
        return QCoreApplication::translate("Cli", "reads and writes");
    }
    return {};
}

QString linkText(const engine::LinkChange &change)
{
    //: a link of a design: FROM → TO (TRAFFIC)
    return QCoreApplication::translate("Cli", "%1 → %2 (%3)")
        .arg(change.link.from.value(), change.link.to.value(), trafficText(change.link.traffic));
}

QString countsLine(const QList<ComponentChange> &changes)
{
    int added = 0, removed = 0, changed = 0;
    for (const ComponentChange &c : changes) {
        added += c.type == ComponentChange::Type::Added;
        removed += c.type == ComponentChange::Type::Removed;
        changed += c.type == ComponentChange::Type::Changed;
    }
    return QCoreApplication::translate("Cli", "Components: %1 added, %2 removed, %3 changed")
        .arg(added)
        .arg(removed)
        .arg(changed);
}

QString marker(ComponentChange::Type type)
{
    switch (type) {
    case ComponentChange::Type::Added:
        return QStringLiteral("+");
    case ComponentChange::Type::Removed:
        return QStringLiteral("-");
    case ComponentChange::Type::Changed:
        return QStringLiteral("~");
    }
    return {};
}

/// The Markdown's word for a change, where the text output has a sign.
QString changeWord(ComponentChange::Type type)
{
    switch (type) {
    case ComponentChange::Type::Added:
        return QCoreApplication::translate("Cli", "added");
    case ComponentChange::Type::Removed:
        return QCoreApplication::translate("Cli", "removed");
    case ComponentChange::Type::Changed:
        return QCoreApplication::translate("Cli", "changed");
    }
    return {};
}

/// "RDS database "Orders": deployment: single-az → multi-az-instance".
QString changeLine(const ComponentChange &c, const model::KindRegistry &kinds)
{
    QString line = QStringLiteral("%1 \"%2\"").arg(kinds.displayName(c.kind), c.name);
    if (c.type == ComponentChange::Type::Changed)
        line += QStringLiteral(": ") + render::propertyChangesText(c);
    return line;
}

/// Rows of (row name, figure, before, after, change) for the figures that changed.
QList<QStringList> changedFigureRows(const QList<FigureRow> &rows)
{
    QList<QStringList> out;
    for (const FigureRow &row : rows) {
        for (Figure f : engine::kAllFigures) {
            if (row[f].changed())
                out.append(
                    {row.id.value(), render::figureLabel(f), render::figureText(f, row[f].before),
                     render::figureText(f, row[f].after), render::figureChangeText(f, row[f])});
        }
    }
    return out;
}

QList<QStringList> designFigureRows(const FigureRow &design)
{
    QList<QStringList> rows;
    for (Figure f : engine::kAllFigures)
        rows.append({render::figureLabel(f), render::figureText(f, design[f].before),
                     render::figureText(f, design[f].after),
                     render::figureChangeText(f, design[f])});
    return rows;
}

QString markdownRow(const QStringList &cells)
{
    QStringList escaped;
    for (QString cell : cells)
        escaped << cell.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString markdownTable(const QStringList &header, const QList<QStringList> &rows, int leftColumns)
{
    QString out = markdownRow(header);
    QStringList rule;
    for (int i = 0; i < header.size(); ++i)
        rule << (i < leftColumns ? QStringLiteral("---") : QStringLiteral("---:"));
    out += QStringLiteral("|") + rule.join(QStringLiteral("|")) + QStringLiteral("|\n");
    for (const QStringList &row : rows)
        out += markdownRow(row);
    return out;
}

/// Money, milliseconds and seconds to 1/10,000, as evaluate --json writes them, so both agree;
/// availability as it is.
bj::value optionalNumber(const std::optional<double> &value, Figure figure)
{
    if (!value || !std::isfinite(*value))
        return nullptr;
    const bool share =
        figure == Figure::AvailabilityModelled || figure == Figure::AvailabilitySlaFloor;
    return share ? *value : std::round(*value / 1e-4) * 1e-4;
}

bj::object figuresJson(const FigureRow &row)
{
    bj::object figures;
    for (Figure f : engine::kAllFigures) {
        bj::object delta;
        delta.emplace("before", optionalNumber(row[f].before, f));
        delta.emplace("after", optionalNumber(row[f].after, f));
        delta.emplace("difference", optionalNumber(row[f].difference(), f));
        figures.emplace(engine::figureKey(f).toStdString(), std::move(delta));
    }
    return figures;
}

bj::array rowsJson(const QList<FigureRow> &rows)
{
    bj::array out;
    for (const FigureRow &row : rows) {
        bj::object o;
        o.emplace("id", row.id.value().toStdString());
        o.emplace("name", row.name.toStdString());
        o.emplace("kind", row.kind.toStdString());
        o.emplace("figures", figuresJson(row));
        out.emplace_back(std::move(o));
    }
    return out;
}

bj::value variantJson(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return nullptr;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QVariantList: {
        bj::array a;
        for (const QVariant &item : value.toList())
            a.emplace_back(variantJson(item));
        return a;
    }
    case QMetaType::QVariantMap: {
        bj::object o;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.emplace(it.key().toStdString(), variantJson(it.value()));
        return o;
    }
    default:
        return bj::value(value.toString().toStdString());
    }
}

} // namespace

QString diffAsText(const DiffReport &report, const model::KindRegistry &kinds)
{
    const engine::DesignDiff &diff = report.diff;
    QString out = QStringLiteral("%1 → %2\n\n").arg(report.before, report.after);
    if (diff.identical()) {
        out +=
            QCoreApplication::translate("Cli", "No component or link changed.") + QLatin1Char('\n');
    } else {
        out += countsLine(diff.components) + QLatin1Char('\n');
        for (const ComponentChange &c : diff.components)
            out += QStringLiteral("  %1 %2  %3\n")
                       .arg(marker(c.type), c.id.value(), changeLine(c, kinds));
        if (!diff.links.isEmpty()) {
            out += QCoreApplication::translate("Cli", "Links:") + QLatin1Char('\n');
            for (const engine::LinkChange &l : diff.links)
                out += QStringLiteral("  %1 %2\n")
                           .arg(l.added ? QStringLiteral("+") : QStringLiteral("-"), linkText(l));
        }
    }
    const QStringList header{QCoreApplication::translate("Cli", "Before"),
                             QCoreApplication::translate("Cli", "After"),
                             QCoreApplication::translate("Cli", "Change")};
    out += QLatin1Char('\n') +
           table(QStringList{QCoreApplication::translate("Cli", "Design")} + header,
                 designFigureRows(diff.design), {false, true, true, true});
    const QList<QStringList> workloadRows = changedFigureRows(diff.workloads);
    if (!workloadRows.isEmpty())
        out += QLatin1Char('\n') + table(QStringList{QCoreApplication::translate("Cli", "Workload"),
                                                     QCoreApplication::translate("Cli", "Figure")} +
                                             header,
                                         workloadRows, {false, false, true, true, true});
    const QList<QStringList> componentRows = changedFigureRows(diff.componentFigures);
    if (!componentRows.isEmpty())
        out +=
            QLatin1Char('\n') + table(QStringList{QCoreApplication::translate("Cli", "Component"),
                                                  QCoreApplication::translate("Cli", "Figure")} +
                                          header,
                                      componentRows, {false, false, true, true, true});
    for (const QString &crossed : report.crossed)
        out += QLatin1Char('\n') +
               QCoreApplication::translate("Cli", "Threshold crossed: %1").arg(crossed);
    if (!report.crossed.isEmpty())
        out += QLatin1Char('\n');
    return out;
}

QString diffAsMarkdown(const DiffReport &report, const model::KindRegistry &kinds)
{
    const engine::DesignDiff &diff = report.diff;
    QString out = QStringLiteral("### ") +
                  QCoreApplication::translate("Cli", "ArchStudio design review") +
                  QStringLiteral("\n\n");
    out += QStringLiteral("`%1` → `%2`\n\n").arg(report.before, report.after);
    for (const QString &crossed : report.crossed)
        out += QStringLiteral("> **") + QCoreApplication::translate("Cli", "Threshold crossed:") +
               QStringLiteral("** ") + crossed + QStringLiteral("\n\n");
    const QStringList header{QCoreApplication::translate("Cli", "Before"),
                             QCoreApplication::translate("Cli", "After"),
                             QCoreApplication::translate("Cli", "Change")};
    out += markdownTable(QStringList{QCoreApplication::translate("Cli", "Design")} + header,
                         designFigureRows(diff.design), 1);
    out += QLatin1Char('\n');
    if (diff.identical()) {
        out += QCoreApplication::translate("Cli", "No component or link changed.") +
               QStringLiteral("\n");
    } else {
        out += QStringLiteral("**") + countsLine(diff.components) + QStringLiteral("**\n\n");
        for (const ComponentChange &c : diff.components)
            out += QStringLiteral("- **%1** `%2` %3\n")
                       .arg(changeWord(c.type), c.id.value(), changeLine(c, kinds));
        for (const engine::LinkChange &l : diff.links)
            out += QStringLiteral("- **%1** %2\n")
                       .arg(l.added ? QCoreApplication::translate("Cli", "link added")
                                    : QCoreApplication::translate("Cli", "link removed"),
                            linkText(l));
    }
    QList<QStringList> rows = changedFigureRows(diff.workloads);
    rows += changedFigureRows(diff.componentFigures);
    if (!rows.isEmpty()) {
        out +=
            QStringLiteral("\n<details><summary>") +
            QCoreApplication::translate("Cli", "Figures of workloads and components that changed") +
            QStringLiteral("</summary>\n\n");
        out +=
            markdownTable(QStringList{QCoreApplication::translate("Cli", "Workload or component"),
                                      QCoreApplication::translate("Cli", "Figure")} +
                              header,
                          rows, 2);
        out += QStringLiteral("\n</details>\n");
    }
    return out;
}

QByteArray diffAsJson(const DiffReport &report)
{
    const engine::DesignDiff &diff = report.diff;
    bj::object root;
    root.emplace("schemaVersion", 1);
    root.emplace("before", report.before.toStdString());
    root.emplace("after", report.after.toStdString());
    bj::array added, removed, changed;
    for (const ComponentChange &c : diff.components) {
        bj::object o;
        o.emplace("id", c.id.value().toStdString());
        o.emplace("kind", c.kind.toStdString());
        o.emplace("name", c.name.toStdString());
        if (c.type == ComponentChange::Type::Changed) {
            bj::array changes;
            for (const engine::PropertyChange &p : c.changes) {
                bj::object change;
                change.emplace("property", p.property.toStdString());
                change.emplace("before", variantJson(p.before));
                change.emplace("after", variantJson(p.after));
                changes.emplace_back(std::move(change));
            }
            o.emplace("changes", std::move(changes));
        }
        (c.type == ComponentChange::Type::Added     ? added
         : c.type == ComponentChange::Type::Removed ? removed
                                                    : changed)
            .emplace_back(std::move(o));
    }
    bj::object components;
    components.emplace("added", std::move(added));
    components.emplace("removed", std::move(removed));
    components.emplace("changed", std::move(changed));
    root.emplace("components", std::move(components));
    bj::object links;
    bj::array linksAdded, linksRemoved;
    for (const engine::LinkChange &l : diff.links) {
        bj::object o;
        o.emplace("from", l.link.from.value().toStdString());
        o.emplace("to", l.link.to.value().toStdString());
        o.emplace("traffic", model::trafficName(l.link.traffic).toStdString());
        (l.added ? linksAdded : linksRemoved).emplace_back(std::move(o));
    }
    links.emplace("added", std::move(linksAdded));
    links.emplace("removed", std::move(linksRemoved));
    root.emplace("links", std::move(links));
    bj::object figures;
    figures.emplace("design", figuresJson(diff.design));
    figures.emplace("workloads", rowsJson(diff.workloads));
    figures.emplace("components", rowsJson(diff.componentFigures));
    root.emplace("figures", std::move(figures));
    bj::array crossed;
    for (const QString &c : report.crossed)
        crossed.emplace_back(bj::string(c.toStdString()));
    root.emplace("thresholdsCrossed", std::move(crossed));
    return json::writePrettyJson(std::move(root));
}

} // namespace archstudio::cli
