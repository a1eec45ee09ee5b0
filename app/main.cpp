#include "cli/cli.h"
#include "cli/exportcommand.h"

#include "plugins/pluginmanager.h"

#include "ui/mainwindow.h"
#include "ui/start/templatechooser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
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
    std::unique_ptr<QCoreApplication> app = paints ? std::make_unique<QGuiApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
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
    archstudio::app::PluginManager plugins;
    plugins.load();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Design cloud data tiers"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("design to open"),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption present(
        QStringLiteral("present"),
        QStringLiteral("present the design's scenes full screen (Esc returns to the studio)"));
    parser.addOption(present);
    parser.process(app);
    if (parser.isSet(present) && parser.positionalArguments().isEmpty()) {
        std::fputs("archstudio: --present needs a design FILE\n", stderr);
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
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (archstudio::cli::isHeadless(args))
        return runHeadless(argc, argv, archstudio::cli::needsGui(args));
    if (const QString error = archstudio::cli::studioArgumentError(args); !error.isEmpty()) {
        std::fputs(qPrintable(error), stderr);
        return archstudio::cli::UsageError;
    }
    return runStudio(argc, argv);
}
