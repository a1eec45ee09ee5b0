#include "pricebook.h"

#include <QCoreApplication>

namespace archstudio::engine {

PriceBook::PriceBook(const catalog::Catalog &catalog, QStringList *notes)
    : mCatalog(catalog), mNotes(notes)
{
    mHoursPerMonth = value(QStringLiteral("month.hours"));
    mSecondsPerMonth = value(QStringLiteral("month.seconds"));
}

void PriceBook::note(const QString &text) const
{
    if (mNotes && !mNoted.contains(text)) {
        mNoted.insert(text);
        mNotes->append(text);
    }
}

Figure PriceBook::lookup(const QString &key) const
{
    if (const auto cached = mCache.constFind(key); cached != mCache.cend())
        return *cached;
    Figure figure;
    figure.key = key;
    if (const catalog::Entry *entry = mCatalog.find(key)) {
        figure.value = entry->value;
        figure.source = entry->source;
        figure.found = true;
        const catalog::Source *source = mCatalog.source(entry->source);
        figure.estimate = source && source->tier == QLatin1String("E");
    }
    return *mCache.insert(key, figure);
}

Figure PriceBook::price(const model::RegionId &region, const QString &rest) const
{
    QHash<QString, Figure> &byRegion = mRegionalCache[rest];
    const auto cached = byRegion.constFind(region.value());
    if (cached != byRegion.cend())
        return *cached;
    const Figure figure = regionalPrice(region, rest);
    byRegion.insert(region.value(), figure);
    return figure;
}

Figure PriceBook::regionalPrice(const model::RegionId &region, const QString &rest) const
{
    const QString key = QStringLiteral("price.") + region.value() + QLatin1Char('.') + rest;
    Figure own = lookup(key);
    const QString &referenceRegion = mCatalog.regionConventions().reference;
    if (own.found || referenceRegion.isEmpty() || region.value() == referenceRegion) {
        if (!own.found)
            note(QCoreApplication::translate("Engine",
                                             "The catalog has no price %1; it is counted as 0.")
                     .arg(key));
        return own;
    }
    Figure reference = lookup(QStringLiteral("price.") + referenceRegion + QLatin1Char('.') + rest);
    if (!reference.found) {
        note(QCoreApplication::translate(
                 "Engine", "The catalog has no price %1 (nor for %2); it is counted as 0.")
                 .arg(key, referenceRegion));
        return own;
    }
    const Figure factor = lookup(QStringLiteral("price.region-factor.") + region.value());
    if (!factor.found)
        note(QCoreApplication::translate(
                 "Engine", "%1 has no prices of its own and no price factor; %2 prices are "
                           "used unchanged.")
                 .arg(region.value(), referenceRegion));
    reference.value *= factor.found ? factor.value : 1.0;
    reference.estimate = true;
    return reference;
}

Figure PriceBook::optionalPrice(const model::RegionId &region, const QString &rest) const
{
    const QString own = QStringLiteral("price.") + region.value() + QLatin1Char('.') + rest;
    const QString reference =
        QStringLiteral("price.") + mCatalog.regionConventions().reference + QLatin1Char('.') + rest;
    if (!lookup(own).found && !lookup(reference).found)
        return lookup(own);
    return price(region, rest);
}

Figure PriceBook::figure(const QString &key, double fallback) const
{
    Figure f = lookup(key);
    if (!f.found) {
        note(QCoreApplication::translate("Engine", "The catalog has no %1; %2 is assumed.")
                 .arg(key)
                 .arg(fallback));
        f.value = fallback;
    }
    return f;
}

double PriceBook::value(const QString &key, double fallback) const
{
    const Figure f = lookup(key);
    return f.found ? f.value : figure(key, fallback).value;
}

LineItem PriceBook::line(const QString &description, double quantity, const QString &unit,
                         const Figure &rate)
{
    LineItem item;
    item.description = description;
    item.quantity = quantity;
    item.unit = unit;
    item.unitPriceUsd = rate.value;
    item.monthlyUsd = quantity * rate.value;
    item.catalogKey = rate.key;
    item.source = rate.source;
    item.estimate = rate.estimate;
    item.unpriced = !rate.found;
    return item;
}

} // namespace archstudio::engine
