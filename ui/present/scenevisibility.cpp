#include "scenevisibility.h"

#include "core/model/scene.h"
#include "ui/canvas/componentitem.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/noteitem.h"

#include <QSet>

namespace archstudio::ui {

void applySceneVisibility(DiagramScene &scene, const QStringList &hidden)
{
    const QSet<QString> keys(hidden.cbegin(), hidden.cend());
    const auto componentHidden = [&](const model::ComponentId &id) {
        return keys.contains(model::hiddenComponentKey(id.value()));
    };
    for (auto it = scene.componentItems().cbegin(); it != scene.componentItems().cend(); ++it)
        it.value()->setVisible(!componentHidden(it.key()));
    for (LinkItem *link : scene.linkItems())
        link->setVisible(!componentHidden(link->from()) && !componentHidden(link->to()));
    for (NoteItem *item : scene.noteItems()) {
        const model::Note &note = item->note();
        const bool pointsAtHidden = note.pointsTo &&
                                    note.pointsTo->kind == model::NoteTarget::Kind::Component &&
                                    componentHidden(model::ComponentId(note.pointsTo->id));
        const bool ownHidden = !note.id.isEmpty() && keys.contains(model::hiddenNoteKey(note.id));
        item->setVisible(!ownHidden && !pointsAtHidden);
    }
}

} // namespace archstudio::ui
