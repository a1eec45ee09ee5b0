#include "drawiowriter.h"

#include "drawioschema.h"
#include "jsonvariant.h"

#include "core/json/jsonwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamWriter>

#include <boost/json/serialize.hpp>

#include <cmath>

namespace archstudio::io {

namespace {

namespace dio = drawio;

// Label placement and container behaviour of draw.io's own AWS 4 library; the kind's
// provider gives the shape and colours.
const QString kVertexLabelStyle = QStringLiteral(
    "outlineConnect=0;dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;"
    "html=1;fontSize=12;fontStyle=0;fontColor=#232F3E;aspect=fixed;whiteSpace=wrap;");
const QString kUnknownKindStyle =
    QStringLiteral("rounded=1;fillColor=#F5F5F5;strokeColor=#718096;dashed=1;");
const QString kContainerStyle = QStringLiteral(
    "points=[[0,0],[0.25,0],[0.5,0],[0.75,0],[1,0],[1,0.25],[1,0.5],[1,0.75],[1,1],[0.75,1],"
    "[0.5,1],[0.25,1],[0,1],[0,0.75],[0,0.5],[0,0.25]];outlineConnect=0;gradientColor=none;"
    "html=1;whiteSpace=wrap;fontSize=12;fontStyle=0;container=1;pointerEvents=0;collapsible=0;"
    "recursiveResize=0;verticalAlign=top;align=left;spacingLeft=30;fillColor=none;");
const QString kRegionStyle =
    kContainerStyle + QStringLiteral("shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_region;"
                                     "strokeColor=#00A4A6;fontColor=#147EBA;dashed=1;");
const QString kZoneStyle =
    kContainerStyle + QStringLiteral("shape=mxgraph.aws4.group;grIcon=mxgraph.aws4."
                                     "group_availability_zone;strokeColor=#147EBA;"
                                     "fontColor=#147EBA;dashed=1;");
const QString kTrafficEdgeStyle =
    QStringLiteral("edgeStyle=none;html=1;endArrow=block;endFill=1;strokeColor=#545B64;"
                   "fontSize=10;labelBackgroundColor=#FFFFFF;");
const QString kReplicationEdgeStyle =
    QStringLiteral("edgeStyle=none;html=1;endArrow=open;dashed=1;strokeColor=#2E6FD9;fontSize=10;");
/// A sticky note: a text shape on its colour (model::noteFillHex appended as fillColor).
const QString kNoteStyle =
    QStringLiteral("text;html=1;whiteSpace=wrap;align=left;verticalAlign=top;"
                   "fontSize=12;spacing=8;rounded=1;strokeColor=#B8B08A;");
const QString kCalloutEdgeStyle =
    QStringLiteral("edgeStyle=none;html=1;endArrow=classic;endFill=1;strokeColor=#5F6368;");

QString number(double v)
{
    return QString::fromStdString(json::formatJsonNumber(v));
}

QString compactJson(const QVariant &value)
{
    return QString::fromStdString(boost::json::serialize(toJson(value)));
}

QString regionCell(const model::RegionId &code)
{
    return QStringLiteral("region:") + code.value();
}
QString zoneCell(const model::ZoneId &code)
{
    return QStringLiteral("zone:") + code.value();
}
QString componentCell(const model::ComponentId &id)
{
    return QStringLiteral("component:") + id.value();
}

/// Writes cells; each remembers its absolute origin so children can be placed relative to
/// their container, as draw.io expects. Counts the cells and bytes written, to stop as soon
/// as the file grows beyond what the reader accepts.
class CellWriter
{
public:
    /// rootCells: the cells written before this writer started.
    CellWriter(QXmlStreamWriter &xml, const Limits &limits, qint64 firstByte, qsizetype rootCells)
        : mXml(xml), mLimits(limits), mFirstByte(firstByte), mCells(rootCells)
    {}

    /// True once the file holds more than the reader accepts; nothing more need be written.
    bool beyondReadLimits() const
    {
        return mCells > mLimits.maxDrawioCells() || bytesWritten() > mLimits.maxUncompressedBytes;
    }
    /// Why the file would not read back (when beyondReadLimits()).
    QString readLimitMessage() const
    {
        const QString what = mCells > mLimits.maxDrawioCells()
                                 //: shown as %1 in "the draw.io file would hold %1, ..."
                                 ? QCoreApplication::translate("Io", "more than %L1 cells")
                                       .arg(mLimits.maxDrawioCells())
                                 //: shown as %1 in "the draw.io file would hold %1, ..."; %1 is a
                                 //: size such as "16 MiB"
                                 : QCoreApplication::translate("Io", "more than %1")
                                       .arg(byteSize(mLimits.maxUncompressedBytes));
        return QCoreApplication::translate(
                   "Io", "the draw.io file would hold %1, more than ArchStudio can read "
                         "back; nothing was written. Export fewer components (--only, or "
                         "the selection) or keep the design as .archstudio")
            .arg(what);
    }
    qint64 bytesWritten() const { return mXml.device()->pos() - mFirstByte; }

