#pragma once

// The real archstudio executable, run under a private X server (Xvfb) and driven with xdotool
// the way a user drives it: keys and clicks. For tests that must kill the process (SIGKILL)
// and start it again, which no in-process test can do.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

namespace archstudio::testing {

/// Runs a helper program to its end; its standard output, or nothing when it failed or did
/// not end within timeoutMs.
std::optional<QString> runTool(const QString &program, const QStringList &arguments,
                               const QProcessEnvironment &environment, int timeoutMs = 20000);

/// An X server of this test's own, on a display number nobody uses.
class VirtualDisplay
{
public:
    VirtualDisplay();
    ~VirtualDisplay();
    VirtualDisplay(const VirtualDisplay &) = delete;
    VirtualDisplay &operator=(const VirtualDisplay &) = delete;

    bool isRunning() const { return mServer.state() == QProcess::Running && !mName.isEmpty(); }
    QString name() const { return mName; } ///< e.g. ":117"

private:
    QProcess mServer;
    QString mName;
};

/// One user's machine: a home with its own settings and data folders (so the recovery folder
/// is this test's alone), autosave after the given interval.
class StudioHome
{
public:
    explicit StudioHome(double autosaveSeconds);
    QString path(const QString &relative) const { return mRoot.filePath(relative); }
    /// The folder the studio keeps its recovery copies in.
    QString recoveryFolder() const;
    QProcessEnvironment environment(const VirtualDisplay &display) const;

private:
    QTemporaryDir mRoot;
};

/// One run of the studio.
class StudioProcess
{
public:
    StudioProcess(const StudioHome &home, const VirtualDisplay &display);
    ~StudioProcess();

    /// Starts the studio on a file; waitForWindow() tells when it shows.
    bool start(const QString &file);
    /// Waits for a top-level window whose title matches the pattern; its X id, or empty.
    QString waitForWindow(const QString &titlePattern, int timeoutMs = 30000) const;
    /// Gives the canvas of the main window keyboard focus, by a click in its middle.
    bool focusCanvas(const QString &mainWindow);
    /// Presses keys (xdotool's names, separated by spaces: "ctrl+d ctrl+s") in the window
    /// that has the focus.
    bool key(const QString &keys);
    /// Gives the window the focus, then presses the keys.
    bool keyIn(const QString &window, const QString &keys);
    bool isRunning() const { return mProcess.state() == QProcess::Running; }
    /// SIGKILL, as a crash or a power cut would end it, and waits for the end.
    void killHard();

private:
    QProcess mProcess;
    QProcessEnvironment mEnvironment;
};

} // namespace archstudio::testing
