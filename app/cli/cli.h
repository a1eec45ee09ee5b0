#pragma once

#include "core/engine/kindset.h"
#include "core/io/designfile.h"

#include <QStringList>
#include <QTextStream>

namespace archstudio::cli {

/// Exit codes of docs/CLI.md.
enum ExitCode { Success = 0, InputError = 1, UsageError = 2, ThresholdCrossed = 3 };

/// What a command works with: results go to out (stdout), messages to err (stderr), and
/// designs are read, checked and evaluated with the kinds the plugin manager loaded.
struct Streams
{
    QTextStream &out;
    QTextStream &err;
    std::shared_ptr<const engine::KindSet> kinds;

    /// Options that read a design file with those kinds.
    io::LoadOptions loadOptions() const
    {
        io::LoadOptions options;
        options.useKinds(*kinds);
        return options;
    }
};

/// True when args (without the program name) start with a headless subcommand or a
/// --help/--version flag, so main() can run without a display.
bool isHeadless(const QStringList &args);

/// Why args (without the program name, not headless) cannot open the studio; empty when they
/// can. The studio opens with no argument or with existing design files: a word that is
/// neither a command nor a file (a mistyped command) or a file that is not there is a usage
/// error, reported without opening a window (which may need a display there is not).
QString studioArgumentError(const QStringList &args);

/// Runs a headless command line and returns its exit code.
int run(const QStringList &args, Streams streams);

QString usage();
/// The usage of one command (its lines of usage() and the general notes): what
/// `archstudio COMMAND --help` prints.
QString commandUsage(const QString &command);

} // namespace archstudio::cli
