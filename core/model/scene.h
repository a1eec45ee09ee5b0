#pragma once

#include "note.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace archstudio::model {

/// A failure a scene shows: what is lost, and how long after the loss the scene looks.
struct SceneFailure
{
    NoteTarget target; ///< a zone, a region or a component ("zone:us-east-1a")
    double atSeconds = 0.0;
    friend bool operator==(const SceneFailure &, const SceneFailure &) = default;
};

/// One step of a presentation (docs/FILE-FORMAT.md, "Scenes"): what part of the canvas is
/// shown, in which variant, under what load and failure, with what left out, and a caption.
/// Hiding things lets a presenter build an architecture up: the replica appears in scene 3.
struct Scene
{
    QString caption;
    /// The part of the canvas shown, in canvas units; none shows the whole design.
    std::optional<QRectF> viewpoint;
    /// The variant shown; empty shows the one being edited.
    QString variant;
    double loadFactor = 1.0;
    std::optional<SceneFailure> failure;
    /// What the scene leaves out: "component:ID" and "note:ID". Links to a hidden component,
    /// and callouts pointing at it, are left out with it.
    QStringList hidden;

    friend bool operator==(const Scene &, const Scene &) = default;
};

inline QString hiddenComponentKey(const QString &id)
{
    return QStringLiteral("component:") + id;
}
inline QString hiddenNoteKey(const QString &id)
{
    return QStringLiteral("note:") + id;
}

/// Load factors a scene may ask for, as the load control allows.
inline constexpr double kSceneMinimumLoad = 0.1;
inline constexpr double kSceneMaximumLoad = 10.0;

} // namespace archstudio::model
