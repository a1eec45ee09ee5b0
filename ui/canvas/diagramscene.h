#pragma once

#include "core/catalog/catalog.h"
#include "core/document/designedits.h"
#include "core/engine/evaluation.h"
#include "core/engine/simulation/simulation.h"
#include "core/model/design.h"
#include "core/render/componentcard.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class QGraphicsLineItem;
class QMenu;

namespace archstudio::document {
class Document;
struct ChangeScope;
} // namespace archstudio::document

namespace archstudio::ui {

class ComponentItem;
class ContainerItem;

/// What a failure being played back shows on the canvas (diagramfailures.cpp).
struct FailureView
{
    struct Mark
    {
        engine::Condition condition = engine::Condition::Up;
        QString note;
        /// Where it serves from when not its own zone: the card is drawn there meanwhile.
        model::ZoneId servingZone;
    };
    QHash<model::ComponentId, Mark> components; ///< only those not simply up
    QString failedZone;
    QString failedRegion;
};
class FarViewItem;
class LinkItem;
class NoteItem;

/// The canvas: a view of a Document's design (QtNodes' "scene follows the model" idea). It
/// keeps one item per component, region, zone and link, updates only what an edit touched
/// (Document::edited), shows the latest evaluation's figures on the items, and turns gestures
/// (drops, moves, resizes, link drags, deletes) into one EditDesignCommand each. Items never
/// write the model.
///
/// diagramscene.cpp follows the model and the evaluation; diagramgestures.cpp holds the gestures.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    /// Palette entries as carried in drag-and-drop mime data (PaletteWidget::kMimeType).
    static QString componentEntry(const QString &kind)
    {
        return QStringLiteral("component:") + kind;
    }
    static QString regionEntry() { return QStringLiteral("region"); }
    static QString zoneEntry() { return QStringLiteral("zone"); }
    static QString noteEntry() { return QStringLiteral("note"); }

    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    void setDocument(document::Document *document);
    document::Document *document() const { return mDocument; }
    void setCatalog(const catalog::Catalog &catalog);

    /// Shows an evaluation's figures: badges, outlines of single points of failure and
    /// saturated components. The caller only passes results of the current design.
    void setEvaluation(const engine::Evaluation &evaluation);
    /// While true the figures stay but are drawn faded: an evaluation is running.
    void setUpdating(bool updating);
    bool isUpdating() const { return mUpdating; }
    void setBadgesVisible(bool visible);
    bool badgesVisible() const { return mBadgesVisible; }
    void setSnapToGrid(bool snap) { mSnapToGrid = snap; }
    bool snapToGrid() const { return mSnapToGrid; }
    /// The view's zoom, so a large design zoomed far out is drawn from one cached picture.
    void setViewZoom(qreal zoom);
    /// True when cards and links leave their painting to the cached picture (FarViewItem).
    bool isFarView() const { return mFarView; }
    /// Whether the canvas shows the design as it is: a large design just opened is built a
    /// few thousand items per turn of the event loop, and its far view picture is drawn on a
    /// worker thread.
    bool isComplete() const;
    /// Builds whatever is still due at once (before anything reads or changes the items).
    void finishBuilding();
    /// The area the design covers, from its layout: known before its items are built.
    QRectF designBounds() const;
    /// Whether the frame being painted crosses so many links that they are drawn without
    /// antialiasing (the rasteriser's fast line path); set per frame in drawBackground().
    bool linksAreDense() const { return mDenseLinks; }
    void setCardColours(const render::CardColours &colours);
    const render::CardColours &cardColours() const { return mColours; }

    ComponentItem *componentItem(const model::ComponentId &id) const
    {
        return mComponents.value(id);
    }
    const QHash<model::ComponentId, ComponentItem *> &componentItems() const { return mComponents; }
    /// Every region's item, then every zone's: the order they are drawn in, bottom up.
    QList<ContainerItem *> containerItems() const { return mRegions.values() + mZones.values(); }
    ContainerItem *zoneItem(const model::ZoneId &zone) const { return mZones.value(zone); }
    ContainerItem *regionItem(const model::RegionId &region) const
    {
        return mRegions.value(region);
    }
    /// The links' items; those of a large design just opened come a turn of the event loop
    /// after its cards.
    const QList<LinkItem *> &linkItems() const { return mLinks; }
    /// Where the design's items are drawn: its own layout, completed automatically.
    const model::Layout &effectiveLayout() const { return mLayout; }

    struct Target
    {
        model::RegionId region;
        std::optional<model::ZoneId> zone;
    };
    /// The region and zone at a scene point (the zone drawn on top wins).
    Target containerAt(QPointF scenePos) const;

