#include "wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace archstudio::ui {

namespace {

bool takesTheWheel(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) ||
           qobject_cast<const QAbstractSpinBox *>(object) ||
           qobject_cast<const QAbstractSlider *>(object);
}

} // namespace

WheelGuard::WheelGuard(QWidget *root) : QObject(root), mRoot(root)
{
    // On the application, since editors come and go as the selection changes; the filter
    // looks at two kinds of event and returns at once for every other.
    qApp->installEventFilter(this);
}

WheelGuard::~WheelGuard()
{
    qApp->removeEventFilter(this);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::Polish && type != QEvent::Wheel)
        return false;
    if (!mRoot || !takesTheWheel(watched))
        return false;
    auto *editor = static_cast<QWidget *>(watched);
    if (!mRoot->isAncestorOf(editor))
        return false;
    if (type == QEvent::Polish) {
        // Qt gives these editors focus on a wheel turn (WheelFocus), which would let the
        // wheel through on the very turn that scrolls past them.
        if (editor->focusPolicy() == Qt::WheelFocus)
            editor->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (editor->hasFocus())
        return false;
    // Ignored and filtered: Qt hands the wheel on to the parents, up to the scroll area.
    event->ignore();
    return true;
}

} // namespace archstudio::ui
