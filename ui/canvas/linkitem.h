#pragma once

#include "core/model/ids.h"
#include "core/render/linklabel.h"

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>

#include <optional>

namespace archstudio::ui {

/// A view of a link between two components (traffic a workload sends), or of a replication
/// relation the design implies (replica to source, Aurora instance to its cluster), which is
/// drawn automatically and cannot be selected.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    enum class Kind { Traffic, Replication };
    /// How far the traffic travels: drawn ever more prominently.
    using Reach = render::LinkReach;

    LinkItem(Kind kind, qsizetype linkIndex, model::ComponentId from, model::ComponentId to);

    int type() const override { return Type; }
    Kind kind() const { return mKind; }
    /// The link's index in Design::links (Traffic only).
    qsizetype linkIndex() const { return mLinkIndex; }
    const model::ComponentId &from() const { return mFrom; }
    const model::ComponentId &to() const { return mTo; }

    void setEnds(QPointF from, QPointF to);
    /// From the centre of the source card to the centre of the target's.
    QLineF ends() const { return mLine; }
    /// Returns whether the label's text changed (and it must be placed again).
    bool setLabel(const QString &label, Reach reach);
    /// The size of the label's box, padding included: what label placement keeps apart.
    QSizeF labelBoxSize() const;
    /// Where the scene placed the label (DiagramScene::placeLinkLabels); until it has,
    /// where render::linkLabelCentre() puts it.
    void setLabelCentre(QPointF centre);
    const std::optional<QPointF> &labelCentre() const { return mLabelCentre; }
    /// The line between the cards' edges, where the label sits.
    QLineF visibleLine() const;
    const QString &label() const { return mLabel; }
    Reach reach() const { return mReach; }
    /// Its colour when not selected: replication blue, or by reach (the far view uses it too).
    QColor colour() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Kind mKind;
    qsizetype mLinkIndex;
    model::ComponentId mFrom;
    model::ComponentId mTo;
    QLineF mLine;
    QString mLabel;
    /// The label laid out once, when it is first drawn, not per frame (shaping text is the
    /// dearest part of a frame with hundreds of links in view) and not for the thousands of
    /// links of a large design that are never drawn close enough to show one.
    QStaticText mStaticLabel;
    bool mLabelPrepared = false;
    mutable QSizeF mLabelBoxSize; ///< measured once per label text, when first asked
    std::optional<QPointF> mLabelCentre;
    Reach mReach = Reach::SameZone;
};

} // namespace archstudio::ui
