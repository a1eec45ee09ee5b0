#include "evaluation.h"

#include "prefetch.h"

namespace archstudio::engine {

namespace {
/// How many results ahead of the one being emptied the loop starts loading: far enough for
/// a miss to arrive in time, near enough that what it loads is still cached when used.
constexpr qsizetype kReleaseDistance = 8;
} // namespace

ComponentResults &ComponentResults::operator=(const ComponentResults &other)
{
    if (this != &other && !isSharedWith(other)) {
        release();
        QList<ComponentResult>::operator=(other);
    }
    return *this;
}

ComponentResults &ComponentResults::operator=(ComponentResults &&other) noexcept
{
    if (this != &other) {
        release();
        QList<ComponentResult>::operator=(std::move(other));
    }
    return *this;
}

void ComponentResults::release() noexcept
{
    // Another copy still holds them (or there are none): the last owner empties them.
    if (isEmpty() || !isDetached())
        return;
    ComponentResult *const results = data(); // no copy: this list is the only owner
    const qsizetype n = size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i + kReleaseDistance < n) {
            ComponentResult &ahead = results[i + kReleaseDistance];
            detail::prefetchText(ahead.id.value());
            // The line items, whose strings are released, and just before them the list's
            // header (its reference count) and the allocator's chunk header free() reads.
            if (!ahead.lineItems.isEmpty()) {
                const LineItem *const items = ahead.lineItems.constData();
                __builtin_prefetch(reinterpret_cast<const char *>(items) - 24, 1);
                for (qsizetype k = 0; k < ahead.lineItems.size(); ++k)
                    detail::prefetchWhole(items[k]);
            }
        }
        results[i].id = {};
        results[i].lineItems = {};
    }
}

} // namespace archstudio::engine
