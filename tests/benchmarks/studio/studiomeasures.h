#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace archstudio::benchmarks {

/// The longest time the GUI thread stays away from its event loop while it runs.
///
/// A 1 ms timer ticks whenever the event loop gets a turn; the largest gap between two ticks
/// (or between the last tick and finish()) is the longest stall a user would have felt: no
/// input, no repaint. Work done synchronously by the benchmark itself counts too.
class StallWatch : public QObject
{
public:
    StallWatch();
    void start();
    /// Stops watching and returns the longest stall in milliseconds.
    double finish();

private:
    void tick();

    QTimer mTimer;
    QElapsedTimer mClock;
    qint64 mLastTickNs = 0;
    qint64 mLongestNs = 0;
};

/// The process's resident set in MiB now (VmRSS) and at its peak (VmHWM), from /proc.
double residentMiB();
double peakResidentMiB();

/// Seconds for `archstudio evaluate FILE --json` as a whole process (start to exit), the
/// median of `runs`; the figure the studio's open is compared with.
double cliEvaluateSeconds(const QString &designPath, int runs = 3);

} // namespace archstudio::benchmarks
