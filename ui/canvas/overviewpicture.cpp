#include "overviewpicture.h"

#include "componentitem.h"
#include "diagramscene.h"
#include "linkitem.h"

#include "core/render/diagramstyle.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace archstudio::ui {

OverviewSnapshot OverviewSnapshot::of(const DiagramScene &scene)
{
    OverviewSnapshot snapshot;
    snapshot.links.reserve(scene.linkItems().size());
    for (const LinkItem *link : scene.linkItems()) {
        const ComponentItem *from = scene.componentItem(link->from());
        const ComponentItem *to = scene.componentItem(link->to());
        if (from && to)
            snapshot.links.append({QLineF(from->pos(), to->pos()), link->colour()});
    }
    const QSizeF card = render::style::kCardSize;
    const QPointF halfCard(card.width() / 2, card.height() / 2);
    snapshot.cards.reserve(scene.componentItems().size());
    for (const ComponentItem *component : scene.componentItems()) {
        snapshot.cards.append(
            {QRectF(component->pos() - halfCard, card), component->content().accent});
    }
    return snapshot;
}

void paintOverview(QPainter &painter, const OverviewSnapshot &snapshot)
{
    // The same picture the items draw far out: hairline links under plain coloured cards.
    for (const OverviewSnapshot::Line &link : snapshot.links) {
        painter.setPen(QPen(link.colour, 0));
        painter.drawLine(link.line);
    }
    for (const OverviewSnapshot::Block &card : snapshot.cards)
        painter.fillRect(card.rect, card.colour);
}

OverviewRenderer::OverviewRenderer(QObject *parent) : QObject(parent)
{
    connect(&mWatcher, &QFutureWatcher<QImage>::finished, this, &OverviewRenderer::onFinished);
}

void OverviewRenderer::request(OverviewSnapshot snapshot, QSize size,
                               const QTransform &sceneToImage)
{
    Job job{std::move(snapshot), size, sceneToImage};
    if (mWatcher.isRunning()) {
        mWaiting = std::move(job);
        return;
    }
    start(std::move(job));
}

void OverviewRenderer::start(Job job)
{
    mRunning = job.sceneToImage;
    // The job is moved into the task: nothing of this object is touched on the worker, so
    // the renderer may go (a closed window) while a picture is still being drawn.
    mWatcher.setFuture(QtConcurrent::run([job = std::move(job)] {
        if (job.size.isEmpty())
            return QImage();
        QImage picture(job.size, QImage::Format_ARGB32_Premultiplied);
        picture.fill(Qt::transparent);
        QPainter painter(&picture);
        painter.setTransform(job.sceneToImage);
        paintOverview(painter, job.snapshot);
        return picture;
    }));
}

void OverviewRenderer::onFinished()
{
    if (mWaiting) {
        // This picture is already out of date: draw the one asked for since.
        Job next = std::move(*mWaiting);
        mWaiting.reset();
        start(std::move(next));
        return;
    }
    emit rendered(mWatcher.result(), mRunning);
}

} // namespace archstudio::ui
