#pragma once

// Runs the built archstudio executable the way a user's shell would, for the CLI
// end-to-end tests.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace archstudio::test {

struct CliRun
{
    int exitCode = -1; ///< -1 when the process did not finish in time
    QByteArray outBytes;
    QString out;
    QString err;
};

/// setup may change the process before it starts (support/fulldisk.h caps its file sizes).
inline CliRun runArchstudio(const QStringList &args,
                            const std::function<void(QProcess &)> &setup = {})
{
    QProcess process;
    if (setup)
        setup(process);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Headless commands must not need a display: make sure none is reachable.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ARCHSTUDIO_BINARY), args);
    if (!process.waitForFinished(120000))
        return {};
    CliRun run;
    run.exitCode = process.exitCode();
    run.outBytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// The component of that id in evaluate --json's output, or an empty object.
inline QJsonObject componentOf(const QJsonObject &root, const QString &id)
{
    for (const QJsonValue &c : root.value(QStringLiteral("components")).toArray()) {
        if (c.toObject().value(QStringLiteral("id")).toString() == id)
            return c.toObject();
    }
    return {};
}

} // namespace archstudio::test
