#include "core/model/texthash.h"

#include <QHash>
#include <QSet>
#include <QTest>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define ARCHSTUDIO_CAN_READ_VECTOR_STATE 1
#endif

using archstudio::model::hashBytes;
using archstudio::model::hashText;

namespace {

#ifdef ARCHSTUDIO_CAN_READ_VECTOR_STATE
/// Whether XGETBV with ECX = 1 reports which register states are in use (CPUID leaf 0Dh,
/// sub-leaf 1, EAX bit 2), on a processor with AVX.
bool canReadStateInUse()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__builtin_cpu_supports("avx") || !__get_cpuid_count(0x0d, 1, &eax, &ebx, &ecx, &edx))
        return false;
    return (eax & (1u << 2)) != 0;
}

/// Whether the upper halves of the YMM registers hold anything (XINUSE bit 2).
[[gnu::target("xsave")]] bool upperHalvesInUse()
{
    return (_xgetbv(1) & (1u << 2)) != 0;
}

[[gnu::target("avx")]] void clearUpperHalves()
{
    _mm256_zeroupper();
}
#endif

/// Long enough for Qt's widest (256-bit) hash loop.
const QString kLongText = QStringLiteral("aurora-cluster-orders-eu-west-1-writer-and-its-readers");

} // namespace

class TestTextHash : public QObject
{
    Q_OBJECT

private slots:
    void hashesLongTextAsQtDoes()
    {
        // From 16 bytes on, qHash's very values: QHash's seeding, and so its defence against
        // chosen keys, are unchanged.
        for (const size_t seed : {size_t(0), size_t(1), size_t(0x9e3779b97f4a7c15ull)}) {
            for (const QString &text :
                 {QString(), QStringLiteral("us-east-1a"), QStringLiteral("12345678"), kLongText}) {
                QCOMPARE(hashText(text, seed), qHash(text, seed));
                const QByteArray bytes = text.toUtf8().repeated(2);
                QCOMPARE(hashBytes(bytes, seed), qHash(bytes, seed));
            }
        }
        QCOMPARE(archstudio::model::TextHash{}(kLongText),
                 qHash(kLongText, QHashSeed::globalSeed()));
        QCOMPARE(archstudio::model::BytesHash{}(kLongText.toUtf8()),
                 qHash(kLongText.toUtf8(), QHashSeed::globalSeed()));
    }

    void hashesShortTextByContentAndLength()
    {
        // Short input is hashed padded with zeros: equal text hashes alike wherever it is
        // stored, and neither the padding nor the seed makes distinct short texts collide.
        const size_t seed = 42;
        QCOMPARE(hashText(QString::fromLatin1("db-1"), seed),
                 hashText(QStringView(u"db-1 and more").first(4), seed));
        QVERIFY(hashText(QStringView(u"ab"), seed) != hashText(QStringView(u"ab\0", 3), seed));
        QVERIFY(hashBytes(QByteArrayView("ab", 2), seed) !=
                hashBytes(QByteArrayView("ab\0", 3), seed));
        QVERIFY(hashText(QStringView(u"db-1"), seed) != hashText(QStringView(u"db-1"), seed + 1));
        QSet<size_t> texts;
        QSet<size_t> bytes;
        for (int i = 0; i < 2000; ++i) {
            const QString text = QString::number(i, 36); // 1 to 3 characters
            texts.insert(hashText(text, seed));
            bytes.insert(hashBytes(text.toLatin1(), seed));
        }
        QCOMPARE(texts.size(), 2000);
        QCOMPARE(bytes.size(), 2000);
    }

    void leavesTheUpperHalvesOfTheVectorRegistersClear()
    {
#ifdef ARCHSTUDIO_CAN_READ_VECTOR_STATE
        if (!canReadStateInUse())
            QSKIP("this processor does not say which register states are in use");
        clearUpperHalves();
        volatile size_t sink = qHash(kLongText, 1);
        const bool qtLeavesThemInUse = upperHalvesInUse();
        clearUpperHalves();
        sink = qHash(kLongText.toUtf8(), 1);
        const bool qtLeavesBytesInUse = upperHalvesInUse();
        if (!qtLeavesThemInUse && !qtLeavesBytesInUse)
            QSKIP("Qt's hash leaves the registers clear on this processor (no VAES)");

        clearUpperHalves();
        sink = hashText(kLongText, 1);
        QVERIFY2(!upperHalvesInUse(), "hashText left the upper halves in use");
        clearUpperHalves();
        sink = hashBytes(kLongText.toUtf8(), 1);
        QVERIFY2(!upperHalvesInUse(), "hashBytes left the upper halves in use");
        clearUpperHalves();
        sink = hashText(QStringView(u"db-1"), 1);
        QVERIFY2(!upperHalvesInUse(), "hashText left the upper halves in use (short text)");
        Q_UNUSED(sink);
#else
        QSKIP("only x86-64 has the AVX upper halves this is about");
#endif
    }
};

QTEST_APPLESS_MAIN(TestTextHash)
#include "tst_texthash.moc"
