#include "diagramrenderer.h"

#include "notepainter.h"

#include "componentcard.h"
#include "diagramstyle.h"
#include "linklabel.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace archstudio::render {

namespace {

constexpr qreal kMargin = 24.0;
constexpr qreal kArrow = 9.0;

void paintArrowHead(QPainter &painter, const QLineF &line, const QColor &colour)
{
    const QPointF tip = line.p2();
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const QPointF a =
        tip - QPointF(std::cos(angle - M_PI / 7) * kArrow, -std::sin(angle - M_PI / 7) * kArrow);
    const QPointF b =
        tip - QPointF(std::cos(angle + M_PI / 7) * kArrow, -std::sin(angle + M_PI / 7) * kArrow);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawPolygon(QPolygonF{tip, a, b});
}

/// The label of the link along line between the cards at a and b, clear of their badges and
/// of the labels placer placed before it.
void paintLabel(QPainter &painter, LinkLabelPlacer &placer, const QLineF &line, QPointF a,
                QPointF b, const QString &text, const QColor &colour)
{
    QFont font = painter.font();
    font.setBold(false);
    font.setPointSizeF(7.5);
    painter.setFont(font);
    const QSizeF size = QFontMetricsF(font).size(Qt::TextSingleLine, text);
    const QPointF at = placer.place(line, a, b, size + QSizeF(10, 4));
    const QRectF box(at.x() - size.width() / 2 - 5, at.y() - size.height() / 2 - 2,
                     size.width() + 10, size.height() + 4);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(colour, 1.0));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(QColor(0x1A, 0x20, 0x2C));
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace

DiagramRenderer::DiagramRenderer(const io::ExportInput &input, const io::ExportOptions &options)
    : mInput(input), mOptions(options)
{
    mBounds = computeBounds();
}

bool DiagramRenderer::shows(const model::Component &component) const
{
    return mOptions.only.isEmpty() || mOptions.only.contains(component.id);
}

QRectF DiagramRenderer::computeBounds() const
{
    const model::Layout &layout = mInput.design.layout;
    QRectF bounds;
    const qreal below = style::kBadgeGap + style::kBadgeHeight;
    for (const model::Component &c : mInput.design.components) {
        if (shows(c))
            bounds |= cardRect(layout.componentPositions.value(c.id)).adjusted(-40, 0, 40, below);
    }
    if (mOptions.only.isEmpty()) {
        for (const QRectF &frame : layout.regionFrames)
            bounds |= frame;
        for (const QRectF &frame : layout.zoneFrames)
            bounds |= frame;
        for (const model::Note &note : mInput.design.notes)
            bounds |= QRectF(note.at, note.size);
    }
    if (bounds.isEmpty())
        bounds = QRectF(0, 0, 400, 300);
    return bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

qreal DiagramRenderer::fitScale(const QSizeF &target) const
{
    return std::min(target.width() / mBounds.width(), target.height() / mBounds.height());
}

bool DiagramRenderer::paint(QPainter &painter, const QRectF &target, qreal detail,
                            const io::ExportProgress &progress) const
{
    const qreal scale = fitScale(target.size());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(target.center());
    painter.scale(scale, scale);
    painter.translate(-mBounds.center());
    painter.setClipRect(mBounds);
    paintContainers(painter, detail);
    paintLinks(painter, detail);
    const bool finished = paintCards(painter, detail, progress);
    if (finished)
        paintNotes(painter);
    painter.restore();
    return finished;
}

void DiagramRenderer::paintContainers(QPainter &painter, qreal detail) const
{
    const model::Design &design = mInput.design;
    QSet<model::RegionId> regions;
    QSet<model::ZoneId> zones;
    for (const model::Component &c : design.components) {
        if (!shows(c))
            continue;
        regions.insert(c.placement.region);
        if (c.placement.zone)
            zones.insert(*c.placement.zone);
        for (const model::ZoneId &z : c.placement.zones)
            zones.insert(z);
    }
    const bool all = mOptions.only.isEmpty();
    // Mirrors ui/canvas ContainerItem: a tinted frame, its icon and its name in the header.
    const auto paintOne = [&](const QRectF &rect, bool region, const QString &title) {
        const QColor accent = region ? style::regionColour() : style::zoneColour();
        QColor fill = accent;
        fill.setAlpha(region ? 14 : 22);
        QColor outline = accent;
        if (!region)
            outline.setAlpha(150);
        painter.setPen(QPen(outline, 1.2));
        painter.setBrush(fill);
        painter.drawRoundedRect(rect, 10, 10);
        if (detail < style::kHeaderZoom)
            return;
        const QRectF header(rect.left() + 8, rect.top() + 4, rect.width() - 16,
                            style::kContainerHeader - 8);
        const QString icon =
            region ? QStringLiteral(":/icons/region.svg") : QStringLiteral(":/icons/zone.svg");
        const int pixels = qRound(20 * std::clamp<qreal>(detail, 1.0, 4.0));
        painter.drawPixmap(QRectF(header.left(), header.top() + 1, 20, 20),
                           mIcons.pixmap(icon, pixels), QRectF());
        QFont font = painter.font();
        font.setPointSizeF(region ? 11 : 9.5);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(accent);
        painter.drawText(
            header.adjusted(26, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(font).elidedText(title, Qt::ElideRight, header.width() - 26));
    };
    for (const model::Region &region : design.regions) {
        if ((all || regions.contains(region.code)) &&
            design.layout.regionFrames.contains(region.code))
            paintOne(design.layout.regionFrames.value(region.code), true, region.code.value());
    }
    for (const model::Region &region : design.regions) {
        for (const model::ZoneId &zone : region.zones) {
            if ((all || zones.contains(zone)) && design.layout.zoneFrames.contains(zone))
                paintOne(design.layout.zoneFrames.value(zone), false, zone.value());
        }
    }
}

void DiagramRenderer::paintLinks(QPainter &painter, qreal detail) const
{
    const model::Design &design = mInput.design;
    const model::Layout &layout = design.layout;
    const bool labels = mOptions.annotations && detail >= style::kDetailZoom;
    // One placer per card, for the labels of the links leaving it (as the canvas places them).
    QHash<model::ComponentId, LinkLabelPlacer> placers;
    const auto paintOne = [&](const model::Component &from, const model::Component &to,
                              const LinkLabel &label, bool replication) {
        const QPointF a = layout.componentPositions.value(from.id);
        const QPointF b = layout.componentPositions.value(to.id);
        const QLineF line(cardExit(a, b), cardExit(b, a));
        if (line.length() < 1.0)
            return;
        const QColor colour = replication && label.reach != LinkReach::CrossRegion
                                  ? style::replicationColour()
                                  : reachColour(label.reach);
        QPen pen(colour, 1.2);
        if (replication)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(line);
        paintArrowHead(painter, line, colour);
        if (labels && !label.text.isEmpty())
            paintLabel(painter, placers[from.id], line, a, b, label.text, colour);
    };
    for (const model::Link &link : design.links) {
        const model::Component *from = mInput.component(link.from);
        const model::Component *to = mInput.component(link.to);
        if (from && to && shows(*from) && shows(*to))
            paintOne(*from, *to,
                     linkLabel(*from, *to, link, mInput.catalog, mInput.kinds->schemas()), false);
    }
    // Replication the design implies, drawn from the kinds' reference properties.
    for (const model::Component &c : design.components) {
        const model::KindSchema *schema = mInput.kinds->schemas().schema(c.kind);
        if (!schema || !shows(c))
            continue;
        for (const model::PropertySchema &p : schema->properties) {
            if (p.type != model::PropertyType::ComponentRef)
                continue;
            const model::Component *source =
                mInput.component(model::ComponentId(c.properties.value(p.name).toString()));
            if (source && shows(*source))
                paintOne(*source, c, replicationLabel(*source, c), true);
        }
    }
}

bool DiagramRenderer::paintCards(QPainter &painter, qreal detail,
                                 const io::ExportProgress &progress) const
{
    QHash<model::ComponentId, const engine::ComponentResult *> results;
    for (const engine::ComponentResult &r : mInput.evaluation.components)
        results.insert(r.id, &r);
    QHash<model::ComponentId, const engine::WorkloadResult *> workloads;
    for (const engine::WorkloadResult &w : mInput.evaluation.workloads)
        workloads.insert(w.id, &w);

    const CardColours colours = CardColours::light();
    const QFont base = painter.font();
    const qint64 total = mInput.design.components.size();
    qint64 done = 0;
    for (const model::Component &c : mInput.design.components) {
        if (progress && (++done % 256) == 0 && !progress(done, total))
            return false;
        if (!shows(c))
            continue;
        CardContent content = cardContent(c, mInput.kinds->schemas().schema(c.kind));
        if (const engine::ComponentResult *r = results.value(c.id)) {
            content.singlePointOfFailure = r->singlePointOfFailure;
            content.saturated = r->evaluated && r->utilization >= 1.0;
            if (mOptions.annotations)
                content.badge = badgeText(*r, workloads.value(c.id));
        }
        const QRectF card = cardRect(mInput.design.layout.componentPositions.value(c.id));
        painter.setFont(base);
        paintCard(painter, card, content, colours, detail, false, mIcons);
        paintBadge(painter, card, content, detail);
    }
    painter.setFont(base);
    return true;
}

void DiagramRenderer::paintNotes(QPainter &painter) const
{
    if (!mOptions.only.isEmpty())
        return;
    for (const model::Note &note : mInput.design.notes)
        paintNote(painter, note, calloutTargetBox(note, mInput.design.layout));
}

} // namespace archstudio::render
