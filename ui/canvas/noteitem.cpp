#include "noteitem.h"

#include "diagramscene.h"

#include "core/render/notepainter.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

namespace archstudio::ui {

namespace {

constexpr qreal kGrip = 12.0;
constexpr qreal kPadding = 8.0;

} // namespace

NoteItem::NoteItem(qsizetype index, const model::Note &note)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(5); // over cards and links: a note is read first
    setToolTip(QObject::tr("Double-click to edit the text; drag the corner to resize; "
                           "right-click for its colour"));
    setNote(index, note);
}

void NoteItem::setNote(qsizetype index, const model::Note &note)
{
    mIndex = index;
    if (note == mNote && mSize == note.size && pos() == note.at)
        return;
    prepareGeometryChange();
    mNote = note;
    mSize = note.size;
    setPos(note.at);
    update();
}

QVariant NoteItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // The arrow is drawn to a fixed place in the scene: moving the note reshapes it.
    if (change == ItemPositionChange && mTargetBox)
        prepareGeometryChange();
    if (change == ItemPositionHasChanged)
        if (DiagramScene *scene = diagram())
            scene->noteMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

model::Note NoteItem::drawnNote() const
{
    model::Note note = mNote;
    note.at = pos();
    note.size = mSize;
    return note;
}

void NoteItem::setTargetBox(const std::optional<QRectF> &box)
{
    if (box == mTargetBox)
        return;
    prepareGeometryChange();
    mTargetBox = box;
}

bool NoteItem::isOnResizeGrip(QPointF scenePos) const
{
    const QPointF local = mapFromScene(scenePos);
    return QRectF(mSize.width() - kGrip, mSize.height() - kGrip, kGrip, kGrip).contains(local);
}

QRectF NoteItem::boundingRect() const
{
    QRectF bounds = box().adjusted(-2, -2, 2, 2);
    if (mTargetBox) {
        // The arrow reaches the target's border: room for it and its head.
        const QRectF target = mTargetBox->translated(-pos());
        const QLineF line = render::calloutLine(box(), target);
        if (!line.isNull())
            bounds |= QRectF(line.p1(), line.p2()).normalized().adjusted(-12, -12, 12, 12);
    }
    return bounds;
}

QPainterPath NoteItem::shape() const
{
    // Only the note itself takes clicks; the arrow lies over cards that must stay clickable.
    QPainterPath path;
    path.addRect(box());
    return path;
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    model::Note drawn = mNote;
    drawn.at = QPointF(0, 0);
    drawn.size = mSize;
    if (mEditor)
        drawn.text.clear(); // the editor shows the text being typed
    std::optional<QRectF> target;
    if (mTargetBox)
        target = mTargetBox->translated(-pos());
    render::paintNote(*painter, drawn, target);
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x1A, 0x73, 0xE8), 2.0, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box().adjusted(-2, -2, 2, 2));
        // The grip that resizes it.
        painter->setPen(QPen(QColor(0x5F, 0x63, 0x68), 1.2));
        for (qreal d = 4; d <= kGrip; d += 4)
            painter->drawLine(QPointF(mSize.width() - d, mSize.height() - 1),
                              QPointF(mSize.width() - 1, mSize.height() - d));
    }
}

void NoteItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isSelected() && isOnResizeGrip(event->scenePos())) {
        mResizing = true;
        mResizeFrom = event->scenePos();
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void NoteItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!mResizing) {
        QGraphicsItem::mouseMoveEvent(event);
        return;
    }
    const QPointF by = event->scenePos() - mResizeFrom;
    const auto side = [](qreal value) {
        return std::clamp(value, model::Note::kMinimumSide, model::Note::kMaximumSide);
    };
    prepareGeometryChange();
    mSize = QSizeF(side(mNote.size.width() + by.x()), side(mNote.size.height() + by.y()));
    update();
}

void NoteItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!std::exchange(mResizing, false)) {
        QGraphicsItem::mouseReleaseEvent(event); // a move: the scene commits every moved item
        return;
    }
    if (DiagramScene *scene = diagram())
        scene->noteResized(this);
}

void NoteItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        startEditing();
}

void NoteItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(isSelected() && isOnResizeGrip(event->scenePos()) ? Qt::SizeFDiagCursor
                                                                : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void NoteItem::startEditing()
{
    if (mEditor)
        return;
    mEditor = new QGraphicsTextItem(this);
    mEditor->setPlainText(mNote.text);
    mEditor->setPos(kPadding - 4, kPadding - 4);
    mEditor->setTextWidth(mSize.width() - 2 * kPadding + 8);
    QFont font = mEditor->font();
    font.setPointSizeF(10.0);
    mEditor->setFont(font);
    mEditor->setDefaultTextColor(QColor(0x3C, 0x40, 0x43));
    mEditor->setTextInteractionFlags(Qt::TextEditorInteraction);
    mEditor->installSceneEventFilter(this);
    mEditor->setFocus();
    QTextCursor cursor(mEditor->document());
    cursor.select(QTextCursor::Document);
    mEditor->setTextCursor(cursor);
    update();
}

void NoteItem::finishEditing(bool keep)
{
    if (!mEditor)
        return;
    const QString text = mEditor->toPlainText();
    mEditor->deleteLater();
    mEditor->setVisible(false);
    mEditor = nullptr;
    update();
    if (keep && text != mNote.text)
        if (DiagramScene *scene = diagram())
            scene->noteTextEdited(this, text);
}

bool NoteItem::sceneEventFilter(QGraphicsItem *watched, QEvent *event)
{
    if (watched != mEditor)
        return false;
    // The edit ends after the event that ends it has been handled: the scene may be in the
    // middle of a mouse press that moves the focus, and committing changes the scene.
    const auto finishLater = [this](bool keep) {
        if (!std::exchange(mFinishing, true))
            QTimer::singleShot(0, mEditor, [this, keep] {
                mFinishing = false;
                finishEditing(keep);
            });
    };
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            finishLater(false);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            finishLater(true);
            return true;
        }
    } else if (event->type() == QEvent::FocusOut) {
        finishLater(true);
    }
    return false;
}

DiagramScene *NoteItem::diagram() const
{
    return static_cast<DiagramScene *>(scene());
}

} // namespace archstudio::ui
