#include "texthash.h"

#include <QHashFunctions>

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

/// A hash from Qt, then the registers cleared.
size_t cleanHash(size_t hash) noexcept
{
#ifdef ARCHSTUDIO_CLEARS_UPPER_VECTOR_STATE
    if (processorHasAvx())
        clearUpperVectorState();
#endif
    return hash;
}

} // namespace

size_t hashText(QStringView text, size_t seed) noexcept
{
    return cleanHash(qHash(text, seed));
}

size_t hashBytes(QByteArrayView bytes, size_t seed) noexcept
{
    return cleanHash(qHash(bytes, seed));
}

} // namespace archstudio::model
