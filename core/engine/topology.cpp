#include "evalstate.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <unordered_map>

namespace archstudio::engine {

namespace {

/// The component a property of c names, when it holds a string (what the reference index
/// files c under).
const QVariant *reference(const model::Component &c, const QString &property)
{
    const auto value = c.properties.constFind(property);
    return value != c.properties.cend() && value->typeId() == QMetaType::QString ? &*value
                                                                                 : nullptr;
}

int indexOfRegion(const model::Design &design, const model::RegionId &region)
{
    for (qsizetype i = 0; i < design.regions.size(); ++i) {
        if (design.regions.at(i).code == region)
            return int(i);
    }
    return -1;
}

/// The index of one of the design's own components, from its address (components are
/// stored contiguously); -1 for any other, an equal copy included. Compared as integers
/// first: subtracting pointers into different arrays is undefined.
qsizetype placeIn(const model::Design &design, const model::Component &component)
{
    const auto address = reinterpret_cast<std::uintptr_t>(&component);
    const auto first = reinterpret_cast<std::uintptr_t>(design.components.constData());
    const auto end = first + std::uintptr_t(design.components.size()) * sizeof(model::Component);
    if (address < first || address >= end)
        return -1;
    return qsizetype((address - first) / sizeof(model::Component));
}

} // namespace

int KindContext::zoneIndex(const model::ZoneId &zone) const
{
    return zoneIndices ? zoneIndices->value(zone, -1) : -1;
}

QList<int> KindContext::regionZones(const model::RegionId &region) const
{
    QList<int> zones;
    if (const model::Region *r = design.findRegion(region)) {
        for (const model::ZoneId &z : r->zones)
            zones.append(zoneIndex(z));
    }
    return zones;
}

int KindContext::regionIndex(const model::RegionId &region) const
{
    return indexOfRegion(design, region);
}

const KindData *KindContext::compiledOf(const model::Component &other) const
{
    if (!compiled)
        return nullptr;
    const qsizetype i = placeIn(design, other);
    return i < 0 || std::size_t(i) >= compiled->size() ? nullptr
                                                       : (*compiled)[std::size_t(i)].get();
}

const model::Component *KindContext::find(const model::ComponentId &id) const
{
    const qsizetype i = componentIndex.value(id);
    return i < 0 ? nullptr : &design.components.at(i);
}

void ReferenceIndex::index(const QStringList &properties, std::span<const Reference> references,
                           const ComponentIndex &components)
{
    // The targets were looked up during compile: filing them here hashes no name (unless it
    // names no component).
    std::vector<Table> tables(std::size_t(properties.size()));
    for (const Reference &r : references) {
        Table &table = tables[std::size_t(r.property)];
        const model::Component *referrer = &mDesign.components.at(r.component);
        if (r.targetIndex < 0) {
            table.byName[r.target].append(referrer);
            continue;
        }
        if (table.byIndex.empty())
            table.byIndex.resize(std::size_t(mDesign.components.size()));
        table.byIndex[std::size_t(r.targetIndex)].append(referrer);
    }
    mComponents = &components;
    for (qsizetype p = 0; p < properties.size(); ++p)
        mByProperty.try_emplace(properties.at(p), std::move(tables[std::size_t(p)]));
}

const ReferenceIndex::Table &ReferenceIndex::table(const QString &property) const
{
    auto it = mByProperty.find(property);
    if (it == mByProperty.end()) {
        Table table;
        for (const model::Component &c : mDesign.components) {
            if (const QVariant *target = reference(c, property))
                table.byName[target->toString()].append(&c);
        }
        it = mByProperty.emplace(property, std::move(table)).first;
    }
    return it->second;
}

const ReferenceIndex::Table &ReferenceIndex::lastTable(const QString &property) const
{
    if (!mLast || property.constData() != mLastProperty.constData() ||
        property.size() != mLastProperty.size()) {
        mLast = &table(property);
        mLastProperty = property;
    }
    return *mLast;
}

const QList<const model::Component *> &
ReferenceIndex::referrers(const QString &property, const model::ComponentId &target) const
{
    static const Referrers kNone;
    const Table &t = lastTable(property);
    // A component's referrers were filed under its index; with duplicate ids, every one of
    // them looks up the same (the index keeps one), so all see every referrer of the id.
    if (!t.byIndex.empty()) {
        const qsizetype i = mComponents ? mComponents->value(target, -1) : -1;
        if (i >= 0)
            return t.byIndex[std::size_t(i)];
    }
    const auto it = t.byName.constFind(target.value());
    return it == t.byName.cend() ? kNone : *it;
}

const QList<const model::Component *> &
ReferenceIndex::referrers(const QString &property, const model::Component &target) const
{
    const Table &t = lastTable(property);
    // With unique ids the index of target's id is target's own: its place in the design.
    if (!t.byIndex.empty() && mComponents && mComponents->size() == mDesign.components.size()) {
        if (const qsizetype i = placeIn(mDesign, target); i >= 0)
            return t.byIndex[std::size_t(i)];
    }
    return referrers(property, target.id);
}

QList<const model::Component *> KindContext::referrers(const QString &property) const
{
    return references ? references->referrers(property, component)
                      : QList<const model::Component *>{};
}

namespace detail {

KindContext EvalState::context(int component) const
{
    KindContext c{design, design.components.at(component), prices, componentIndex};
    c.zoneIndices = &zoneIndex;
    c.references = &references;
    c.componentZone = zoneOf.value(component, -1);
    c.data =
        component < qsizetype(kindData.size()) ? kindData[std::size_t(component)].get() : nullptr;
    c.compiled = &kindData;
    return c;
}

int EvalState::regionIndex(const model::RegionId &region) const
{
    return indexOfRegion(design, region);
}

int EvalState::servingRegion(int component, int workloadRegion) const
{
    return models.at(component).replicaRegions.contains(workloadRegion) ? workloadRegion
                                                                        : regionOf.at(component);
}

double EvalState::rttMs(int fromRegion, int toRegion) const
{
    if (fromRegion < 0 || toRegion < 0)
        return 0.0;
    const qsizetype regions = design.regions.size();
    if (rttCache.isEmpty())
        rttCache.fill(std::numeric_limits<double>::quiet_NaN(), regions * regions);
    double &cached = rttCache[fromRegion * regions + toRegion];
    if (!std::isnan(cached))
        return cached;
    const QString key = QStringLiteral("rtt.") + design.regions.at(fromRegion).code.value() +
                        QLatin1Char('.') + design.regions.at(toRegion).code.value();
    cached = prices.value(key);
    return cached;
}

void describeComponents(EvalState &state)
{
    const model::Design &design = state.design;
    const qsizetype n = design.components.size();

    for (qsizetype r = 0; r < design.regions.size(); ++r) {
        QList<int> zones;
        for (const model::ZoneId &zone : design.regions.at(r).zones) {
            const int index = int(state.zoneRegion.size());
            state.zoneIndex.insert(zone, index);
            state.zoneRegion.append(int(r));
            zones.append(index);
        }
        state.regionZoneIndices.append(zones);
    }
    state.sameAzRttMs = state.prices.value(QStringLiteral("latency.same-az-rtt-ms"));
    state.crossAzRttMs = state.prices.value(QStringLiteral("latency.cross-az-rtt-ms"));

    state.componentIndex.build(design);

    state.behaviourOf.resize(n);
    state.regionOf.resize(n);
    state.zoneOf.resize(n);
    state.kindData.resize(std::size_t(n));
    // Every component's own properties are read once (compile), with the references the
    // behaviours declared, before any behaviour describes one: compile() sees no other
    // component's compiled data.
    const QStringList &referenceProperties = state.behaviours.referenceProperties();
    std::vector<ReferenceIndex::Reference> references;
    const KindBehaviour *lastBehaviour = nullptr;
    QList<int> lastReferences; // indices into referenceProperties
    for (qsizetype i = 0; i < n; ++i) {
        const model::Component &c = design.components.at(i);
        state.regionOf[i] = state.regionIndex(c.placement.region);
        state.zoneOf[i] = c.placement.zone ? state.zoneIndex.value(*c.placement.zone, -1) : -1;
        // Designs list components of a kind together: the behaviour is looked up per run.
        if (i == 0 || c.kind != design.components.at(i - 1).kind) {
            lastBehaviour = state.behaviours.find(c.kind);
            lastReferences = state.behaviours.referencePropertiesOf(lastBehaviour);
        }
        state.behaviourOf[i] = lastBehaviour;
        if (lastBehaviour) {
            KindContext context = state.context(int(i));
            context.compiled = nullptr; // the others are being compiled
            state.kindData[std::size_t(i)] = lastBehaviour->compile(context);
        }
        for (const int p : std::as_const(lastReferences)) {
            if (const QVariant *target = reference(c, referenceProperties.at(p))) {
                const QString id = target->toString();
                references.push_back({p, id, state.componentIndex.value(QStringView(id)), i});
            }
        }
    }
    state.references.index(referenceProperties, references, state.componentIndex);

    // With unique ids, a component that names no owner is found at its own index without a
    // look-up (with duplicates the index holds the last of them, so it is looked up).
    const bool uniqueIds = state.componentIndex.size() == n;
    state.models.reserve(n);
    state.roleOf.reserve(n);
    state.replicationOf.reserve(n);
    state.ownerOf.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const model::Component &c = design.components.at(i);
        ComponentModel m;
        if (const KindBehaviour *behaviour = state.behaviourOf.at(i))
            m = behaviour->describe(state.context(int(i)));
        else
            m.role = Role::Unknown;
        state.roleOf.append(m.role);
        state.replicationOf.append(
            quint8((m.appliesReplicatedWrites ? kAppliesReplicatedWrites : 0) |
                   (m.replicaRegions.isEmpty() ? 0 : kHasCopiesElsewhere)));
        // Owning its data, it names no owner: no copy of its id is kept.
        if (m.dataOwner.isEmpty() && uniqueIds)
            state.ownerOf.append(int(i));
        else
            state.ownerOf.append(
                int(state.componentIndex.value(m.dataOwner.isEmpty() ? c.id : m.dataOwner, i)));
        state.models.append(std::move(m));
    }
}

} // namespace detail
} // namespace archstudio::engine
