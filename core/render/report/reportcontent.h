#pragma once

#include "core/io/exporter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/// What a report says, as plain tables and paragraphs, before any format: the PDF and HTML
/// reports and the Markdown summary all render this one model, so they never disagree.
namespace archstudio::render::report {

struct Table
{
    QStringList headers;
    /// One per column: true for numbers (right-aligned).
    QList<bool> numeric;
    QList<QStringList> rows;
    /// Rows drawn emphasised (totals).
    QList<int> emphasised;
    /// Said under the table, e.g. how many rows were left out.
    QString footnote;
    /// Starts a page in the PDF report (a long table, rather than two rows at a page's foot).
    bool startsPage = false;
};

struct Section
{
    QString title;
    QStringList paragraphs;                  ///< plain text, before the tables
    QList<std::pair<QString, Table>> tables; ///< (heading, table); an empty heading is none
    /// Charts this section shows, by id ("cost-by-kind"); reportcharts.h paints them.
    QStringList charts;
    /// Whether the section starts a new page in the PDF report.
    bool newPage = true;
};

/// A variant's totals, for the "availability-vs-cost" chart.
struct VariantPoint
{
    QString name;
    double monthlyCostUsd = 0.0;
    double availability = 1.0;
};

struct Content
{
    QString title;
    QString subtitle;       ///< the design's description
    QStringList keyFigures; ///< "Monthly cost|$1,234.56" pairs, for the title page
    QList<Section> sections;
    /// One per variant (empty without variants): evaluated once, for the table and the chart.
    QList<VariantPoint> variantPoints;
};

/// At most this many line items are listed; the CSV export lists every one.
inline constexpr int kMaxLineItemRows = 400;
/// At most this many rows in per-component tables of very large designs.
inline constexpr int kMaxComponentRows = 300;

Content reportContent(const io::ExportInput &input);

/// Failure scenarios: the loss of each Availability Zone and each region, with what it
/// takes down and the worst RTO/RPO of what recovers. Until the failure simulator lands this
/// is worked out from each component's rtoSeconds/rpoSeconds and the evaluation's
/// per-workload availability; swap its body for the simulator's results (same Section).
Section reportFailureSection(const io::ExportInput &input);

/// Availability against cost across the design's variants, each evaluated with its own
/// catalog overrides: one point per variant, nothing for a design without variants.
std::optional<QList<VariantPoint>> reportVariantPoints(const io::ExportInput &input);

} // namespace archstudio::render::report
