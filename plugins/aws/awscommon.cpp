#include "awscommon.h"

#include "awskinds.h"

#include <QHash>

namespace archstudio::aws {

namespace {

/// Schema defaults by kind, then property: looked up on every property read, so no key is
/// built on the way.
const QHash<QString, QHash<QString, QVariant>> &schemaDefaults()
{
    static const QHash<QString, QHash<QString, QVariant>> defaults = [] {
        QHash<QString, QHash<QString, QVariant>> d;
        for (const model::KindSchema &schema : awsKindSchemas()) {
            for (const model::PropertySchema &p : schema.properties) {
                if (p.defaultValue.isValid())
                    d[schema.kind].insert(p.name, p.defaultValue);
            }
        }
        return d;
    }();
    return defaults;
}

const QStringList kSizes{"micro",   "small",   "medium",   "large",    "xlarge",  "2xlarge",
                         "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge"};

} // namespace

QVariant propOf(const model::Component &component, const QString &name)
{
    const auto it = component.properties.constFind(name);
    if (it != component.properties.cend() && it->typeId() != QMetaType::Nullptr && it->isValid())
        return *it;
    const auto kind = schemaDefaults().constFind(component.kind);
    return kind == schemaDefaults().cend() ? QVariant() : kind->value(name);
}

PropertyTable::PropertyTable(const QString &kind, std::initializer_list<const char16_t *> names)
    : mKind(kind)
{
    const auto defaults = schemaDefaults().constFind(kind);
    for (const char16_t *n : names) {
        const QString name = QString::fromUtf16(n);
        const int slot = mSize;
        // Properties keeps kMaxSlots slots: a longer table is a programming error.
        if (slot >= kMaxSlots || slotOf(name) >= 0)
            qFatal("PropertyTable %s: more than %d names, or %s twice", qPrintable(kind), kMaxSlots,
                   qPrintable(name));
        mNames[slot] = name;
        if (defaults != schemaDefaults().cend())
            mDefaults[slot] = defaults->value(name);
        mDefaultOf[slot] = mDefaults[slot].isValid() ? &mDefaults[slot] : nullptr;
        size_t b = bucketOf(name);
        while (mIndex[b] != 0)
            b = (b + 1) % kBuckets;
        mIndex[b] = qint8(slot + 1);
        ++mSize;
    }
}

namespace {

bool hasValue(const QVariant &v)
{
    return v.isValid() && v.typeId() != QMetaType::Nullptr;
}

} // namespace

Properties::Properties(const model::Component &component, const PropertyTable &table)
{
    const int count = table.size();
    const model::PropertyMap &map = component.properties;
    if (component.kind == table.kind()) {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const int slot = table.slotOf(it.key());
            if (slot < 0)
                continue;
            mRaw[slot] = &*it;
            mSet[slot] = hasValue(*it);
        }
        for (int s = 0; s < count; ++s)
            mValue[s] = mSet[s] ? mRaw[s] : table.defaultValue(s);
        return;
    }
    const auto kind = schemaDefaults().constFind(component.kind);
    for (int s = 0; s < count; ++s) {
        const auto it = map.constFind(table.name(s));
        if (it != map.cend()) {
            mRaw[s] = &*it;
            mSet[s] = hasValue(*it);
        }
        if (mSet[s]) {
            mValue[s] = mRaw[s];
        } else if (kind != schemaDefaults().cend()) {
            const auto d = kind->constFind(table.name(s));
            mValue[s] = d == kind->cend() ? nullptr : &*d;
        }
    }
}

QVariant Properties::value(int slot) const
{
    const QVariant *v = mValue[slot];
    return v ? *v : QVariant();
}

QString textOf(const QVariant &v)
{
    return v.typeId() == QMetaType::QString ? *static_cast<const QString *>(v.constData())
                                            : v.toString();
}

QString Properties::string(int slot) const
{
    const QVariant *v = mValue[slot];
    return v ? textOf(*v) : QString();
}

