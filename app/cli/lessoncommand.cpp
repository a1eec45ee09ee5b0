#include "lessoncommand.h"

#include "engineinput.h"
#include "options.h"

#include "core/engine/goals.h"
#include "core/io/lessonpack.h"
#include "core/json/jsonwriter.h"
#include "core/render/autolayout.h"

#include <boost/json/array.hpp>

#include <QCoreApplication>

namespace archstudio::cli {

namespace {

/// The JSON output's version: 1 is this shape; a new field keeps it, a changed one bumps it.
constexpr int kLessonSchemaVersion = 1;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

/// Prints why a file could not be read, one problem a line, and returns the exit status.
int reportProblems(const QString &path, const model::Problems &problems, Streams streams)
{
    for (const model::Problem &problem : problems) {
        if (problem.isError())
            streams.err << QCoreApplication::translate("Cli", "archstudio lesson: %1: %2")
                               .arg(displayName(path), problem.toString())
                        << '\n';
    }
    return InputError;
}

void list(const QString &path, const io::LessonPack &pack, bool asJson, Streams streams)
{
    if (asJson) {
        boost::json::array items;
        for (qsizetype i = 0; i < pack.items.size(); ++i) {
            const io::LessonItem &item = pack.items.at(i);
            boost::json::array goals;
            if (item.design.exercise) {
                for (const model::Goal &goal : item.design.exercise->goals)
                    goals.push_back(boost::json::string(utf8(engine::goalText(goal))));
            }
            items.push_back(boost::json::object{
                {"number", i + 1},
                {"title", utf8(item.title(i))},
                {"notes", utf8(item.notes)},
                {"brief", utf8(item.design.exercise ? item.design.exercise->brief : QString())},
                {"goals", std::move(goals)}});
        }
        boost::json::object document{{"schemaVersion", kLessonSchemaVersion},
                                     {"file", utf8(path)},
                                     {"title", utf8(pack.title)},
                                     {"notes", utf8(pack.notes)},
                                     {"items", std::move(items)}};
        streams.out << QString::fromUtf8(json::writePrettyJson(std::move(document)));
        return;
    }
    streams.out << (pack.title.isEmpty() ? path : pack.title) << '\n';
    if (!pack.notes.isEmpty())
        streams.out << pack.notes << '\n';
    streams.out << '\n';
    for (qsizetype i = 0; i < pack.items.size(); ++i) {
        const io::LessonItem &item = pack.items.at(i);
        const qsizetype goals = item.design.exercise ? item.design.exercise->goals.size() : 0;
        streams.out << QStringLiteral("%1. ").arg(i + 1, 2) << item.title(i)
                    << (goals ? QCoreApplication::translate("Cli", " (%1 goals)").arg(goals)
                              : QCoreApplication::translate("Cli", " (no goals)"))
                    << '\n';
        if (!item.notes.isEmpty())
            streams.out << "    " << item.notes << '\n';
    }
    streams.out << '\n'
                << QCoreApplication::translate(
                       "Cli", "Write one out with: archstudio lesson %1 --exercise N -o FILE")
                       .arg(path)
                << '\n';
}

} // namespace

int runLesson(const QStringList &args, Streams streams)
{
    bool asJson = false;
    bool create = false;
    QString output;
    QString title;
    double number = 0;
    OptionParser options(QStringLiteral("lesson"), streams);
    options.flag(QStringLiteral("--json"), &asJson);
    options.flag(QStringLiteral("--create"), &create);
    options.text(QStringLiteral("--title"), &title);
    options.text(QStringLiteral("-o"), &output);
    options.text(QStringLiteral("--output"), &output);
    options.number(QStringLiteral("--exercise"), 1, 999, [&number](double n) { number = n; });
    QStringList files;
    if (const std::optional<int> code = options.parse(args, &files))
        return *code;

    if (create) {
        if (files.isEmpty() || output.isEmpty())
            return options.error(QCoreApplication::translate(
                                     "Cli", "--create takes the exercises' design files in order "
                                            "and -o PACK.%1")
                                     .arg(io::kLessonPackSuffix));
        io::LessonPack pack{title, {}, {}};
        if (files.count(QStringLiteral("-")) > 1)
            return options.error(
                QCoreApplication::translate("Cli", "- (standard input) can be given only once"));
        for (const QString &file : std::as_const(files)) {
            io::LoadResult loaded = loadDesign(file, streams.loadOptions());
            if (!loaded.file)
                return reportProblems(file, loaded.problems, streams);
            pack.items.append({{}, std::move(loaded.file->design)});
        }
        if (const QString error = io::saveLessonPack(output, pack); !error.isEmpty()) {
            streams.err << QCoreApplication::translate("Cli", "archstudio lesson: %1: %2")
                               .arg(output, error)
                        << '\n';
            return InputError;
        }
        streams.out << QCoreApplication::translate("Cli", "%1: %2 exercises")
                           .arg(output, QString::number(pack.items.size()))
                    << '\n';
        return Success;
    }

    if (files.size() != 1)
        return options.error(QCoreApplication::translate("Cli", "expected one lesson pack (.%1)")
                                 .arg(io::kLessonPackSuffix));
    const QString &path = files.first();
    io::LessonPackLoad loaded = io::loadLessonPack(path, streams.loadOptions());
    if (!loaded.pack)
        return reportProblems(path, loaded.problems, streams);
    const io::LessonPack &pack = *loaded.pack;
    if (number == 0) {
        if (!output.isEmpty())
            return options.error(QCoreApplication::translate("Cli", "-o goes with --exercise N"));
        list(path, pack, asJson, streams);
        return Success;
    }
    if (output.isEmpty())
        return options.error(QCoreApplication::translate(
            "Cli", "--exercise N writes to -o FILE (.archstudio, or .json)"));
    const qsizetype index = qsizetype(number) - 1;
    if (number != double(index + 1) || index >= pack.items.size())
        return options.error(
            QCoreApplication::translate("Cli", "--exercise: the pack has exercises 1 to %1")
                .arg(pack.items.size()));
    io::DesignFile file;
    file.design = pack.items.at(index).design;
    file.design.layout = render::completeLayout(file.design, streams.kinds->schemas());
    file.container = io::containerForPath(output);
    if (const QString error = io::saveDesignFile(output, file); !error.isEmpty()) {
        streams.err
            << QCoreApplication::translate("Cli", "archstudio lesson: %1: %2").arg(output, error)
            << '\n';
        return InputError;
    }
    streams.out << QCoreApplication::translate("Cli", "%1: exercise %2, \"%3\"")
                       .arg(output, QString::number(index + 1), pack.items.at(index).title(index))
                << '\n';
    return Success;
}

} // namespace archstudio::cli
