#pragma once

#include "core/model/design.h"

#include <QtGlobal>

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
    /// How many distinct ids are filed.
    qsizetype size() const { return mDistinct; }

private:
    struct Slot
    {
        quint32 tag = 0;   ///< the hash's high bits: most mismatches never compare strings
        qint32 index = -1; ///< component index; -1 for an empty slot
    };
    static quint32 tagOf(size_t hash) { return quint32(hash >> 32) ^ quint32(hash); }

    const model::Design *mDesign = nullptr;
    std::shared_ptr<const std::vector<Slot>> mSlots;
    size_t mMask = 0;
    qsizetype mDistinct = 0;
};

} // namespace archstudio::engine
