#pragma once

#include "core/render/componentcard.h"

#include <QPalette>
#include <QString>

namespace archstudio::ui::theme {

/// "system" follows the desktop's palette (light or dark); "light" and "dark" force one.
enum class Choice { System, Light, Dark };

QString choiceName(Choice choice);
Choice choiceFromName(const QString &name);

/// Applies the choice to the application: the system palette, or Fusion with a light or dark
/// palette. Remembers the system palette on first use so "system" can go back to it.
void apply(Choice choice);

/// The light (Fusion's) or the dark palette, for a window that keeps its own (presentation).
QPalette fixedPalette(bool dark);

/// True when the palette's window colour is dark.
bool isDark(const QPalette &palette);

/// Card colours for the canvas from a palette, so cards follow light and dark themes.
render::CardColours cardColours(const QPalette &palette);

} // namespace archstudio::ui::theme
