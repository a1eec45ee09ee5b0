#include "options.h"

#include "engineinput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

namespace archstudio::cli {

namespace {

/// "--json" -> "json", "-o" -> "o": the name QCommandLineParser knows an option by.
QString bare(const QString &name)
{
    qsizetype dashes = 0;
    while (dashes < 2 && dashes < name.size() && name.at(dashes) == QLatin1Char('-'))
        ++dashes;
    return name.mid(dashes);
}

/// Whether an argument is an option rather than a FILE: "-" alone is standard input.
bool isOption(const QString &arg)
{
    return arg.size() > 1 && arg.startsWith(QLatin1Char('-'));
}

} // namespace

OptionParser::OptionParser(QString command, Streams streams)
    : mCommand(std::move(command)), mStreams(streams)
{}

void OptionParser::flag(const QString &name, std::function<void()> set)
{
    mOptions.push_back({name, nullptr, std::move(set)});
}

void OptionParser::flag(const QString &name, bool *target)
{
    flag(name, [target] { *target = true; });
}

void OptionParser::value(const QString &name, Take take)
{
    mOptions.push_back({name, std::move(take), nullptr});
}

void OptionParser::text(const QString &name, QString *target)
{
    value(name, [target](const QString &v) {
        *target = v;
        return QString();
    });
}

void OptionParser::number(const QString &name, double min, double max,
                          std::function<void(double)> set)
{
    value(name, [name, min, max, set = std::move(set)](const QString &v) {
        bool ok = false;
        const double number = v.toDouble(&ok);
        if (!ok || number < min || number > max)
            return QCoreApplication::translate("Cli", "%1 expects a number from %2 to %3, got "
                                                      "\"%4\"")
                .arg(name)
                .arg(min)
                .arg(max)
                .arg(v);
        set(number);
        return QString();
    });
}

const OptionParser::Option *OptionParser::find(const QString &bareName) const
{
    for (const Option &option : mOptions) {
        if (bare(option.name) == bareName)
            return &option;
    }
    return nullptr;
}

int OptionParser::error(const QString &message) const
{
    return usageError(mCommand, message, mStreams);
}

QString OptionParser::problemIn(const QStringList &args) const
{
    // QCommandLineParser says what is wrong only as its own sentence ("Unknown option 'x'.",
    // in Qt's wording and translation), and reports an unknown option without its dashes. The
    // CLI names the argument as it was typed (docs/CLI.md), so the arguments are gone through
    // again, up to "--", for the first one QCommandLineParser refused.
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (!isOption(arg))
            continue;
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString typed = equals > 0 ? arg.left(equals) : arg;
        const Option *option = find(bare(typed));
        if (!option)
            return QCoreApplication::translate("Cli", "unknown option %1").arg(typed);
        if (!option->take && equals > 0)
            return QCoreApplication::translate("Cli", "%1 takes no value").arg(typed);
        if (option->take && equals < 0 && ++i >= args.size())
            return QCoreApplication::translate("Cli", "%1 needs a value").arg(typed);
    }
    return QCoreApplication::translate("Cli", "the command line cannot be read");
}

std::optional<int> OptionParser::parse(const QStringList &args, QStringList *files)
{
    QCommandLineParser parser;
    // "-o" and "--output" are both whole names; "-json" is not "-j -s -o -n".
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const Option &option : mOptions) {
        parser.addOption(QCommandLineOption(bare(option.name), QString(),
                                            option.take ? QStringLiteral("value") : QString()));
    }
    // QCommandLineParser takes the first argument for the program's name.
    if (!parser.parse(QStringList{QStringLiteral("archstudio")} + args))
        return error(problemIn(args));
    // Each option in the order given, with its values in turn.
    QHash<QString, qsizetype> taken;
    for (const QString &name : parser.optionNames()) {
        const Option *option = find(name);
        if (!option)
            continue;
        if (!option->take) {
            option->set();
            continue;
        }
        const QStringList values = parser.values(name);
        const QString value = values.value(taken[name]++);
        if (const QString problem = option->take(value); !problem.isEmpty())
            return error(problem);
    }
    *files += parser.positionalArguments();
    return std::nullopt;
}

std::optional<int> OptionParser::parseOneFile(const QStringList &args, QString *file)
{
    QStringList files;
    if (const std::optional<int> code = parse(args, &files))
        return code;
    if (files.size() != 1)
        return error(QCoreApplication::translate("Cli", "expected exactly one FILE"));
    *file = files.first();
    return std::nullopt;
}

} // namespace archstudio::cli
