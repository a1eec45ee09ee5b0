#include "failureplan.h"

#include <QCoreApplication>

#include <algorithm>

namespace archstudio::engine::detail {

namespace {

using Kind = TimelineEvent::Kind;

/// Builds the schedules of one failure with the catalog's detection and DNS figures.
class Planner
{
public:
    Planner(const EvalState &state, FailurePlan &plan) : mState(state), mPlan(plan)
    {
        for (const model::Region &region : state.design.regions) {
            for (const model::ZoneId &zone : region.zones)
                mZoneCodes.append(zone.value());
        }
        mDetection = state.prices.value(QStringLiteral("failover.detection.seconds"));
        mDns = state.prices.value(QStringLiteral("failover.dns-ttl.seconds"));
        mWarmUp = state.prices.value(QStringLiteral("recovery.cache-warmup.seconds"));
    }

    QString name(int i) const { return mState.design.components.at(i).displayName(); }
    QString zoneCode(int zone) const { return zone >= 0 ? mZoneCodes.value(zone) : QString(); }
    const ComponentModel &model(int i) const { return mState.models.at(i); }

    void event(Kind kind, double at, int component, const QString &text)
    {
        mPlan.events.append(
            {kind, at,
             component >= 0 ? mState.design.components.at(component).id : model::ComponentId(),
             text});
    }

    void goesDown(int i, const QString &why)
    {
        ComponentSchedule &s = mPlan.schedules[i];
        s.transitions = {{0.0, Condition::Down}};
        //: %1 a component, %2 why: "instance failure", "its zone failed", "quorum lost"
        event(Kind::Failure, 0.0, i,
              QCoreApplication::translate("Engine", "%1 goes down (%2)").arg(name(i), why));
    }

    /// A standby or replica in another zone takes over after the failover time: detection,
    /// promotion, and the DNS update that points clients at it, in that order.
    void failOver(int i, double seconds, int toZone)
    {
        ComponentSchedule &s = mPlan.schedules[i];
        const double detected = std::min(mDetection, seconds);
        const double promoted = std::clamp(seconds - mDns, detected, seconds);
        event(Kind::Detection, detected, i,
              QCoreApplication::translate("Engine", "%1: failure detected").arg(name(i)));
        event(Kind::Promotion, promoted, i,
              QCoreApplication::translate("Engine", "%1: standby in %2 promoted")
                  .arg(name(i), zoneCode(toZone)));
        event(Kind::DnsUpdate, seconds, i,
              QCoreApplication::translate("Engine", "%1: DNS points at %2; serving again")
                  .arg(name(i), zoneCode(toZone)));
        s.transitions.append({seconds, Condition::FailedOver});
        s.zoneAfter = toZone;
    }

    /// Rebuilt elsewhere (restored from backup, a node replaced) after seconds; a cache comes
    /// back empty and warms up.
    void rebuild(int i, double seconds, double dataLoss, int toZone, const QString &how)
    {
        ComponentSchedule &s = mPlan.schedules[i];
        event(Kind::Detection, std::min(mDetection, seconds), i,
              QCoreApplication::translate("Engine", "%1: failure detected").arg(name(i)));
        s.dataLossSeconds = std::max(s.dataLossSeconds, dataLoss);
        s.zoneAfter = toZone;
        comesBack(i, seconds,
                  dataLoss > 0.0
                      //: %1 how: "instance replaced", "rebuilt in us-east-1b"
                      ? QCoreApplication::translate(
                            "Engine", "%1 from a backup; the last %2 s of writes may be lost")
                            .arg(how)
                            .arg(dataLoss)
                      : how,
                  Condition::Restored);
    }

