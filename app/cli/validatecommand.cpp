#include "validatecommand.h"

#include "core/engine/kindset.h"
#include "options.h"

#include "core/catalog/catalogfile.h"
#include "core/engine/catalogvalues.h"
#include "core/io/designfile.h"
#include "core/json/jsonwriter.h"
#include "engineinput.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <QCoreApplication>

namespace archstudio::cli {

namespace {

/// The JSON output's version: 1 is this shape; a new field keeps it, a changed one bumps it.
constexpr int kValidateSchemaVersion = 1;

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
                 QCoreApplication::translate(
                     "Cli", "region \"%1\" is not in the %2 catalog: nothing placed there can "
                            "be priced or timed")
                     .arg(code, catalog.id())});
    }
    // Instance classes and node types the catalog has no price for.
    problems += engine::CatalogValues(catalog, behaviours).problems(design);
    return problems;
}

QString errorCount(int n)
{
    // Two sources, so the English stays "1 error", "2 errors" without a translation installed.
    return n == 1 ? QCoreApplication::translate("Cli", "%n error", nullptr, n)
                  : QCoreApplication::translate("Cli", "%n errors", nullptr, n);
}

QString warningCount(int n)
{
    return n == 1 ? QCoreApplication::translate("Cli", "%n warning", nullptr, n)
                  : QCoreApplication::translate("Cli", "%n warnings", nullptr, n);
}

/// validate --json (docs/CLI.md): every problem with its file, place, severity and message.
void printJson(const QString &file, const io::LoadResult &result, bool strict, int errors,
               int warnings, Streams streams)
{
    boost::json::array problems;
    for (const model::Problem &problem : result.problems) {
        const bool fails = problem.isError() || strict;
        problems.push_back(boost::json::object{{"file", file.toStdString()},
                                               {"path", problem.path.toStdString()},
                                               {"severity", fails ? "error" : "warning"},
                                               {"message", problem.message.toStdString()}});
    }
    boost::json::value design = nullptr;
    if (result.file) {
        const model::Design &d = result.file->design;
        design = boost::json::object{{"name", d.name.toStdString()},
                                     {"components", d.components.size()},
                                     {"links", d.links.size()},
                                     {"regions", d.regions.size()}};
    }
    boost::json::object document{{"schemaVersion", kValidateSchemaVersion},
                                 {"file", file.toStdString()},
                                 {"valid", result.file.has_value() && errors == 0},
                                 {"strict", strict},
                                 {"errors", errors},
                                 {"warnings", warnings},
                                 {"design", std::move(design)},
                                 {"problems", std::move(problems)}};
    streams.out << QString::fromUtf8(json::writePrettyJson(std::move(document)));
}

} // namespace

int runValidate(const QStringList &args, Streams streams)
{
    bool strict = false;
    bool asJson = false;
    QString path;
    OptionParser options(QStringLiteral("validate"), streams);
    options.flag(QStringLiteral("--strict"), &strict);
    options.flag(QStringLiteral("--json"), &asJson);
    if (const std::optional<int> code = options.parseOneFile(args, &path))
        return *code;

    io::LoadResult result = loadDesign(path, streams.loadOptions());
    if (result.file)
        result.problems += catalogProblems(result.file->design, streams.kinds->catalog(),
                                           streams.kinds->behaviours());
    const QString name = displayName(path);
    int errors = 0;
    int warnings = 0;
    for (const model::Problem &problem : std::as_const(result.problems))
        (problem.isError() || strict ? errors : warnings)++;
    const bool valid = result.file && errors == 0;
    if (asJson) {
        printJson(name, result, strict, errors, warnings, streams);
        return valid ? Success : InputError;
    }
    for (const model::Problem &problem : std::as_const(result.problems)) {
        const bool fails = problem.isError() || strict;
        streams.err << (fails ? QCoreApplication::translate("Cli", "%1: error: %2")
                              : QCoreApplication::translate("Cli", "%1: warning: %2"))
                           .arg(name, problem.toString())
                    << '\n';
    }
    if (!valid) {
        streams.err << (warnings > 0 ? QCoreApplication::translate("Cli", "%1: invalid: %2, %3")
                                           .arg(name, errorCount(errors), warningCount(warnings))
                                     : QCoreApplication::translate("Cli", "%1: invalid: %2")
                                           .arg(name, errorCount(errors)))
                    << '\n';
        return InputError;
    }
    const model::Design &design = result.file->design;
    //: FILE: valid: "NAME", N components, N links, N regions
    streams.out << QCoreApplication::translate("Cli", "%1: valid: \"%2\", %3, %4, %5")
                       .arg(name, design.name,
                            QCoreApplication::translate("Cli", "%n components", nullptr,
                                                        int(design.components.size())),
                            QCoreApplication::translate("Cli", "%n links", nullptr,
                                                        int(design.links.size())),
                            QCoreApplication::translate("Cli", "%n regions", nullptr,
                                                        int(design.regions.size())));
    if (warnings > 0)
        streams.out << ", " << warningCount(warnings);
    streams.out << '\n';
    return Success;
}

} // namespace archstudio::cli
