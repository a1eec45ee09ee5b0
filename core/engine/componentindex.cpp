#include "componentindex.h"

#include <QHashSeed>

#include <bit>
#include <cstring>

namespace archstudio::engine {

namespace {

/// Equal ids, compared inline: a found slot is nearly always the id itself.
bool sameId(QStringView x, QStringView y)
{
    return x.size() == y.size() &&
           (x.constData() == y.constData() ||
            std::memcmp(x.constData(), y.constData(), std::size_t(x.size()) * sizeof(QChar)) == 0);
}

} // namespace

size_t ComponentIndex::hashOf(const model::ComponentId &id)
{
    return hashOf(id.value());
}

void ComponentIndex::build(const model::Design &design, std::span<const size_t> hashes)
{
    Q_ASSERT(qsizetype(hashes.size()) == design.components.size());
    mDesign = &design;
    // At most half full: linear probes stay short.
    const size_t capacity = std::bit_ceil(std::max<size_t>(2 * hashes.size(), 16));
    auto table = std::make_shared<std::vector<Slot>>(capacity);
    mMask = capacity - 1;
    mDistinct = 0;
    for (size_t i = 0; i < hashes.size(); ++i) {
        const quint32 tag = tagOf(hashes[i]);
        const model::ComponentId &id = design.components.at(qsizetype(i)).id;
        for (size_t s = hashes[i] & mMask;; s = (s + 1) & mMask) {
            Slot &slot = (*table)[s];
            if (slot.index < 0) {
                slot = {tag, qint32(i)};
                ++mDistinct;
                break;
            }
            if (slot.tag == tag &&
                sameId(design.components.at(slot.index).id.value(), id.value())) {
                slot.index = qint32(i);
                break;
            }
        }
    }
    mSlots = std::move(table);
}

qsizetype ComponentIndex::value(const model::ComponentId &id, qsizetype fallback) const
{
    if (!mSlots)
        return fallback;
    return find(id.value(), hashOf(id), fallback);
}

qsizetype ComponentIndex::find(QStringView id, size_t hash, qsizetype fallback) const
{
    const quint32 tag = tagOf(hash);
    const std::vector<Slot> &table = *mSlots;
    for (size_t s = hash & mMask;; s = (s + 1) & mMask) {
        const Slot &slot = table[s];
        if (slot.index < 0)
            return fallback;
        if (slot.tag == tag && sameId(mDesign->components.at(slot.index).id.value(), id))
            return slot.index;
    }
}

} // namespace archstudio::engine
