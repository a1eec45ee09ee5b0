#pragma once

#include "core/model/design.h"
#include "core/model/propertymap.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace archstudio::model {

enum class PropertyType {
    Number,  ///< a real number (JSON number)
    Integer, ///< a whole number
    Boolean,
    String,       ///< free text, optionally constrained by a pattern
    Enum,         ///< one of allowedValues
    ComponentRef, ///< the id of another component, of kind refKind
    ZoneRef,      ///< an AZ code of the component's own region
    RegionList,   ///< a list of region codes declared in the design
    Object,       ///< a nested object described by fields (or null when nullable)
};

QString propertyTypeName(PropertyType type);

/// Everything the inspector and the validator need to know about one property.
struct PropertySchema
{
    QString name;
    PropertyType type = PropertyType::Number;
    QString unit;              ///< e.g. "GiB", "1/s"; empty when unitless
    QVariant defaultValue;     ///< invalid QVariant: no default (catalog-derived or optional)
    QStringList allowedValues; ///< for Enum
    std::optional<double> minimum;
    std::optional<double> maximum;
    QString pattern; ///< regular expression a String must match entirely
    QString refKind; ///< for ComponentRef
    QString help;    ///< one line, shown as the inspector's tooltip
    bool required = false;
    bool nullable = false;        ///< JSON null is accepted (e.g. "dax": null)
    QList<PropertySchema> fields; ///< for Object
    /// Applies only while the property appliesWhenProperty of the same component (its
    /// default when absent) has one of appliesWhenValues: an ElastiCache node type only to a
    /// node-based cache. Validation, the inspector and the cards leave out what does not
    /// apply. Empty: it always applies.
    QString appliesWhenProperty;
    QStringList appliesWhenValues;
    /// The name in words in the user's language ("Instance class", "Instanzklasse"): set as
    /// the kind registers (KindRegistry::add, from model::englishPropertyLabel); read it
    /// through model::propertyLabel, which falls back to the English for a bare schema.
    QString label;
};

enum class PlacementKind {
    Zone,   ///< lives in one AZ: placement.zone
    Zones,  ///< spread over AZs: placement.zones
    Region, ///< regional service: placement.region only
};

/// The schema of one component kind, as registered by a kind provider.
struct KindSchema
{
    QString kind;        ///< as written in design.json, e.g. "rds"
    QString displayName; ///< e.g. "RDS database"
    QString category;    ///< palette group, e.g. "Databases"
    QString help;
    PlacementKind placement = PlacementKind::Zone;
    /// When this property has this value the component is regional instead (ElastiCache
    /// Serverless is a node-based cache's regional variant).
    QString regionalWhenProperty;
    QString regionalWhenValue;
    QList<PropertySchema> properties;
    /// Qt resource path of the kind's SVG icon (palette, canvas, exports), drawn at 48x48.
    QString icon;
    /// A RegionList property naming further regions where the service answers reads and writes
    /// locally (DynamoDB global tables); callers there do not cross regions.
    QString localInRegionsProperty;
    /// The diagrams.net (draw.io) shape style of the kind, from its AWS 4 library
    /// (mxgraph.aws4.*): shape and colours only; the draw.io writer adds label placement.
    QString drawioStyle;
    /// The kind's accent colour on cards, charts and exports, as "#RRGGBB".
    QString colour{};
    /// The properties whose value tells one component of the kind from another on its card
    /// ("db.r6g.large"), in order of preference: the first that applies and has a value is shown.
    QStringList cardProperties{};
    /// Whether a link may start at a component of this kind: links carry a client's traffic.
    bool startsLinks = false;
    /// The traffic a new link to a component of this kind carries (a cache or a read
    /// replica serves reads only).
    Traffic linkTraffic = Traffic::ReadsWrites;
    /// The diagrams.net shape names that mean this kind, for importing diagrams drawn without
    /// ArchStudio (io::importDrawioDiagram): names of the AWS 4 library without their
    /// "mxgraph.aws4." prefix, as a shape= or a resourceIcon's resIcon= ("rds_instance").
    /// A name may be followed by a query: "?label=replica" matches only shapes whose label
    /// contains the word (case-insensitively), and wins over the plain name; any other
    /// "key=value" sets that property of the imported component
    /// ("elasticache_for_redis?engine=redis", "aurora_instance?label=writer&role=writer").
    QStringList drawioShapes{};

    const PropertySchema *property(const QString &name) const;
    /// What a behaviour reads of a property: the component's own value when it sets one that
    /// is not null, else this schema's default; QVariant() when it has neither.
    QVariant valueOf(const QString &name, const PropertyMap &values) const;
    /// Does the named property apply to a component with these properties (see
    /// PropertySchema::appliesWhenProperty)? A name the schema does not know applies.
    bool applies(const QString &name, const PropertyMap &properties) const;
};

} // namespace archstudio::model
