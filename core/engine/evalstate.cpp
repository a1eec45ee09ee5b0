#include "evalstate.h"

#include <utility>

namespace archstudio::engine::detail {

namespace {

/// The per-component lists of this thread's last evaluation, emptied but with their memory.
/// Kept until the thread's next evaluation, or its end.
struct SpareLists
{
    QList<const KindBehaviour *> behaviourOf;
    QList<ComponentModel> models;
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

/// Moves every per-component list of from to the same list of to.
template <typename From, typename To> void moveLists(From &from, To &to)
{
    to.behaviourOf = std::move(from.behaviourOf);
    to.models = std::move(from.models);
    to.regionOf = std::move(from.regionOf);
    to.zoneOf = std::move(from.zoneOf);
    to.ownerOf = std::move(from.ownerOf);
    to.paths = std::move(from.paths);
    to.load = std::move(from.load);
    to.peakReads = std::move(from.peakReads);
    to.peakWrites = std::move(from.peakWrites);
    to.averageQueue = std::move(from.averageQueue);
    to.peakQueue = std::move(from.peakQueue);
}

} // namespace

EvalState::EvalState(const model::Design &d, const catalog::Catalog &c, const BehaviourRegistry &b,
                     QStringList *notes)
    : design(d), catalog(c), behaviours(b), prices(c, notes), references(d), mLeavesLists(true)
{
    // A nested evaluation (a review's fix priced by evaluating the patched design) finds
    // the lists taken and starts without.
    moveLists(spare, *this);
}

EvalState::EvalState(const EvalState &other, QStringList *notes)
    : design(other.design), catalog(other.catalog), behaviours(other.behaviours),
      prices(other.catalog, notes), references(other.references), loadFactor(other.loadFactor),
      threads(1), componentIndex(other.componentIndex), zoneIndex(other.zoneIndex),
      zoneRegion(other.zoneRegion), regionZoneIndices(other.regionZoneIndices),
      sameAzRttMs(other.sameAzRttMs), crossAzRttMs(other.crossAzRttMs),
      behaviourOf(other.behaviourOf), kindData(other.kindData), models(other.models),
      regionOf(other.regionOf), zoneOf(other.zoneOf), ownerOf(other.ownerOf), paths(other.paths),
      load(other.load), peakReads(other.peakReads), peakWrites(other.peakWrites),
      averageQueue(other.averageQueue), peakQueue(other.peakQueue), rttCache(other.rttCache),
      availabilityMemo(other.availabilityMemo)
{}

EvalState::~EvalState()
{
    if (!mLeavesLists)
        return;
    // clear() keeps an unshared list's memory (Qt 6); the lanes that shared them are gone.
    behaviourOf.clear();
    models.clear();
    regionOf.clear();
    zoneOf.clear();
    ownerOf.clear();
    paths.clear();
    load.clear();
    peakReads.clear();
    peakWrites.clear();
    averageQueue.clear();
    peakQueue.clear();
    moveLists(*this, spare);
}

} // namespace archstudio::engine::detail