    void comesBack(int i, double at, const QString &text, Condition condition)
    {
        ComponentSchedule &s = mPlan.schedules[i];
        if (model(i).role == Role::Cache) {
            s.transitions.append({at, Condition::Cold});
            s.transitions.append({at + mWarmUp, Condition::Up});
            //: %1 a cache, %2 how it came back: "node replaced", "back with its zone"
            event(Kind::Recovery, at, i,
                  QCoreApplication::translate("Engine", "%1: %2, empty (cold)").arg(name(i), text));
            event(Kind::Recovery, at + mWarmUp, i,
                  QCoreApplication::translate("Engine", "%1: warm again, hit ratio restored")
                      .arg(name(i)));
            return;
        }
        s.transitions.append({at, condition});
        //: %1 a component, %2 what happened to it: "instance replaced", "back with its zone"
        event(Kind::Recovery, at, i,
              QCoreApplication::translate("Engine", "%1: %2").arg(name(i), text));
    }

    /// The first zone of the component's region other than `lost`, for a rebuild.
    int otherZoneInRegion(int i, int lost) const
    {
        const int region = mState.regionOf.at(i);
        if (region < 0)
            return -1;
        for (int z : mState.regionZoneIndices.at(region)) {
            if (z != lost)
                return z;
        }
        return -1;
    }

    void failComponent(int i)
    {
        const ComponentModel &m = model(i);
        if (m.role == Role::Client) {
            mPlan.lostWorkloads[i] = true;
            event(Kind::Failure, 0.0, i,
                  QCoreApplication::translate("Engine", "%1 stops sending requests").arg(name(i)));
            return;
        }
        const ZoneDependence &zd = m.zoneDependence;
        const int primary = zd.zones.isEmpty() ? mState.zoneOf.at(i) : zd.zones.first();
        //: why a component goes down, in "%1 goes down (%2)"
        goesDown(i, QCoreApplication::translate("Engine", "instance failure"));
        if (m.failures.isEmpty()) {
            // A regional service without failure modes of its own: an outage of the service
            // is taken to last as long as a region event.
            const double end = regionOutageSeconds();
            mPlan.notes.append(QCoreApplication::translate(
                                   "Engine", "%1 has no failure mode of its own: its outage is "
                                             "taken to last as long as a region event")
                                   .arg(name(i)));
            //: what happened, after a component's name: "%1: %2"
            comesBack(i, end, QCoreApplication::translate("Engine", "service back"), Condition::Up);
            mPlan.failureEndsSeconds = end;
            return;
        }
        const FailureMode &f = m.failures.first();
        const int standby = zd.quorum == 0 ? firstOtherZone(zd, primary) : -1;
        if (standby >= 0)
            failOver(i, f.recoverySeconds, standby);
        else
            rebuild(i, f.recoverySeconds, f.dataLossSeconds, primary,
                    m.role == Role::Cache
                        ? QCoreApplication::translate("Engine", "node replaced")
                        : QCoreApplication::translate("Engine", "instance replaced"));
        mPlan.failureEndsSeconds = f.recoverySeconds;
    }

