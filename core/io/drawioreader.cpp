#include "drawioreader.h"

#include "drawiodecode.h"
#include "drawioimport.h"
#include "drawioschema.h"
#include "jsonvariant.h"

#include "core/json/jsonparse.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace archstudio::io {

using model::Problem;

namespace {

namespace dio = drawio;

/// Containers nest a few levels deep; a longer chain of parents is a cycle or an attack.
constexpr int kMaxNesting = 32;

struct Cell
{
    QString id;
    QString parent;
    QString source;
    QString target;
    bool vertex = false;
    bool edge = false;
    QRectF geometry;
    QHash<QString, QString> data; ///< custom properties of the cell's <object>
    qint64 line = 0;

    QString role() const { return data.value(dio::kRole); }
};

/// A note ArchStudio exported: its text, box, colour and the target of its arrow, as
/// drawiowriter.cpp stores them in the cell's data.
model::Note noteOfCell(const Cell &cell, const QRectF &box)
{
    model::Note note;
    note.text = cell.data.value(dio::kText);
    note.at = box.topLeft();
    const auto fits = [](qreal side) {
        return side >= model::Note::kMinimumSide && side <= model::Note::kMaximumSide;
    };
    if (fits(box.width()) && fits(box.height()))
        note.size = box.size();
    if (const auto colour = model::noteColourFromName(cell.data.value(dio::kNoteColour)))
        note.colour = *colour;
    note.pointsTo = model::NoteTarget::parse(cell.data.value(dio::kPointsTo));
    return note;
}

struct ParseResult
{
    QList<Cell> cells;
    QString error;
};

double attributeNumber(const QXmlStreamAttributes &attributes, const char *name)
{
    return attributes.value(QLatin1StringView(name)).toDouble();
}

ParseResult parseCells(const QByteArray &bytes, qsizetype maxCells)
{
    ParseResult result;
    QXmlStreamReader xml(bytes);
    QHash<QString, QString> objectData;
    QStringList elements;
    bool inObject = false;
    bool sawModel = false;
    int diagrams = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            elements.append(name.toString());
            const QXmlStreamAttributes attributes = xml.attributes();
            // ArchStudio writes one diagram; further pages are not part of the design.
            if (name == QLatin1StringView("diagram") && ++diagrams > 1)
                break;
            if (name == QLatin1StringView("mxGraphModel"))
                sawModel = true;
            if (name == QLatin1StringView("object") || name == QLatin1StringView("UserObject")) {
                inObject = true;
                objectData.clear();
                for (const QXmlStreamAttribute &a : attributes)
                    objectData.insert(a.qualifiedName().toString(), a.value().toString());
            } else if (name == QLatin1StringView("mxCell")) {
                if (result.cells.size() >= maxCells) {
                    result.error = QCoreApplication::translate(
                                       "Io", "line %1: more than %2 cells; at most %2 are "
                                             "accepted")
                                       .arg(xml.lineNumber())
                                       .arg(maxCells);
                    return result;
                }
                Cell cell;
                cell.line = xml.lineNumber();
                if (inObject) {
                    cell.data = objectData;
                    cell.id = objectData.value(QStringLiteral("id"));
                } else {
                    cell.id = attributes.value(QLatin1StringView("id")).toString();
                }
                cell.parent = attributes.value(QLatin1StringView("parent")).toString();
                cell.source = attributes.value(QLatin1StringView("source")).toString();
                cell.target = attributes.value(QLatin1StringView("target")).toString();
                cell.vertex =
                    attributes.value(QLatin1StringView("vertex")) == QLatin1StringView("1");
                cell.edge = attributes.value(QLatin1StringView("edge")) == QLatin1StringView("1");
                result.cells.append(cell);
            } else if (name == QLatin1StringView("mxGeometry") && !result.cells.isEmpty() &&
                       attributes.value(QLatin1StringView("as")) == QLatin1StringView("geometry")) {
                result.cells.last().geometry = QRectF(
                    attributeNumber(attributes, "x"), attributeNumber(attributes, "y"),
                    attributeNumber(attributes, "width"), attributeNumber(attributes, "height"));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            elements.removeLast();
            const QStringView name = xml.name();
            if (name == QLatin1StringView("object") || name == QLatin1StringView("UserObject"))
                inObject = false;
        }
    }
    if (xml.hasError()) {
        result.error = QCoreApplication::translate("Io", "line %1, column %2: not valid XML: %3")
                           .arg(xml.lineNumber())
                           .arg(xml.columnNumber())
                           .arg(xml.errorString());
        return result;
    }
    if (!sawModel && result.error.isEmpty())
        result.error =
            QCoreApplication::translate("Io", "not a draw.io diagram: no mxGraphModel found");
    return result;
}

/// Absolute positions: draw.io places a child relative to its container.
class Geometry
{
public:
    explicit Geometry(const QHash<QString, const Cell *> &cells) : mCells(cells) {}

