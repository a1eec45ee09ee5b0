#include "options.h"

#include "engineinput.h"

namespace archstudio::cli {

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
            return QStringLiteral("%1 expects a number from %2 to %3, got \"%4\"")
                .arg(name)
                .arg(min)
                .arg(max)
                .arg(v);
        set(number);
        return QString();
    });
}

const OptionParser::Option *OptionParser::find(const QString &name) const
{
    for (const Option &option : mOptions) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

int OptionParser::error(const QString &message) const
{
    return usageError(mCommand, message, mStreams);
}

std::optional<int> OptionParser::parse(const QStringList &args, QStringList *files)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        // After "--" every argument is a file, even one that starts with a dash.
        if (arg == QLatin1String("--")) {
            *files += args.mid(i + 1);
            break;
        }
        // "--name=value" is "--name value".
        const qsizetype equals =
            arg.startsWith(QLatin1String("--")) ? arg.indexOf(QLatin1Char('=')) : -1;
        const QString name = equals > 0 ? arg.left(equals) : arg;
        const Option *option = find(name);
        if (!option) {
            // "-" alone names standard input where a command reads one.
            if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-"))
                return error(QStringLiteral("unknown option ") + name);
            files->append(arg);
            continue;
        }
        if (!option->take) {
            if (equals > 0)
                return error(name + QStringLiteral(" takes no value"));
            option->set();
            continue;
        }
        QString value;
        if (equals > 0)
            value = arg.mid(equals + 1);
        else if (i + 1 < args.size())
            value = args.at(++i);
        else
            return error(arg + QStringLiteral(" needs a value"));
        if (const QString problem = option->take(value); !problem.isEmpty())
            return error(problem);
    }
    return std::nullopt;
}

std::optional<int> OptionParser::parseOneFile(const QStringList &args, QString *file)
{
    QStringList files;
    if (const std::optional<int> code = parse(args, &files))
        return code;
    if (files.size() != 1)
        return error(QStringLiteral("expected exactly one FILE"));
    *file = files.first();
    return std::nullopt;
}

} // namespace archstudio::cli
