#include "evalstate.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <cmath>
#include <span>

namespace archstudio::engine::detail {

namespace {

constexpr double kBytesPerKiB = 1024.0;
constexpr double kBytesPerGiB = 1024.0 * 1024.0 * 1024.0;

/// The members (Store components) of each data set, by owner, in design order: flat arrays,
/// no hash of lists.
class Members
{
public:
    explicit Members(const EvalState &state)
    {
        const qsizetype n = state.models.size();
        mStart.fill(0, n + 1);
        for (qsizetype i = 0; i < n; ++i) {
            if (state.roleOf.at(i) == Role::Store)
                ++mStart[state.ownerOf.at(i) + 1];
        }
        for (qsizetype i = 0; i < n; ++i)
            mStart[i + 1] += mStart.at(i);
        mList.resize(mStart.at(n));
        QList<int> next = mStart;
        for (qsizetype i = 0; i < n; ++i) {
            if (state.roleOf.at(i) == Role::Store)
                mList[next[state.ownerOf.at(i)]++] = int(i);
        }
    }
    std::span<const int> of(int owner) const
    {
        return {mList.constData() + mStart.at(owner),
                std::size_t(mStart.at(owner + 1) - mStart.at(owner))};
    }

private:
    QList<int> mStart;
    QList<int> mList;
};

int writerOf(const EvalState &state, const Members &members, int owner)
{
    for (int m : members.of(owner)) {
        if (state.models.at(m).isWriterOfDataSet)
            return m;
    }
    return -1;
}

/// The share each link gives a reader, by read set (its index in WorkloadPaths::readSets),
/// in link order: resolved once every link of the workload is seen.
using LinkShares = QVarLengthArray<std::pair<qsizetype, std::optional<double>>, 16>;

void resolveShares(ReadSet &set, qsizetype index, const LinkShares &shares)
{
    double explicitSum = 0.0;
    int unset = 0;
    for (const auto &[s, share] : shares) {
        if (s != index)
            continue;
        if (share)
            explicitSum += *share;
        else
            ++unset;
    }
    const double rest = std::max(0.0, 1.0 - explicitSum);
    const double scale = explicitSum > 1.0 ? 1.0 / explicitSum : 1.0;
    qsizetype i = 0;
    for (const auto &[s, share] : shares) {
        if (s == index)
            set.readers[i++].second = share ? *share * scale : (unset ? rest / unset : 0.0);
    }
    set.unassignedShare = unset ? 0.0 : rest;
}

/// Where routeWorkload() adds the load of the components: the state's lists.
struct LoadSums
{
    ComponentLoad *load;
    double *peakReads;
    double *peakWrites;

