#pragma once

#include "exercise.h"
#include "ids.h"
#include "note.h"
#include "propertymap.h"
#include "scene.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVariant>

#include <optional>

namespace archstudio::model {

struct Region
{
    RegionId code;
    QList<ZoneId> zones;

    bool hasZone(const ZoneId &zone) const { return zones.contains(zone); }
    friend bool operator==(const Region &, const Region &) = default;
};

/// Where a component lives: one zone, several zones (a workload), or only a region
/// (regional services such as DynamoDB).
struct Placement
{
    RegionId region;
    std::optional<ZoneId> zone;
    QList<ZoneId> zones;

    friend bool operator==(const Placement &, const Placement &) = default;
};

struct Component
{
    ComponentId id;
    QString kind;
    QString name;
    Placement placement;
    PropertyMap properties;
    /// Keys of the component object this version does not know, kept for the next save.
    PropertyMap extraKeys;

    QString displayName() const { return name.isEmpty() ? id.value() : name; }
    friend bool operator==(const Component &, const Component &) = default;
};

enum class Traffic { Reads, Writes, ReadsWrites };

struct Link
{
    ComponentId from;
    ComponentId to;
    Traffic traffic = Traffic::ReadsWrites;
    std::optional<double> readShare;

    bool carriesReads() const { return traffic != Traffic::Writes; }
    bool carriesWrites() const { return traffic != Traffic::Reads; }
    friend bool operator==(const Link &, const Link &) = default;
};

/// Positions on the canvas. Absent entries are laid out automatically by the studio.
struct Layout
{
    QMap<RegionId, QRectF> regionFrames;
    QMap<ZoneId, QRectF> zoneFrames;
    QMap<ComponentId, QPointF> componentPositions;

    bool isEmpty() const
    {
        return regionFrames.isEmpty() && zoneFrames.isEmpty() && componentPositions.isEmpty();
    }
    friend bool operator==(const Layout &, const Layout &) = default;
};

/// What differs between the variants of one design: its architecture and its figures.
struct DesignContent
{
    /// The design's own values for catalog figures (key -> value), e.g. a measured
    /// failover time or a negotiated price. See docs/CATALOG.md.
    QMap<QString, double> catalogOverrides;
    QList<Region> regions;
    QList<Component> components;
    QList<Link> links;
    Layout layout;
    QList<Note> notes;

    friend bool operator==(const DesignContent &, const DesignContent &) = default;
};

/// An alternative version of the design kept beside it, to compare with
/// (docs/FILE-FORMAT.md, "Variants").
struct Variant
{
    QString name;
    DesignContent content;
    friend bool operator==(const Variant &, const Variant &) = default;
};

/// The whole design: the single source of truth that documents, the engine and writers read.
/// A plain value, cheap to copy for a background snapshot (Qt containers share on copy).
/// Its DesignContent is the variant being edited, named variantName; the engine sees only
/// that one.
struct Design : DesignContent
{
    QString name;
    QString description;
    QString catalog = QStringLiteral("aws");
    QString variantName = defaultVariantName();
    QList<Variant> otherVariants; ///< in the order the user made them
    /// Set when the design is handed out as an exercise (its goals apply to every variant).
    std::optional<Exercise> exercise;
    /// A presentation's steps, in order; they may show any variant.
    QList<Scene> scenes;
    /// Top-level keys this version does not know, kept verbatim for the next save.
    PropertyMap extraKeys;

    const Region *findRegion(const RegionId &code) const;
    const Region *regionOfZone(const ZoneId &zone) const;
    /// A linear search: to look many components up, build displayNamesById() once.
    const Component *findComponent(const ComponentId &id) const;
    qsizetype indexOfComponent(const ComponentId &id) const;
    /// Whether the component, zone or region a callout points at is in the design.
    bool hasNoteTarget(const NoteTarget &target) const;

    static QString defaultVariantName() { return QStringLiteral("Baseline"); }
    friend bool operator==(const Design &, const Design &) = default;
};

/// Each component's displayName() by id: what a panel listing thousands of results (one per
/// workload, finding or component) looks names up in, instead of a search per row.
QHash<ComponentId, QString> displayNamesById(const Design &design);

QString trafficName(Traffic traffic);
std::optional<Traffic> trafficFromName(const QString &name);

} // namespace archstudio::model
