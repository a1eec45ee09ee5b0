#include "drawioimporter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace archstudio::io::drawioimport {

std::optional<QList<qsizetype>> Importer::ancestors(qsizetype i) const
{
    QList<qsizetype> chain;
    for (qsizetype at = mById.value(mCells.at(i).parent, -1); at >= 0;
         at = mById.value(mCells.at(at).parent, -1)) {
        if (!mCells.at(at).vertex)
            return chain;
        if (at == i || chain.size() >= kMaxNesting)
            return std::nullopt;
        chain.append(at);
    }
    return chain;
}

std::optional<QRectF> Importer::absolute(qsizetype i) const
{
    const auto chain = ancestors(i);
    if (!chain || !mCells.at(i).finiteGeometry)
        return std::nullopt;
    QRectF rect = mCells.at(i).geometry;
    for (qsizetype at : *chain) {
        if (!mCells.at(at).finiteGeometry)
            return std::nullopt;
        rect.translate(mCells.at(at).geometry.topLeft());
    }
    return rect;
}

qsizetype Importer::container(qsizetype i, Role role) const
{
    if (const auto chain = ancestors(i)) {
        for (qsizetype at : *chain) {
            if (mRoles.at(at) == role)
                return at;
        }
    }
    const std::optional<QRectF> own = absolute(i);
    const QList<std::pair<qsizetype, QRectF>> &groups = mGroupFrames.value(role);
    // Shapes drawn over groups they are not children of: by geometry, within a budget, so a
    // hostile file of many groups and shapes cannot stall the import.
    if (!own || groups.size() > kMaxGeometricGroups)
        return -1;
    qsizetype best = -1;
    double bestArea = 0.0;
    for (const auto &[g, frame] : groups) {
        const double area = frame.width() * frame.height();
        if (g != i && frame.contains(own->center()) && (best < 0 || area < bestArea)) {
            best = g;
            bestArea = area;
        }
    }
    return best;
}

QString Importer::regionOf(qsizetype i)
{
    const qsizetype group = container(i, Role::Region);
    if (group >= 0)
        return mRegionCode.value(group);
    if (!mRegionOrder.contains(mDefaultRegion))
        mRegionOrder.append(mDefaultRegion);
    if (!mWarnedDefaultRegion) {
        mWarnedDefaultRegion = true;
        mResult.warnings.append(
            mRegionCode.isEmpty()
                ? QCoreApplication::translate("Io", "The diagram has no Region group; its shapes "
                                                    "are placed in %1, the catalog's reference "
                                                    "region.")
                      .arg(mDefaultRegion)
                : QCoreApplication::translate("Io", "Some shapes lie outside every Region group; "
                                                    "they are placed in %1, the catalog's "
                                                    "reference region.")
                      .arg(mDefaultRegion));
    }
    return mDefaultRegion;
}

QString Importer::uniqueId(const QString &label, const QString &kind)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString base = label.toLower().replace(other, QStringLiteral("-")).left(40);
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = kind;
    QString id = base;
    for (int n = 2; mIds.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    mIds.insert(id);
    return id;
}

