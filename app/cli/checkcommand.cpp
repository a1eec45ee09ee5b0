#include "checkcommand.h"
#include "core/engine/kindset.h"

#include "engineinput.h"
#include "options.h"
#include "texttable.h"

#include "core/catalog/catalogfile.h"
#include "core/engine/goals.h"
#include "core/io/designfile.h"
#include "core/json/jsonwriter.h"

#include <boost/json/array.hpp>

#include <QCoreApplication>
#include <QFileInfo>

namespace archstudio::cli {

namespace {

/// The JSON output's version: 1 is this shape; a new field keeps it, a changed one bumps it.
constexpr int kCheckSchemaVersion = 1;

struct Row
{
    QString file;
    QString error; ///< why the submission could not be checked
    QList<engine::GoalResult> results;
    bool passed() const
    {
        return error.isEmpty() && std::all_of(results.cbegin(), results.cend(),
                                              [](const engine::GoalResult &r) { return r.met; });
    }
};

QString firstError(const model::Problems &problems)
{
    for (const model::Problem &p : problems) {
        if (p.isError())
            return p.toString();
    }
    return QCoreApplication::translate("Cli", "cannot be read");
}

Row checkSubmission(const QString &path, const QList<model::Goal> &goals, Streams streams)
{
    Row row{displayName(path), {}, {}};
    const io::LoadResult loaded = loadDesign(path, streams.loadOptions());
    if (!loaded.file) {
        row.error = firstError(loaded.problems);
        return row;
    }
    const model::Design &design = loaded.file->design;
    const catalog::Catalog catalog = engine::catalogFor(design, streams.kinds->catalog());
    row.results = engine::checkGoals(design, catalog, goals, streams.kinds->behaviours());
    return row;
}

QString figureText(const engine::GoalResult &r)
{
    using Kind = model::Goal::Kind;
    switch (r.goal.kind) {
    case Kind::MaxMonthlyCost:
        return QStringLiteral("$%1").arg(r.figure, 0, 'f', 2);
    case Kind::MaxP99Ms:
        return r.figure >= engine::kUnbounded ? QCoreApplication::translate("Cli", "saturated")
                                              : QStringLiteral("%1 ms").arg(r.figure, 0, 'f', 2);
    case Kind::MinAvailability:
        return QStringLiteral("%1%").arg(r.figure * 100, 0, 'f', 4);
    case Kind::SurvivesZoneLoss:
    case Kind::SurvivesRegionLoss:
    case Kind::MaxRpoSeconds:
        return QStringLiteral("%1 s").arg(r.figure, 0, 'f', 0);
    case Kind::MaxComponents:
        return QString::number(qRound(r.figure));
    }
    return {};
}

void printText(const QList<model::Goal> &goals, const QList<Row> &rows, Streams streams)
{
    for (qsizetype i = 0; i < goals.size(); ++i)
        streams.out << "G" << (i + 1) << "  " << engine::goalText(goals.at(i)) << '\n';
    streams.out << '\n';
    QStringList header{QCoreApplication::translate("Cli", "submission")};
    for (qsizetype i = 0; i < goals.size(); ++i)
        header << QStringLiteral("G%1").arg(i + 1);
    header << QCoreApplication::translate("Cli", "result");
    QList<QStringList> cells;
    for (const Row &row : rows) {
        QStringList line{QFileInfo(row.file).fileName()};
        if (!row.error.isEmpty()) {
            for (qsizetype i = 0; i < goals.size(); ++i)
                line << QStringLiteral("-");
            line << QCoreApplication::translate("Cli", "error: %1").arg(row.error);
        } else {
            qsizetype failed = 0;
            for (const engine::GoalResult &r : row.results) {
                line << (r.met ? QCoreApplication::translate("Cli", "ok %1")
                               : QCoreApplication::translate("Cli", "NO %1"))
                            .arg(figureText(r));
                failed += r.met ? 0 : 1;
            }
            line << (failed ? QCoreApplication::translate("Cli", "fails %1 of %2")
                                  .arg(failed)
                                  .arg(goals.size())
                            : QCoreApplication::translate("Cli", "passes"));
        }
        cells << line;
    }
    streams.out << table(header, cells, {});
}

void printJson(const QString &exercisePath, const QList<model::Goal> &goals, const QList<Row> &rows,
               Streams streams)
{
    boost::json::array goalList;
    for (qsizetype i = 0; i < goals.size(); ++i) {
        goalList.push_back(
            boost::json::object{{"id", QStringLiteral("G%1").arg(i + 1).toStdString()},
                                {"kind", model::goalKindName(goals.at(i).kind).toStdString()},
                                {"value", goals.at(i).value},
                                {"text", engine::goalText(goals.at(i)).toStdString()}});
    }
    boost::json::array submissions;
    for (const Row &row : rows) {
        boost::json::object o{{"file", row.file.toStdString()}, {"passed", row.passed()}};
        if (!row.error.isEmpty())
            o["error"] = row.error.toStdString();
        boost::json::array results;
        for (const engine::GoalResult &r : row.results)
            results.push_back(boost::json::object{
                {"met", r.met}, {"figure", r.figure}, {"detail", r.detail.toStdString()}});
        o["goals"] = std::move(results);
        submissions.push_back(std::move(o));
    }
    boost::json::object document{{"schemaVersion", kCheckSchemaVersion},
                                 {"exercise", exercisePath.toStdString()},
                                 {"goals", std::move(goalList)},
                                 {"submissions", std::move(submissions)}};
    streams.out << QString::fromUtf8(json::writePrettyJson(std::move(document)));
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1String("\""), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return text;
}

void printCsv(const QList<model::Goal> &goals, const QList<Row> &rows, Streams streams)
{
    QStringList header{QStringLiteral("file"), QStringLiteral("passed"), QStringLiteral("error")};
    for (qsizetype i = 0; i < goals.size(); ++i)
        header << QStringLiteral("G%1 met").arg(i + 1) << QStringLiteral("G%1 figure").arg(i + 1);
    streams.out << header.join(QLatin1Char(',')) << '\n';
    for (const Row &row : rows) {
        QStringList line{csvField(row.file),
                         row.passed() ? QStringLiteral("yes") : QStringLiteral("no"),
                         csvField(row.error)};
        for (const engine::GoalResult &r : row.results)
            line << (r.met ? QStringLiteral("yes") : QStringLiteral("no"))
                 << QString::fromStdString(json::formatJsonNumber(r.figure));
        streams.out << line.join(QLatin1Char(',')) << '\n';
    }
}

} // namespace

int runCheck(const QStringList &args, Streams streams)
{
    bool asJson = false;
    bool asCsv = false;
    QString exercisePath;
    OptionParser options(QStringLiteral("check"), streams);
    options.flag(QStringLiteral("--json"), &asJson);
    options.flag(QStringLiteral("--csv"), &asCsv);
    options.text(QStringLiteral("--exercise"), &exercisePath);
    QStringList submissions;
    if (const std::optional<int> code = options.parse(args, &submissions))
        return *code;
    if (exercisePath.isEmpty())
        return options.error(QCoreApplication::translate(
            "Cli", "expected --exercise FILE (a design with an exercise)"));
    if (submissions.isEmpty())
        return options.error(
            QCoreApplication::translate("Cli", "expected at least one SUBMISSION"));
    if (asJson && asCsv)
        return options.error(
            QCoreApplication::translate("Cli", "--json and --csv cannot be given together"));
    // Standard input can be read once.
    if ((submissions + QStringList{exercisePath}).count(QStringLiteral("-")) > 1)
        return options.error(
            QCoreApplication::translate("Cli", "- (standard input) can be given only once"));

    const io::LoadResult exercise = loadDesign(exercisePath, streams.loadOptions());
    if (!exercise.file) {
        streams.err << QCoreApplication::translate("Cli", "%1: error: %2")
                           .arg(displayName(exercisePath), firstError(exercise.problems))
                    << '\n';
        return InputError;
    }
    if (!exercise.file->design.exercise || exercise.file->design.exercise->goals.isEmpty()) {
        streams.err << QCoreApplication::translate(
                           "Cli", "%1: error: exercise: the design has no exercise goals to check "
                                  "against")
                           .arg(displayName(exercisePath))
                    << '\n';
        return InputError;
    }
    const QList<model::Goal> &goals = exercise.file->design.exercise->goals;
    QList<Row> rows;
    for (const QString &submission : submissions)
        rows.append(checkSubmission(submission, goals, streams));
    if (asJson)
        printJson(displayName(exercisePath), goals, rows, streams);
    else if (asCsv)
        printCsv(goals, rows, streams);
    else
        printText(goals, rows, streams);
    const bool allPass =
        std::all_of(rows.cbegin(), rows.cend(), [](const Row &row) { return row.passed(); });
    return allPass ? Success : InputError;
}

} // namespace archstudio::cli
