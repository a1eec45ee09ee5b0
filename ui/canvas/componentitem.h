#pragma once

#include "core/model/ids.h"
#include "core/render/componentcard.h"

#include <QGraphicsItem>

namespace archstudio::ui {

class DiagramScene;

/// A view of one component: its card, badge and link handle. It reads what the scene gives it
/// and never writes the model; the scene turns gestures on it into undo commands.
/// A plain QGraphicsItem (not a QObject): a 10,000-component design holds 10,000 of them.
class ComponentItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit ComponentItem(model::ComponentId id);

    int type() const override { return Type; }
    const model::ComponentId &id() const { return mId; }

    void setContent(const render::CardContent &content);
    const render::CardContent &content() const { return mContent; }
    /// The badge and outlines from the last evaluation (an empty badge hides it).
    void setFigures(const QString &badge, bool singlePointOfFailure, bool saturated);

    /// What a failure being played back does to the component (FailurePlayback).
    enum class Fault {
        None,
        Down,     ///< greyed and crossed out
        TookOver, ///< failed over, promoted or rebuilt: highlighted
        Cold,     ///< a cache back but empty: outlined
    };
    /// The fault and a short note drawn above the card ("down", "promoted · 42%").
    void setFault(Fault fault, const QString &note = {});
    Fault fault() const { return mFault; }

    /// The link handle: a dot on the card's right edge, shown on hover and selection.
    QRectF handleRect() const;
    bool isOnHandle(QPointF scenePos) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    DiagramScene *diagram() const;

    model::ComponentId mId;
    render::CardContent mContent;
    QRectF mBounds;
    bool mHovered = false;
    Fault mFault = Fault::None;
    QString mFaultNote;
};

} // namespace archstudio::ui
