#pragma once

#include "evaluation.h"

#include "core/catalog/catalog.h"
#include "core/model/ids.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace archstudio::engine {

/// A figure looked up in the catalog, with where it came from.
struct Figure
{
    double value = 0.0;
    QString key;    ///< the catalog key actually used
    QString source; ///< its source id
    bool estimate = false;
    bool found = false;
};

/// Catalog look-ups for behaviours: regional prices with the reference-region fallback of
/// docs/CATALOG.md, figures marked as estimates where their source is tier E, and a note for
/// every figure the catalog lacks. Not thread-safe: one per evaluation.
class PriceBook
{
public:
    PriceBook(const catalog::Catalog &catalog, QStringList *notes);
    // One per evaluation: a copy would split its notes from the evaluation's.
    PriceBook(const PriceBook &) = delete;
    PriceBook &operator=(const PriceBook &) = delete;

    /// "price.<region>.<rest>", else the catalog's reference region's (AWS: us-east-1) times the
    /// region's factor (an estimate).
    Figure price(const model::RegionId &region, const QString &rest) const;
    /// Like price(), but silent when the catalog lacks the figure (found is false): for
    /// optional rates that have a documented fallback.
    Figure optionalPrice(const model::RegionId &region, const QString &rest) const;
    /// Any other figure ("sla.rds.multi-az"); missing ones are noted and read as fallback.
    Figure figure(const QString &key, double fallback = 0.0) const;
    double value(const QString &key, double fallback = 0.0) const;

    /// A line item pricing quantity units at the figure's rate.
    static LineItem line(const QString &description, double quantity, const QString &unit,
                         const Figure &rate);

    /// Adds a note for the user, once, to the evaluation this book serves.
    void note(const QString &text) const;
    double hoursPerMonth() const { return mHoursPerMonth; }
    double secondsPerMonth() const { return mSecondsPerMonth; }
    const catalog::Catalog &catalog() const { return mCatalog; }

private:
    Figure lookup(const QString &key) const;
    Figure regionalPrice(const model::RegionId &region, const QString &rest) const;

    const catalog::Catalog &mCatalog;
    QStringList *mNotes;
    mutable QSet<QString> mNoted;
    /// Every figure asked for, by key: each evaluation asks for the same few hundred keys
    /// thousands of times.
    mutable QHash<QString, Figure> mCache;
    /// price() results by rest, then region: a hit builds no key string.
    mutable QHash<QString, QHash<QString, Figure>> mRegionalCache;
    double mHoursPerMonth = 0.0;
    double mSecondsPerMonth = 0.0;
};

} // namespace archstudio::engine
