#pragma once

#include "componentindex.h"
#include "componentmodel.h"

#include "core/catalog/catalog.h"
#include "core/model/design.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace archstudio::engine {

class PriceBook;

/// Which components name a given one in a property (Aurora instances by "cluster",
/// replicas by "replicaOf"), built once per property per evaluation so behaviours never
/// scan the whole design for each component.
class ReferenceIndex
{
public:
    explicit ReferenceIndex(const model::Design &design) : mDesign(design) {}
    ReferenceIndex(const ReferenceIndex &) = delete;
    ReferenceIndex &operator=(const ReferenceIndex &) = delete;
    /// The components whose property names target, in design order. The list is the
    /// evaluation's own: valid while it runs.
    const QList<const model::Component *> &referrers(const QString &property,
                                                     const model::ComponentId &target) const;
    /// The same for one of the design's components, found by its address when the ids are
    /// unique: no look-up of its id.
    const QList<const model::Component *> &referrers(const QString &property,
                                                     const model::Component &target) const;

    /// One component naming another in a property: what the compile pass collects for the
    /// properties behaviours declare (KindBehaviour::referenceProperties()).
    struct Reference
    {
        int property = 0;           ///< index into the declared properties
        QString target;             ///< the property's value
        qsizetype targetIndex = -1; ///< components.value(target): -1 when it names none
        qsizetype component = 0;
    };
    /// Files the tables of the declared properties from the references found, given in
    /// design order, so no table of them needs a scan of the design; components: the index
    /// the targets were looked up in, kept for referrers() (it must outlive this index).
    void index(const QStringList &properties, std::span<const Reference> references,
               const ComponentIndex &components);

private:
    using Referrers = QList<const model::Component *>;
    using ByTarget = QHash<QString, Referrers>;
    /// A property's referrers by the index of the component they name, and by name for the
    /// names no component has. A declared property's table is filled without hashing a
    /// name; another's (asked for by a behaviour that did not declare it) has only names.
    struct Table
    {
        std::vector<Referrers> byIndex;
        ByTarget byName;
    };
    const Table &table(const QString &property) const;
    /// table(property), remembered for the next call (see mLast).
    const Table &lastTable(const QString &property) const;

    const model::Design &mDesign;
    const ComponentIndex *mComponents = nullptr; ///< where index() looked the targets up
    /// Node-based: a table stays where it is while others are added (those of properties no
    /// behaviour declared, made at the first question).
    mutable std::unordered_map<QString, Table> mByProperty;
    /// The property last asked for and its table: behaviours ask for one property many
    /// times in a row. The copy keeps the name's characters alive, so an equal address
    /// means an equal name.
    mutable QString mLastProperty;
    mutable const Table *mLast = nullptr;
};

/// What a behaviour read once from a component's properties (typed fields instead of
/// look-ups by name), made by KindBehaviour::compile and handed back to every other call of
/// the same evaluation through KindContext::data.
class KindData
{
public:
    virtual ~KindData() = default;
};

/// What a behaviour sees of the design while describing one component.
struct KindContext
{
    const model::Design &design;
    const model::Component &component;
    const PriceBook &prices;
    const ComponentIndex &componentIndex;
    /// Design zone index of a zone code (-1 when unknown), and the zones of a region.
    int zoneIndex(const model::ZoneId &zone) const;
    QList<int> regionZones(const model::RegionId &region) const;
    int regionIndex(const model::RegionId &region) const;
    const model::Component *find(const model::ComponentId &id) const;
    const QHash<model::ZoneId, int> *zoneIndices = nullptr;
    const ReferenceIndex *references = nullptr;
    /// The components whose property names this component (see ReferenceIndex).
    QList<const model::Component *> referrers(const QString &property) const;
    /// Design zone index of the component's zone: zoneIndex() of it, without the look-up
    /// (-1 when it names no zone or one the design lacks).
    int componentZone = -1;
    /// What compile() returned for this component (null inside compile() itself).
    const KindData *data = nullptr;
    /// What compile() returned for every component, by design index (null inside compile():
    /// the other components are being compiled).
    const std::vector<std::unique_ptr<const KindData>> *compiled = nullptr;
    /// What compile() returned for another component of the design; null inside compile(),
    /// for a component whose kind has no behaviour, or one that is not the design's.
    const KindData *compiledOf(const model::Component &other) const;
};

/// The data compile() made for the component of a context, as the behaviour's own type.
template <typename T> const T &dataOf(const KindContext &context)
{
    Q_ASSERT(dynamic_cast<const T *>(context.data));
    return static_cast<const T &>(*context.data);
}

