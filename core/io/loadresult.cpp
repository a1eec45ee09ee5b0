#include "loadresult.h"

#include "core/catalog/catalogfile.h"
#include "core/engine/kindset.h"
#include "core/model/designvalidator.h"
#include "core/model/variants.h"

#include <QCoreApplication>
#include <QSet>

namespace archstudio::io {

using model::Problem;
using model::Problems;

namespace {

/// Where the reader reported errors, to tell whether a semantic problem's place is one of
/// them, lies under one (a wrong type reported at "components[1].properties" covers
/// "components[1].properties.shards") or above one. Looked up in sets: a hostile file can
/// bring hundreds of thousands of problems of each sort, and comparing every pair hung the
/// load for minutes.
class ErrorPlaces
{
public:
    explicit ErrorPlaces(const Problems &problems)
    {
        for (const Problem &p : problems) {
            if (!p.isError())
                continue;
            mAny = true;
            mRoot = mRoot || p.path.isEmpty();
            mPlaces.insert(p.path);
            forEachParent(p.path, [this](const QString &parent) { mAbove.insert(parent); });
        }
    }

    /// Whether path is one of the places, under one, or above one.
    bool touches(const QString &path) const
    {
        if (mRoot || (mAny && path.isEmpty()) || mPlaces.contains(path) || mAbove.contains(path))
            return true;
        bool under = false;
        forEachParent(path,
                      [&](const QString &parent) { under = under || mPlaces.contains(parent); });
        return under;
    }

private:
    /// Calls f with each place path lies under: its text before each '.' or '['.
    template <typename F> static void forEachParent(const QString &path, F f)
    {
        for (qsizetype i = 1; i < path.size(); ++i) {
            if (path.at(i) == QLatin1Char('.') || path.at(i) == QLatin1Char('['))
                f(path.left(i));
        }
    }

    bool mAny = false;
    bool mRoot = false; ///< an error about the whole file covers every place
    QSet<QString> mPlaces;
    QSet<QString> mAbove;
};

/// Keeps a semantic problem only where the reader has not already reported the same place:
/// a value of the wrong type should not also be reported as, say, an unknown zone.
void mergeProblems(Problems &into, const Problems &semantic)
{
    const ErrorPlaces structural(into);
    for (const Problem &p : semantic) {
        if (!structural.touches(p.path))
            into.append(p);
    }
}

/// Each of the design's own figures checked against the plausible range of its unit in the
/// catalog: an AZ failure rate of 1e300 a year is a typo or an attack, never a design.
Problems overrideProblems(const model::DesignContent &content, const catalog::Catalog &catalog)
{
    Problems problems;
    for (auto it = content.catalogOverrides.cbegin(); it != content.catalogOverrides.cend(); ++it) {
        if (const QString why = catalog.checkOverride(it.key(), it.value()); !why.isEmpty())
            problems.append({Problem::Severity::Error,
                             model::joinPath(QStringLiteral("catalogOverrides"), it.key()), why});
    }
    return problems;
}

/// Each zone's code checked against how the catalog's provider names the zones of its region:
/// "us-west-2a" listed under us-east-1 is a slip the rest of the design would hide.
Problems zoneNamingProblems(const model::Design &design, const catalog::Catalog &catalog)
{
    Problems problems;
    const catalog::ZoneNaming &naming = catalog.regionConventions().zones;
    for (qsizetype r = 0; r < design.regions.size(); ++r) {
        const model::Region &region = design.regions.at(r);
        for (qsizetype z = 0; z < region.zones.size(); ++z) {
            const QString zone = region.zones.at(z).value();
            if (zone.isEmpty() || naming.belongsTo(zone, region.code.value()))
                continue;
            problems.append(
                {Problem::Severity::Error, QStringLiteral("regions[%1].zones[%2]").arg(r).arg(z),
                 QCoreApplication::translate(
                     "Io", "zone \"%1\" does not belong to region %2; expected a code such "
                           "as \"%3\"")
                     .arg(zone, region.code.value(), naming.code(region.code.value(), 0))});
        }
    }
    return problems;
}

/// The kinds every build has (the workload), for a load given no registry.
const model::KindRegistry &coreKinds()
{
    static const engine::KindSet core;
    return core.schemas();
}

} // namespace

LoadResult loadFailure(const QString &path, const QString &message)
{
    return {std::nullopt, {{Problem::Severity::Error, path, message}}};
}

LoadResult checkLoadedDesign(DesignFile file, model::Problems readProblems,
                             const LoadOptions &options)
{
    const model::Design &design = file.design;
    LoadResult result;
    result.problems = std::move(readProblems);
    const bool unreadable = model::hasErrors(result.problems);
    const model::DesignValidator validator(options.registry ? *options.registry : coreKinds());
    mergeProblems(result.problems, validator.validate(design));
    const catalog::Catalog &catalog =
        options.catalog ? *options.catalog : catalog::bundledCatalog();
    mergeProblems(result.problems, zoneNamingProblems(design, catalog));
    mergeProblems(result.problems, overrideProblems(design, catalog));
    // Every variant must hold up on its own, as it will be evaluated on its own.
    for (qsizetype i = 0; i < design.otherVariants.size(); ++i) {
        const std::optional<model::Design> variant =
            model::variantAsDesign(design, design.otherVariants.at(i).name);
        model::Problems problems = validator.validate(*variant);
        problems += zoneNamingProblems(*variant, catalog);
        problems += overrideProblems(design.otherVariants.at(i).content, catalog);
        for (model::Problem &p : problems)
            p.path = QStringLiteral("variants[%1]").arg(i) +
                     (p.path.isEmpty() ? QString() : QLatin1Char('.') + p.path);
        mergeProblems(result.problems, problems);
    }
    if (unreadable || (options.rejectInvalidDesigns && model::hasErrors(result.problems)))
        return result;
    result.file = std::move(file);
    return result;
}

void LoadOptions::useKinds(const engine::KindSet &kinds)
{
    registry = &kinds.schemas();
    catalog = &kinds.catalog();
}

} // namespace archstudio::io
