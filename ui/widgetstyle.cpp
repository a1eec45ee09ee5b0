#include "widgetstyle.h"

#include "core/render/diagramstyle.h"

#include <QLabel>
#include <QPalette>

namespace archstudio::ui::widgetstyle {

QColor warningColor()
{
    return QColor(0xe0, 0x52, 0x1b);
}

QColor goodColor()
{
    return QColor(0x2f, 0x9e, 0x44);
}

QColor mutedColor(const QPalette &palette)
{
    // Qt's default placeholder colour is the text colour at half opacity.
    const QColor placeholder = palette.color(QPalette::PlaceholderText);
    QColor opaque = placeholder;
    opaque.setAlphaF(1.0);
    const QColor muted = blend(palette.color(QPalette::Window), opaque, placeholder.alphaF());
    // Secondary text sits on the window and on lists (Base): it must read on both (WCAG AA).
    using render::style::readableOn;
    return readableOn(readableOn(muted, palette.color(QPalette::Window)),
                      palette.color(QPalette::Base));
}

QColor blend(const QColor &from, const QColor &to, qreal t)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * t,
                            from.greenF() + (to.greenF() - from.greenF()) * t,
                            from.blueF() + (to.blueF() - from.blueF()) * t);
}

QLabel *createHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace archstudio::ui::widgetstyle