/// A kind-specific review finding, with the patch that fixes it when there is one.
struct Finding
{
    QString rule;
    QString message;
    QString fix;
    std::optional<Patch> patch;
};

/// One of a component's properties whose value names a price in the catalog (an instance
/// class, a node type): the value is the last token of price keys shaped
/// price.<region>.<service>[.<engine>].<skipped tokens>.<value> (docs/CATALOG.md).
struct CatalogKeyedValue
{
    QString property;      ///< path inside the properties: "instanceClass", "dax.nodeType"
    QString label;         ///< in words, for messages: "instance class", "DAX node type"
    QString service;       ///< the keys' service: "rds.instance"
    QString engine;        ///< the engine token after it ("postgres"); empty when keys have none
    int skippedTokens = 0; ///< tokens between the engine and the value (RDS: the deployment)
    QString value;         ///< what the component is priced with; empty when it has none
    QString from;          ///< the component the value is taken from (a replica's source), if any
    bool priced = true;    ///< false when its deployment does not use it (ElastiCache Serverless)
};

/// Finds a component of the design by id (null when it has none).
using ComponentLookup = std::function<const model::Component *(const model::ComponentId &)>;

} // namespace archstudio::engine
// Plain values of Qt containers and strings: moved in memory when a QList grows.
Q_DECLARE_TYPEINFO(archstudio::engine::Finding, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(archstudio::engine::CatalogKeyedValue, Q_RELOCATABLE_TYPE);
namespace archstudio::engine {

/// Everything particular to one component kind: its model, its bill and its review rules.
/// The engine's algebra (routing, queueing, availability) is generic over these.
class KindBehaviour
{
public:
    virtual ~KindBehaviour() = default;
    virtual QString kind() const = 0;
    /// Reads the component's own properties once per evaluation, before any other call; the
    /// other calls read other components' compiled data (KindContext::compiledOf) and the
    /// referrers index, neither of which is complete during compile(). It must not look
    /// figures up in the catalog (notes keep the order of the calls below).
    virtual std::unique_ptr<const KindData> compile(const KindContext &) const { return nullptr; }
    /// This kind's properties that name another component (an Aurora instance's "cluster"):
    /// the compile pass indexes them for KindContext::referrers() as it goes, instead of
    /// scanning the design at the first question. referrers() of such
    /// a property lists the components of the kinds that declare it.
    virtual QStringList referenceProperties() const { return {}; }
    virtual ComponentModel describe(const KindContext &context) const = 0;
    virtual QList<LineItem> price(const KindContext &context, const ComponentLoad &load) const = 0;
    /// Findings only this kind can raise (replica placement, burstable classes...), given
    /// the component's load, its peak utilisation and the bill price() gave.
    virtual QList<Finding> review(const KindContext &, const ComponentLoad &,
                                  double /*utilization*/, const QList<LineItem> & /*bill*/) const
    {
        return {};
    }
    /// This kind's properties whose values name catalog prices, with the values the
    /// component is priced with (read from the component as stored, with its kind's defaults;
    /// find resolves the components it refers to). What the inspector's pickers list, what
    /// validate checks and what the review names when a component cannot be priced.
    virtual QList<CatalogKeyedValue> catalogKeyedValues(const model::Component & /*component*/,
                                                        const ComponentLookup & /*find*/) const
    {
        return {};
    }
    /// A patch giving the component more capacity, for the saturation rules.
    virtual std::optional<Patch> upsize(const KindContext &) const { return std::nullopt; }
    /// A patch that lets the component survive the loss of its instance or its zone
    /// (Multi-AZ, a replica), for the single-point-of-failure rules.
    virtual std::optional<Patch> makeRedundant(const KindContext &) const { return std::nullopt; }
};

/// The behaviours known to this run, by kind.
class BehaviourRegistry
{
public:
    void add(std::shared_ptr<const KindBehaviour> behaviour);
    const KindBehaviour *find(const QString &kind) const;
    /// Every behaviour's referenceProperties(), each once, in the order they were added.
    const QStringList &referenceProperties() const { return mReferenceProperties; }
    /// The indices into referenceProperties() of one behaviour's own.
    QList<int> referencePropertiesOf(const KindBehaviour *behaviour) const
    {
        return mReferencePropertiesOf.value(behaviour);
    }

private:
    std::unordered_map<QString, std::shared_ptr<const KindBehaviour>> mBehaviours;
    QStringList mReferenceProperties;
    QHash<const KindBehaviour *, QList<int>> mReferencePropertiesOf;
};

} // namespace archstudio::engine