    void failZone(int zone)
    {
        const double end =
            mState.prices.value(QStringLiteral("failure.az.duration-hours")) * 3600.0;
        mPlan.failureEndsSeconds = end;
        event(Kind::Failure, 0.0, -1,
              QCoreApplication::translate("Engine", "Availability Zone %1 fails")
                  .arg(zoneCode(zone)));
        event(Kind::Recovery, end, -1,
              QCoreApplication::translate("Engine", "Availability Zone %1 is back")
                  .arg(zoneCode(zone)));
        for (qsizetype i = 0; i < mState.models.size(); ++i) {
            const ComponentModel &m = model(int(i));
            if (m.role == Role::Client || m.role == Role::Unknown)
                continue;
            const ZoneDependence &zd = m.zoneDependence;
            if (m.regional && zd.quorum == 0)
                continue; // AWS spreads it over zones itself
            if (zd.quorum > 0) {
                const auto left = std::count_if(zd.zones.cbegin(), zd.zones.cend(),
                                                [&](int z) { return z >= 0 && z != zone; });
                if (zd.zones.contains(zone) && left < zd.quorum) {
                    //: why a component goes down, in "%1 goes down (%2)"
                    goesDown(int(i), QCoreApplication::translate("Engine", "quorum lost"));
                    comesBack(int(i), end, QCoreApplication::translate("Engine", "quorum back"),
                              Condition::Up);
                }
                continue;
            }
            const int primary = zd.zones.isEmpty() ? mState.zoneOf.at(i) : zd.zones.first();
            if (primary != zone)
                continue;
            //: why a component goes down, in "%1 goes down (%2)"
            goesDown(int(i), QCoreApplication::translate("Engine", "its zone failed"));
            const int standby = firstOtherZone(zd, zone);
            if (standby >= 0)
                failOver(int(i), zd.failoverSeconds, standby);
            else if (zd.relocateSeconds)
                rebuild(int(i), *zd.relocateSeconds, m.rpoSeconds.value_or(0.0),
                        otherZoneInRegion(int(i), zone),
                        QCoreApplication::translate("Engine", "rebuilt in %1")
                            .arg(zoneCode(otherZoneInRegion(int(i), zone))));
            else
                comesBack(int(i), end, QCoreApplication::translate("Engine", "back with its zone"),
                          Condition::Up);
        }
        mPlan.notes.append(QCoreApplication::translate(
            "Engine",
            "Workloads spread over several zones are taken to shed the failed zone behind their "
            "load balancer; a workload placed only there is not modelled as lost"));
    }

    void failRegion(int region)
    {
        const double end = regionOutageSeconds();
        mPlan.failureEndsSeconds = end;
        mPlan.failedRegion = region;
        const QString code = mState.design.regions.at(region).code.value();
        event(Kind::Failure, 0.0, -1,
              QCoreApplication::translate("Engine", "Region %1 fails").arg(code));
        event(Kind::Recovery, end, -1,
              QCoreApplication::translate("Engine", "Region %1 is back").arg(code));
        for (qsizetype i = 0; i < mState.models.size(); ++i) {
            if (mState.regionOf.at(i) != region)
                continue;
            const ComponentModel &m = model(int(i));
            if (m.role == Role::Client) {
                mPlan.lostWorkloads[i] = true;
                continue;
            }
            if (m.role == Role::Unknown)
                continue;
            //: why a component goes down, in "%1 goes down (%2)"
            goesDown(int(i), QCoreApplication::translate("Engine", "its region failed"));
            const bool hasCopy = std::any_of(m.replicaRegions.cbegin(), m.replicaRegions.cend(),
                                             [&](int r) { return r >= 0 && r != region; });
            if (hasCopy && m.crossRegionTakeover) {
                takeOver(int(i), *m.crossRegionTakeover,
                         QCoreApplication::translate(
                             "Engine", "the copy in another region takes the writes"));
                continue;
            }
            comesBack(int(i), end, QCoreApplication::translate("Engine", "back with its region"),
                      Condition::Up);
        }
        promoteReplicasOfLostWriters(region);
    }

private:
    double regionOutageSeconds() const
    {
        return mState.prices.value(QStringLiteral("failure.region.duration-hours")) * 3600.0;
    }

    static int firstOtherZone(const ZoneDependence &zd, int lost)
    {
        for (qsizetype k = 1; k < zd.zones.size(); ++k) {
            if (zd.zones.at(k) >= 0 && zd.zones.at(k) != lost)
                return zd.zones.at(k);
        }
        return -1;
    }

    void takeOver(int i, const Takeover &t, const QString &what)
    {
        ComponentSchedule &s = mPlan.schedules[i];
        const double detected = std::min(mDetection, t.seconds);
        if (t.seconds > 0.0)
            event(Kind::Detection, detected, i,
                  QCoreApplication::translate("Engine", "%1: failure detected").arg(name(i)));
        //: %1 a component, %2 what happened to it: "instance replaced", "back with its zone"
        event(Kind::Promotion, t.seconds, i,
              QCoreApplication::translate("Engine", "%1: %2").arg(name(i), what));
        if (t.seconds <= 0.0)
            s.transitions = {{0.0, Condition::Promoted}};
        else
            s.transitions.append({t.seconds, Condition::Promoted});
        s.dataLossSeconds = std::max(s.dataLossSeconds, t.lagSeconds);
    }

