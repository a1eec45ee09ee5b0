#include "validatecommand.h"

#include "core/engine/kindset.h"
#include "options.h"

#include "core/catalog/catalogfile.h"
#include "core/engine/catalogvalues.h"
#include "core/io/designfile.h"

namespace archstudio::cli {

namespace {

/// Regions the catalog has no figures for, and values it has no price for (an instance class
/// it does not know): the design loads, but those cannot be priced or timed. Warnings (errors
/// with --strict), named by their JSON paths.
model::Problems catalogProblems(const model::Design &design, const catalog::Catalog &catalog,
                                const engine::BehaviourRegistry &behaviours)
{
    model::Problems problems;
    const QStringList known = catalog.regions();
    for (qsizetype i = 0; i < design.regions.size(); ++i) {
        const QString &code = design.regions.at(i).code.value();
        if (!code.isEmpty() && !known.contains(code))
            problems.append(
                {model::Problem::Severity::Warning,
                 model::joinPath(model::indexPath(QStringLiteral("regions"), i),
                                 QStringLiteral("code")),
                 QStringLiteral(
                     "region \"%1\" is not in the %2 catalog: nothing placed there can be "
                     "priced or timed")
                     .arg(code, catalog.id())});
    }
    // Instance classes and node types the catalog has no price for.
    problems += engine::CatalogValues(catalog, behaviours).problems(design);
    return problems;
}

} // namespace

int runValidate(const QStringList &args, Streams streams)
{
    bool strict = false;
    QString path;
    OptionParser options(QStringLiteral("validate"), streams);
    options.flag(QStringLiteral("--strict"), &strict);
    if (const std::optional<int> code = options.parseOneFile(args, &path))
        return *code;

    io::LoadResult result = io::loadDesignFile(path, streams.loadOptions());
    if (result.file)
        result.problems += catalogProblems(result.file->design, streams.kinds->catalog(),
                                           streams.kinds->behaviours());
    int errors = 0;
    int warnings = 0;
    for (const model::Problem &problem : result.problems) {
        const bool fails = problem.isError() || strict;
        (fails ? errors : warnings)++;
        streams.err << path << ": " << (fails ? "error: " : "warning: ") << problem.toString()
                    << '\n';
    }
    if (!result.file || errors > 0) {
        streams.err << path << ": invalid: " << errors << (errors == 1 ? " error" : " errors");
        if (warnings > 0)
            streams.err << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
        streams.err << '\n';
        return InputError;
    }
    const model::Design &design = result.file->design;
    streams.out << path << ": valid: \"" << design.name << "\", " << design.components.size()
                << " components, " << design.links.size() << " links, " << design.regions.size()
                << " regions";
    if (warnings > 0)
        streams.out << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
    streams.out << '\n';
    return Success;
}

} // namespace archstudio::cli
