#pragma once

#include <QByteArrayView>
#include <QHashSeed>
#include <QStringView>

#include <cstddef>

namespace archstudio::model {

/// A hash of text with QHash's own function, leaving the processor's vector registers as
/// clean as it found them, and fast for short text too.
///
/// Qt 6.4's hash of a string or byte array (its AES hash) runs 256-bit VAES instructions on
/// processors that have them, and returns without VZEROUPPER. Until something clears the
/// registers' upper halves, every switch between SSE and AVX code stalls: on the 2-core Xeon
/// (KVM) of docs/BENCHMARKS.md, each call of glibc's exp() took over 100 ns instead of 4 ns,
/// and one-thread evaluation of 10,000 components took 30.6 ms instead of 14.1 ms. Its path
/// for fewer than 16 bytes stalls the same way inside (~110 ns a hash), so such text is
/// hashed zero-padded to 16 bytes with its length in the seed; longer text hashes to
/// qHash(text, seed) itself. The engine hashes text and bytes through these functions (ids,
/// memo keys, cache keys) or the functors below, not qHash(), QHash<QString, T> or
/// QHash<QByteArray, T> where it is hot.
size_t hashText(QStringView text, size_t seed) noexcept;
/// hashText() for bytes: qHash(bytes, seed) from 16 bytes on, padded below.
size_t hashBytes(QByteArrayView bytes, size_t seed) noexcept;

/// hashText() with this process's random seed, for std::unordered_map keyed by text: where
/// a QHash<QString, T> would call qHash() itself.
struct TextHash
{
    size_t operator()(QStringView text) const noexcept
    {
        return hashText(text, QHashSeed::globalSeed());
    }
};

/// hashBytes() with this process's random seed, for std::unordered_map keyed by bytes.
struct BytesHash
{
    size_t operator()(QByteArrayView bytes) const noexcept
    {
        return hashBytes(bytes, QHashSeed::globalSeed());
    }
};

} // namespace archstudio::model
