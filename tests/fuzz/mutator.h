#pragma once

// Seeded mutations of reader inputs for the fuzzing driver (fuzz_readers.cpp). Every mutant
// is a pure function of (seed, target, index), so any one can be made again on its own.

#include <QByteArray>
#include <QList>
#include <QString>

namespace archstudio::fuzz {

/// splitmix64 (Steele, Lea and Flood): tiny, and the same stream on every platform, unlike
/// the standard library's distributions.
class Rng
{
public:
    explicit Rng(quint64 seed) : mState(seed) {}
    Rng(quint64 seed, quint64 stream, quint64 index);

    quint64 next();
    /// Uniform in [0, n); 0 when n is 0.
    quint64 below(quint64 n) { return n == 0 ? 0 : next() % n; }
    qsizetype below(qsizetype n) { return n <= 0 ? 0 : qsizetype(next() % quint64(n)); }
    bool percent(int chance) { return below(quint64(100)) < quint64(chance); }

private:
    quint64 mState;
};

/// The mutants never grow past this, so every input stays quick to read.
inline constexpr qsizetype kMaxMutantBytes = 1 << 20;

/// One to four byte-level mutations: bit flips, truncation, byte and token insertion,
/// deletion, chunk duplication, numbers replaced by extreme ones, and splices from others.
/// The name of each mutation applied is appended to log.
QByteArray mutateBytes(QByteArray input, Rng &rng, const QList<QByteArray> &others,
                       QStringList *log);

/// Changes one field of a zip record (a local header, a central directory header or the
/// end record): flags, method, sizes, CRC, name length, offsets, entry counts.
QByteArray tamperZip(QByteArray zip, Rng &rng, QStringList *log);

} // namespace archstudio::fuzz
