#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QPalette;
class QWidget;

/// Looks shared by the studio's panels and inspector, derived from the palette so dark mode works.
namespace archstudio::ui::widgetstyle {

/// Saturation and other alarms: an orange-red dark enough on white and bright enough on
/// near-black, so it needs no palette role of its own.
QColor warningColor();
/// A saving, readable on light and dark backgrounds alike.
QColor goodColor();
/// Secondary text (captions, notes, units): the palette's placeholder colour made opaque
/// over the window colour, so it can also be written into rich text.
QColor mutedColor(const QPalette &palette);
/// from moved towards to by t (0 to 1), channel by channel.
QColor blend(const QColor &from, const QColor &to, qreal t);

/// A bold section title ("Workloads", "Cost by component").
QLabel *createHeading(const QString &text, QWidget *parent);

} // namespace archstudio::ui::widgetstyle
