#pragma once

#include "evaluation.h"

#include "core/catalog/catalog.h"
#include "core/model/ids.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <array>
#include <cstring>
#include <unordered_map>
#include <utility>

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

/// What a memoised line or figure depends on: a call site (each behaviour numbers its own),
/// the region index and up to three strings and a number. The strings are views, hashed and
/// compared, never copied or concatenated, so a hit builds no string and touches no reference
/// count; a key the memo keeps views copies of its strings that the book owns.
struct MemoKey
{
    int site = 0;
    int region = -1;
    QStringView a;
    QStringView b;
    QStringView c;
    int n = 0;
    friend bool operator==(const MemoKey &x, const MemoKey &y) noexcept
    {
        return x.site == y.site && x.region == y.region && x.n == y.n && sameText(x.a, y.a) &&
               sameText(x.b, y.b) && sameText(x.c, y.c);
    }

private:
    static bool sameText(QStringView x, QStringView y) noexcept
    {
        return x.size() == y.size() &&
               (x.data() == y.data() ||
                std::memcmp(x.data(), y.data(), std::size_t(x.size()) * sizeof(QChar)) == 0);
    }
};
size_t qHash(const MemoKey &key, size_t seed = 0) noexcept;

/// Catalog look-ups for behaviours: regional prices with the us-east-1 fallback of
/// docs/CATALOG.md, figures marked as estimates where their source is tier E, and a note for
/// every figure the catalog lacks. Not thread-safe: one per evaluation.
class PriceBook
{
public:
    PriceBook(const catalog::Catalog &catalog, QStringList *notes);
    // The caches hold addresses into each other: a copy would point into the original.
    PriceBook(const PriceBook &) = delete;
    PriceBook &operator=(const PriceBook &) = delete;

    /// "price.<region>.<rest>", else us-east-1's times the region's factor (an estimate).
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

    /// The line make() returns for key, made once per evaluation. make() runs at the first
    /// call, where the look-ups it does would have run without the memo, so notes keep
    /// their order. Lines that depend on the load are memoised without their quantity; see
    /// withQuantity().
    template <typename Make> LineItem memoLine(const MemoKey &key, Make make) const
    {
        return memo(mLines, key, make);
    }
    /// Like memoLine(), for a number (make() returns a double). Only the number is kept.
    template <typename Make> double memoValue(const MemoKey &key, Make make) const
    {
        return memo(mValues, key, make);
    }
    /// A line with another quantity, priced at its unit price.
    static LineItem withQuantity(LineItem item, double quantity)
    {
        item.quantity = quantity;
        item.monthlyUsd = quantity * item.unitPriceUsd;
        return item;
    }

    /// Adds a note for the user, once, to the evaluation this book serves.
    void note(const QString &text) const;
    double hoursPerMonth() const { return mHoursPerMonth; }
    double secondsPerMonth() const { return mSecondsPerMonth; }
    const catalog::Catalog &catalog() const { return mCatalog; }

private:
    const Figure &lookup(const QString &key) const;
    Figure regionalPrice(const model::RegionId &region, const QString &rest) const;

    const catalog::Catalog &mCatalog;
    QStringList *mNotes;
    mutable QSet<QString> mNoted;
    /// Node-based, so the addresses kept in mLiteralCache stay valid.
    mutable std::unordered_map<QString, Figure> mCache;
    /// lookup() results by the address of a literal key (QStringLiteral): most figures
    /// are asked for by constant names, thousands of times per evaluation.
    mutable QHash<const QChar *, const Figure *> mLiteralCache;
    /// A direct-mapped cache in front of mLiteralCache: a hit costs a few compares, no hash.
    struct LiteralSlot
    {
        const QChar *key = nullptr;
        qsizetype size = 0;
        const Figure *figure = nullptr;
    };
    static constexpr std::size_t kLiteralSlots = 256; // a power of two
    mutable std::array<LiteralSlot, kLiteralSlots> mLiteralSlots{};
    static std::size_t literalSlot(const QChar *key)
    {
        return (quintptr(key) >> 4 ^ quintptr(key) >> 12) & (kLiteralSlots - 1);
    }
    template <typename Value, typename Make>
    Value memo(QHash<MemoKey, Value> &cache, const MemoKey &key, Make make) const
    {
        if (const auto it = cache.constFind(key); it != cache.cend())
            return *it;
        Value value = make();
        cache.insert(kept(key), value);
        return value;
    }
    /// The key with views of copies of its strings, kept as long as the book.
    MemoKey kept(const MemoKey &key) const;
    /// The characters memo keys view: a QString's characters stay where they are when the
    /// list moves the QString itself.
    mutable QList<QString> mKeyText;

    mutable QHash<MemoKey, LineItem> mLines;
    mutable QHash<MemoKey, double> mValues;
    /// price() results by rest, then region: the hot path builds no key strings.
    mutable QHash<QString, QHash<QString, Figure>> mRegionalCache;
    double mHoursPerMonth = 0.0;
    double mSecondsPerMonth = 0.0;
};

} // namespace archstudio::engine
