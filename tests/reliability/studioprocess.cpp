#include "studioprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <csignal>

namespace archstudio::testing {

std::optional<QString> runTool(const QString &program, const QStringList &arguments,
                               const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess tool;
    tool.setProcessEnvironment(environment);
    tool.start(program, arguments);
    if (!tool.waitForFinished(timeoutMs)) {
        tool.kill();
        tool.waitForFinished();
        return std::nullopt;
    }
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return std::nullopt;
    return QString::fromLocal8Bit(tool.readAllStandardOutput()).trimmed();
}

VirtualDisplay::VirtualDisplay()
{
    // Display numbers from this process's id, past those a desktop or xvfb-run would take.
    const int first = 200 + int(QCoreApplication::applicationPid() % 300);
    for (int number = first; number < first + 20; ++number) {
        const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(number);
        if (QFile::exists(socket) || QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(number)))
            continue;
        mServer.start(QStringLiteral("Xvfb"),
                      {QStringLiteral(":%1").arg(number), QStringLiteral("-screen"),
                       QStringLiteral("0"), QStringLiteral("1440x900x24"),
                       QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                       QStringLiteral("-noreset")});
        if (!mServer.waitForStarted(10000))
            return;
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && mServer.state() == QProcess::Running &&
               !QFile::exists(socket))
            QThread::msleep(50);
        if (mServer.state() == QProcess::Running && QFile::exists(socket)) {
            mName = QStringLiteral(":%1").arg(number);
            return;
        }
        mServer.waitForFinished(1000); // taken by a server that started meanwhile: next one
    }
}

VirtualDisplay::~VirtualDisplay()
{
    mServer.terminate();
    if (!mServer.waitForFinished(5000))
        mServer.kill();
    mServer.waitForFinished();
}

StudioHome::StudioHome(double autosaveSeconds)
{
    QDir(mRoot.path()).mkpath(QStringLiteral("config/ArchStudio"));
    QFile settings(path(QStringLiteral("config/ArchStudio/ArchStudio.conf")));
    if (settings.open(QIODevice::WriteOnly))
        settings.write(
            QStringLiteral("[autosave]\nintervalSeconds=%1\n").arg(autosaveSeconds).toUtf8());
}

QString StudioHome::recoveryFolder() const
{
    return path(QStringLiteral("data/ArchStudio/ArchStudio/recovery"));
}

QProcessEnvironment StudioHome::environment(const VirtualDisplay &display) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display.name());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HOME"), mRoot.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), mRoot.path());
    return env;
}

StudioProcess::StudioProcess(const StudioHome &home, const VirtualDisplay &display)
    : mEnvironment(home.environment(display))
{
    mProcess.setProcessEnvironment(mEnvironment);
    mProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

StudioProcess::~StudioProcess()
{
    killHard();
}

bool StudioProcess::start(const QString &file)
{
    mProcess.start(QStringLiteral(ARCHSTUDIO_BINARY), {file});
    return mProcess.waitForStarted(10000);
}

QString StudioProcess::waitForWindow(const QString &titlePattern, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && mProcess.state() == QProcess::Running) {
        const QString found =
            runTool(QStringLiteral("xdotool"),
                    // --all: the pid and the name must both match (xdotool's default is either).
                    {QStringLiteral("search"), QStringLiteral("--all"),
                     QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
                     QString::number(mProcess.processId()), QStringLiteral("--name"), titlePattern},
                    mEnvironment, 5000)
                .value_or(QString());
        if (!found.isEmpty())
            return found.section(QLatin1Char('\n'), 0, 0);
        QThread::msleep(100);
    }
    return {};
}

bool StudioProcess::focusCanvas(const QString &mainWindow)
{
    // With no window manager, the X focus goes where xdotool puts it; the click then lands
    // in the canvas, which fills the middle of the window between the docks.
    const QString geometry =
        runTool(QStringLiteral("xdotool"), {QStringLiteral("getwindowgeometry"), mainWindow},
                mEnvironment)
            .value_or(QString());
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Geometry: (\\d+)x(\\d+)")).match(geometry);
    if (!size.hasMatch())
        return false;
    const int x = size.captured(1).toInt() / 2;
    const int y = size.captured(2).toInt() * 2 / 3;
    return runTool(QStringLiteral("xdotool"),
                   {QStringLiteral("windowfocus"), QStringLiteral("--sync"), mainWindow,
                    QStringLiteral("mousemove"), QStringLiteral("--window"), mainWindow,
                    QString::number(x), QString::number(y), QStringLiteral("click"),
                    QStringLiteral("1")},
                   mEnvironment)
        .has_value();
}

bool StudioProcess::key(const QString &keys)
{
    return runTool(
               QStringLiteral("xdotool"),
               QStringList{QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("20")} +
                   keys.split(QLatin1Char(' '), Qt::SkipEmptyParts),
               mEnvironment)
        .has_value();
}

bool StudioProcess::keyIn(const QString &window, const QString &keys)
{
    return runTool(QStringLiteral("xdotool"),
                   QStringList{QStringLiteral("windowfocus"), QStringLiteral("--sync"), window,
                               QStringLiteral("key"), QStringLiteral("--delay"),
                               QStringLiteral("20")} +
                       keys.split(QLatin1Char(' '), Qt::SkipEmptyParts),
                   mEnvironment)
        .has_value();
}

void StudioProcess::killHard()
{
    if (mProcess.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(mProcess.processId()), SIGKILL);
    mProcess.waitForFinished(10000);
}

} // namespace archstudio::testing
