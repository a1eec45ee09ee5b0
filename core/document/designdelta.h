#pragma once

#include "core/document/document.h"
#include "core/model/design.h"

#include <QMap>
#include <QPointF>
#include <QRectF>

#include <optional>

namespace archstudio::document {

/// A reversible change to a design, kept as the before and after values of only the parts it
/// touches, so an undo step costs memory in proportion to the edit, not to the design.
///
/// Record every change against the same base design (the one the delta will first be applied
/// to), then apply() it; revert() restores the base exactly, including component order.
class DesignDelta
{
public:
    /// Appends a component, optionally placing it on the canvas.
    void addComponent(const model::Component &component,
                      std::optional<QPointF> position = std::nullopt);
    /// Removes a component and its canvas position. Links are the caller's (setLinks).
    void removeComponent(const model::Design &base, const model::ComponentId &id);
    /// Replaces a component's name, placement and properties (same id).
    void replaceComponent(const model::Design &base, const model::Component &after);
    void setPosition(const model::Design &base, const model::ComponentId &id,
                     std::optional<QPointF> position);
    void setZoneFrame(const model::Design &base, const model::ZoneId &zone,
                      std::optional<QRectF> frame);
    void setRegionFrame(const model::Design &base, const model::RegionId &region,
                        std::optional<QRectF> frame);
    void setRegions(const model::Design &base, const QList<model::Region> &regions);
    void setLinks(const model::Design &base, const QList<model::Link> &links);
    void setNotes(const model::Design &base, const QList<model::Note> &notes);
    /// The design's name and description.
    void setNameAndDescription(const model::Design &base, const QString &name,
                               const QString &description);

    bool isEmpty() const;
    void apply(model::Design &design) const;
    void revert(model::Design &design) const;
    /// What apply() and revert() touch.
    ChangeScope scope() const;

private:
    struct ComponentEdit
    {
        std::optional<model::Component> before;
        std::optional<model::Component> after;
        qsizetype baseIndex = -1; ///< index in the base design, for removed components
    };
    template <typename Value> struct Change
    {
        std::optional<Value> before;
        std::optional<Value> after;
    };

    void applyOneWay(model::Design &design, bool forward) const;

    QList<model::ComponentId> mOrder; ///< the order edits were first recorded
    QMap<model::ComponentId, ComponentEdit> mComponents;
    QMap<model::ComponentId, Change<QPointF>> mPositions;
    QMap<model::ZoneId, Change<QRectF>> mZoneFrames;
    QMap<model::RegionId, Change<QRectF>> mRegionFrames;
    std::optional<Change<QList<model::Region>>> mRegions;
    std::optional<Change<QList<model::Link>>> mLinks;
    std::optional<Change<QList<model::Note>>> mNotes;
    std::optional<Change<std::pair<QString, QString>>> mNameAndDescription;
};

} // namespace archstudio::document
