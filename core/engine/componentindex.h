#pragma once

#include "core/model/design.h"
#include "prefetch.h"

#include <QHashSeed>
#include <QtGlobal>

#include <array>
#include <memory>
#include <span>
#include <vector>

namespace archstudio::engine {

/// Component index by id, for one evaluation: an open-addressed table of (hash, index)
/// pairs that compares a found candidate with the design's own id. Unlike a
/// QHash<ComponentId, qsizetype> it holds no copy of any id, so building it touches no
/// reference count and tearing it down is one free; the hashes are computed by the caller,
/// on as many threads as it likes (describeComponents() splits them). Copies share the table.
class ComponentIndex
{
public:
    /// The hash build() expects for an id: QHash's, with this process's random seed, so a
    /// design file cannot choose ids that all land in one slot.
    static size_t hashOf(const model::ComponentId &id);

    /// Files every component of design under hashes[i] == hashOf(its id). Like
    /// QHash::insert, a repeated id keeps the index of its last component.
    void build(const model::Design &design, std::span<const size_t> hashes);
    /// The index of the component with this id, else fallback.
    qsizetype value(const model::ComponentId &id, qsizetype fallback = -1) const;
    /// For k in [0, count), in order: found(k, value(idAt(k), fallback)), where idAt(k)
    /// returns the id's text (a QStringView). Each look-up reads three places scattered over
    /// the heap, one after the other: the id's characters, its slot, and the candidate's
    /// id. So while look-up k compares, the memory of the next few is loaded, each a step
    /// further along; one at a time, every step would wait for a miss.
    template <typename IdAt, typename Found>
    void forEachValue(qsizetype count, IdAt idAt, Found found, qsizetype fallback = -1) const;
    /// How many distinct ids are filed.
    qsizetype size() const { return mDistinct; }

private:
    struct Slot
    {
        quint32 tag = 0;   ///< the hash's high bits: most mismatches never compare strings
        qint32 index = -1; ///< component index; -1 for an empty slot
    };
    static quint32 tagOf(size_t hash) { return quint32(hash >> 32) ^ quint32(hash); }
    static size_t hashOf(QStringView id) { return model::hashText(id, QHashSeed::globalSeed()); }
    /// The probe of value(), from the id's hash.
    qsizetype find(QStringView id, size_t hash, qsizetype fallback) const;

    const model::Design *mDesign = nullptr;
    std::shared_ptr<const std::vector<Slot>> mSlots;
    size_t mMask = 0;
    qsizetype mDistinct = 0;
};

template <typename IdAt, typename Found>
void ComponentIndex::forEachValue(qsizetype count, IdAt idAt, Found found, qsizetype fallback) const
{
    if (!mSlots) {
        for (qsizetype k = 0; k < count; ++k)
            found(k, fallback);
        return;
    }
    // While look-up k compares (find()), look-up k + kStep * s is s steps behind: 4 loads
    // its characters, 3 hashes them and loads its slot, 2 loads the entry of the component
    // the slot names, 1 loads that component's id's characters.
    constexpr qsizetype kStep = 3;
    constexpr std::size_t kRing = 16; // > 3 * kStep: a hash is kept from step 3 to step 0
    std::array<size_t, kRing> hashes{};
    const std::vector<Slot> &table = *mSlots;
    const model::Component *const components = mDesign->components.constData();
    const auto firstSlot = [&](qsizetype k) -> const Slot & {
        return table[hashes[std::size_t(k) % kRing] & mMask];
    };
    const auto within = [count](qsizetype k) {
        return k >= 0 && k < count;
    };
    for (qsizetype k = -4 * kStep; k < count; ++k) {
        if (const qsizetype a = k + 4 * kStep; within(a))
            detail::prefetch(QStringView(idAt(a)).data());
        if (const qsizetype b = k + 3 * kStep; within(b)) {
            hashes[std::size_t(b) % kRing] = hashOf(idAt(b));
            detail::prefetch(&firstSlot(b));
        }
        if (const qsizetype c = k + 2 * kStep; within(c)) {
            if (const Slot &slot = firstSlot(c); slot.index >= 0)
                detail::prefetch(&components[slot.index]);
        }
        if (const qsizetype d = k + kStep; within(d)) {
            if (const Slot &slot = firstSlot(d); slot.index >= 0)
                detail::prefetch(components[slot.index].id.value().constData());
        }
        if (k >= 0)
            found(k, find(idAt(k), hashes[std::size_t(k) % kRing], fallback));
    }
}

} // namespace archstudio::engine
