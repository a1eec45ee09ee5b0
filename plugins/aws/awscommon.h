#pragma once

#include "core/engine/kindbehaviour.h"
#include "core/engine/pricebook.h"

#include <array>
#include <cstring>
#include <initializer_list>

namespace archstudio::aws {

using engine::ComponentLoad;
using engine::ComponentModel;
using engine::Figure;
using engine::Finding;
using engine::KindContext;
using engine::KindData;
using engine::LineItem;
using engine::MemoKey;
using engine::Patch;
using engine::PriceBook;

/// A property of the component, or its schema default (awskinds.cpp) when unset.
QVariant prop(const KindContext &context, const QString &name);
QString propString(const KindContext &context, const QString &name);
double propNumber(const KindContext &context, const QString &name);

/// A property of another component of the design, with its kind's schema default.
QVariant propOf(const model::Component &component, const QString &name);

/// The properties one behaviour reads of its kind, numbered in the order given (the slots
/// of Properties), with the kind's schema defaults. Built once per process; a component's
/// map is then read in one pass instead of one map look-up (and string compares) per name.
class PropertyTable
{
public:
    PropertyTable(const QString &kind, std::initializer_list<const char16_t *> names);
    const QString &kind() const { return mKind; }
    int size() const { return mSize; }
    const QString &name(int slot) const { return mNames.at(slot); }
    /// The slot of a property name, or -1 when the behaviour does not read it.
    int slotOf(QStringView key) const
    {
        for (size_t b = bucketOf(key);; b = (b + 1) % kBuckets) {
            const int slot = mIndex[b] - 1;
            if (slot < 0)
                return -1;
            const QString &name = mNames[slot];
            // Equal lengths first, then the UTF-16 code units: no general string compare.
            if (name.size() == key.size() &&
                std::memcmp(name.constData(), key.data(), size_t(key.size()) * sizeof(QChar)) == 0)
                return slot;
        }
    }
    /// The kind's schema default of a slot (null when it has none).
    const QVariant *defaultValue(int slot) const { return mDefaultOf[slot]; }

    static constexpr int kMaxSlots = 8;

private:
    static constexpr int kBuckets = 32; // a power of two, well above kMaxSlots
    static size_t bucketOf(QStringView key)
    {
        // Property names of one kind differ in length or in a few letters: a handful of
        // characters spread them over the buckets without hashing the whole name.
        const qsizetype n = key.size();
        if (n == 0)
            return 0;
        const size_t h = size_t(n) * 37u + key[0].unicode() * 5u + key[n - 1].unicode() * 3u +
                         key[n / 2].unicode();
        return h % kBuckets;
    }

    QString mKind;
    std::array<QString, kMaxSlots> mNames;
    std::array<QVariant, kMaxSlots> mDefaults;            ///< invalid where the schema has none
    std::array<const QVariant *, kMaxSlots> mDefaultOf{}; ///< into mDefaults, null for none
    int mSize = 0;
    std::array<qint8, kBuckets> mIndex{}; ///< slot + 1 by bucket (open addressing), 0 = empty
};

/// v.toString(), without the conversion when v already holds a string (the common case).
QString textOf(const QVariant &v);

/// A component's properties for compile(): for each slot of a table, the value propOf()
/// would give (its own when set, else its kind's default), found in one pass over the map.
/// A component of another kind than the table's is read name by name with its own kind's
/// defaults, so the values are propOf()'s whatever the component.
class Properties
{
public:
    Properties(const model::Component &component, const PropertyTable &table);
    QVariant value(int slot) const;
    /// value(slot).toString(), toDouble(), toBool(), without copying the QVariant when it
    /// already holds that type (the common case).
    QString string(int slot) const;
    double number(int slot) const;
    bool flag(int slot) const;
    /// Whether the component sets the property itself (to a value that is not null).
    bool isSet(int slot) const { return mSet[slot]; }
    /// The component's own entry as stored, even a null one; QVariant() when absent.
    QVariant raw(int slot) const { return mRaw[slot] ? *mRaw[slot] : QVariant(); }

private:
    std::array<const QVariant *, PropertyTable::kMaxSlots> mValue{}; ///< null: no value
    std::array<const QVariant *, PropertyTable::kMaxSlots> mRaw{};
    std::array<bool, PropertyTable::kMaxSlots> mSet{};
};

/// Memoised lines and figures of one call site of a behaviour, keyed by the region index
/// of the component (or of another region of the design) and up to three strings and a
/// number. A region the design does not declare is not memoised: make() runs every time.
template <typename Make>
LineItem memoLine(const PriceBook &prices, int site, int region, const QString &a, const QString &b,
                  const QString &c, int n, Make make)
{
    return region >= 0 ? prices.memoLine(MemoKey{site, region, a, b, c, n}, make) : make();
}
template <typename Make>
double memoValue(const PriceBook &prices, int site, int region, const QString &a, const QString &b,
                 int n, Make make)
{
    return region >= 0 ? prices.memoValue(MemoKey{site, region, a, b, {}, n}, make) : make();
}

/// Memo sites of the AWS behaviours (MemoKey::site); the engine's own are negative.
enum MemoSite {
    kVcpuSite = 1,
    kRdsInstanceSite,
    kRdsStorageSite,
    kRdsGp3BaselineSite,
    kRdsGp3IopsSite,
    kRdsProvisionedIopsSite,
    kRdsMagneticSite,
    kRdsBackupSite,
    kRdsReplicaInstanceSite,
    kAuroraInstanceSite,
    kAuroraStorageSite,
    kAuroraIoSite,
    kAuroraBackupSite,
    kAuroraGlobalWriteSite,
    kAuroraSecondaryStorageSite,
    kAuroraServerlessSite,
    kDynamoDbSite,
    kDynamoDbRegionSite,
    kDaxSite,
    kElastiCacheNodeSite,
    kElastiCacheServerlessSite,
};

/// vCPUs of an instance class or node type from the catalog (2 when it has none, noted).
int vcpus(const PriceBook &prices, const QString &instanceClass);

/// The next size up in the same family: db.r6g.large -> db.r6g.xlarge; empty at the top.
QString nextSize(const QString &instanceClass);
/// The general-purpose class replacing a burstable one: db.t3.medium -> db.m6g.large.
QString nonBurstable(const QString &instanceClass);
bool isBurstable(const QString &instanceClass);

/// The review finding for a burstable class or node type: what it runs on now (in
/// property), and the non-burstable one the fix moves it to.
Finding burstableFinding(const KindContext &context, const QString &property,
                         const QString &current, const QString &replacement);

/// A zone of the component's region other than the given ones, or none.
std::optional<model::ZoneId> otherZone(const KindContext &context,
                                       const QList<model::ZoneId> &avoid);

/// The engine's failure figures for an instance-based component.
engine::FailureMode instanceFailure(const PriceBook &prices, double recoverySeconds);

/// Time an M/M/c capacity cost in server-seconds from a per-server rate key.
double costPerOperation(const PriceBook &prices, const QString &perServerKey);

/// "730 hours of db.r6g.large" style line for an hourly rate.
LineItem hoursLine(const PriceBook &prices, const QString &description, double instances,
                   const Figure &rate);

/// A bill of one line, with room for the transfer lines the engine appends to it.
QList<LineItem> billOf(LineItem line);

} // namespace archstudio::aws