    // Gestures. Each pushes at most one undo command and returns an empty string, or returns
    // why it was refused (also emitted as statusMessage).
    QString dropPaletteEntry(const QString &entry, QPointF scenePos);
    /// Highlights the container under a palette drag; returns whether a drop there is accepted.
    bool previewPaletteDrop(const QString &entry, QPointF scenePos);
    void clearDropPreview();
    QString addLink(const model::ComponentId &from, const model::ComponentId &to);
    void deleteSelection();
    void nudgeSelection(QPointF by);
    void arrangeAutomatically();

    // Notes (diagramnotes.cpp).
    /// Adds a note at a scene point, or a callout to pointsTo (placed beside it), and opens
    /// it for typing; one undo step.
    void addNote(QPointF at, const std::optional<model::NoteTarget> &pointsTo = std::nullopt);
    /// Changes the note at index (its colour, its arrow…) as one undo step named `what`.
    void changeNote(qsizetype index, const QString &what,
                    const std::function<void(model::Note &)> &change);
    const QList<NoteItem *> &noteItems() const { return mNotes; }
    NoteItem *noteItem(qsizetype index) const;
    // Called by the note items.
    void noteMoved(NoteItem *item);
    void noteResized(NoteItem *item);
    void noteTextEdited(NoteItem *item, const QString &text);

    // Failure playback (diagramfailures.cpp).
    void setFailureView(const FailureView &view);
    const FailureView &failureView() const { return mFailureView; }
    void clearFailureView();
    bool hasFailureView() const { return mHasFailureView; }
    /// Where the failure view draws the component's card (its own place when it is home).
    QPointF failureViewPosition(const model::ComponentId &id) const;
    /// What "Simulate Failure" means at a point: the component there, else the zone, else the
    /// region; nullopt on empty canvas.
    std::optional<engine::FailureTarget> failureTargetAt(QPointF scenePos) const;
    /// The same for the selection: one component, zone or region selected.
    std::optional<engine::FailureTarget> failureTargetOfSelection() const;
    static QString failureTargetText(const engine::FailureTarget &target,
                                     const model::Design &design);

    document::edits::Selection selection() const;
    QList<model::ComponentId> selectedComponents() const;
    void selectComponents(const QList<model::ComponentId> &ids);

    // Called by the items.
    QPointF snapped(QPointF point) const;
    QPointF constrainedPosition(ComponentItem *item, QPointF proposed);
    void componentMoved(ComponentItem *item);
    void containerPressed(ContainerItem *item);
    void containerMoved(ContainerItem *item);
    void containerReleased(ContainerItem *item);

signals:
    /// A refusal or a hint for the status bar.
    void statusMessage(const QString &message);
    /// Chosen from the canvas's context menu.
    void failureRequested(const archstudio::engine::FailureTarget &target);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    /// Room around the design so a drop or a move near its edge has somewhere to go.
    static constexpr qreal kSceneMargin = 600.0;
    /// Designs this large are drawn from one cached picture when zoomed out past the level
    /// where cards lose their text anyway, and built in steps when opened; smaller ones paint
    /// and build quickly enough item by item.
    static constexpr qsizetype kFarViewComponents = 2000;
    /// Cards or links made per step of a build InSteps: about 10 ms on the machine of
    /// docs/BENCHMARKS.md.
    static constexpr qsizetype kItemsPerBuildStep = 2500;

    /// Draws the card in the zone it serves from during the failure (when not its own).
    void drawInServingZone(const model::ComponentId &id, const model::ZoneId &zone);
    // Following the model (diagramscene.cpp).
    /// The design's component, found through mIndexOf in constant time.
    const model::Component *component(const model::ComponentId &id) const;
    /// The schema of a kind, from the document's kinds (null without a document, or for a
    /// kind no plugin knows).
    const model::KindSchema *schemaOf(const QString &kind) const;
    void reindex();
    // Building the items (diagrambuild.cpp).
    enum class Build { AtOnce, InSteps };
    /// Makes every item afresh; a large design InSteps, a few thousand items per turn of the
    /// event loop, so that opening it never keeps input waiting long.
    void rebuild(Build build = Build::AtOnce);
    void buildStep();
    /// Builds up to `budget` more cards, then links; returns whether all are built.
    bool buildItems(qsizetype budget);
    /// What follows the last item: failure marks, the far view, the scene's extent.
    void completeBuild();
    void onEdited(const document::ChangeScope &scope);
    void syncContainers();
    void syncComponent(const model::ComponentId &id);
    /// Whether the components changed without any being added, removed or reordered.
    bool changedInPlace(const QSet<model::ComponentId> &ids) const;

