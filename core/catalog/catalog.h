#pragma once

#include "regionconventions.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace archstudio::catalog {

/// Where figures come from. Tiers follow reference/aws-reference.md: A AWS documentation,
/// B infracost test outputs, C third-party tables, E estimates with no source found.
struct Source
{
    QString id;
    QString tier;
    QString title;
    QString url;
    QString date; ///< ISO date the figure was read
    friend bool operator==(const Source &, const Source &) = default;
};

/// One figure: a price, an SLA, a failover time, a round-trip time, a service time...
struct Entry
{
    double value = 0.0;
    QString unit;
    QString source; ///< id of a Source of the same catalog
    QString note;
    friend bool operator==(const Entry &, const Entry &) = default;
};

/// The widest values a figure in one unit can plausibly take (docs/CATALOG.md, "Plausible
/// ranges"). A design's override outside them is refused: a typo or a hostile file, which
/// could otherwise make the engine price nonsense or simulate a billion failures a year.
struct Range
{
    double min = 0.0;
    double max = 0.0;
    QString source; ///< id of a Source of the same catalog
    QString note;   ///< why these bounds
    friend bool operator==(const Range &, const Range &) = default;
};

/// A versioned set of figures keyed by dotted names (docs/CATALOG.md lists the keys), e.g.
/// "price.us-east-1.rds.instance.postgres.single-az.db.r6g.large" or "sla.rds.multi-az".
/// A plain value: cheap to copy (implicitly shared), safe to hand to a worker thread.
class Catalog
{
public:
    QString id() const { return mId; }
    QString name() const { return mName; }
    QString date() const { return mDate; }
    QString currency() const { return mCurrency; }
    void setHeader(const QString &id, const QString &name, const QString &date,
                   const QString &currency);
    /// How the provider names its zones, which region prices the others, which regions the
    /// studio offers first (the "regions" header).
    const RegionConventions &regionConventions() const { return mRegionConventions; }
    void setRegionConventions(const RegionConventions &conventions)
    {
        mRegionConventions = conventions;
    }

    const Entry *find(const QString &key) const;
    std::optional<double> value(const QString &key) const;
    bool contains(const QString &key) const { return mEntries.contains(key); }
    void setEntry(const QString &key, const Entry &entry) { mEntries.insert(key, entry); }
    const QHash<QString, Entry> &entries() const { return mEntries; }

    const Source *source(const QString &id) const;
    void addSource(const Source &source) { mSources.insert(source.id, source); }
    const QHash<QString, Source> &sources() const { return mSources; }

    /// Plausible ranges keyed by unit ("1/year"), or by a unit prefix and "*" ("USD/*").
    void setRange(const QString &unit, const Range &range) { mRanges.insert(unit, range); }
    const QHash<QString, Range> &ranges() const { return mRanges; }
    /// The range for figures in unit: its own, else its prefix's ("USD/*"); null when none.
    const Range *rangeForUnit(const QString &unit) const;
    /// Why value cannot replace the figure key ("1e+300 is outside the plausible range ..."),
    /// or an empty string when it can, or when the catalog has no such figure or no range
    /// for its unit.
    QString checkOverride(const QString &key, double value) const;

    /// Region codes with a round-trip row ("rtt.<from>.<to>" entries), sorted.
    QStringList regions() const;
    /// The regions in the order the studio offers them: regionConventions().offerFirst, then
    /// the rest of regions().
    QStringList regionsInOfferOrder() const;

    /// This catalog with some figures replaced by a design's own ("catalogOverrides").
    /// Overridden entries cite the source "design-override". Keys the catalog does not
    /// have are returned in unknownKeys and not added.
    Catalog withOverrides(const QMap<QString, double> &overrides,
                          QStringList *unknownKeys = nullptr) const;

    /// Copies every entry and source of other over this one (an imported offer file
    /// replacing the bundled estimates).
    void merge(const Catalog &other);

    friend bool operator==(const Catalog &, const Catalog &) = default;

private:
    QString mId;
    QString mName;
    QString mDate;
    QString mCurrency = QStringLiteral("USD");
    RegionConventions mRegionConventions;
    QHash<QString, Entry> mEntries;
    QHash<QString, Source> mSources;
    QHash<QString, Range> mRanges;
};

inline const QString kOverrideSourceId = QStringLiteral("design-override");

} // namespace archstudio::catalog
