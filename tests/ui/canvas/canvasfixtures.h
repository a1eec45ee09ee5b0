#pragma once

#include "core/document/document.h"
#include "core/io/designfile.h"
#include "support/testkinds.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QTest>

namespace archstudio::testing {

inline model::Design sampleDesign()
{
    io::LoadResult loaded = io::loadDesignFile(
        QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio"), test::loadOptions());
    if (!loaded.file)
        qFatal("the sample design does not load");
    return loaded.file->design;
}

/// Sends one mouse event straight to the scene, as a view would after mapping it.
inline void sendSceneMouse(QGraphicsScene *scene, QEvent::Type type, QPointF at,
                           Qt::MouseButton button, Qt::MouseButtons buttons, QPointF pressedAt)
{
    QGraphicsSceneMouseEvent event(type);
    event.setScenePos(at);
    event.setLastScenePos(at);
    event.setPos(at);
    event.setScreenPos(at.toPoint());
    event.setButton(button);
    event.setButtons(buttons);
    event.setButtonDownScenePos(Qt::LeftButton, pressedAt);
    event.setButtonDownScreenPos(Qt::LeftButton, pressedAt.toPoint());
    event.setModifiers(Qt::NoModifier);
    QApplication::sendEvent(scene, &event);
}

/// A left-button drag on the scene from one point to another, in a few steps.
inline void sceneDrag(QGraphicsScene *scene, QPointF from, QPointF to)
{
    sendSceneMouse(scene, QEvent::GraphicsSceneMousePress, from, Qt::LeftButton, Qt::LeftButton,
                   from);
    for (int i = 1; i <= 4; ++i)
        sendSceneMouse(scene, QEvent::GraphicsSceneMouseMove, from + (to - from) * i / 4.0,
                       Qt::NoButton, Qt::LeftButton, from);
    sendSceneMouse(scene, QEvent::GraphicsSceneMouseRelease, to, Qt::LeftButton, Qt::NoButton,
                   from);
}

} // namespace archstudio::testing
