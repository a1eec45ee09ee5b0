#include "diagramscene.h"

#include "componentitem.h"
#include "farviewitem.h"
#include "linkitem.h"

#include "core/document/document.h"
#include "core/render/autolayout.h"
#include "core/render/diagramstyle.h"

// Building the scene's items from the design, at once or in steps (part of DiagramScene, split
// from diagramscene.cpp). Opening the 10,000-component design makes 22,000 items: about 50 ms
// in one go, the longest wait for input in the studio (docs/BENCHMARKS.md).

namespace archstudio::ui {

void DiagramScene::rebuild(Build build)
{
    mContainerDrag = {};
    mDropPreview = nullptr;
    mLinkPreview = nullptr;
    mLinkFrom = {};
    mGuides.clear();
    mBuildSteps.stop();
    mBuilding = false;
    mBuilt = {};
    clear();
    mComponents.clear();
    mZones.clear();
    mRegions.clear();
    mLinks.clear();
    mLinksOf.clear();
    mNotes.clear();
    mMovingNotes = false;
    mFarViewItem = new FarViewItem(this);
    addItem(mFarViewItem);
    mFarView = false;
    if (!mDocument) {
        setSceneRect(QRectF());
        return;
    }
    const model::Design &design = mDocument->design();
    reindex();
    mLayout = render::completeLayout(design, mDocument->kinds().schemas());
    syncContainers();
    mComponents.reserve(design.components.size());
    // Known from the layout already: the view can fit the design before its cards exist.
    setSceneRect(designBounds().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    updateFarView(false); // far out, the cards made from here on draw nothing
    if (build == Build::InSteps && design.components.size() >= kFarViewComponents) {
        mBuilding = true;
        mBuildSteps.start();
        return;
    }
    buildItems(std::numeric_limits<qsizetype>::max());
    completeBuild();
}

void DiagramScene::buildStep()
{
    if (!mBuilding)
        return;
    if (buildItems(kItemsPerBuildStep))
        completeBuild();
    else
        mBuildSteps.start();
}

void DiagramScene::finishBuilding()
{
    if (!mBuilding)
        return;
    mBuildSteps.stop();
    buildItems(std::numeric_limits<qsizetype>::max());
    completeBuild();
}

bool DiagramScene::buildItems(qsizetype budget)
{
    // Every card before any link: a link is made only between cards that exist.
    const model::Design &design = mDocument->design();
    QSet<model::ComponentId> made;
    for (; budget > 0 && mBuilt.cards < design.components.size(); --budget) {
        const model::ComponentId &id = design.components.at(mBuilt.cards++).id;
        syncComponent(id);
        made.insert(id);
    }
    // The cards made before an evaluation arrived got its figures from setEvaluation().
    if (!made.isEmpty())
        applyFigures(&made);
    for (; budget > 0 && mBuilt.trafficLinks < design.links.size(); --budget)
        addTrafficLink(mBuilt.trafficLinks++);
    // Few components imply a link: the budget counts links made, not components looked at.
    for (; budget > 0 && mBuilt.replicationLinks < design.components.size();) {
        const qsizetype before = mLinks.size();
        addReplicationLinks(design.components.at(mBuilt.replicationLinks++));
        budget -= mLinks.size() - before;
    }
    return mBuilt.replicationLinks == design.components.size();
}

void DiagramScene::completeBuild()
{
    mBuilding = false;
    syncNotes(); // after the cards and containers their arrows point at
    if (mHasFailureView)
        setFailureView(mFailureView); // the playback's marks outlive a rebuild
    updateFarView(true);
    setSceneRect(
        itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

QRectF DiagramScene::designBounds() const
{
    if (!mBuilding)
        return itemsBoundingRect();
    QRectF bounds;
    for (const QRectF &frame : mLayout.regionFrames)
        bounds |= frame;
    const QSizeF card = render::style::kCardSize;
    for (const QPointF &centre : mLayout.componentPositions)
        bounds |= QRectF(centre - QPointF(card.width() / 2, card.height() / 2), card);
    return bounds;
}

} // namespace archstudio::ui
