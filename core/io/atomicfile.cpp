#include "atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace archstudio::io {

namespace {

/// What path is when it exists and is not a regular file ("a folder"); empty when it is a
/// regular file (or a link to one) or does not exist.
QString nonRegularKind(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    if (S_ISREG(status.st_mode))
        return {};
    if (S_ISDIR(status.st_mode))
        //: what a path is, shown in "refused: this is %1, not a regular file"
        return QCoreApplication::translate("Io", "a folder");
    if (S_ISCHR(status.st_mode))
        //: what a path is, shown in "refused: this is %1, not a regular file"
        return QCoreApplication::translate("Io", "a character device");
    if (S_ISBLK(status.st_mode))
        //: what a path is, shown in "refused: this is %1, not a regular file"
        return QCoreApplication::translate("Io", "a block device");
    if (S_ISFIFO(status.st_mode))
        //: what a path is, shown in "refused: this is %1, not a regular file"
        return QCoreApplication::translate("Io", "a named pipe (FIFO)");
    if (S_ISSOCK(status.st_mode))
        //: what a path is, shown in "refused: this is %1, not a regular file"
        return QCoreApplication::translate("Io", "a socket");
    //: what a path is, shown in "refused: this is %1, not a regular file"
    return QCoreApplication::translate("Io", "not a regular file");
#else
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return {};
    //: what a path is, shown in "refused: this is %1, not a regular file"
    return info.isDir() ? QCoreApplication::translate("Io", "a folder")
                        : QCoreApplication::translate("Io", "not a regular file");
#endif
}

QString notRegularMessage(const QString &kind)
{
    return QCoreApplication::translate(
               "Io", "refused: this is %1, not a regular file; ArchStudio writes only "
                     "regular files and would replace it with one")
        .arg(kind);
}

#ifdef Q_OS_UNIX
/// Writes straight to the QSaveFile's temporary file, keeping the system's reason when a
/// write fails. Qt's own file device is not used to write: it reports a write the file system
/// cut short (a full disk: some bytes fit, then ENOSPC) as "Unknown error", and it leaves its
/// last buffered bytes to the flush inside QSaveFile::commit(), which Qt does not check, so
/// on a full disk the cut-off file replaced the old one.
class DescriptorWriter final : public QIODevice
{
public:
    explicit DescriptorWriter(int descriptor) : mDescriptor(descriptor)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return mSize; }
    bool failed() const { return mFailed; }

    /// Syncs what was written to the disk, where some file systems first report a full disk.
    QString sync()
    {
        if (::fsync(mDescriptor) == 0 || errno == EINVAL || errno == EROFS)
            return {};
        return QString::fromLocal8Bit(std::strerror(errno));
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        const qint64 at = pos(); // where QIODevice::write() writes, before it advances
        qint64 done = 0;
        while (done < length) {
            const ssize_t n =
                ::pwrite(mDescriptor, data + done, size_t(length - done), off_t(at + done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                setErrorString(n < 0 ? QString::fromLocal8Bit(std::strerror(errno))
                                     : QCoreApplication::translate(
                                           "Io", "the file system accepted no more bytes"));
                mFailed = true;
                return -1;
            }
            done += n;
        }
        mSize = std::max(mSize, at + length);
        return length;
    }

private:
    int mDescriptor = -1;
    qint64 mSize = 0;
    bool mFailed = false;
};
#endif

QString leftAsItWas(const QString &reason)
{
    return QCoreApplication::translate("Io", "cannot write: %1; the file was left as it was")
        .arg(reason);
}

} // namespace

bool isSameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat first = {};
    struct stat second = {};
    if (::stat(QFile::encodeName(a).constData(), &first) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &second) != 0)
        return false;
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
#else
    const QString canonical = QFileInfo(a).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(b).canonicalFilePath();
#endif
}

QString outputTargetProblem(const QString &path, const QStringList &inputs)
{
    for (const QString &input : inputs) {
        if (!input.isEmpty() && isSameFile(path, input))
            return (QFileInfo(path).absoluteFilePath() == QFileInfo(input).absoluteFilePath()
                        ? QCoreApplication::translate("Io",
                                                      "refused: this is the input %1; writing "
                                                      "the output there would destroy it")
                        : QCoreApplication::translate("Io",
                                                      "refused: this is the input %1 (through "
                                                      "a link); writing the output there "
                                                      "would destroy it"))
                .arg(input);
    }
    if (const QString kind = nonRegularKind(path); !kind.isEmpty())
        return notRegularMessage(kind);
    return {};
}

QString writeFileAtomically(const QString &path,
                            const std::function<QString(QIODevice &out)> &write)
{
    if (const QString kind = nonRegularKind(path); !kind.isEmpty())
        return notRegularMessage(kind);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("Io", "cannot write: %1").arg(file.errorString());
#ifdef Q_OS_UNIX
    DescriptorWriter out(file.handle());
    const QString error = write(out);
    // Also catches a writer that ignores a failed write (QPainter on an SVG or a PDF).
    QString reason = out.failed() ? out.errorString() : QString();
    if (error.isEmpty() && reason.isEmpty())
        reason = out.sync();
#else
    QSaveFile &out = file;
    const QString error = write(out);
    const QString reason =
        out.error() != QFileDevice::NoError || !out.flush() ? out.errorString() : QString();
#endif
    if (!error.isEmpty()) {
        file.cancelWriting();
        // A writer that saw its device fail says so in its own words; say what became of
        // the file too.
        return reason.isEmpty()
                   ? error
                   : QCoreApplication::translate("Io", "%1; the file was left as it was")
                         .arg(error);
    }
    if (!reason.isEmpty()) {
        file.cancelWriting();
        return leftAsItWas(reason);
    }
    if (!file.commit())
        return leftAsItWas(file.errorString());
    return {};
}

QString writeAll(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return QCoreApplication::translate("Io", "cannot write: %1").arg(out.errorString());
    return {};
}

} // namespace archstudio::io