    // Notes (diagramnotes.cpp).
    void addNoteMenu(QMenu &menu, NoteItem *item);
    void syncNotes();
    /// Points each callout's arrow at where its target is drawn now.
    void updateNoteTargets();
    std::optional<QRectF> noteTargetBox(const model::Note &note) const;
    /// The design's notes with those moved on the canvas (not yet committed) where drawn.
    QList<model::Note> drawnNotes(bool *moved) const;

    // Links (diagramlinks.cpp).
    void rebuildLinks();
    void addTrafficLink(qsizetype index);
    void addReplicationLinks(const model::Component &component);
    /// After components changed in place: their replication links, link ends and labels.
    /// Returns whether a replication link came or went.
    bool refreshLinksOf(const QSet<model::ComponentId> &ids);
    void addLinkItem(LinkItem *link);
    void removeLinkItem(LinkItem *link);
    void updateLinkGeometry(const model::ComponentId &id);
    void updateLinkLabels();
    void updateLinkLabel(LinkItem *item);
    /// Places the labels of the links leaving source again once control returns to the event
    /// loop: after a change of their ends or labels, however many come in one go.
    void scheduleLabelPlacement(const model::ComponentId &source);
    /// The labels of the links leaving each card scheduled kept apart (render::
    /// LinkLabelPlacer, traffic in design order, then replication), as an export places
    /// them. Per card, so a drag places only the labels of the cards it moves.
    void placeLinkLabels();
    /// Gives the cards the last evaluation's figures: all of them, or only those in `only`.
    void applyFigures(const QSet<model::ComponentId> *only = nullptr);
    void updateFarView(bool designChanged);
    void applyFarViewFlags();

    // Gestures (diagramgestures.cpp).
    /// Pushes one gesture's change as one undo step; nothing when it changes nothing.
    void pushEdit(const QString &text, document::DesignDelta delta);
    QString refuse(const QString &why);
    void commitComponentMoves();
    void resyncPositions();
    void setDropPreview(ContainerItem *item, bool accepts);
    QString dropComponent(const QString &kind, QPointF at);
    QString dropRegion(QPointF at);
    QString dropZone(QPointF at);

    QPointer<document::Document> mDocument;
    catalog::Catalog mCatalog;
    model::Layout mLayout;
    QHash<model::ComponentId, qsizetype> mIndexOf; ///< position in Design::components
    QHash<model::ComponentId, ComponentItem *> mComponents;
    QHash<model::ZoneId, ContainerItem *> mZones;
    QHash<model::RegionId, ContainerItem *> mRegions;
    QList<LinkItem *> mLinks;
    QMultiHash<model::ComponentId, LinkItem *> mLinksOf;
    QList<NoteItem *> mNotes; ///< in Design::notes order
    bool mMovingNotes = false;
    /// How far a rebuild InSteps has come: cards, then traffic links, then replication links.
    struct BuildProgress
    {
        qsizetype cards = 0;
        qsizetype trafficLinks = 0;
        qsizetype replicationLinks = 0; ///< components whose replication links are built
    };
    BuildProgress mBuilt;
    bool mBuilding = false;
    QTimer mBuildSteps;

    engine::Evaluation mEvaluation;
    bool mHasEvaluation = false;
    bool mUpdating = false;
    bool mBadgesVisible = true;
    bool mSnapToGrid = true;
    render::CardColours mColours = render::CardColours::light();

    bool mSyncing = false; ///< positions set from the model, not by the user
    bool mMovingComponents = false;
    QList<QLineF> mGuides;
    struct ContainerDrag
    {
        ContainerItem *item = nullptr;
        QRectF startFrame;
        QList<std::pair<QGraphicsItem *, QPointF>> contents;
    } mContainerDrag;
    model::ComponentId mLinkFrom;
    QGraphicsLineItem *mLinkPreview = nullptr;
    ContainerItem *mDropPreview = nullptr;
    FarViewItem *mFarViewItem = nullptr;
    qreal mViewZoom = 1.0;
    bool mFarView = false;
    bool mDenseLinks = false;
    bool mLabelPlacementPending = false;
    QSet<model::ComponentId> mLabelSources; ///< cards whose links' labels to place again
    FailureView mFailureView;
    bool mHasFailureView = false;
    /// Cards the failure view draws in another zone than their own, to put back.
    QSet<model::ComponentId> mDrawnAwayDuringFailure;
};

} // namespace archstudio::ui
