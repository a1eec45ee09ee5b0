#pragma once

#include "core/model/note.h"

#include <QGraphicsItem>

#include <optional>

class QGraphicsTextItem;

namespace archstudio::ui {

class DiagramScene;

/// A view of a note: a sticky note, or a callout with an arrow to a component, zone or region
/// (render::paintNote, as every export draws it). Move it by dragging, resize it by its
/// bottom-right grip, double-click (or F2) to edit its text in place: Ctrl+Enter or a click
/// elsewhere keeps the text, Esc drops the change. The scene turns each into one undo command.
class NoteItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    NoteItem(qsizetype index, const model::Note &note);
    /// Follows the model: the note at index, as it is now.
    void setNote(qsizetype index, const model::Note &note);

    int type() const override { return Type; }
    /// The note's place in Design::notes.
    qsizetype index() const { return mIndex; }
    /// The note as the model has it.
    const model::Note &note() const { return mNote; }
    /// The note as drawn now: moved or resized by a gesture not yet committed.
    model::Note drawnNote() const;
    /// Where the arrow points, in scene coordinates; nullopt for a plain note.
    void setTargetBox(const std::optional<QRectF> &box);

    bool isOnResizeGrip(QPointF scenePos) const;
    void startEditing();
    bool isEditing() const { return mEditor != nullptr; }
    /// Ends editing: keeps the typed text (commits it) or drops it.
    void finishEditing(bool keep);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    bool sceneEventFilter(QGraphicsItem *watched, QEvent *event) override;

private:
    DiagramScene *diagram() const;
    QRectF box() const { return QRectF(QPointF(0, 0), mSize); }

    qsizetype mIndex = -1;
    model::Note mNote;
    QSizeF mSize; ///< as drawn; the model's until a resize is committed
    std::optional<QRectF> mTargetBox;
    bool mResizing = false;
    QPointF mResizeFrom;
    QGraphicsTextItem *mEditor = nullptr;
    bool mFinishing = false; ///< the end of the edit is on its way (sceneEventFilter)
};

} // namespace archstudio::ui
