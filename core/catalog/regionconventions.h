#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace archstudio::catalog {

/// How a provider names the Availability Zones of a region: a pattern such as
/// "{region}{letter}" (AWS: us-east-1a, us-east-1b, ...) or "{region}-{number}" (eastus-1).
/// The studio names new zones with it, and a design's zones are checked against it, so no
/// part of the program assumes one provider's zone letters.
class ZoneNaming
{
public:
    /// The pattern of catalogs that do not state one: AWS's, as catalogs written before the
    /// "regions" header were all AWS catalogs.
    static inline const QString kDefaultPattern = QStringLiteral("{region}{letter}");

    ZoneNaming() : ZoneNaming(kDefaultPattern) {}
    /// A pattern holds "{region}" once and one of "{letter}" (a to z) or "{number}" (1 to 99)
    /// once. Returns why another pattern is not one, or nothing.
    static std::optional<QString> problemWith(const QString &pattern);
    /// Null for a pattern problemWith() refuses.
    static std::optional<ZoneNaming> fromPattern(const QString &pattern);

    QString pattern() const { return mPattern; }
    /// How many zone codes a region can have: 26 letters or 99 numbers.
    int capacity() const;
    /// The code of a region's zone number ordinal (0 is the first: "us-east-1a"), or an
    /// empty string past capacity().
    QString code(const QString &region, int ordinal) const;
    /// True when zone is one of the codes of region.
    bool belongsTo(const QString &zone, const QString &region) const;

    friend bool operator==(const ZoneNaming &, const ZoneNaming &) = default;

private:
    explicit ZoneNaming(const QString &pattern) : mPattern(pattern) {}
    QString mPattern;
};

/// What a catalog says about its provider's regions (the "regions" header of
/// docs/CATALOG.md). Conventions, not figures: the figures (round trips, price factors, how
/// many zones a region has) are entries with sources.
struct RegionConventions
{
    /// The region whose prices a region without its own is priced from, times the region's
    /// "price.region-factor.<region>" (AWS: us-east-1). Empty: no such fallback.
    QString reference;
    ZoneNaming zones;
    /// The regions a region dropped on the canvas is taken from first, in order; then the
    /// catalog's other regions, sorted.
    QStringList offerFirst;

    bool isDefault() const { return *this == RegionConventions{}; }
    friend bool operator==(const RegionConventions &, const RegionConventions &) = default;
};

} // namespace archstudio::catalog