    using Attributes = QList<std::pair<QString, QString>>;

    void vertex(const QString &id, const QString &label, const Attributes &attributes,
                const QString &style, const QString &parent, const QRectF &absolute)
    {
        const QPointF origin = mOrigins.value(parent);
        mOrigins.insert(id, absolute.topLeft());
        begin(id, label, attributes);
        mXml.writeAttribute(QStringLiteral("style"), style);
        mXml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        mXml.writeAttribute(QStringLiteral("parent"), parent);
        mXml.writeStartElement(QStringLiteral("mxGeometry"));
        mXml.writeAttribute(QStringLiteral("x"), number(absolute.x() - origin.x()));
        mXml.writeAttribute(QStringLiteral("y"), number(absolute.y() - origin.y()));
        mXml.writeAttribute(QStringLiteral("width"), number(absolute.width()));
        mXml.writeAttribute(QStringLiteral("height"), number(absolute.height()));
        mXml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        mXml.writeEndElement();
        end();
    }

    void edge(const QString &id, const QString &label, const Attributes &attributes,
              const QString &style, const QString &source, const QString &target)
    {
        begin(id, label, attributes);
        mXml.writeAttribute(QStringLiteral("style"), style);
        mXml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        mXml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        mXml.writeAttribute(QStringLiteral("source"), source);
        mXml.writeAttribute(QStringLiteral("target"), target);
        mXml.writeStartElement(QStringLiteral("mxGeometry"));
        mXml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        mXml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        mXml.writeEndElement();
        end();
    }

private:
    // A cell with custom properties is an <object> holding its <mxCell>; the label moves
    // to the object.
    void begin(const QString &id, const QString &label, const Attributes &attributes)
    {
        mXml.writeStartElement(QStringLiteral("object"));
        mXml.writeAttribute(QStringLiteral("id"), id);
        mXml.writeAttribute(QStringLiteral("label"), label);
        for (const auto &[name, value] : attributes)
            mXml.writeAttribute(name, value);
        mXml.writeStartElement(QStringLiteral("mxCell"));
    }
    void end()
    {
        mXml.writeEndElement(); // mxCell
        mXml.writeEndElement(); // object
        ++mCells;
    }

    static QString byteSize(qint64 bytes)
    {
        return bytes % (1024 * 1024) == 0
                   ? QCoreApplication::translate("Io", "%1 MiB").arg(bytes / (1024 * 1024))
                   : QCoreApplication::translate("Io", "%L1 bytes").arg(bytes);
    }

