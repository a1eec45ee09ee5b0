#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace archstudio::ui {

/// Keeps the mouse wheel for scrolling in a panel of editors: a combo box, spin box or
/// slider under root takes the wheel only while it has keyboard focus (a click or Tab gives
/// it), so scrolling past an editor never changes its value and never pushes an undo step.
/// Elsewhere the wheel goes on to the scroll area, as if the editor were not there.
class WheelGuard final : public QObject
{
public:
    /// Guards every editor under root, those made later included; lives as long as root.
    explicit WheelGuard(QWidget *root);
    ~WheelGuard() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> mRoot;
};

} // namespace archstudio::ui
