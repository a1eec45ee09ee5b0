#pragma once

// A full disk, without root or a mount: RLIMIT_FSIZE caps how large a process may make any
// file, and a write beyond the cap fails with EFBIG ("File too large"), the way a write to a
// full file system fails with ENOSPC. SIGXFSZ, which the kernel also sends, is ignored so the
// write fails instead of the process being killed. POSIX only; elsewhere the tests skip.

#include <QProcess>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace archstudio::test {

/// While alive, no file of this process can grow beyond `bytes`.
class FileSizeCap
{
public:
    explicit FileSizeCap(qint64 bytes)
    {
#ifdef Q_OS_UNIX
        mOldHandler = std::signal(SIGXFSZ, SIG_IGN);
        if (getrlimit(RLIMIT_FSIZE, &mOld) != 0)
            return;
        struct rlimit capped = mOld;
        capped.rlim_cur = rlim_t(bytes);
        mActive = setrlimit(RLIMIT_FSIZE, &capped) == 0;
#else
        Q_UNUSED(bytes);
#endif
    }
    ~FileSizeCap()
    {
#ifdef Q_OS_UNIX
        if (mActive)
            setrlimit(RLIMIT_FSIZE, &mOld);
        std::signal(SIGXFSZ, mOldHandler);
#endif
    }
    FileSizeCap(const FileSizeCap &) = delete;
    FileSizeCap &operator=(const FileSizeCap &) = delete;

    bool active() const
    {
        return mActive;
    }

private:
    bool mActive = false;
#ifdef Q_OS_UNIX
    struct rlimit mOld = {};
    void (*mOldHandler)(int) = SIG_DFL;
#endif
};

/// The message a write past the cap fails with (strerror(EFBIG)).
inline const char *fileTooLargeMessage()
{
    return "File too large";
}

/// Runs process's program with every file it writes capped at `bytes`; false where that
/// cannot be done (not POSIX).
inline bool capChildFileSize(QProcess &process, qint64 bytes)
{
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([bytes] {
        // Between fork and exec: only async-signal-safe calls.
        std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit capped = {};
        getrlimit(RLIMIT_FSIZE, &capped);
        capped.rlim_cur = rlim_t(bytes);
        setrlimit(RLIMIT_FSIZE, &capped);
    });
    return true;
#else
    Q_UNUSED(process);
    Q_UNUSED(bytes);
    return false;
#endif
}

} // namespace archstudio::test
