#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <type_traits>
#include <utility>

namespace archstudio::model {

/// A property value as written in design.json: null, bool, qint64, double, QString,
/// QVariantList or QVariantMap. Integers stay integers so a re-save is byte-stable.
using PropertyValue = QVariant;

/// A component's properties by name, in name order (as QMap<QString, PropertyValue> keeps
/// them, so files are written in the same order), stored as one sorted array.
///
/// Why not QMap: a component has a handful of properties, and the engine reads every
/// component's on each evaluation. A map's entries are tree nodes spread over the heap, each
/// a cache miss to reach; here they sit side by side, and a look-up is a binary search over
/// a few neighbours. Copies are implicitly shared, as QMap's are, so a design snapshot stays
/// cheap. Iterators are invalidated by any change, as a QList's are.
class PropertyMap
{
public:
    using Entry = std::pair<QString, PropertyValue>;

    /// Iterates in name order; key() and value() (or *it) as QMap's iterators.
    template <typename E> class Iterator
    {
    public:
        using iterator_category = std::bidirectional_iterator_tag;
        using difference_type = qsizetype;
        using value_type = PropertyValue;
        using pointer =
            std::conditional_t<std::is_const_v<E>, const PropertyValue *, PropertyValue *>;
        using reference =
            std::conditional_t<std::is_const_v<E>, const PropertyValue &, PropertyValue &>;

        Iterator() = default;
        explicit Iterator(E *entry) : mEntry(entry) {}
        /// A mutable iterator converts to a const one, as QMap's do.
        template <typename Other,
                  typename = std::enable_if_t<std::is_const_v<E> && !std::is_const_v<Other>>>
        Iterator(Iterator<Other> other) : mEntry(other.entry())
        {}

        const QString &key() const { return mEntry->first; }
        reference value() const { return mEntry->second; }
        reference operator*() const { return mEntry->second; }
        pointer operator->() const { return &mEntry->second; }
        Iterator &operator++()
        {
            ++mEntry;
            return *this;
        }
        Iterator operator++(int)
        {
            Iterator before = *this;
            ++mEntry;
            return before;
        }
        Iterator &operator--()
        {
            --mEntry;
            return *this;
        }
        friend bool operator==(Iterator a, Iterator b) { return a.mEntry == b.mEntry; }
        friend bool operator!=(Iterator a, Iterator b) { return a.mEntry != b.mEntry; }
        E *entry() const { return mEntry; }

    private:
        E *mEntry = nullptr;
    };
    using iterator = Iterator<Entry>;
    using const_iterator = Iterator<const Entry>;

    PropertyMap() = default;
    /// Entries in any order; a repeated key keeps its last value (as QMap's does).
    PropertyMap(std::initializer_list<Entry> entries) { insertMany(QList<Entry>(entries)); }

    bool isEmpty() const { return mEntries.isEmpty(); }
    qsizetype size() const { return mEntries.size(); }
    qsizetype count() const { return mEntries.size(); }

    const_iterator cbegin() const { return const_iterator(mEntries.constData()); }
    const_iterator cend() const { return const_iterator(mEntries.constData() + mEntries.size()); }
    const_iterator begin() const { return cbegin(); }
    const_iterator end() const { return cend(); }
    const_iterator constBegin() const { return cbegin(); }
    const_iterator constEnd() const { return cend(); }
    iterator begin() { return iterator(mEntries.data()); }
    iterator end() { return iterator(mEntries.data() + mEntries.size()); }

    const_iterator constFind(const QString &key) const
    {
        const qsizetype i = lowerBound(key);
        return i < mEntries.size() && mEntries.at(i).first == key
                   ? const_iterator(mEntries.constData() + i)
                   : cend();
    }
    const_iterator find(const QString &key) const { return constFind(key); }
    iterator find(const QString &key)
    {
        const qsizetype i = lowerBound(key);
        return i < mEntries.size() && mEntries.at(i).first == key ? iterator(mEntries.data() + i)
                                                                  : end();
    }
    bool contains(const QString &key) const { return constFind(key) != cend(); }
    PropertyValue value(const QString &key, const PropertyValue &fallback = {}) const
    {
        const const_iterator it = constFind(key);
        return it == cend() ? fallback : *it;
    }
    QStringList keys() const;

    /// Sets key to value, adding it in name order when new.
    iterator insert(const QString &key, const PropertyValue &value);
    /// insert() for each entry in turn (a repeated key keeps its last value), sorted once
    /// rather than moving the entries after each: a file's thousands of keys, in any order,
    /// load in n log n.
    void insertMany(QList<Entry> entries);
    /// The value of key, added as a null QVariant when absent.
    PropertyValue &operator[](const QString &key);
    /// Removes key; returns how many entries went (0 or 1).
    qsizetype remove(const QString &key);
    /// Removes the entry at it (an iterator of this map); returns the one after it.
    iterator erase(iterator it);

    friend bool operator==(const PropertyMap &a, const PropertyMap &b)
    {
        return a.mEntries == b.mEntries;
    }
    friend bool operator!=(const PropertyMap &a, const PropertyMap &b) { return !(a == b); }

private:
    /// The index of the first entry whose key is not less than key.
    qsizetype lowerBound(QStringView key) const
    {
        const auto it = std::lower_bound(mEntries.cbegin(), mEntries.cend(), key,
                                         [](const Entry &e, QStringView k) { return e.first < k; });
        return qsizetype(it - mEntries.cbegin());
    }

    QList<Entry> mEntries; ///< sorted by key, each key once
};

} // namespace archstudio::model
