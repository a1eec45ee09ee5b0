#pragma once

#include "kindbehaviour.h"

#include "core/catalog/catalog.h"
#include "core/model/design.h"
#include "core/model/problem.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace archstudio::engine {

/// The values a catalog prices for the properties that name catalog prices (instance classes,
/// node types; KindBehaviour::catalogKeyedValues): what the inspector's pickers list, what
/// `archstudio validate` and the inspector report when a design names a value the catalog does
/// not know, and what the review suggests instead. Not thread-safe (it remembers the values of
/// each key prefix it was asked about): one per thread.
class CatalogValues
{
public:
    CatalogValues(const catalog::Catalog &catalog, const BehaviourRegistry &behaviours);

    /// What the component's behaviour declares; empty for kinds without one. find resolves
    /// the components it refers to (a replica's source); without it the design is searched.
    QList<CatalogKeyedValue> keyedValues(const model::Design &design,
                                         const model::Component &component,
                                         const ComponentLookup &find = {}) const;
    /// The declaration of one property of the component, when it names catalog prices.
    std::optional<CatalogKeyedValue> keyedValue(const model::Design &design,
                                                const model::Component &component,
                                                const QString &property) const;
    /// Whether a property of a kind takes its values from the catalog's price keys.
    bool listsValues(const QString &kind, const QString &property) const;

    /// The values the catalog prices for keyed in region, sorted by family and size
    /// (sortByFamilyAndSize). A region without prices of its own gets the reference region's, as
    /// the engine prices it (docs/CATALOG.md).
    QStringList pricedValues(const model::RegionId &region, const CatalogKeyedValue &keyed) const;
    /// The values priced for one property of the component (empty when it names none).
    QStringList pricedValues(const model::Design &design, const model::Component &component,
                             const QString &property) const;

    /// The component's values the catalog cannot price: set, used by its deployment and
    /// absent from pricedValues().
    QList<CatalogKeyedValue> unknownValues(const model::Design &design,
                                           const model::Component &component,
                                           const ComponentLookup &find = {}) const;

    /// A warning for each value of components[index] that the catalog cannot price, at the
    /// property's JSON path (components[2].properties.instanceClass); a value taken from
    /// another component (a replica's source's class) is reported there instead.
    model::Problems problems(const model::Design &design, qsizetype index) const;
    /// problems() of every component.
    model::Problems problems(const model::Design &design) const;

    /// 'instance class "db.bogus.huge" is not in the aws catalog for postgres in us-east-1'
    /// (with "(db's)" after the value when it is taken from component db).
    QString describeUnknown(const model::Component &component,
                            const CatalogKeyedValue &keyed) const;
    /// "db.m5.large, db.m6g.large, …": a few priced values to offer instead, one a family (the
    /// value's own family first when the catalog has it).
    QString suggestions(const model::Component &component, const CatalogKeyedValue &keyed) const;

private:
    model::Problems problemsOf(const model::Design &design, qsizetype index,
                               const ComponentLookup &find) const;

    const catalog::Catalog &mCatalog;
    const BehaviourRegistry &mBehaviours;
    /// pricedValues() by region and key prefix: each is a scan of the whole catalog.
    mutable QHash<QString, QStringList> mPriced;
};

/// Sorts "db.t4g.micro", "db.r6g.large", "db.r6g.2xlarge", "db.r6g.xlarge" by family, then by
/// size: db.r6g.large, db.r6g.xlarge, db.r6g.2xlarge, db.t4g.micro.
void sortByFamilyAndSize(QStringList &values);

} // namespace archstudio::engine
