#pragma once

#include <QStringList>
#include <QTextStream>

namespace archstudio::cli {

/// Exit codes of spec/CLI.md.
enum ExitCode { Success = 0, InputError = 1, UsageError = 2 };

/// Where a command writes: results to out (stdout), messages to err (stderr).
struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

/// True when args (without the program name) start with a headless subcommand or a
/// --help/--version flag, so main() can run without a display.
bool isHeadless(const QStringList &args);

/// Runs a headless command line and returns its exit code.
int run(const QStringList &args, Streams streams);

QString usage();

} // namespace archstudio::cli
