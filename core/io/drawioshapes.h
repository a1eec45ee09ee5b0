#pragma once

// What the draw.io importer (drawioimport.cpp) reads of a diagram's cells: their ids,
// nesting, geometry, labels and styles, and what a style means: an AWS shape that is one of
// the loaded kinds (KindSchema::drawioShapes), a Region or Availability Zone group, or
// something else.

#include "core/model/kindregistry.h"
#include "core/model/propertymap.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace archstudio::io::drawioimport {

/// One <mxCell>, with the attributes of the <object> or <UserObject> wrapping it.
struct DiagramCell
{
    QString id;
    QString parent;
    QString source;
    QString target;
    QString style;
    QString label; ///< plain text: HTML tags and entities removed, whitespace simplified
    bool vertex = false;
    bool edge = false;
    /// Carries ArchStudio's own attributes (archstudio="..."): an ArchStudio export.
    bool archstudio = false;
    QRectF geometry; ///< relative to the parent vertex, as diagrams.net keeps it
    bool finiteGeometry = true;
    qint64 line = 0;
};

struct DiagramCells
{
    QList<DiagramCell> cells;
    QString error; ///< not naming the file
};

DiagramCells parseDiagramCells(const QByteArray &model, qsizetype maxCells);

/// A label as text: tags dropped (<br> and block ends as spaces), entities decoded.
QString plainText(const QString &html);

/// "key=value;..." as a hash; a bare word ("text", "ellipse") maps to an empty value.
QHash<QString, QString> parseStyle(const QString &style);

/// The AWS 4 shape a style draws, without "mxgraph.aws4.": a resourceIcon's resIcon, a
/// productIcon's prIcon, else the shape itself; empty when it is not an AWS 4 shape.
QString awsShapeName(const QHash<QString, QString> &style);

struct KindMatch
{
    const model::KindSchema *schema = nullptr;
    model::PropertyMap properties; ///< what the shape's name implies ("?engine=redis")
};

/// The kind whose drawioShapes name the shape, given the shape's label; a name with a label
/// condition that holds wins over a plain one.
KindMatch matchKind(const QString &shape, const QString &label,
                    const model::KindRegistry &registry);

enum class GroupType { None, Region, Zone, Other };

/// Region groups carry grIcon=mxgraph.aws4.group_region; diagrams.net's Availability Zone is
/// a dashed #147EBA rectangle (later versions: grIcon ...group_availability_zone) or anything
/// labelled as one. Other AWS groups (VPC, subnet, AWS Cloud) are Other.
GroupType groupType(const QHash<QString, QString> &style, const QString &label);

/// The region code a label names: "us-east-1", "Region: eu-west-1", "US East (N. Virginia)",
/// a zone's code; empty when none.
QString regionInLabel(const QString &label);

/// The lower-case words of a label that could be codes ("us-east-1b").
QStringList codeWords(const QString &label);

} // namespace archstudio::io::drawioimport
