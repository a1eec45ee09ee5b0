#pragma once

#include "design.h"
#include "kindregistry.h"
#include "problem.h"
#include "propertycheck.h"

namespace archstudio::model {

/// Checks a design's meaning against the kind schemas: placements inside declared regions and
/// zones, references that resolve, unique ids, property types, ranges and allowed values.
/// Every problem is reported, not just the first. Structure (JSON types of the top-level
/// keys) is the reader's job; this works on the model so the studio can check edits too.
class DesignValidator
{
public:
    explicit DesignValidator(const KindRegistry &registry) : mRegistry(registry) {}

    Problems validate(const Design &design) const;
    /// The problems validate() reports inside components[index] (its id, placement and
    /// properties), without checking the rest of the design: what an editor showing one
    /// component of thousands needs after each edit.
    Problems validateComponent(const Design &design, qsizetype index) const;

private:
    /// Files each component's index under its id (the first one, for a repeated id) and
    /// reports empty and repeated ids: of every component, or of components[only] alone.
    QHash<ComponentId, qsizetype> indexIds(const Design &design, Problems &problems,
                                           qsizetype only = -1) const;
    void checkRegions(const Design &design, Problems &problems) const;
    void checkComponent(const Design &design, qsizetype index, const PropertyContext &context,
                        Problems &problems) const;
    void checkPlacement(const Design &design, const Component &component, const KindSchema *schema,
                        const QString &path, Problems &problems) const;
    void checkNotes(const Design &design, Problems &problems) const;
    void checkLinks(const Design &design, const QHash<ComponentId, qsizetype> &index,
                    Problems &problems) const;
    void checkLayout(const Design &design, const QHash<ComponentId, qsizetype> &index,
                     Problems &problems) const;

    const KindRegistry &mRegistry;
};

} // namespace archstudio::model
