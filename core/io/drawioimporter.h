#pragma once

// The draw.io importer's working state (drawioimport.h): one diagram's cells, what each is,
// and the design built from them. Private to core/io; drawioimporter.cpp reads the groups,
// drawioimport.cpp the components, references and edges.

#include "drawioshapes.h"
#include "importresult.h"

#include "core/catalog/catalog.h"
#include "core/catalog/regionconventions.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <optional>

namespace archstudio::io::drawioimport {

/// Groups nest a few levels deep; a longer chain of parents is a cycle or an attack.
constexpr int kMaxNesting = 32;
/// Coordinates beyond this are not a drawing's: the layout is left to the caller.
constexpr double kMaxCoordinate = 1e7;
/// Past this many Region or Zone groups, shapes are placed by their parents alone.
constexpr qsizetype kMaxGeometricGroups = 1000;

inline QString cellSource(const DiagramCell &cell)
{
    if (cell.label.isEmpty())
        //: a cell of a draw.io diagram: %1 is its id
        return QCoreApplication::translate("Io", "cell \"%1\"").arg(cell.id);
    //: a cell of a draw.io diagram: %1 is its id, %2 its label
    return QCoreApplication::translate("Io", "cell \"%1\" (%2)").arg(cell.id, cell.label);
}

enum class Role { Ignored, Region, Zone, Group, Component, Other };

struct Zone
{
    qsizetype cell = -1;
    QString region;
    QString code;
};

class Importer
{
public:
    Importer(const model::KindRegistry &registry, const catalog::Catalog &catalog,
             ImportResult &result)
        : mRegistry(registry), mNaming(catalog.regionConventions().zones), mResult(result)
    {
        mDefaultRegion = catalog.regionConventions().reference;
        if (mDefaultRegion.isEmpty())
            mDefaultRegion = catalog.regions().value(0, QStringLiteral("us-east-1"));
    }

    /// Fills the result's design (unless an error is set), imported, skipped and warnings.
    void run(QList<DiagramCell> cells);

private:
    /// Ancestors of cell i, nearest first; nullopt when they nest too deep or form a cycle.
    std::optional<QList<qsizetype>> ancestors(qsizetype i) const;
    std::optional<QRectF> absolute(qsizetype i) const;
    /// The group of this role holding cell i: an ancestor, else the smallest whose rectangle
    /// holds its centre.
    qsizetype container(qsizetype i, Role role) const;
    QString regionOf(qsizetype i);
    void classify();
    void readZones();
    void readComponents();
    /// Puts the components in the drawing's reading order: rows top to bottom, each left to
    /// right. The layout is left to the caller: a drawing's icons are a fraction of a card's
    /// size, so its positions would pile the cards on each other; the automatic layout fills
    /// each zone in this order instead.
    void sortInReadingOrder();
    void resolveReferences();
    void readEdges();
    void validate();
    QString uniqueId(const QString &label, const QString &kind);
    model::Region &designRegion(const QString &code);
    /// Removes these components (indices into the design), their links and positions.
    void removeComponents(const QSet<qsizetype> &indices);
    /// The component an edge's end is attached to: the cell, or a shape holding it; or -1.
    qsizetype endOf(const QString &id) const;
    void skip(qsizetype i, const QString &reason)
    {
        mResult.skipped.append({cellSource(mCells.at(i)), reason});
    }

    const model::KindRegistry &mRegistry;
    catalog::ZoneNaming mNaming;
    ImportResult &mResult;
    QString mDefaultRegion;
    bool mWarnedDefaultRegion = false;
    int mDecorations = 0;
    QList<DiagramCell> mCells;
    QList<Role> mRoles;
    QList<KindMatch> mMatches;
    QHash<QString, qsizetype> mById;
    QMap<QString, QRectF> mRegionFrames; ///< regions read, with their frames (empty: none)
    QStringList mRegionOrder;
    QHash<qsizetype, QString> mRegionCode; ///< region group cell -> code
    QHash<qsizetype, Zone> mZones;         ///< zone group cell -> zone
    QHash<qsizetype, qsizetype> mComponentOfCell;
    /// Where each component's shape is in the drawing (its centre): the reading order the
    /// components are put in.
    QHash<model::ComponentId, QPointF> mDrawnAt;
    QSet<qsizetype> mUsedEdges;
    /// Region and Zone groups with their absolute frames.
    QHash<Role, QList<std::pair<qsizetype, QRectF>>> mGroupFrames;
    QSet<QString> mIds;
    model::Design mDesign;
};

} // namespace archstudio::io::drawioimport