    std::optional<QRectF> absolute(const Cell &cell) const
    {
        QPointF offset;
        const Cell *c = &cell;
        for (int depth = 0; depth < kMaxNesting; ++depth) {
            const Cell *parent = mCells.value(c->parent);
            if (!parent || !parent->vertex)
                return cell.geometry.translated(offset);
            offset += parent->geometry.topLeft();
            c = parent;
        }
        return std::nullopt;
    }

private:
    const QHash<QString, const Cell *> &mCells;
};

Problem error(const Cell &cell, const QString &message)
{
    return {Problem::Severity::Error,
            //: where a problem is in a draw.io file: %1 is the cell id, %2 its line
            QCoreApplication::translate("Io", "cell %1 (line %2)").arg(cell.id).arg(cell.line),
            message};
}

bool isFinite(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

bool isFinite(const QRectF &r)
{
    return isFinite(r.topLeft()) && isFinite(QPointF(r.width(), r.height()));
}

/// draw.io keeps numbers as text, so "nan" or "1e999" (infinity) can be typed in, which
/// design.json cannot hold.
Problem notFinite(const Cell &cell)
{
    return error(cell,
                 QCoreApplication::translate("Io", "its position or size is not a finite number"));
}

std::optional<QVariantMap> jsonObject(const QString &text, QString *message)
{
    if (text.isEmpty())
        return QVariantMap();
    const json::JsonParseResult parsed = json::parseJson(text.toUtf8(), 16);
    if (!parsed.value || !parsed.value->is_object()) {
        *message = parsed.value ? QCoreApplication::translate("Io", "expected a JSON object")
                                : parsed.error;
        return std::nullopt;
    }
    return toVariant(*parsed.value).toMap();
}

} // namespace

bool DrawioReader::canRead(const QByteArray &head) const
{
    return firstSignificantByte(head) == '<';
}

