#include "templatecommand.h"

#include "options.h"

#include "core/io/designtemplates.h"
#include "core/json/jsonwriter.h"
#include "core/render/autolayout.h"

#include <boost/json/array.hpp>

#include <QCoreApplication>

namespace archstudio::cli {

namespace {

/// The JSON output's version: 1 is this shape; a new field keeps it, a changed one bumps it.
constexpr int kTemplatesSchemaVersion = 1;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QStringList templateNames()
{
    QStringList names;
    for (const io::DesignTemplate &t : io::bundledTemplates())
        names << t.name;
    return names;
}

} // namespace

int runTemplates(const QStringList &args, Streams streams)
{
    bool asJson = false;
    OptionParser options(QStringLiteral("templates"), streams);
    options.flag(QStringLiteral("--json"), &asJson);
    QStringList files;
    if (const std::optional<int> code = options.parse(args, &files))
        return *code;
    if (!files.isEmpty())
        return options.error(QCoreApplication::translate("Cli", "expected no FILE"));

    const QList<io::DesignTemplate> &templates = io::bundledTemplates();
    if (asJson) {
        boost::json::array list;
        for (const io::DesignTemplate &t : templates) {
            list.push_back(boost::json::object{
                {"name", utf8(t.name)}, {"title", utf8(t.title)}, {"summary", utf8(t.summary)}});
        }
        boost::json::object document{{"schemaVersion", kTemplatesSchemaVersion},
                                     {"templates", std::move(list)}};
        streams.out << QString::fromUtf8(json::writePrettyJson(std::move(document)));
        return Success;
    }
    qsizetype width = 0;
    for (const io::DesignTemplate &t : templates)
        width = std::max(width, t.name.size());
    for (const io::DesignTemplate &t : templates)
        streams.out << t.name.leftJustified(width + 2) << t.title << '\n';
    streams.out << '\n'
                << QCoreApplication::translate(
                       "Cli", "Write one with: archstudio new --template NAME -o FILE")
                << '\n';
    return Success;
}

int runNew(const QStringList &args, Streams streams)
{
    QString name;
    QString output;
    OptionParser options(QStringLiteral("new"), streams);
    options.text(QStringLiteral("--template"), &name);
    options.text(QStringLiteral("-o"), &output);
    options.text(QStringLiteral("--output"), &output);
    QStringList files;
    if (const std::optional<int> code = options.parse(args, &files))
        return *code;
    if (!files.isEmpty())
        return options.error(QCoreApplication::translate(
            "Cli", "expected no FILE; the design is written to -o FILE"));
    if (name.isEmpty())
        return options.error(
            QCoreApplication::translate("Cli", "expected --template NAME, one of: %1")
                .arg(templateNames().join(QStringLiteral(", "))));
    if (output.isEmpty())
        return options.error(
            QCoreApplication::translate("Cli", "expected -o FILE (.archstudio, or .json)"));
    const std::optional<io::DesignTemplate> found = io::findTemplate(name);
    if (!found)
        return options.error(QCoreApplication::translate(
                                 "Cli", "no template \"%1\"; `archstudio templates` lists them: %2")
                                 .arg(name, templateNames().join(QStringLiteral(", "))));

    io::LoadResult loaded = io::loadTemplate(*found, streams.loadOptions());
    if (!loaded.file) {
        streams.err << QCoreApplication::translate("Cli",
                                                   "archstudio new: template \"%1\" does not load")
                           .arg(name)
                    << '\n';
        return InputError;
    }
    io::DesignFile file = std::move(*loaded.file);
    // Written with every position, as the studio would save it after opening the template.
    file.design.layout = render::completeLayout(file.design, streams.kinds->schemas());
    file.container = io::containerForPath(output);
    const QString error = io::saveDesignFile(output, file);
    if (!error.isEmpty()) {
        streams.err
            << QCoreApplication::translate("Cli", "archstudio new: %1: %2").arg(output, error)
            << '\n';
        return InputError;
    }
    streams.out << QCoreApplication::translate("Cli", "%1: \"%2\" from template %3")
                       .arg(output, file.design.name, name)
                << '\n';
    return Success;
}

} // namespace archstudio::cli
