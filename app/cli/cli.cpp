#include "cli.h"

#include "catalogcommand.h"
#include "checkcommand.h"
#include "diffcommand.h"
#include "evaluatecommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "lessoncommand.h"
#include "pluginscommand.h"
#include "simulatecommand.h"
#include "templatecommand.h"
#include "validatecommand.h"

#include <QFileInfo>

#include <QCoreApplication>

namespace archstudio::cli {

namespace {

const QStringList kSubcommands{
    QStringLiteral("validate"),   QStringLiteral("evaluate"),  QStringLiteral("simulate"),
    QStringLiteral("montecarlo"), QStringLiteral("catalog"),   QStringLiteral("export"),
    QStringLiteral("report"),     QStringLiteral("templates"), QStringLiteral("new"),
    QStringLiteral("check"),      QStringLiteral("lesson"),    QStringLiteral("plugins"),
    QStringLiteral("diff"),       QStringLiteral("import")};

} // namespace

QString usage()
{
    //: The lines that start with "  archstudio " name a command and its options: keep them as
    //: they are (archstudio COMMAND --help prints those of COMMAND); translate the descriptions.
    return QCoreApplication::translate(
        "Cli",
        "Usage:\n"
        "  archstudio [FILE]                      open the studio (on FILE)\n"
        "  archstudio FILE --present              present FILE's scenes full screen\n"
        "  archstudio validate FILE [--strict] [--json]\n"
        "                                         check a design; list every problem\n"
        "  archstudio evaluate FILE [--json] [--load-factor X] [--region CODE] [--catalog "
        "CATALOG.json]\n"
        "                      [--variant NAME] [--threads T]\n"
        "                                         cost, latency, availability, RTO/RPO, review\n"
        "  archstudio simulate FILE --fail zone:CODE|region:CODE|component:ID [--json]\n"
        "                      [--load-factor X] [--catalog CATALOG.json] [--variant NAME]\n"
        "                                         timeline of a failure: failover, RTO, data at "
        "risk\n"
        "  archstudio montecarlo FILE [--years N] [--seed S] [--target A] [--threads T] [--json]\n"
        "                      [--catalog CATALOG.json] [--variant NAME]\n"
        "                                         simulate years of failures; downtime "
        "distribution\n"
        "  archstudio export FILE -o OUT [--scale X] [--transparent] [--no-annotations]\n"
        "                    [--only ID,...] [--page-size A4|A3|A5|Letter|Legal|Tabloid] "
        "[--portrait|--landscape]\n"
        "                                         by OUT's suffix: .png .svg .pdf (diagram), "
        ".drawio,\n"
        "                                         .csv (cost line items), .json, .md, .html "
        "(report)\n"
        "  archstudio report FILE -o OUT [--page-size NAME]\n"
        "                                         .pdf or .html: diagram, tables, charts, "
        "sources\n"
        "  archstudio catalog import OFFER.json... -o CATALOG.json [--provider ID]\n"
        "                                         build a catalog from AWS Price List offer files\n"
        "  archstudio catalog show [--json]       list the bundled catalog\n"
        "  archstudio templates [--json]          list the reference architectures to start "
        "from\n"
        "  archstudio new --template NAME -o FILE write a new design from a template\n"
        "  archstudio check SUBMISSION... --exercise FILE [--json|--csv]\n"
        "                                         check designs against an exercise's goals\n"
        "  archstudio lesson PACK [--json]        list a lesson pack's exercises\n"
        "  archstudio lesson PACK --exercise N -o FILE\n"
        "                                         write one exercise of a pack as a design\n"
        "  archstudio lesson --create DESIGN... -o PACK [--title TEXT]\n"
        "                                         make a lesson pack (.archlesson) of exercises\n"
        "  archstudio plugins [--json]            list the kind plugins loaded, and those that "
        "failed\n"
        "  archstudio diff BEFORE AFTER [--json|--md] [--fail-on-cost-increase PCT]\n"
        "                  [--fail-on-availability-below A] [--catalog CATALOG.json]\n"
        "                                         what changed, and what it does to cost, "
        "latency,\n"
        "                                         availability, RTO and RPO\n"
        "  archstudio import terraform PLAN.json -o FILE [--json]\n"
        "                                         a design from terraform show -json output\n"
        "  archstudio import drawio DIAGRAM.drawio -o FILE [--json]\n"
        "                                         a design from a diagrams.net AWS diagram\n"
        "  archstudio COMMAND --help              the options of COMMAND\n"
        "  archstudio --help | --version\n"
        "\n"
        "FILE is an .archstudio archive or a bare design.json (docs/FILE-FORMAT.md); - reads it\n"
        "from standard input. A design with variants is evaluated as its top-level variant\n"
        "unless --variant names another. Options take their value as --name VALUE or\n"
        "--name=VALUE; after --, every argument is a FILE.\n"
        "Exit status: 0 success; 1 the input is wrong; 2 the command line is wrong; 3 diff: a\n"
        "threshold was crossed.\n");
}

QString commandUsage(const QString &command)
{
    // The command's own lines of usage(): each form of it and the lines that continue it
    // (indented deeper), then the notes that hold for every command.
    const QString prefix = QStringLiteral("  archstudio ") + command + QLatin1Char(' ');
    const QStringList lines = usage().split(QLatin1Char('\n'));
    QStringList kept{lines.first()};
    bool inCommand = false;
    qsizetype i = 1;
    for (; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(QStringLiteral("  archstudio ")))
            inCommand = line.startsWith(prefix);
        if (inCommand)
            kept << line;
    }
    kept << lines.mid(i);
    return kept.join(QLatin1Char('\n'));
}

