#include "studiomeasures.h"

#include <QFile>
#include <QProcess>

#include <algorithm>
#include <vector>

namespace archstudio::benchmarks {

StallWatch::StallWatch()
{
    mTimer.setTimerType(Qt::PreciseTimer);
    mTimer.setInterval(1);
    connect(&mTimer, &QTimer::timeout, this, &StallWatch::tick);
}

void StallWatch::start()
{
    mClock.start();
    mLastTickNs = 0;
    mLongestNs = 0;
    mTimer.start();
}

void StallWatch::tick()
{
    const qint64 now = mClock.nsecsElapsed();
    mLongestNs = std::max(mLongestNs, now - mLastTickNs);
    mLastTickNs = now;
}

double StallWatch::finish()
{
    tick();
    mTimer.stop();
    return double(mLongestNs) / 1e6;
}

namespace {

double statusFieldMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

double residentMiB()
{
    return statusFieldMiB("VmRSS");
}

double peakResidentMiB()
{
    return statusFieldMiB("VmHWM");
}

double cliEvaluateSeconds(const QString &designPath, int runs)
{
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        QProcess cli;
        cli.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer clock;
        clock.start();
        cli.start(QStringLiteral(ARCHSTUDIO_CLI),
                  {QStringLiteral("evaluate"), designPath, QStringLiteral("--json")});
        if (!cli.waitForFinished(120000) || cli.exitCode() != 0)
            qFatal("archstudio evaluate %s failed: %s", qPrintable(designPath),
                   cli.readAllStandardError().constData());
        seconds.push_back(double(clock.nsecsElapsed()) / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds[seconds.size() / 2];
}

} // namespace archstudio::benchmarks
