#pragma once

#include <QStringList>

namespace archstudio::ui {

class DiagramScene;

/// Shows every card, link and note of the canvas except what a scene hides ("component:ID",
/// "note:ID"): links to a hidden component and callouts pointing at it go with it.
void applySceneVisibility(DiagramScene &scene, const QStringList &hidden);

} // namespace archstudio::ui