LoadResult loadDrawio(const QByteArray &bytes, const LoadOptions &options)
{
    const DecodedDrawio decoded = decodeDrawio(bytes, options.limits);
    if (!decoded.error.isEmpty())
        return loadFailure({}, decoded.error);
    const ParseResult parsed = parseCells(decoded.model, options.limits.maxDrawioCells());
    if (!parsed.error.isEmpty())
        return loadFailure({}, parsed.error);
    // Diagrams drawn without ArchStudio are imported from their AWS shapes.
    if (std::none_of(parsed.cells.cbegin(), parsed.cells.cend(),
                     [](const Cell &cell) { return !cell.role().isEmpty(); }))
        return loadImportedDrawio(decoded, options);

    QHash<QString, const Cell *> byId;
    for (const Cell &cell : parsed.cells)
        byId.insert(cell.id, &cell);
    const Geometry geometry(byId);
    model::Problems problems;
    model::Design design;
    bool sawDesign = false;
    QHash<QString, model::ComponentId> componentOfCell;
    QHash<QString, qsizetype> regionOfCell;

    const auto absolute = [&](const Cell &cell) {
        const std::optional<QRectF> rect = geometry.absolute(cell);
        if (!rect)
            problems.append(error(
                cell, QCoreApplication::translate("Io", "its containers nest more than %1 deep or "
                                                        "form a cycle")
                          .arg(kMaxNesting)));
        return rect.value_or(QRectF());
    };
    // Frames of negative size are refused here as design.json refuses them.
    const auto frame = [&](const Cell &cell) {
        const QRectF rect = absolute(cell);
        if (!isFinite(rect))
            problems.append(notFinite(cell));
        else if (rect.width() < 0 || rect.height() < 0)
            problems.append(
                error(cell, QCoreApplication::translate("Io", "negative width or height; expected "
                                                              "sizes of 0 or more")));
        return rect;
    };

    for (const Cell &cell : parsed.cells) {
        const QString role = cell.role();
        if (role == QLatin1StringView("design")) {
            sawDesign = true;
            const int version = cell.data.value(dio::kFormatVersion).toInt();
            if (version > dio::kWrittenVersion)
                problems.append(error(cell, QCoreApplication::translate(
                                                "Io", "written by a newer ArchStudio "
                                                      "(draw.io format %1; this one reads %2)")
                                                .arg(version)
                                                .arg(dio::kWrittenVersion)));
            design.name = cell.data.value(dio::kName);
            design.description = cell.data.value(dio::kDescription);
            design.catalog = cell.data.value(dio::kCatalog, design.catalog);
            QString message;
            if (const auto overrides =
                    jsonObject(cell.data.value(dio::kCatalogOverrides), &message)) {
                for (auto it = overrides->cbegin(); it != overrides->cend(); ++it)
                    design.catalogOverrides.insert(it.key(), it.value().toDouble());
            } else {
                problems.append(error(cell, QStringLiteral("catalogOverrides: ") + message));
            }
        } else if (role == QLatin1StringView("region")) {
            const model::RegionId code(cell.data.value(dio::kCode));
            regionOfCell.insert(cell.id, design.regions.size());
            design.regions.append({code, {}});
            design.layout.regionFrames.insert(code, frame(cell));
        }
    }
    if (!sawDesign)
        return {std::nullopt,
                {{Problem::Severity::Error, QString(),
                  QCoreApplication::translate(
                      "Io", "this draw.io file was not written by ArchStudio (no cell "
                            "carries archstudio=\"design\"); only diagrams exported by "
                            "ArchStudio can be opened")}}};

    for (const Cell &cell : parsed.cells) {
        const QString role = cell.role();
        if (role == QLatin1StringView("zone")) {
            const qsizetype region = regionOfCell.value(cell.parent, -1);
            if (region < 0) {
                problems.append(error(
                    cell, QCoreApplication::translate("Io", "an Availability Zone must sit inside "
                                                            "a region container")));
                continue;
            }
            const model::ZoneId code(cell.data.value(dio::kCode));
            design.regions[region].zones.append(code);
            design.layout.zoneFrames.insert(code, frame(cell));
        } else if (role == QLatin1StringView("component")) {
            model::Component c;
            c.id = model::ComponentId(cell.data.value(dio::kComponentId));
            c.kind = cell.data.value(dio::kKind);
            c.name = cell.data.value(dio::kName);
            c.placement.region = model::RegionId(cell.data.value(dio::kRegion));
            if (cell.data.contains(dio::kZone))
                c.placement.zone = model::ZoneId(cell.data.value(dio::kZone));
            for (const QString &z :
                 cell.data.value(dio::kZones).split(QLatin1Char(','), Qt::SkipEmptyParts))
                c.placement.zones.append(model::ZoneId(z.trimmed()));
            QString message;
            const auto properties = jsonObject(cell.data.value(dio::kProperties), &message);
            if (!properties) {
                problems.append(error(cell, QStringLiteral("properties: ") + message));
                continue;
            }
            for (auto it = properties->cbegin(); it != properties->cend(); ++it)
                c.properties.insert(it.key(), it.value());
            componentOfCell.insert(cell.id, c.id);
            const QPointF at = absolute(cell).center();
            if (!isFinite(at))
                problems.append(notFinite(cell));
            design.layout.componentPositions.insert(c.id, at);
            design.components.append(std::move(c));
        } else if (role == QLatin1StringView("note")) {
            const model::Note note = noteOfCell(cell, absolute(cell));
            if (!isFinite(note.at))
                problems.append(notFinite(cell));
            design.notes.append(note);
        } else if (role.isEmpty() && cell.id != QLatin1StringView("0") &&
                   cell.id != QLatin1StringView("1")) {
            problems.append(
                {Problem::Severity::Warning,
                 //: where a problem is in a draw.io file: %1 is the cell id, %2 its line
                 QCoreApplication::translate("Io", "cell %1 (line %2)").arg(cell.id).arg(cell.line),
                 QCoreApplication::translate("Io", "not an ArchStudio shape; ignored")});
        }
    }

    for (const Cell &cell : parsed.cells) {
        if (cell.role() != QLatin1StringView("link"))
            continue;
        if (!componentOfCell.contains(cell.source) || !componentOfCell.contains(cell.target)) {
            problems.append(
                error(cell, QCoreApplication::translate("Io", "a link must join two ArchStudio "
                                                              "components (source %1, target %2)")
                                .arg(cell.source, cell.target)));
            continue;
        }
        model::Link link;
        link.from = componentOfCell.value(cell.source);
        link.to = componentOfCell.value(cell.target);
        const std::optional<model::Traffic> traffic =
            model::trafficFromName(cell.data.value(dio::kTraffic));
        if (!traffic) {
            problems.append(
                error(cell, QCoreApplication::translate("Io", "traffic: expected reads, writes or "
                                                              "reads-writes, got \"%1\"")
                                .arg(cell.data.value(dio::kTraffic))));
            continue;
        }
        link.traffic = *traffic;
        if (cell.data.contains(dio::kReadShare)) {
            link.readShare = cell.data.value(dio::kReadShare).toDouble();
            if (!std::isfinite(*link.readShare)) {
                problems.append(error(
                    cell, QCoreApplication::translate("Io", "readShare: expected a number, got "
                                                            "\"%1\"")
                              .arg(cell.data.value(dio::kReadShare))));
                continue;
            }
        }
        design.links.append(link);
    }
    if (design.components.size() > options.limits.maxComponents)
        problems.append(
            {Problem::Severity::Error, QStringLiteral("components"),
             QCoreApplication::translate("Io", "%1 components is more than the limit of %2")
                 .arg(design.components.size())
                 .arg(options.limits.maxComponents)});

    if (model::hasErrors(problems))
        return {std::nullopt, problems};
    // The same checks as design.json: one set of rules for every way in.
    DesignFile file;
    file.design = std::move(design);
    file.container = Container::Drawio;
    return checkLoadedDesign(std::move(file), std::move(problems), options);
}

} // namespace archstudio::io
