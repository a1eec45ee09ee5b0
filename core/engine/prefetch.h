#pragma once

#include <QString>

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

/// Starts loading the line that holds a string's reference count (a copy increments it)
/// and its first characters (a hash or a comparison reads them). Nothing for a literal or a
/// null string, which have no such header.
[[gnu::always_inline]] inline void prefetchText(const QString &text)
{
    // d_ptr() has no const overload; nothing is written through it.
    if (const QArrayData *header = const_cast<QString &>(text).data_ptr().d_ptr())
        __builtin_prefetch(header, 1);
}

} // namespace archstudio::engine::detail
