#pragma once

#include <QList>

#include <new>
#include <utility>

namespace archstudio::engine::detail {

/// Storage for a QList of count elements that are constructed in place, each once, by
/// whichever thread makes it, before the list is taken. QList::resize() would first
/// construct every element on the calling thread and the stage then assign each one again:
/// a serial pass that writes megabytes at 100,000 components, while the other threads wait.
///
/// Every slot must be constructed before take(). If a stage fails half-way (its exception
/// is rethrown by the pool), the storage is freed without destroying what was made: a leak,
/// never a destructor run on raw memory.
template <typename T> class ListInPlace
{
public:
    explicit ListInPlace(qsizetype count)
        : mData(QTypedArrayData<T>::allocate(count)), mCount(count)
    {}
    ListInPlace(const ListInPlace &) = delete;
    ListInPlace &operator=(const ListInPlace &) = delete;

    /// Constructs slot i from args; returns it.
    template <typename... Args> T &make(qsizetype i, Args &&...args)
    {
        return *new (mData.data() + i) T(std::forward<Args>(args)...);
    }

    /// The list of every slot; the storage is empty afterwards.
    QList<T> take()
    {
        mData.size = mCount;
        return QList<T>(std::exchange(mData, {}));
    }

private:
    QArrayDataPointer<T> mData;
    qsizetype mCount = 0;
};

} // namespace archstudio::engine::detail