void Importer::classify()
{
    mRoles.fill(Role::Ignored, mCells.size());
    mMatches.resize(mCells.size());
    for (qsizetype i = 0; i < mCells.size(); ++i) {
        const DiagramCell &cell = mCells.at(i);
        if (mById.value(cell.id, i) != i) {
            skip(i, QCoreApplication::translate("Io", "another cell has the same id"));
            continue;
        }
        if (!cell.vertex)
            continue;
        if (!ancestors(i) || !absolute(i)) {
            skip(i, QCoreApplication::translate("Io", "its containers nest more than %1 deep "
                                                      "or form a cycle, or its position is not "
                                                      "a finite number")
                        .arg(kMaxNesting));
            continue;
        }
        const QHash<QString, QString> style = parseStyle(cell.style);
        const QString shape = awsShapeName(style);
        mMatches[i] = matchKind(shape, cell.label, mRegistry);
        if (mMatches.at(i).schema) {
            mRoles[i] = Role::Component;
            continue;
        }
        switch (groupType(style, cell.label)) {
        case GroupType::Region:
            mRoles[i] = Role::Region;
            break;
        case GroupType::Zone:
            mRoles[i] = Role::Zone;
            break;
        case GroupType::Other:
            mRoles[i] = Role::Group;
            break;
        case GroupType::None:
            mRoles[i] = Role::Other;
            break;
        }
        if (mRoles.at(i) == Role::Group && !cell.label.isEmpty())
            skip(i, QCoreApplication::translate("Io", "a group ArchStudio does not model; the "
                                                      "shapes inside it are read"));
        else if (mRoles.at(i) == Role::Other && !shape.isEmpty())
            skip(i, QCoreApplication::translate("Io", "mxgraph.aws4.%1 is not a kind ArchStudio "
                                                      "models")
                        .arg(shape));
        else if (mRoles.at(i) == Role::Other && !cell.label.isEmpty())
            skip(i, QCoreApplication::translate("Io", "text or a shape that is not one of "
                                                      "ArchStudio's kinds"));
        else if (mRoles.at(i) == Role::Other)
            ++mDecorations;
    }
    for (qsizetype i = 0; i < mCells.size(); ++i) {
        if (mRoles.at(i) == Role::Region || mRoles.at(i) == Role::Zone)
            mGroupFrames[mRoles.at(i)].append({i, *absolute(i)});
    }
    for (qsizetype i = 0; i < mCells.size(); ++i) {
        if (mRoles.at(i) != Role::Region)
            continue;
        QString code = regionInLabel(mCells.at(i).label);
        if (code.isEmpty()) {
            code = mDefaultRegion;
            mResult.warnings.append(
                QCoreApplication::translate("Io", "%1: the Region group names no region; it is "
                                                  "taken as %2, the catalog's reference region.")
                    .arg(cellSource(mCells.at(i)), code));
        }
        mRegionCode.insert(i, code);
        if (!mRegionOrder.contains(code)) {
            mRegionOrder.append(code);
            mRegionFrames.insert(code, *absolute(i));
        }
    }
}

void Importer::readZones()
{
    QMap<QString, QList<qsizetype>> unnamed; // region -> zone groups naming no zone
    for (qsizetype i = 0; i < mCells.size(); ++i) {
        if (mRoles.at(i) != Role::Zone)
            continue;
        Zone zone{i, regionOf(i), {}};
        for (const QString &word : codeWords(mCells.at(i).label)) {
            if (mNaming.belongsTo(word, zone.region))
                zone.code = word;
        }
        if (zone.code.isEmpty())
            unnamed[zone.region].append(i);
        mZones.insert(i, zone);
    }
    for (auto it = unnamed.begin(); it != unnamed.end(); ++it) {
        std::sort(it->begin(), it->end(), [this](qsizetype a, qsizetype b) {
            return absolute(a)->center().x() < absolute(b)->center().x();
        });
        QSet<QString> used;
        for (const Zone &zone : std::as_const(mZones))
            used.insert(zone.code);
        int ordinal = 0;
        for (qsizetype i : std::as_const(*it)) {
            QString code;
            while (code.isEmpty() || used.contains(code)) {
                code = mNaming.code(it.key(), ordinal++);
                if (code.isEmpty())
                    break;
            }
            if (code.isEmpty()) {
                mRoles[i] = Role::Group;
                skip(i, QCoreApplication::translate("Io", "region %1 has no more zone names")
                            .arg(it.key()));
                continue;
            }
            used.insert(code);
            mZones[i].code = code;
            mResult.warnings.append(
                QCoreApplication::translate("Io", "%1: the Availability Zone group names no "
                                                  "zone; it is taken as %2.")
                    .arg(cellSource(mCells.at(i)), code));
        }
    }
    for (qsizetype i = 0; i < mCells.size(); ++i) {
        const auto zone = mZones.constFind(i);
        if (mRoles.at(i) != Role::Zone || zone == mZones.cend())
            continue;
        model::Region &region = designRegion(zone->region);
        if (!region.hasZone(model::ZoneId(zone->code))) {
            region.zones.append(model::ZoneId(zone->code));
        }
    }
    // A shape outside every zone group goes to its region's first zone.
    for (model::Region &region : mDesign.regions)
        std::sort(region.zones.begin(), region.zones.end());
}

model::Region &Importer::designRegion(const QString &code)
{
    for (model::Region &region : mDesign.regions) {
        if (region.code.value() == code)
            return region;
    }
    mDesign.regions.append({model::RegionId(code), {}});
    return mDesign.regions.last();
}

} // namespace archstudio::io::drawioimport
