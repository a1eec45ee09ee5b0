#pragma once

#include "core/engine/kindbehaviour.h"
#include "core/engine/pricebook.h"

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

/// A component's properties for compile(): like propOf(), with the kind's defaults found
/// once rather than at every property.
class Properties
{
public:
    explicit Properties(const model::Component &component);
    QVariant value(const QString &name) const;
    /// value(name).toString(), toDouble(), toBool(), without copying the QVariant when it
    /// already holds that type (the common case).
    QString string(const QString &name) const;
    double number(const QString &name) const;
    bool flag(const QString &name) const;

private:
    /// The value propOf() would give, by address (null when neither set nor defaulted).
    const QVariant *find(const QString &name) const;

    const model::Component &mComponent;
    const QHash<QString, QVariant> *mDefaults = nullptr;
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
Figure memoFigure(const PriceBook &prices, int site, int region, const QString &a, const QString &b,
                  int n, Make make)
{
    return region >= 0 ? prices.memoFigure(MemoKey{site, region, a, b, {}, n}, make) : make();
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

} // namespace archstudio::aws