    explicit LoadSums(EvalState &state)
        : load(state.load.data()), peakReads(state.peakReads.data()),
          peakWrites(state.peakWrites.data())
    {}
};

void addLeg(const EvalState &state, const WorkloadPaths &w, int target, double reads, double writes,
            const LoadSums &sums)
{
    ComponentLoad &load = sums.load[target];
    load.readsPerSecond += reads;
    load.writesPerSecond += writes;
    load.readBytesPerSecond += reads * w.itemBytes;
    load.writeBytesPerSecond += writes * w.itemBytes;
    load.peakFactor = std::max(load.peakFactor, w.peakFactor);
    const double itemKiB = w.itemBytes / kBytesPerKiB;
    load.flows.append({reads, writes, itemKiB, w.strongReads, w.peakFactor});
    const ComponentModel &m = state.models.at(target);
    const double readUnits = m.readUnitKiB > 0.0 ? std::ceil(itemKiB / m.readUnitKiB) *
                                                       (w.strongReads ? 1.0 : m.eventualReadFactor)
                                                 : 1.0;
    const double writeUnits = m.writeUnitKiB > 0.0 ? std::ceil(itemKiB / m.writeUnitKiB) : 1.0;
    load.readUnitsPerSecond += reads * readUnits;
    load.writeUnitsPerSecond += writes * writeUnits;
    // Peaks are tracked in the units the component is limited by.
    sums.peakReads[target] += reads * (m.servers > 0 ? 1.0 : readUnits) * w.peakFactor;
    sums.peakWrites[target] += writes * (m.servers > 0 ? 1.0 : writeUnits) * w.peakFactor;

    const double bytes = (reads + writes) * w.itemBytes;
    if (state.servingRegion(target, w.region) != w.region) {
        load.crossRegionBytesPerSecond += bytes;
    } else if (state.zoneOf.at(target) >= 0 && !w.zones.isEmpty()) {
        const int zone = state.zoneOf.at(target);
        const auto elsewhere =
            std::count_if(w.zones.cbegin(), w.zones.cend(), [&](int z) { return z != zone; });
        load.crossAzBytesPerSecond += bytes * double(elsewhere) / double(w.zones.size());
    }
}

WorkloadPaths resolvePaths(const EvalState &state, int workload, std::span<const int> links,
                           const QList<int> &linkTo, const Members &members,
                           QList<Warning> &warnings)
{
    const model::Design &design = state.design;
    const ComponentModel &client = state.models.at(workload);
    const model::Component &component = design.components.at(workload);
    WorkloadPaths w;
    w.workload = workload;
    w.region = state.regionOf.at(workload);
    for (const model::ZoneId &z : component.placement.zones)
        w.zones.append(state.zoneIndex.value(z, -1));
    if (component.placement.zone)
        w.zones.append(state.zoneIndex.value(*component.placement.zone, -1));
    w.readsPerSecond = client.clientReadsPerSecond * state.loadFactor;
    w.writesPerSecond = client.clientWritesPerSecond * state.loadFactor;
    w.peakFactor = client.clientPeakFactor;
    w.itemBytes = client.clientItemKiB * kBytesPerKiB;
    w.strongReads = client.clientStrongReads;

    // A workload has a handful of links: linear searches beat hashing here.
    LinkShares shares;
    const auto addWriteTarget = [&](int target) {
        if (!w.writeTargets.contains(target))
            w.writeTargets.append(target);
    };
    for (int l : links) {
        const model::Link &link = design.links.at(l);
        const int target = linkTo.at(l);
        if (target < 0)
            continue;
        const ComponentModel &m = state.models.at(target);
        if (m.role == Role::Cache) {
            if (link.carriesReads())
                w.readCaches.append(target);
            if (link.carriesWrites())
                addWriteTarget(target);
            continue;
        }
        if (m.role != Role::Store && m.role != Role::StorageOnly)
            continue;
        const int owner = state.ownerOf.at(target);
        if (link.carriesReads()) {
            qsizetype k = 0;
            while (k < w.readSets.size() && w.readSets.at(k).owner != owner)
                ++k;
            if (k == w.readSets.size())
                w.readSets.append(ReadSet{owner, {}, 0.0});
            ReadSet &set = w.readSets[k];
            if (m.role == Role::StorageOnly) {
                // A link to a whole cluster reads through its reader endpoint: the readers,
                // or the writer when there is none.
                const std::span<const int> all = members.of(owner);
                const qsizetype before = set.readers.size();
                for (int member : all) {
                    if (state.models.at(member).readable &&
                        !state.models.at(member).isWriterOfDataSet) {
                        set.readers.append({member, 0.0});
                        shares.append({k, std::nullopt});
                    }
                }
                if (set.readers.size() == before) {
                    for (int member : all) {
                        set.readers.append({member, 0.0});
                        shares.append({k, std::nullopt});
                    }
                }
            } else if (m.readable) {
                set.readers.append({target, 0.0});
                shares.append({k, link.readShare});
            }
        }
        if (link.carriesWrites()) {
            const int writer = m.isWriterOfDataSet ? target : writerOf(state, members, owner);
            if (!m.writable && m.role == Role::Store) {
                warnings.append(
                    {QStringLiteral("writes-to-replica"), link.to,
                     QCoreApplication::translate("Engine",
                                                 "%1 sends writes to %2, which cannot accept them")
                         .arg(component.displayName(), design.components.at(target).displayName()),
                     QCoreApplication::translate(
                         "Engine", "Link the writes to the data set's writer instead"),
                     std::nullopt, std::nullopt, std::nullopt});
            }
            if (writer >= 0)
                addWriteTarget(writer);
        }
    }
    for (qsizetype i = 0; i < w.readSets.size(); ++i)
        resolveShares(w.readSets[i], i, shares);
    return w;
}

/// Adds a workload's load to the components of sums' range that serve it.
void routeWorkload(const EvalState &state, const WorkloadPaths &w, const LoadSums &sums)
{
    double reads = w.readsPerSecond;
    for (int cache : w.readCaches) {
        addLeg(state, w, cache, reads, 0.0, sums);
        reads *= 1.0 - state.models.at(cache).hitRatio;
    }
    for (const ReadSet &set : w.readSets) {
        for (const auto &[reader, share] : set.readers)
            addLeg(state, w, reader, reads * share, 0.0, sums);
    }
    for (int target : w.writeTargets)
        addLeg(state, w, target, 0.0, w.writesPerSecond, sums);
}

void replicate(EvalState &state, const Members &members)
{
    // One sweep over the compact lists (a model is large): the first two steps touch
    // different fields, and no writer is a shared volume, so running them together changes
    // nothing.
    QVarLengthArray<int, 64> withCopies;
    for (qsizetype i = 0; i < state.models.size(); ++i) {
        const quint8 replication = state.replicationOf.at(i);
        if (replication & kHasCopiesElsewhere)
            withCopies.append(int(i));
        const int owner = state.ownerOf.at(i);
        if (replication & kAppliesReplicatedWrites) {
            const int writer = writerOf(state, members, owner);
            if (writer >= 0 && writer != int(i)) {
                const ComponentLoad &source = state.load.at(writer);
                ComponentLoad &load = state.load[i];
                load.replicatedWritesPerSecond = source.writesPerSecond;
                state.peakWrites[i] += state.peakWrites.at(writer);
                if (state.regionOf.at(i) != state.regionOf.at(writer))
                    load.crossRegionBytesPerSecond += source.writeBytesPerSecond;
            }
        }
        // A shared volume (an Aurora cluster) sees its instances' reads and writes.
        if (owner != int(i) && state.roleOf.at(owner) == Role::StorageOnly) {
            state.load[owner].readsPerSecond += state.load.at(i).readsPerSecond;
            state.load[owner].writesPerSecond += state.load.at(i).writesPerSecond;
            state.load[owner].writeBytesPerSecond += state.load.at(i).writeBytesPerSecond;
        }
    }
    // Copies in other regions (global tables, Global Database) receive every write, the
    // volume's included: after all of them were added up.
    for (const int i : withCopies)
        state.load[i].crossRegionBytesPerSecond +=
            state.load.at(i).writeBytesPerSecond * double(state.models.at(i).replicaRegions.size());
}

} // namespace

void routeTraffic(EvalState &state, QList<Warning> &warnings)
{
    const qsizetype n = state.design.components.size();
    state.load.fill(ComponentLoad{}, n);
    state.peakReads.fill(0.0, n);
    state.peakWrites.fill(0.0, n);

    // Both ends of every link, as component indices (-1 when unknown).
    const qsizetype linkCount = state.design.links.size();
    QList<int> linkFrom(linkCount);
    QList<int> linkTo(linkCount);
    for (qsizetype l = 0; l < linkCount; ++l) {
        const model::Link &link = state.design.links.at(l);
        linkFrom[l] = int(state.componentIndex.value(link.from.value()));
        linkTo[l] = int(state.componentIndex.value(link.to.value()));
    }
    // Links by source component, in link order, as flat arrays (offsets into linkList).
    QList<int> linkStart(n + 1, 0);
    for (qsizetype l = 0; l < linkCount; ++l) {
        if (linkFrom.at(l) >= 0)
            ++linkStart[linkFrom.at(l) + 1];
    }
    for (qsizetype i = 0; i < n; ++i)
        linkStart[i + 1] += linkStart.at(i);
    QList<int> linkList(linkStart.at(n));
    {
        QList<int> next = linkStart;
        for (qsizetype l = 0; l < linkCount; ++l) {
            if (linkFrom.at(l) >= 0)
                linkList[next[linkFrom.at(l)]++] = int(l);
        }
    }
    const Members members(state);
    const auto linksOf = [&](qsizetype i) {
        return std::span<const int>(linkList.constData() + linkStart.at(i),
                                    std::size_t(linkStart.at(i + 1) - linkStart.at(i)));
    };
    QList<int> clients;
    for (qsizetype i = 0; i < n; ++i) {
        const Role role = state.roleOf.at(i);
        if (role == Role::Client) {
            clients.append(int(i));
        } else if (!linksOf(i).empty() && role != Role::Unknown) {
            state.prices.note(
                QCoreApplication::translate(
                    "Engine", "Links from %1 are not routed: in this version only workloads send "
                              "traffic (read-through caches are planned)")
                    .arg(state.design.components.at(i).displayName()));
        }
    }
    // Each workload's paths are resolved on their own; then the load of every workload is
    // added up, workload by workload in order.
    state.paths.clear();
    state.paths.reserve(clients.size());
    for (int client : std::as_const(clients))
        state.paths.append(resolvePaths(state, client, linksOf(client), linkTo, members, warnings));
    const LoadSums sums(state);
    for (const WorkloadPaths &w : std::as_const(state.paths))
        routeWorkload(state, w, sums);
    replicate(state, members);
}

void routeResolvedPaths(EvalState &state)
{
    const qsizetype n = state.design.components.size();
    state.load.fill(ComponentLoad{}, n);
    state.peakReads.fill(0.0, n);
    state.peakWrites.fill(0.0, n);
    const LoadSums sums(state);
    for (const WorkloadPaths &paths : state.paths)
        routeWorkload(state, paths, sums);
    replicate(state, Members(state));
}

void componentQueues(const EvalState &state, qsizetype i, QueueState &average, QueueState &peak)
{
    const ComponentModel &m = state.models.at(i);
    const ComponentLoad &load = state.load.at(i);
    const auto queue = [&](double reads, double writes) {
        QueueState q;
        if (m.servers > 0) {
            const double work = reads * m.readCostSeconds + writes * m.writeCostSeconds;
            q.utilization = work / m.servers;
            const double arrivals = reads + writes;
            q.wait = mmcWait(m.servers, arrivals, arrivals > 0 ? work / arrivals : 0.0);
        } else {
            if (m.readQuotaPerSecond && *m.readQuotaPerSecond > 0)
                q.utilization = std::max(q.utilization, reads / *m.readQuotaPerSecond);
            if (m.writeQuotaPerSecond && *m.writeQuotaPerSecond > 0)
                q.utilization = std::max(q.utilization, writes / *m.writeQuotaPerSecond);
            q.wait.saturated = q.utilization >= 1.0;
        }
        return q;
    };
    const double applied = m.appliesReplicatedWrites ? load.replicatedWritesPerSecond : 0.0;
    if (m.servers > 0)
        average = queue(load.readsPerSecond, load.writesPerSecond + applied);
    else
        average = queue(load.readUnitsPerSecond, load.writeUnitsPerSecond);
    peak = queue(state.peakReads.at(i), state.peakWrites.at(i));
}

void computeQueues(EvalState &state)
{
    const qsizetype n = state.models.size();
    state.averageQueue.resize(n);
    state.peakQueue.resize(n);
    for (qsizetype i = 0; i < n; ++i)
        componentQueues(state, i, state.averageQueue[i], state.peakQueue[i]);
}

void appendTransferLines(const EvalState &state, int component, QList<LineItem> &lines)
{
    const ComponentLoad &load = state.load.at(component);
    if (load.crossAzBytesPerSecond <= 0.0 && load.crossRegionBytesPerSecond <= 0.0)
        return;
    const model::RegionId &region = state.design.components.at(component).placement.region;
    const double gibPerMonth = state.prices.secondsPerMonth() / kBytesPerGiB;
    const auto line = [&](const QString &description, double gib, const QString &rate) {
        return PriceBook::line(description, gib, QStringLiteral("GB"),
                               state.prices.price(region, rate));
    };
    if (load.crossAzBytesPerSecond > 0.0) {
        // Charged on both sides of the AZ boundary.
        lines.append(line(
            QCoreApplication::translate("Engine", "Cross-AZ data transfer (in and out)"),
            2.0 * load.crossAzBytesPerSecond * gibPerMonth, QStringLiteral("transfer.inter-az")));
    }
    if (load.crossRegionBytesPerSecond > 0.0) {
        lines.append(line(QCoreApplication::translate("Engine", "Cross-region data transfer"),
                          load.crossRegionBytesPerSecond * gibPerMonth,
                          QStringLiteral("transfer.inter-region")));
    }
}

} // namespace archstudio::engine::detail
