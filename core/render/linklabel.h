#pragma once

#include "core/catalog/catalog.h"
#include "core/model/design.h"
#include "core/model/kindregistry.h"

#include <QHash>
#include <QLineF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace archstudio::render {

/// How far a link's requests travel, which its colour tells.
enum class LinkReach { SameZone, CrossZone, CrossRegion };

struct LinkLabel
{
    QString text; ///< "reads + writes · cross-AZ 1.70 ms"
    LinkReach reach = LinkReach::SameZone;
};

/// The label of a traffic link: what travels, how far, and the network round trip from the
/// catalog. The canvas (ui/canvas DiagramScene) and the exported diagrams both use it, so
/// an exported diagram reads like the canvas.
LinkLabel linkLabel(const model::Component &from, const model::Component &to,
                    const model::Link &link, const catalog::Catalog &catalog,
                    const model::KindRegistry &kinds);

/// A replication line (a replica from its source): labelled only when it crosses regions.
LinkLabel replicationLabel(const model::Component &source, const model::Component &replica);

QColor reachColour(LinkReach reach);

/// Where a link's label of the given size is centred on the visible line between two cards
/// (centred at fromCard and toCard): its middle, unless the label would cover the figures
/// badge under either card; then the clear point along the line nearest the middle.
QPointF linkLabelCentre(const QLineF &visible, QPointF fromCard, QPointF toCard, QSizeF label);

/// Places link labels one after another: each where linkLabelCentre() puts it, moved along its
/// line where it would cover a label placed before it; where no point of the line is clear,
/// where linkLabelCentre() puts it. The canvas and the exports use one placer per card for the
/// links leaving it, whose middles crowd together (a workload calling its databases side by
/// side); the same labels placed in the same order land in the same places, so they agree.
class LinkLabelPlacer
{
public:
    /// The centre of the label of size label on the visible line between the cards centred at
    /// fromCard and toCard; the label's box is then taken.
    QPointF place(const QLineF &visible, QPointF fromCard, QPointF toCard, QSizeF label);

private:
    bool isTaken(const QRectF &box) const;
    void take(const QRectF &box);

    /// Boxes taken, by the grid cells they touch, so a placement looks only at its
    /// neighbours: a large diagram has thousands of labels.
    QHash<quint64, QList<QRectF>> mCells;
};

} // namespace archstudio::render