double Properties::number(int slot) const
{
    const QVariant *v = mValue[slot];
    if (!v)
        return 0.0;
    switch (v->typeId()) {
    case QMetaType::Double:
        return *static_cast<const double *>(v->constData());
    case QMetaType::LongLong:
        return double(*static_cast<const qlonglong *>(v->constData()));
    case QMetaType::Int:
        return double(*static_cast<const int *>(v->constData()));
    default:
        return v->toDouble();
    }
}

bool Properties::flag(int slot) const
{
    const QVariant *v = mValue[slot];
    if (!v)
        return false;
    return v->typeId() == QMetaType::Bool ? *static_cast<const bool *>(v->constData())
                                          : v->toBool();
}

QVariant prop(const KindContext &context, const QString &name)
{
    return propOf(context.component, name);
}

QString propString(const KindContext &context, const QString &name)
{
    return prop(context, name).toString();
}

double propNumber(const KindContext &context, const QString &name)
{
    return prop(context, name).toDouble();
}

int vcpus(const PriceBook &prices, const QString &instanceClass)
{
    // Region-independent: memoised under region 0 (every design that prices has one).
    const double count = prices.memoValue(MemoKey{kVcpuSite, 0, instanceClass, {}, {}, 0}, [&] {
        return prices.value(QStringLiteral("vcpu.") + instanceClass, 2.0);
    });
    return std::max(1, int(count));
}

QString nextSize(const QString &instanceClass)
{
    const QString size = instanceClass.section(QLatin1Char('.'), -1);
    const qsizetype index = kSizes.indexOf(size);
    if (index < 0 || index + 1 >= kSizes.size())
        return {};
    const QString next = kSizes.at(index + 1);
    return instanceClass.section(QLatin1Char('.'), 0, -2) + QLatin1Char('.') + next;
}

bool isBurstable(const QString &instanceClass)
{
    // The family (between the first and second dots) starts with t; no temporary strings,
    // as every instance-based component is asked.
    const qsizetype dot = instanceClass.indexOf(QLatin1Char('.'));
    return dot >= 0 && dot + 1 < instanceClass.size() &&
           instanceClass.at(dot + 1) == QLatin1Char('t');
}

QString nonBurstable(const QString &instanceClass)
{
    const QString prefix = instanceClass.section(QLatin1Char('.'), 0, 0);
    const QString size = instanceClass.section(QLatin1Char('.'), -1);
    // Burstable sizes below large have no general-purpose twin; large is the smallest.
    const bool small = kSizes.indexOf(size) < kSizes.indexOf(QStringLiteral("large"));
    return prefix + QStringLiteral(".m6g.") + (small ? QStringLiteral("large") : size);
}

Finding burstableFinding(const KindContext &context, const QString &property,
                         const QString &current, const QString &replacement)
{
    return {
        QStringLiteral("burstable-instance"),
        QStringLiteral("%1 runs on burstable %2: its CPU credits can run out under sustained load")
            .arg(context.component.displayName(), current),
        QStringLiteral("Use %1").arg(replacement),
        Patch{context.component.id, {{property, replacement}}, std::nullopt}};
}

std::optional<model::ZoneId> otherZone(const KindContext &context,
                                       const QList<model::ZoneId> &avoid)
{
    if (const model::Region *region =
            context.design.findRegion(context.component.placement.region)) {
        for (const model::ZoneId &zone : region->zones) {
            if (!avoid.contains(zone))
                return zone;
        }
    }
    return std::nullopt;
}

engine::FailureMode instanceFailure(const PriceBook &prices, double recoverySeconds)
{
    return {prices.value(QStringLiteral("failure.instance.per-year")), recoverySeconds};
}

double costPerOperation(const PriceBook &prices, const QString &perServerKey)
{
    const double perSecond = prices.value(perServerKey);
    return perSecond > 0.0 ? 1.0 / perSecond : 0.0;
}

LineItem hoursLine(const PriceBook &prices, const QString &description, double instances,
                   const Figure &rate)
{
    return PriceBook::line(description, instances * prices.hoursPerMonth(), QStringLiteral("hour"),
                           rate);
}

QList<LineItem> billOf(LineItem line)
{
    QList<LineItem> bill;
    bill.reserve(3); // the engine may add cross-AZ and cross-region transfer
    bill.append(std::move(line));
    return bill;
}

} // namespace archstudio::aws
