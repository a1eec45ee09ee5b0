#pragma once

#include "core/model/ids.h"

#include <QGraphicsItem>

namespace archstudio::ui {

class DiagramScene;

/// A view of a region or an Availability Zone: a framed container with a header. Moving it
/// moves what is inside; its bottom-right grip resizes it. The scene turns both into one undo
/// command on release.
class ContainerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    enum class Kind { Region, Zone };
    enum class DropState { None, Accepts, Refuses };

    ContainerItem(Kind kind, QString code, QString title);

    int type() const override { return Type; }
    Kind kind() const { return mKind; }
    /// The region or zone code.
    const QString &code() const { return mCode; }
    model::RegionId regionId() const { return model::RegionId(mCode); }
    model::ZoneId zoneId() const { return model::ZoneId(mCode); }

    /// The frame in scene coordinates (the item sits at its top-left corner).
    QRectF frame() const { return QRectF(pos(), mSize); }
    void setFrame(const QRectF &frame);
    void setTitle(const QString &title);
    void setDropState(DropState state);
    /// Hatched in red while a failure of this region or zone is played back.
    void setFailed(bool failed);
    bool isFailed() const { return mFailed; }

    bool isOnResizeGrip(QPointF scenePos) const;
    /// The title strip at the top, by which the container is moved.
    bool isOnHeader(QPointF scenePos) const;
    bool isResizing() const { return mResizing; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    DiagramScene *diagram() const;

    Kind mKind;
    QString mCode;
    QString mTitle;
    QSizeF mSize;
    DropState mDropState = DropState::None;
    bool mFailed = false;
    bool mResizing = false;
};

} // namespace archstudio::ui
