#pragma once

#include "core/model/kindschema.h"
#include "core/model/propertylabel.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QLabel;
class QToolButton;
class QPalette;
class QWidget;

/// Looks and wording shared by the inspector's rows, derived from the palette so dark mode works.
namespace archstudio::ui::inspectorstyle {

// Warning and muted colours and headings are the studio's own: ui/widgetstyle.h.

/// Shows a widget's text greyed and italic when it displays a default rather than a value of the
/// design, and records it in the dynamic property "showsDefault" (for tests and style sheets).
void setShowsDefault(QWidget *widget, bool showsDefault);
bool showsDefault(const QWidget *widget);

/// The property's name in words (model::propertyLabel, shared with the undo history).
using model::propertyLabel;

/// What an absent property without a schema default falls back to: the "(default: ...)" of its
/// help ("the source's"), or "auto" when the engine derives it.
QString fallbackText(const model::PropertySchema &schema);

/// The schema default in words for tooltips: "20 GiB", "Yes", "none"; empty without one.
QString defaultText(const model::PropertySchema &schema);

/// The unit as a spin box suffix: " GiB", " /s" (a bare "1/s" reads as a number).
QString unitSuffix(const QString &unit);

/// A small anticlockwise arrow for the rows' reset buttons, in the palette's text colour.
QIcon resetIcon(const QPalette &palette);

/// A row's reset button: flat, with resetIcon(), keeping its place while hidden so editors
/// line up whether their property is set or not.
QToolButton *createResetButton(QWidget *parent);

/// editor in a row with the room of a hidden reset button on its right, so fields without one
/// (name, zone) end where the property editors do.
QWidget *withResetGutter(QWidget *editor, QWidget *parent);

} // namespace archstudio::ui::inspectorstyle