    QXmlStreamWriter &mXml;
    const Limits &mLimits;
    qint64 mFirstByte = 0;
    qsizetype mCells = 0;
    QHash<QString, QPointF> mOrigins;
};

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

void writeComponents(CellWriter &cells, const ExportInput &input, const ExportProgress &progress,
                     bool *cancelled)
{
    const model::Design &design = input.design;
    QHash<model::ComponentId, const engine::ComponentResult *> results;
    for (const engine::ComponentResult &r : input.evaluation.components)
        results.insert(r.id, &r);
    QHash<model::ComponentId, const engine::WorkloadResult *> workloads;
    for (const engine::WorkloadResult &w : input.evaluation.workloads)
        workloads.insert(w.id, &w);

    qint64 done = 0;
    for (const model::Component &c : design.components) {
        if (progress && (++done % 512) == 0 && !progress(done, design.components.size())) {
            *cancelled = true;
            return;
        }
        if (cells.beyondReadLimits())
            return;
        const model::KindSchema *schema = input.kinds->schemas().schema(c.kind);
        CellWriter::Attributes attributes{{dio::kRole, QStringLiteral("component")},
                                          {dio::kComponentId, c.id.value()},
                                          {dio::kKind, c.kind},
                                          {dio::kName, c.name},
                                          {dio::kRegion, c.placement.region.value()}};
        if (c.placement.zone)
            attributes.append({dio::kZone, c.placement.zone->value()});
        if (!c.placement.zones.isEmpty()) {
            QStringList zones;
            for (const model::ZoneId &z : c.placement.zones)
                zones << z.value();
            attributes.append({dio::kZones, zones.join(QLatin1Char(','))});
        }
        QVariantMap properties;
        for (auto it = c.properties.cbegin(); it != c.properties.cend(); ++it)
            properties.insert(it.key(), it.value());
        attributes.append({dio::kProperties, compactJson(properties)});
        if (const engine::ComponentResult *r = results.value(c.id); r && r->evaluated) {
            attributes.append(
                {dio::kMonthlyCostUsd, number(std::round(r->monthlyCostUsd * 100) / 100)});
            attributes.append({dio::kUtilization, number(std::round(r->utilization * 1e4) / 1e4)});
            if (r->slaFloor)
                attributes.append({dio::kSlaFloor, number(*r->slaFloor)});
            if (r->rtoSeconds)
                attributes.append({dio::kRtoSeconds, number(*r->rtoSeconds)});
            if (r->rpoSeconds)
                attributes.append({dio::kRpoSeconds, number(*r->rpoSeconds)});
        }
        if (const engine::WorkloadResult *w = workloads.value(c.id); w && w->read.served) {
            if (std::isfinite(w->read.average.p99Ms))
                attributes.append(
                    {dio::kP99ReadMs, number(std::round(w->read.average.p99Ms * 1e4) / 1e4)});
            attributes.append({dio::kAvailability, number(w->read.availability.modelled)});
        }

        const QString kindName = schema ? schema->displayName : c.kind;
        const QString label =
            QStringLiteral("<b>%1</b><br><font style=\"font-size: 10px\">%2</font>")
                .arg(htmlEscaped(c.displayName()), htmlEscaped(kindName));
        const QString style =
            (schema && !schema->drawioStyle.isEmpty() ? schema->drawioStyle : kUnknownKindStyle) +
            kVertexLabelStyle;
        // A component sits in its zone's container when it has one zone, else in its region's.
        QString parent = regionCell(c.placement.region);
        if (c.placement.zone && design.layout.zoneFrames.contains(*c.placement.zone))
            parent = zoneCell(*c.placement.zone);
        else if (!design.layout.regionFrames.contains(c.placement.region))
            parent = QStringLiteral("1");
        const QPointF centre = design.layout.componentPositions.value(c.id);
        const QRectF shape(centre.x() - dio::kIconSize / 2, centre.y() - dio::kIconSize / 2,
                           dio::kIconSize, dio::kIconSize);
        cells.vertex(componentCell(c.id), label, attributes, style, parent, shape);
    }
}

void writeLinks(CellWriter &cells, const ExportInput &input)
{
    const model::Design &design = input.design;
    for (qsizetype i = 0; i < design.links.size() && !cells.beyondReadLimits(); ++i) {
        const model::Link &link = design.links.at(i);
        CellWriter::Attributes attributes{{dio::kRole, QStringLiteral("link")},
                                          {dio::kTraffic, model::trafficName(link.traffic)}};
        if (link.readShare)
            attributes.append({dio::kReadShare, number(*link.readShare)});
        const QString label = link.traffic == model::Traffic::ReadsWrites
                                  ? QStringLiteral("reads + writes")
                                  : model::trafficName(link.traffic);
        cells.edge(QStringLiteral("link:%1").arg(i), label, attributes, kTrafficEdgeStyle,
                   componentCell(link.from), componentCell(link.to));
    }
    // Replication is implied by references between components (a replica's source, an
    // instance's cluster); drawn for people, ignored when read back.
    int replication = 0;
    for (const model::Component &c : design.components) {
        const model::KindSchema *schema = input.kinds->schemas().schema(c.kind);
        if (!schema || cells.beyondReadLimits())
            continue;
        for (const model::PropertySchema &p : schema->properties) {
            if (p.type != model::PropertyType::ComponentRef)
                continue;
            const model::ComponentId source(c.properties.value(p.name).toString());
            if (!input.component(source))
                continue;
            cells.edge(QStringLiteral("replication:%1").arg(replication++), QString(),
                       {{dio::kRole, QStringLiteral("replication")}}, kReplicationEdgeStyle,
                       componentCell(source), componentCell(c.id));
        }
    }
}

} // namespace

QString DrawioExporter::write(const ExportInput &input, const ExportOptions &, QIODevice &out,
                              const ExportProgress &progress) const
{
    const model::Design &design = input.design;
    const qint64 firstByte = out.pos();
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("mxfile"));
    xml.writeAttribute(QStringLiteral("host"), QStringLiteral("ArchStudio"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("device"));
    xml.writeStartElement(QStringLiteral("diagram"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("archstudio-design"));
    xml.writeAttribute(QStringLiteral("name"),
                       design.name.isEmpty() ? QStringLiteral("Design") : design.name);
    xml.writeStartElement(QStringLiteral("mxGraphModel"));
    const std::pair<const char *, const char *> settings[] = {
        {"grid", "1"},      {"gridSize", "10"}, {"guides", "1"}, {"tooltips", "1"},
        {"connect", "1"},   {"arrows", "1"},    {"fold", "1"},   {"page", "0"},
        {"pageScale", "1"}, {"math", "0"},      {"shadow", "0"}};
    for (const auto &[name, value] : settings)
        xml.writeAttribute(QString::fromLatin1(name), QString::fromLatin1(value));
    xml.writeStartElement(QStringLiteral("root"));

    // Cell 0 carries the design's own fields (draw.io: Edit Data with nothing selected).
    xml.writeStartElement(QStringLiteral("object"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("label"), QString());
    xml.writeAttribute(dio::kRole, QStringLiteral("design"));
    xml.writeAttribute(dio::kFormatVersion, QString::number(dio::kWrittenVersion));
    xml.writeAttribute(dio::kName, design.name);
    xml.writeAttribute(dio::kDescription, design.description);
    xml.writeAttribute(dio::kCatalog, design.catalog);
    if (!design.catalogOverrides.isEmpty()) {
        QVariantMap overrides;
        for (auto it = design.catalogOverrides.cbegin(); it != design.catalogOverrides.cend(); ++it)
            overrides.insert(it.key(), it.value());
        xml.writeAttribute(dio::kCatalogOverrides, compactJson(overrides));
    }
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));

    CellWriter cells(xml, mLimits, firstByte, 2); // cells 0 and 1 are written
    for (const model::Region &region : design.regions) {
        const QRectF frame = design.layout.regionFrames.value(region.code);
        cells.vertex(regionCell(region.code), region.code.value(),
                     {{dio::kRole, QStringLiteral("region")}, {dio::kCode, region.code.value()}},
                     kRegionStyle, QStringLiteral("1"), frame);
        for (const model::ZoneId &zone : region.zones) {
            if (!design.layout.zoneFrames.contains(zone))
                continue;
            cells.vertex(zoneCell(zone), zone.value(),
                         {{dio::kRole, QStringLiteral("zone")}, {dio::kCode, zone.value()}},
                         kZoneStyle, regionCell(region.code), design.layout.zoneFrames.value(zone));
        }
    }
    bool cancelled = false;
    writeComponents(cells, input, progress, &cancelled);
    if (cancelled)
        return exportCancelledMessage();
    writeLinks(cells, input);
    for (qsizetype i = 0; i < design.notes.size() && !cells.beyondReadLimits(); ++i) {
        const model::Note &note = design.notes.at(i);
        const QString id = QStringLiteral("note:%1").arg(i);
        CellWriter::Attributes attributes{{dio::kRole, QStringLiteral("note")},
                                          {dio::kText, note.text},
                                          {dio::kNoteColour, model::noteColourName(note.colour)}};
        if (note.pointsTo)
            attributes.append({dio::kPointsTo, note.pointsTo->toString()});
        cells.vertex(id, htmlEscaped(note.text), attributes,
                     kNoteStyle +
                         QStringLiteral("fillColor=%1;").arg(model::noteFillHex(note.colour)),
                     QStringLiteral("1"), QRectF(note.at, note.size));
        // A callout's arrow, when what it points at is in the file (a cell of the same name).
        if (note.pointsTo && design.hasNoteTarget(*note.pointsTo))
            cells.edge(id + QStringLiteral(":arrow"), QString(), {}, kCalloutEdgeStyle, id,
                       note.pointsTo->toString());
    }

    xml.writeEndElement(); // root
    xml.writeEndElement(); // mxGraphModel
    xml.writeEndElement(); // diagram
    xml.writeEndElement(); // mxfile
    xml.writeEndDocument();
    if (xml.hasError())
        return QCoreApplication::translate("Io", "cannot write: %1").arg(out.errorString());
    if (cells.beyondReadLimits())
        return cells.readLimitMessage();
    return {};
}

} // namespace archstudio::io