bool isHeadless(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    return kSubcommands.contains(first) || first == QLatin1String("--help") ||
           first == QLatin1String("-h") || first == QLatin1String("--version") ||
           first == QLatin1String("-v");
}

QString studioArgumentError(const QStringList &args)
{
    // Qt's own options that take a value (QGuiApplication and QApplication read them).
    static const QStringList kQtValueOptions{"-platform",        "-platformpluginpath",
                                             "-platformtheme",   "-plugin",
                                             "-qmljsdebugger",   "-style",
                                             "-stylesheet",      "-session",
                                             "-display",         "-geometry",
                                             "-title",           "-name",
                                             "-qwindowgeometry", "-qwindowicon",
                                             "-qwindowtitle"};
    bool first = true;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg.startsWith(QLatin1Char('-'))) {
            if (kQtValueOptions.contains(arg))
                ++i;
            continue;
        }
        const QFileInfo file(arg);
        if (file.isDir())
            return QCoreApplication::translate("Cli",
                                               "archstudio: %1 is a folder; expected a design file")
                       .arg(arg) +
                   QLatin1Char('\n');
        if (!file.exists()) {
            const bool looksLikeACommand =
                first && !arg.contains(QLatin1Char('.')) && !arg.contains(QLatin1Char('/'));
            return (looksLikeACommand
                        ? QCoreApplication::translate(
                              "Cli", "archstudio: \"%1\" is neither a command nor a file; the "
                                     "commands are %2 (archstudio --help)")
                              .arg(arg, kSubcommands.join(QStringLiteral(", ")))
                        : QCoreApplication::translate("Cli", "archstudio: %1: no such file")
                              .arg(arg)) +
                   QLatin1Char('\n');
        }
        first = false;
    }
    return {};
}

int run(const QStringList &args, Streams streams)
{
    const QString &first = args.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        streams.out << usage();
        return Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        streams.out << "archstudio " << ARCHSTUDIO_VERSION << '\n';
        return Success;
    }
    // `archstudio COMMAND --help`: that command's usage, whatever else the line holds (up to
    // a "--", after which every argument is a file). Looked for here, before the command's
    // QCommandLineParser sees the line, so that it holds for every command and also on a line
    // that is otherwise wrong, or where --help follows an option that takes a value.
    if (kSubcommands.contains(first)) {
        const qsizetype end = args.indexOf(QStringLiteral("--"));
        const QStringList rest = end < 0 ? args.mid(1) : args.mid(1, end - 1);
        if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            streams.out << commandUsage(first);
            return Success;
        }
    }
    if (first == QLatin1String("validate"))
        return runValidate(args.mid(1), streams);
    if (first == QLatin1String("evaluate"))
        return runEvaluate(args.mid(1), streams);
    if (first == QLatin1String("simulate"))
        return runSimulate(args.mid(1), streams);
    if (first == QLatin1String("montecarlo"))
        return runMonteCarlo(args.mid(1), streams);
    if (first == QLatin1String("catalog"))
        return runCatalog(args.mid(1), streams);
    if (first == QLatin1String("export"))
        return runExport(args.mid(1), streams);
    if (first == QLatin1String("report"))
        return runReport(args.mid(1), streams);
    if (first == QLatin1String("templates"))
        return runTemplates(args.mid(1), streams);
    if (first == QLatin1String("new"))
        return runNew(args.mid(1), streams);
    if (first == QLatin1String("check"))
        return runCheck(args.mid(1), streams);
    if (first == QLatin1String("lesson"))
        return runLesson(args.mid(1), streams);
    if (first == QLatin1String("plugins"))
        return runPlugins(args.mid(1), streams);
    if (first == QLatin1String("diff"))
        return runDiff(args.mid(1), streams);
    if (first == QLatin1String("import"))
        return runImport(args.mid(1), streams);
    streams.err
        << QCoreApplication::translate("Cli", "archstudio: unknown command \"%1\"").arg(first)
        << "\n\n"
        << usage();
    return UsageError;
}

} // namespace archstudio::cli
