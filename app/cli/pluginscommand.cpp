#include "pluginscommand.h"

#include "options.h"
#include "texttable.h"

#include "core/engine/kindset.h"
#include "core/json/jsonwriter.h"

#include <boost/json/array.hpp>

#include <QCoreApplication>

namespace archstudio::cli {

namespace {

/// The JSON output's version: 1 is this shape; a new field keeps it, a changed one bumps it.
constexpr int kPluginsSchemaVersion = 1;

boost::json::string str(const QString &text)
{
    return boost::json::string(text.toStdString());
}

void printJson(const engine::KindSet &kinds, Streams streams)
{
    boost::json::array loaded;
    for (const engine::LoadedPlugin &p : kinds.plugins()) {
        boost::json::array names;
        for (const QString &kind : p.kinds)
            names.push_back(str(kind));
        boost::json::object o{{"id", str(p.id)},
                              {"name", str(p.name)},
                              {"version", str(p.version)},
                              {"kinds", std::move(names)}};
        // null: linked into the executable, not loaded from a file
        o["file"] =
            p.file.isEmpty() ? boost::json::value(nullptr) : boost::json::value(str(p.file));
        loaded.push_back(std::move(o));
    }
    boost::json::array failed;
    for (const engine::FailedPlugin &f : kinds.failures())
        failed.push_back(boost::json::object{{"file", str(f.file)}, {"reason", str(f.reason)}});
    boost::json::object document{{"schemaVersion", kPluginsSchemaVersion},
                                 {"plugins", std::move(loaded)},
                                 {"failed", std::move(failed)}};
    streams.out << QString::fromUtf8(json::writePrettyJson(std::move(document)));
}

void printText(const engine::KindSet &kinds, Streams streams)
{
    QList<QStringList> rows;
    for (const engine::LoadedPlugin &p : kinds.plugins())
        rows << QStringList{p.id, p.version, p.kinds.join(QStringLiteral(", ")),
                            p.file.isEmpty() ? QCoreApplication::translate("Cli", "(linked in)")
                                             : p.file};
    streams.out << table({QCoreApplication::translate("Cli", "plugin"),
                          QCoreApplication::translate("Cli", "version"),
                          QCoreApplication::translate("Cli", "kinds"),
                          QCoreApplication::translate("Cli", "file")},
                         rows, {false, false, false, false});
    if (kinds.failures().isEmpty())
        return;
    streams.out << '\n' << QCoreApplication::translate("Cli", "not loaded:") << '\n';
    for (const engine::FailedPlugin &f : kinds.failures())
        streams.out << "  " << f.file << ": " << f.reason << '\n';
}

} // namespace

int runPlugins(const QStringList &args, Streams streams)
{
    bool asJson = false;
    OptionParser options(QStringLiteral("plugins"), streams);
    options.flag(QStringLiteral("--json"), &asJson);
    QStringList positional;
    if (const std::optional<int> code = options.parse(args, &positional))
        return *code;
    if (!positional.isEmpty())
        return options.error(QCoreApplication::translate("Cli", "takes no file"));
    const std::shared_ptr<const engine::KindSet> &kinds = streams.kinds;
    if (asJson)
        printJson(*kinds, streams);
    else
        printText(*kinds, streams);
    return Success;
}

} // namespace archstudio::cli
