#include "propertymap.h"

namespace archstudio::model {

QStringList PropertyMap::keys() const
{
    QStringList keys;
    keys.reserve(mEntries.size());
    for (const Entry &e : mEntries)
        keys.append(e.first);
    return keys;
}

PropertyMap::iterator PropertyMap::insert(const QString &key, const PropertyValue &value)
{
    const qsizetype i = lowerBound(key);
    if (i < mEntries.size() && mEntries.at(i).first == key)
        mEntries[i].second = value;
    else
        mEntries.insert(i, Entry(key, value));
    return iterator(mEntries.data() + i);
}

void PropertyMap::insertMany(QList<Entry> entries)
{
    if (entries.isEmpty())
        return;
    // The current entries first, and a stable sort: equal keys stay in the order they were
    // inserted, so the last of each run of equal keys is the value to keep.
    QList<Entry> all;
    all.reserve(mEntries.size() + entries.size());
    all.append(mEntries);
    all.append(std::move(entries));
    std::stable_sort(all.begin(), all.end(),
                     [](const Entry &a, const Entry &b) { return a.first < b.first; });
    QList<Entry> kept;
    kept.reserve(all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i + 1 < all.size() && all.at(i + 1).first == all.at(i).first)
            continue;
        kept.append(std::move(all[i]));
    }
    mEntries = std::move(kept);
}

PropertyValue &PropertyMap::operator[](const QString &key)
{
    const qsizetype i = lowerBound(key);
    if (i >= mEntries.size() || mEntries.at(i).first != key)
        mEntries.insert(i, Entry(key, PropertyValue()));
    return mEntries[i].second;
}

qsizetype PropertyMap::remove(const QString &key)
{
    const qsizetype i = lowerBound(key);
    if (i >= mEntries.size() || mEntries.at(i).first != key)
        return 0;
    mEntries.remove(i);
    return 1;
}

PropertyMap::iterator PropertyMap::erase(iterator it)
{
    const qsizetype i = qsizetype(it.entry() - mEntries.data());
    mEntries.remove(i);
    return iterator(mEntries.data() + i);
}

} // namespace archstudio::model
