#include "evalstate.h"

#include <QSet>

#include <cmath>

namespace archstudio::engine::detail {

namespace {

constexpr double kBytesPerKiB = 1024.0;
constexpr double kBytesPerGiB = 1024.0 * 1024.0 * 1024.0;

/// The readable members of each data set, by owner, for links to a whole cluster.
QHash<int, QList<int>> membersByOwner(const EvalState &state)
{
    QHash<int, QList<int>> members;
    for (qsizetype i = 0; i < state.models.size(); ++i) {
        const Role role = state.models.at(i).role;
        if (role == Role::Store)
            members[state.ownerOf.at(i)].append(int(i));
    }
    return members;
}

int writerOf(const EvalState &state, const QHash<int, QList<int>> &members, int owner)
{
    for (int m : members.value(owner)) {
        if (state.models.at(m).isWriterOfDataSet)
            return m;
    }
    return -1;
}

void resolveShares(ReadSet &set, const QList<std::optional<double>> &shares)
{
    double explicitSum = 0.0;
    int unset = 0;
    for (const auto &share : shares) {
        if (share)
            explicitSum += *share;
        else
            ++unset;
    }
    const double rest = std::max(0.0, 1.0 - explicitSum);
    const double scale = explicitSum > 1.0 ? 1.0 / explicitSum : 1.0;
    for (qsizetype i = 0; i < set.readers.size(); ++i)
        set.readers[i].second = shares.at(i) ? *shares.at(i) * scale : (unset ? rest / unset : 0.0);
    set.unassignedShare = unset ? 0.0 : rest;
}

void addLeg(EvalState &state, const WorkloadPaths &w, int target, double reads, double writes)
{
    ComponentLoad &load = state.load[target];
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
    state.peakReads[target] += reads * (m.servers > 0 ? 1.0 : readUnits) * w.peakFactor;
    state.peakWrites[target] += writes * (m.servers > 0 ? 1.0 : writeUnits) * w.peakFactor;

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

WorkloadPaths resolvePaths(EvalState &state, int workload, const QList<int> &links,
                           const QHash<int, QList<int>> &members, QList<Warning> &warnings)
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

    QHash<int, qsizetype> readSetOf; // owner -> index in w.readSets
    QList<QList<std::optional<double>>> shares;
    QSet<int> writers;
    for (int l : links) {
        const model::Link &link = design.links.at(l);
        const int target = int(state.componentIndex.value(link.to, -1));
        if (target < 0)
            continue;
        const ComponentModel &m = state.models.at(target);
        if (m.role == Role::Cache) {
            if (link.carriesReads())
                w.readCaches.append(target);
            if (link.carriesWrites() && !writers.contains(target)) {
                writers.insert(target);
                w.writeTargets.append(target);
            }
            continue;
        }
        if (m.role != Role::Store && m.role != Role::StorageOnly)
            continue;
        const int owner = state.ownerOf.at(target);
        if (link.carriesReads()) {
            auto it = readSetOf.constFind(owner);
            if (it == readSetOf.cend()) {
                it = readSetOf.insert(owner, w.readSets.size());
                w.readSets.append(ReadSet{owner, {}, 0.0});
                shares.append(QList<std::optional<double>>());
            }
            ReadSet &set = w.readSets[*it];
            if (m.role == Role::StorageOnly) {
                // A link to a whole cluster reads through its reader endpoint: the readers,
                // or the writer when there is none.
                QList<int> readers;
                for (int member : members.value(owner)) {
                    if (state.models.at(member).readable &&
                        !state.models.at(member).isWriterOfDataSet)
                        readers.append(member);
                }
                if (readers.isEmpty())
                    readers = members.value(owner);
                for (int r : readers) {
                    set.readers.append({r, 0.0});
                    shares[*it].append(std::nullopt);
                }
            } else if (m.readable) {
                set.readers.append({target, 0.0});
                shares[*it].append(link.readShare);
            }
        }
        if (link.carriesWrites()) {
            const int writer = m.isWriterOfDataSet ? target : writerOf(state, members, owner);
            if (!m.writable && m.role == Role::Store) {
                warnings.append(
                    {QStringLiteral("writes-to-replica"), link.to,
                     QStringLiteral("%1 sends writes to %2, which cannot accept them")
                         .arg(component.displayName(), design.components.at(target).displayName()),
                     QStringLiteral("Link the writes to the data set's writer instead"),
                     std::nullopt, std::nullopt});
            }
            if (writer >= 0 && !writers.contains(writer)) {
                writers.insert(writer);
                w.writeTargets.append(writer);
            }
        }
    }
    for (qsizetype i = 0; i < w.readSets.size(); ++i)
        resolveShares(w.readSets[i], shares.at(i));
    return w;
}

void routeWorkload(EvalState &state, const WorkloadPaths &w)
{
    double reads = w.readsPerSecond;
    for (int cache : w.readCaches) {
        addLeg(state, w, cache, reads, 0.0);
        reads *= 1.0 - state.models.at(cache).hitRatio;
    }
    for (const ReadSet &set : w.readSets) {
        for (const auto &[reader, share] : set.readers)
            addLeg(state, w, reader, reads * share, 0.0);
    }
    for (int target : w.writeTargets)
        addLeg(state, w, target, 0.0, w.writesPerSecond);
}

void replicate(EvalState &state, const QHash<int, QList<int>> &members)
{
    for (qsizetype i = 0; i < state.models.size(); ++i) {
        const ComponentModel &m = state.models.at(i);
        if (!m.appliesReplicatedWrites)
            continue;
        const int writer = writerOf(state, members, state.ownerOf.at(i));
        if (writer < 0 || writer == int(i))
            continue;
        const ComponentLoad &source = state.load.at(writer);
        ComponentLoad &load = state.load[i];
        load.replicatedWritesPerSecond = source.writesPerSecond;
        state.peakWrites[i] += state.peakWrites.at(writer);
        if (state.regionOf.at(i) != state.regionOf.at(writer))
            load.crossRegionBytesPerSecond += source.writeBytesPerSecond;
    }
    // A shared volume (an Aurora cluster) sees its instances' reads and writes.
    for (qsizetype i = 0; i < state.models.size(); ++i) {
        const int owner = state.ownerOf.at(i);
        if (owner == int(i) || state.models.at(owner).role != Role::StorageOnly)
            continue;
        state.load[owner].readsPerSecond += state.load.at(i).readsPerSecond;
        state.load[owner].writesPerSecond += state.load.at(i).writesPerSecond;
        state.load[owner].writeBytesPerSecond += state.load.at(i).writeBytesPerSecond;
    }
    // Copies in other regions (global tables, Global Database) receive every write.
    for (qsizetype i = 0; i < state.models.size(); ++i) {
        const int copies = int(state.models.at(i).replicaRegions.size());
        if (copies > 0)
            state.load[i].crossRegionBytesPerSecond +=
                state.load.at(i).writeBytesPerSecond * copies;
    }
}

} // namespace

void routeTraffic(EvalState &state, QList<Warning> &warnings)
{
    const qsizetype n = state.design.components.size();
    state.load.resize(n);
    state.peakReads.fill(0.0, n);
    state.peakWrites.fill(0.0, n);

    QList<QList<int>> outLinks(n);
    for (qsizetype l = 0; l < state.design.links.size(); ++l) {
        const int from = int(state.componentIndex.value(state.design.links.at(l).from, -1));
        if (from >= 0)
            outLinks[from].append(int(l));
    }
    const QHash<int, QList<int>> members = membersByOwner(state);
    for (qsizetype i = 0; i < n; ++i) {
        if (state.models.at(i).role != Role::Client) {
            if (!outLinks.at(i).isEmpty() && state.models.at(i).role != Role::Unknown)
                state.prices.note(
                    QStringLiteral(
                        "Links from %1 are not routed: in this version only workloads send "
                        "traffic (read-through caches are planned)")
                        .arg(state.design.components.at(i).displayName()));
            continue;
        }
        state.paths.append(resolvePaths(state, int(i), outLinks.at(i), members, warnings));
        routeWorkload(state, state.paths.last());
    }
    replicate(state, members);
}

void computeQueues(EvalState &state)
{
    const qsizetype n = state.models.size();
    state.averageQueue.resize(n);
    state.peakQueue.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
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
            state.averageQueue[i] = queue(load.readsPerSecond, load.writesPerSecond + applied);
        else
            state.averageQueue[i] = queue(load.readUnitsPerSecond, load.writeUnitsPerSecond);
        state.peakQueue[i] = queue(state.peakReads.at(i), state.peakWrites.at(i));
    }
}

QList<LineItem> transferLines(const EvalState &state, int component)
{
    QList<LineItem> lines;
    const ComponentLoad &load = state.load.at(component);
    const model::RegionId &region = state.design.components.at(component).placement.region;
    const double gibPerMonth = state.prices.secondsPerMonth() / kBytesPerGiB;
    if (load.crossAzBytesPerSecond > 0.0) {
        // Charged on both sides of the AZ boundary.
        lines.append(
            PriceBook::line(QStringLiteral("Cross-AZ data transfer (in and out)"),
                            2.0 * load.crossAzBytesPerSecond * gibPerMonth, QStringLiteral("GB"),
                            state.prices.price(region, QStringLiteral("transfer.inter-az"))));
    }
    if (load.crossRegionBytesPerSecond > 0.0) {
        lines.append(
            PriceBook::line(QStringLiteral("Cross-region data transfer"),
                            load.crossRegionBytesPerSecond * gibPerMonth, QStringLiteral("GB"),
                            state.prices.price(region, QStringLiteral("transfer.inter-region"))));
    }
    return lines;
}

} // namespace archstudio::engine::detail