    /// A data set whose writer is in the lost region keeps its writes only through a replica
    /// elsewhere that can be promoted (an RDS cross-region read replica, promoted by hand).
    void promoteReplicasOfLostWriters(int region)
    {
        for (qsizetype w = 0; w < mState.models.size(); ++w) {
            const ComponentModel &writer = model(int(w));
            if (!writer.isWriterOfDataSet || mState.regionOf.at(w) != region ||
                mPlan.schedules.at(w).at(0.0) != Condition::Down)
                continue;
            const int owner = mState.ownerOf.at(w);
            for (qsizetype r = 0; r < mState.models.size(); ++r) {
                const ComponentModel &replica = model(int(r));
                if (r == w || mState.ownerOf.at(r) != owner || !replica.promotion ||
                    mState.regionOf.at(r) == region)
                    continue;
                const Takeover &t = *replica.promotion;
                const double detected = std::min(mDetection, t.seconds);
                event(Kind::Detection, detected, int(w),
                      QCoreApplication::translate("Engine", "%1: failure detected")
                          .arg(name(int(w))));
                event(Kind::Promotion, std::max(detected, t.seconds - mDns), int(r),
                      QCoreApplication::translate("Engine", "%1 promoted to writer for %2")
                          .arg(name(int(r)), name(int(w))));
                event(Kind::DnsUpdate, t.seconds, int(r),
                      QCoreApplication::translate("Engine", "clients of %1 pointed at %2")
                          .arg(name(int(w)), name(int(r))));
                ComponentSchedule &s = mPlan.schedules[r];
                s.transitions = {{0.0, Condition::Up}, {t.seconds, Condition::Promoted}};
                s.dataLossSeconds = t.lagSeconds;
                break;
            }
        }
    }

    const EvalState &mState;
    FailurePlan &mPlan;
    QStringList mZoneCodes;
    double mDetection = 0.0;
    double mDns = 0.0;
    double mWarmUp = 0.0;
};

} // namespace

FailurePlan planFailure(const EvalState &state, const FailureTarget &target, QString *error)
{
    FailurePlan plan;
    const qsizetype n = state.models.size();
    plan.schedules.resize(n);
    plan.lostWorkloads.fill(false, n);
    Planner planner(state, plan);
    switch (target.scope) {
    case FailureTarget::Scope::Component: {
        const int i = int(state.componentIndex.value(model::ComponentId(target.id), -1));
        if (i < 0) {
            *error = QCoreApplication::translate("Engine", "the design has no component \"%1\"")
                         .arg(target.id);
            return plan;
        }
        if (state.models.at(i).role == Role::Unknown) {
            *error = QCoreApplication::translate(
                         "Engine", "component \"%1\" is of kind \"%2\", which this version cannot "
                                   "simulate")
                         .arg(target.id, state.design.components.at(i).kind);
            return plan;
        }
        planner.failComponent(i);
        break;
    }
    case FailureTarget::Scope::Zone: {
        const int zone = state.zoneIndex.value(model::ZoneId(target.id), -1);
        if (zone < 0) {
            *error =
                QCoreApplication::translate("Engine", "the design has no Availability Zone \"%1\"")
                    .arg(target.id);
            return plan;
        }
        planner.failZone(zone);
        break;
    }
    case FailureTarget::Scope::Region: {
        const int region = state.regionIndex(model::RegionId(target.id));
        if (region < 0) {
            *error = QCoreApplication::translate("Engine", "the design has no region \"%1\"")
                         .arg(target.id);
            return plan;
        }
        planner.failRegion(region);
        break;
    }
    }
    std::stable_sort(
        plan.events.begin(), plan.events.end(),
        [](const TimelineEvent &a, const TimelineEvent &b) { return a.atSeconds < b.atSeconds; });
    return plan;
}

} // namespace archstudio::engine::detail
