#include "texthash.h"

#include <QHashFunctions>

#include <algorithm>
#include <type_traits>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define ARCHSTUDIO_CLEARS_UPPER_VECTOR_STATE 1
#endif

namespace archstudio::model {

namespace {

#ifdef ARCHSTUDIO_CLEARS_UPPER_VECTOR_STATE
/// VZEROUPPER is an AVX instruction: only compiled for (and only run on) processors with it.
[[gnu::target("avx")]] void clearUpperVectorState() noexcept
{
    _mm256_zeroupper();
}

bool processorHasAvx() noexcept
{
    // libgcc's check includes the operating system's support (XCR0), which AVX also needs.
    static const bool hasAvx = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx") != 0;
    }();
    return hasAvx;
}
#endif

/// Qt 6.4 hashes fewer bytes than this on a path that mixes legacy SSE and VEX instructions:
/// on the Xeon of texthash.h it takes ~110 ns, against ~3.5 ns for 16 to 64 bytes. Shorter input
/// (ids like "db-1", engine names, zone letters) is hashed zero-padded to this length.
constexpr qsizetype kShortBytes = 16;

/// The seed for a padded input: its true length mixed in, so that "ab" and "ab\0" differ.
size_t withLength(size_t seed, qsizetype length) noexcept
{
    return seed ^ (size_t(length) * 0x9e3779b97f4a7c15ull);
}

/// A hash from Qt, then the registers cleared.
size_t cleanHash(size_t hash) noexcept
{
#ifdef ARCHSTUDIO_CLEARS_UPPER_VECTOR_STATE
    if (processorHasAvx())
        clearUpperVectorState();
#endif
    return hash;
}

/// qHash(input, seed) from kShortBytes on; below, qHash of the input zero-padded to
/// kShortBytes with its length in the seed. Then the registers cleared.
template <typename View> size_t hashPadded(View input, size_t seed) noexcept
{
    using Unit = std::remove_cv_t<std::remove_pointer_t<decltype(input.data())>>;
    constexpr qsizetype kUnits = kShortBytes / qsizetype(sizeof(Unit));
    if (input.isEmpty() || input.size() >= kUnits)
        return cleanHash(qHash(input, seed));
    Unit padded[kUnits] = {};
    std::copy_n(input.data(), input.size(), padded);
    return cleanHash(qHash(View(padded, kUnits), withLength(seed, input.size())));
}

} // namespace

size_t hashText(QStringView text, size_t seed) noexcept
{
    return hashPadded(text, seed);
}

size_t hashBytes(QByteArrayView bytes, size_t seed) noexcept
{
    return hashPadded(bytes, seed);
}

} // namespace archstudio::model
