#include "mutedlabel.h"

#include "ui/widgetstyle.h"

#include <QEvent>

namespace archstudio::ui {

MutedLabel::MutedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    applyMutedColor();
}

void MutedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyMutedColor();
}

void MutedLabel::applyMutedColor()
{
    // Only WindowText is ours; every other role, the muted source included, still follows
    // the parent. Comparing first keeps our own setPalette from recursing.
    const QColor muted = widgetstyle::mutedColor(palette());
    if (palette().color(QPalette::WindowText) == muted)
        return;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, muted);
    setPalette(p);
}

} // namespace archstudio::ui
