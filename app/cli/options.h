#pragma once

#include "cli.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace archstudio::cli {

/// The options of one command, declared once and parsed with QCommandLineParser: "--name value"
/// and "--name=value", "--" before arguments that start with a dash, "-" kept as a FILE
/// (standard input). The parser checks and stores each option's value, collects the other
/// arguments as files, and reports a wrong command line the same way for every command:
/// "archstudio COMMAND: what is wrong", the command's usage, exit 2.
class OptionParser
{
public:
    /// Checks and stores an option's value: an empty string when it is taken, else what is
    /// wrong with it ("--seed expects a whole number from 0, got \"x\"").
    using Take = std::function<QString(const QString &value)>;

    OptionParser(QString command, Streams streams);

    /// An option without a value ("--json", "-o"); it refuses "--json=yes".
    void flag(const QString &name, std::function<void()> set);
    void flag(const QString &name, bool *target);
    /// An option with a value.
    void value(const QString &name, Take take);
    void text(const QString &name, QString *target);
    /// A number within [min, max], passed to set.
    void number(const QString &name, double min, double max, std::function<void(double)> set);

    /// Parses args; on a wrong command line, prints the error and returns UsageError. Options
    /// are taken in the order they were given, so the last of "--portrait --landscape" wins.
    std::optional<int> parse(const QStringList &args, QStringList *files);
    /// Like parse(), for commands of exactly one FILE.
    std::optional<int> parseOneFile(const QStringList &args, QString *file);
    /// Prints a usage error of the command's own; returns UsageError.
    int error(const QString &message) const;

private:
    struct Option
    {
        QString name;              ///< as the user types it: "--json", "-o"
        Take take;                 ///< null for a flag
        std::function<void()> set; ///< for a flag
    };
    /// The option of that name without its dashes ("json"), as QCommandLineParser names it.
    const Option *find(const QString &bareName) const;
    /// What is wrong with args, which QCommandLineParser refused: the first unknown option, a
    /// flag given a value, or an option missing its value.
    QString problemIn(const QStringList &args) const;

    QString mCommand;
    Streams mStreams;
    std::vector<Option> mOptions;
};

} // namespace archstudio::cli
