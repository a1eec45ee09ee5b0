#pragma once

#include "core/model/propertymap.h"

#include <QString>

#include <cstddef>

namespace archstudio::engine::detail {

// Software prefetches for the stages' loops, which read memory that earlier stages (or the
// design's loading) left scattered over the heap: each miss would stall the loop, while a
// load started a few iterations ahead arrives in time.
//
// Forced inline: GCC 12 deems a call to a function that only prefetches free of effects and
// deletes it, so a helper that is not inlined emits no prefetch at all.

/// Starts loading the cache line at address.
[[gnu::always_inline]] inline void prefetch(const void *address)
{
    __builtin_prefetch(address);
}

/// Starts loading every cache line of an object.
template <typename T> [[gnu::always_inline]] inline void prefetchWhole(const T &object)
{
    constexpr std::size_t kLine = 64;
    const auto *bytes = reinterpret_cast<const char *>(&object);
    for (std::size_t offset = 0; offset < sizeof(T); offset += kLine)
        __builtin_prefetch(bytes + offset);
    __builtin_prefetch(bytes + sizeof(T) - 1); // the last line, when the object straddles it
}

/// Starts loading the line that holds a string's reference count (a copy increments it)
/// and its first characters (a hash or a comparison reads them). Nothing for a literal or a
/// null string, which have no such header.
[[gnu::always_inline]] inline void prefetchText(const QString &text)
{
    // d_ptr() has no const overload; nothing is written through it.
    if (const QArrayData *header = const_cast<QString &>(text).data_ptr().d_ptr())
        __builtin_prefetch(header, 1);
}

/// Starts loading every line of a component's properties (their entries lie side by side;
/// their keys and values are read as the behaviour compiles the component).
[[gnu::always_inline]] inline void prefetchProperties(const model::PropertyMap &properties)
{
    if (properties.isEmpty())
        return;
    constexpr std::ptrdiff_t kLine = 64;
    const auto *first = reinterpret_cast<const char *>(properties.cbegin().entry());
    const auto *last = reinterpret_cast<const char *>(properties.cend().entry()) - 1;
    for (const char *line = first; line < last; line += kLine)
        __builtin_prefetch(line);
    __builtin_prefetch(last);
}

} // namespace archstudio::engine::detail
