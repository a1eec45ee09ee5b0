#pragma once

#include "core/catalog/catalog.h"
#include "core/engine/kindset.h"
#include "core/engine/simulation/simulation.h"
#include "core/model/design.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;

namespace archstudio::document {
class Document;
class EvaluationScheduler;
} // namespace archstudio::document

namespace archstudio::ui {

class DiagramScene;
class DiagramView;
class PointerHalo;

/// Presents a design's scenes full screen for a projector (docs/TEACHING.md): only the canvas,
/// scaled so a card's name is at least 24 px high at 1280 × 720, a caption, and a pointer
/// highlight that follows the mouse. It shows a copy of the design: presenting never edits
/// the document, and leaving restores nothing because nothing changed.
///
/// Keys: → Space Page Down next; ← Page Up previous; Home, End; a number then Enter jumps;
/// D switches dark and light; Esc leaves (closes the window).
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(const model::Design &design, std::shared_ptr<const engine::KindSet> kinds,
                       bool dark, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    /// The design's scenes; a design without any is presented as one scene of all of it.
    const QList<model::Scene> &scenes() const { return mScenes; }
    int currentScene() const { return mCurrent; }
    void showScene(int index);
    bool isDark() const { return mDark; }
    void setDark(bool dark);
    /// The least zoom that keeps a card's name 24 px high at 720 px of screen height.
    qreal minimumZoom() const;
    /// Is the failure of the current scene (if any) simulated and shown?
    bool isFailureShown() const { return mFailureShown; }

    DiagramScene *diagram() const { return mScene; }
    DiagramView *view() const { return mView; }
    const document::Document *document() const { return mDocument; }
    QString captionText() const;
    QString counterText() const;

signals:
    void sceneShown(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool handleKey(int key, const QString &text);
    void showVariant(const QString &name);
    void simulate(const model::SceneFailure &failure);
    void failureSimulated();
    void frameScene();
    void placeOverlays();
    void updateCounter();

    model::Design mOriginal;
    catalog::Catalog mCatalog;
    QList<model::Scene> mScenes;
    int mCurrent = -1;
    bool mDark = false;
    QString mTyped; ///< digits typed towards a jump
    document::Document *mDocument = nullptr;
    document::EvaluationScheduler *mScheduler = nullptr;
    DiagramScene *mScene = nullptr;
    DiagramView *mView = nullptr;
    QLabel *mCaption = nullptr;
    QLabel *mCounter = nullptr;
    PointerHalo *mHalo = nullptr;
    QFutureWatcher<engine::SimulationResult> mSimulation;
    model::Design mSimulated; ///< the design the running simulation is of
    bool mFailureShown = false;
};

} // namespace archstudio::ui
