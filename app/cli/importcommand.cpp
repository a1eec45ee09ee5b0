#include "importcommand.h"

#include "engineinput.h"
#include "options.h"

#include "core/engine/workloadkind.h"
#include "core/io/atomicfile.h"
#include "core/io/designfile.h"
#include "core/io/drawioimport.h"
#include "core/io/terraformimport.h"
#include "core/json/jsonwriter.h"
#include "core/render/autolayout.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace archstudio::cli {

namespace {

namespace bj = boost::json;

/// The file (or standard input for "-") whole, or why not: bounded like a design file, so a
/// huge input is refused.
std::optional<QByteArray> readInput(const QString &path, QString *error)
{
    const qint64 limit = io::Limits{}.maxUncompressedBytes;
    if (isStandardInput(path)) {
        QByteArray bytes = readStandardInput(limit, error);
        return error->isEmpty() ? std::optional<QByteArray>(std::move(bytes)) : std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit) {
        *error = QCoreApplication::translate("Cli", "larger than %1 MiB; not imported")
                     .arg(limit / (1024 * 1024));
        return std::nullopt;
    }
    return bytes;
}

/// Terraform and drawings say nothing of traffic, but a drawing may hold ArchStudio's own
/// workloads.
int workloadCount(const model::Design &design)
{
    return int(
        std::count_if(design.components.cbegin(), design.components.cend(),
                      [](const model::Component &c) { return c.kind == engine::kWorkloadKind; }));
}

QByteArray reportJson(const io::ImportResult &result, const QString &input, const QString &output)
{
    bj::object root;
    root.emplace("schemaVersion", 1);
    root.emplace("file", input.toStdString());
    root.emplace("output", output.toStdString());
    bj::array imported;
    for (const io::ImportedItem &item : result.imported) {
        bj::object o;
        o.emplace("source", item.source.toStdString());
        o.emplace("component", item.component.value().toStdString());
        o.emplace("kind", item.kind.toStdString());
        imported.emplace_back(std::move(o));
    }
    root.emplace("imported", std::move(imported));
    bj::array skipped;
    for (const io::SkippedItem &item : result.skipped) {
        bj::object o;
        o.emplace("source", item.source.toStdString());
        o.emplace("reason", item.reason.toStdString());
        skipped.emplace_back(std::move(o));
    }
    root.emplace("skipped", std::move(skipped));
    bj::array warnings;
    for (const QString &w : result.warnings)
        warnings.emplace_back(bj::string(w.toStdString()));
    root.emplace("warnings", std::move(warnings));
    root.emplace("workloads", workloadCount(*result.design));
    return json::writePrettyJson(std::move(root));
}

QString reportText(const io::ImportResult &result, const QString &output, bool terraform)
{
    QString out = QCoreApplication::translate("Cli", "%1: components imported: %2")
                      .arg(output)
                      .arg(result.imported.size()) +
                  QLatin1Char('\n');
    for (const io::ImportedItem &item : result.imported)
        out += QStringLiteral("  + %1 → %2 (%3)\n")
                   .arg(item.source, item.component.value(), item.kind);
    out += QCoreApplication::translate("Cli", "skipped: %1").arg(result.skipped.size()) +
           QLatin1Char('\n');
    for (const io::SkippedItem &item : result.skipped)
        out += QStringLiteral("  - %1: %2\n").arg(item.source, item.reason);
    for (const QString &w : result.warnings)
        out += QCoreApplication::translate("Cli", "warning: %1").arg(w) + QLatin1Char('\n');
    if (workloadCount(*result.design) == 0) {
        out += (terraform ? QCoreApplication::translate(
                                "Cli", "The design has no workload: a Terraform plan does not say "
                                       "what traffic reaches the databases. Add one (in the "
                                       "studio, Edit > Add Workload to Every Database) before "
                                       "reading latency and availability.")
                          : QCoreApplication::translate(
                                "Cli", "The design has no workload, so it has no latency or "
                                       "availability yet. Add one (in the studio, Edit > Add "
                                       "Workload to Every Database)."));
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace

int runImport(const QStringList &args, Streams streams)
{
    const QString format = args.value(0);
    if (format != QLatin1String("terraform") && format != QLatin1String("drawio"))
        return usageError(
            QStringLiteral("import"),
            QCoreApplication::translate("Cli", "expected terraform or drawio, got \"%1\"")
                .arg(format),
            streams);
    bool asJson = false;
    QString output;
    OptionParser options(QStringLiteral("import"), streams);
    options.flag(QStringLiteral("--json"), &asJson);
    options.text(QStringLiteral("-o"), &output);
    options.text(QStringLiteral("--output"), &output);
    QString path;
    if (const std::optional<int> code = options.parseOneFile(args.mid(1), &path))
        return *code;
    if (output.isEmpty())
        return options.error(
            QCoreApplication::translate("Cli", "expected -o FILE (.archstudio, or .json)"));

    // The output must not be the file imported, nor a device or folder (docs/CLI.md, "Files
    // the commands write"): refused before anything is read.
    const QStringList inputs = isStandardInput(path) ? QStringList() : QStringList{path};
    if (const QString problem = io::outputTargetProblem(output, inputs); !problem.isEmpty()) {
        streams.err << QCoreApplication::translate("Cli", "archstudio %1: %2: %3")
                           .arg(QStringLiteral("import"), output, problem)
                    << '\n';
        return UsageError;
    }
    QString readError;
    const std::optional<QByteArray> bytes = readInput(path, &readError);
    if (!bytes) {
        streams.err
            << QCoreApplication::translate("Cli", "%1: error: %2").arg(displayName(path), readError)
            << '\n';
        return InputError;
    }
    const bool terraform = format == QLatin1String("terraform");
    const io::ImportResult result =
        terraform ? io::importTerraformPlan(*bytes, displayName(path), *streams.kinds)
                  : io::importDrawioDiagram(*bytes, displayName(path), *streams.kinds);
    if (!result.design) {
        streams.err << QCoreApplication::translate("Cli", "error: %1").arg(result.error) << '\n';
        return InputError;
    }
    io::DesignFile file;
    file.design = *result.design;
    file.design.layout = render::completeLayout(file.design, streams.kinds->schemas());
    file.container = io::containerForPath(output);
    const QString saveError = io::saveDesignFile(output, file);
    if (!saveError.isEmpty()) {
        streams.err << QCoreApplication::translate("Cli", "archstudio import: %1: %2")
                           .arg(output, saveError)
                    << '\n';
        return InputError;
    }
    if (asJson)
        streams.out << QString::fromUtf8(reportJson(result, displayName(path), output));
    else
        streams.out << reportText(result, output, terraform);
    return Success;
}

} // namespace archstudio::cli
