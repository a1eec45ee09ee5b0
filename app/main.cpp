#include "cli/cli.h"
#include "cli/exportcommand.h"

#include "plugins/pluginmanager.h"

#include "core/i18n/language.h"

#include "ui/mainwindow.h"
#include "ui/start/templatechooser.h"
#include "windowsconsole.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

int runHeadless(int argc, char *argv[], bool paints)
{
    // No QApplication: headless commands must run without a display. Exports and reports
    // paint text and icons, which takes a QGuiApplication; it runs on the offscreen platform
    // (unless QT_QPA_PLATFORM names another), so no display is needed and the output does not
    // depend on the screen's resolution.
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, ssh, a container) the GUI library warns that XDG_RUNTIME_DIR
    // is not set; a private folder for this run keeps stderr to what the user asked for.
    QTemporaryDir runtimeDir;
    if (paints && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtimeDir.isValid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    std::unique_ptr<QCoreApplication> app = paints ? std::make_unique<QGuiApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    // Like any Unix tool, messages follow the system's language (LANGUAGE, LC_ALL, LANG);
    // figures stay in the C locale, and --json output stays English, so what scripts read
    // does not change with the machine they run on. Before the plugins load: their kinds'
    // names are translated as they register.
    QLocale::setDefault(QLocale::c());
    if (!app->arguments().contains(QStringLiteral("--json")))
        archstudio::i18n::installTranslations(*app, QLocale::system());
    archstudio::app::PluginManager plugins;
    plugins.load();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = archstudio::cli::run(app->arguments().mid(1), {out, err, plugins.kinds()});
    out.flush();
    err.flush();
    return code;
}

int runStudio(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ArchStudio"));
    QApplication::setOrganizationName(QStringLiteral("ArchStudio"));
    QApplication::setApplicationVersion(QStringLiteral(ARCHSTUDIO_VERSION));
    // The application icon, compiled into the render library's resources (the same SVG the
    // package installs in the hicolor theme); the desktop file name lets a Wayland compositor
    // match the window to its entry, and so to the icon too.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/archstudio.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.archstudio.ArchStudio"));
    // The language chosen in View > Language, or the system's; numbers and money follow it.
    // Before the plugins load: their kinds' names are translated as they register.
    const QLocale locale = archstudio::i18n::localeFor(archstudio::i18n::savedLanguage());
    QLocale::setDefault(locale);
    archstudio::i18n::installTranslations(app, locale);
    archstudio::app::PluginManager plugins;
    plugins.load();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Design cloud data tiers"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "design to open"),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption present(
        QStringLiteral("present"),
        QCoreApplication::translate(
            "Cli", "present the design's scenes full screen (Esc returns to the studio)"));
    parser.addOption(present);
    parser.process(app);
    if (parser.isSet(present) && parser.positionalArguments().isEmpty()) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "Cli", "archstudio: --present needs a design FILE\n")),
                   stderr);
        return archstudio::cli::UsageError;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fputs(qPrintable(archstudio::cli::usage()), stderr);
        return archstudio::cli::UsageError;
    }

    archstudio::ui::MainWindow window(plugins.kinds());
    window.show();
    // Unsaved work of a studio that crashed comes first; otherwise the file asked for, or a
    // new design with one region and three Availability Zones.
    if (window.offerRecovery() == 0) {
        if (parser.positionalArguments().isEmpty()) {
            window.newDesign();
            // Without a file, the studio offers the reference architectures (unless turned off).
            if (archstudio::ui::TemplateChooser::showsAtStartup())
                QTimer::singleShot(0, &window, &archstudio::ui::MainWindow::showStartPage);
        } else {
            const bool presenting = parser.isSet(present);
            window.openFileInBackground(parser.positionalArguments().first(),
                                        [&window, presenting](bool opened) {
                                            if (!opened)
                                                window.newDesign();
                                            else if (presenting)
                                                window.present();
                                        });
        }
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    archstudio::app::attachParentConsole(argc); // Windows: print the subcommands' output there
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (archstudio::cli::isHeadless(args))
        return runHeadless(argc, argv, archstudio::cli::needsGui(args));
    if (!archstudio::cli::studioArgumentError(args).isEmpty()) {
        // Said in the system's language, as the commands' messages are; no window opens.
        QCoreApplication app(argc, argv);
        archstudio::i18n::installTranslations(app, QLocale::system());
        std::fputs(qPrintable(archstudio::cli::studioArgumentError(args)), stderr);
        return archstudio::cli::UsageError;
    }
    return runStudio(argc, argv);
}
