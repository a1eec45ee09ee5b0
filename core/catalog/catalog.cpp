#include "catalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace archstudio::catalog {

void Catalog::setHeader(const QString &id, const QString &name, const QString &date,
                        const QString &currency)
{
    mId = id;
    mName = name;
    mDate = date;
    mCurrency = currency;
}

const Entry *Catalog::find(const QString &key) const
{
    const auto it = mEntries.constFind(key);
    return it == mEntries.cend() ? nullptr : &*it;
}

std::optional<double> Catalog::value(const QString &key) const
{
    const Entry *entry = find(key);
    return entry ? std::optional<double>(entry->value) : std::nullopt;
}

const Source *Catalog::source(const QString &id) const
{
    const auto it = mSources.constFind(id);
    return it == mSources.cend() ? nullptr : &*it;
}

const Range *Catalog::rangeForUnit(const QString &unit) const
{
    if (const auto it = mRanges.constFind(unit); it != mRanges.cend())
        return &*it;
    // The longest prefix wins: "USD/GB*" before "USD/*".
    const Range *best = nullptr;
    qsizetype bestLength = -1;
    for (auto it = mRanges.cbegin(); it != mRanges.cend(); ++it) {
        const QString &pattern = it.key();
        if (!pattern.endsWith(QLatin1Char('*')))
            continue;
        const QStringView prefix = QStringView(pattern).chopped(1);
        if (unit.startsWith(prefix) && prefix.size() > bestLength) {
            best = &*it;
            bestLength = prefix.size();
        }
    }
    return best;
}

QString Catalog::checkOverride(const QString &key, double value) const
{
    const Entry *entry = find(key);
    if (!entry)
        return {};
    if (!std::isfinite(value))
        return QCoreApplication::translate("Catalog", "expected a finite number");
    const Range *range = rangeForUnit(entry->unit);
    if (!range || (value >= range->min && value <= range->max))
        return {};
    return QCoreApplication::translate(
               "Catalog", "%1 is outside the plausible range of %2 to %3 %4 for this figure (the "
                          "catalog's value is %5)")
        .arg(QString::number(value, 'g', 6), QString::number(range->min, 'g', 6),
             QString::number(range->max, 'g', 6), entry->unit,
             QString::number(entry->value, 'g', 6));
}

QStringList Catalog::regions() const
{
    QStringList codes;
    const QString prefix = QStringLiteral("rtt.");
    for (auto it = mEntries.cbegin(); it != mEntries.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString from = it.key().mid(prefix.size()).section(QLatin1Char('.'), 0, 0);
        if (!codes.contains(from))
            codes.append(from);
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

QStringList Catalog::regionsInOfferOrder() const
{
    QStringList codes = mRegionConventions.offerFirst;
    for (const QString &code : regions()) {
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

Catalog Catalog::withOverrides(const QMap<QString, double> &overrides,
                               QStringList *unknownKeys) const
{
    if (overrides.isEmpty())
        return *this;
    Catalog result = *this;
    result.addSource(
        {kOverrideSourceId,
         QStringLiteral("design"),
         QCoreApplication::translate("Catalog", "Overridden in the design (catalogOverrides)"),
         {},
         {}});
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        auto entry = result.mEntries.find(it.key());
        if (entry == result.mEntries.end()) {
            if (unknownKeys)
                unknownKeys->append(it.key());
            continue;
        }
        entry->note =
            QCoreApplication::translate("Catalog", "catalog value %1 overridden by the design")
                .arg(entry->value);
        entry->value = it.value();
        entry->source = kOverrideSourceId;
    }
    return result;
}

void Catalog::merge(const Catalog &other)
{
    for (auto it = other.mSources.cbegin(); it != other.mSources.cend(); ++it)
        mSources.insert(it.key(), it.value());
    for (auto it = other.mEntries.cbegin(); it != other.mEntries.cend(); ++it)
        mEntries.insert(it.key(), it.value());
    for (auto it = other.mRanges.cbegin(); it != other.mRanges.cend(); ++it)
        mRanges.insert(it.key(), it.value());
}

} // namespace archstudio::catalog
