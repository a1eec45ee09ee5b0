#include "evalstate.h"

#include <utility>

namespace archstudio::engine::detail {

namespace {

/// The per-component lists of this thread's last evaluation, with their memory (see
/// ~EvalState). Kept until the thread's next evaluation, or its end.
struct SpareLists
{
    QList<const KindBehaviour *> behaviourOf;
    QList<ComponentModel> models;
    QList<Role> roleOf;
    QList<quint8> replicationOf;
    QList<int> regionOf;
    QList<int> zoneOf;
    QList<int> ownerOf;
    QList<WorkloadPaths> paths;
    QList<ComponentLoad> load;
    QList<double> peakReads;
    QList<double> peakWrites;
    QList<QueueState> averageQueue;
    QList<QueueState> peakQueue;
};

thread_local SpareLists spare;

/// Calls f(a.list, b.list) for each per-component list of SpareLists.
template <typename A, typename B, typename F> void forEachList(A &a, B &b, F f)
{
    f(a.behaviourOf, b.behaviourOf);
    f(a.models, b.models);
    f(a.roleOf, b.roleOf);
    f(a.replicationOf, b.replicationOf);
    f(a.regionOf, b.regionOf);
    f(a.zoneOf, b.zoneOf);
    f(a.ownerOf, b.ownerOf);
    f(a.paths, b.paths);
    f(a.load, b.load);
    f(a.peakReads, b.peakReads);
    f(a.peakWrites, b.peakWrites);
    f(a.averageQueue, b.averageQueue);
    f(a.peakQueue, b.peakQueue);
}

} // namespace

EvalState::EvalState(const model::Design &d, const catalog::Catalog &c, const BehaviourRegistry &b,
                     QStringList *notes)
    : design(d), catalog(c), behaviours(b), prices(c, notes), references(d), mLeavesLists(true)
{
    // A nested evaluation (a review's fix priced by evaluating the patched design) finds
    // the lists taken and starts without.
    forEachList(spare, *this, [](auto &kept, auto &list) { list = std::move(kept); });
}

EvalState::EvalState(const EvalState &other, QStringList *notes)
    : design(other.design), catalog(other.catalog), behaviours(other.behaviours),
      prices(other.catalog, notes), references(other.references), loadFactor(other.loadFactor),
      threads(1), componentIndex(other.componentIndex), zoneIndex(other.zoneIndex),
      zoneRegion(other.zoneRegion), regionZoneIndices(other.regionZoneIndices),
      sameAzRttMs(other.sameAzRttMs), crossAzRttMs(other.crossAzRttMs),
      behaviourOf(other.behaviourOf), kindData(other.kindData), models(other.models),
      roleOf(other.roleOf), replicationOf(other.replicationOf), regionOf(other.regionOf),
      zoneOf(other.zoneOf), ownerOf(other.ownerOf), paths(other.paths), load(other.load),
      peakReads(other.peakReads), peakWrites(other.peakWrites), averageQueue(other.averageQueue),
      peakQueue(other.peakQueue), rttCache(other.rttCache), availabilityMemo(other.availabilityMemo)
{}

EvalState::~EvalState()
{
    if (!mLeavesLists)
        return;
    // The lanes that shared the lists are gone. Each list keeps its size and its values: the
    // next evaluation's stages assign every slot whole (or zero it) before reading it, so
    // resize() to as many components constructs nothing, and the old values are destroyed
    // as they are overwritten, on the thread that takes their chunk.
    forEachList(*this, spare, [](auto &list, auto &kept) { kept = std::move(list); });
}

} // namespace archstudio::engine::detail
