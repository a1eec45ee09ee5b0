// Every file ArchStudio writes goes through writeFileAtomically(): on a full disk, a failed
// writer or a target that is not a regular file, the old file stays as it was and the message
// says why; outputTargetProblem() refuses an output that is one of the inputs, through links.
// The full disk is RLIMIT_FSIZE (support/fulldisk.h): no root, no mount.
#include "core/io/atomicfile.h"

#include "support/fulldisk.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

using namespace archstudio;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writePlain(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Writes bytes, checking each write as a writer must.
QString writeBytes(const QString &path, const QByteArray &bytes)
{
    return io::writeFileAtomically(path, [&](QIODevice &out) { return io::writeAll(out, bytes); });
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    // A folder of its own for each test, so a test sees only its own files.
    void init()
    {
        mTemp = std::make_unique<QTemporaryDir>();
        QVERIFY(mTemp->isValid());
    }

    void writesAndReplaces()
    {
        const QString path = mTemp->filePath(QStringLiteral("plain.txt"));
        QCOMPARE(writeBytes(path, "first"), QString());
        QCOMPARE(writeBytes(path, "second"), QString());
        QCOMPARE(contents(path), QByteArray("second"));
    }

    void aFullDiskLeavesTheOldFile_data()
    {
        QTest::addColumn<int>("size");
        // Smaller than QFileDevice's 16 KiB buffer, every write "succeeds" and only the flush
        // in QSaveFile::commit() fails, unchecked by Qt: the case that truncated files.
        QTest::newRow("fails at the last flush") << 4000;
        QTest::newRow("fails while writing") << 200'000;
    }

    void aFullDiskLeavesTheOldFile()
    {
        QFETCH(int, size);
        const QString path = mTemp->filePath(QStringLiteral("kept.txt"));
        QVERIFY(writePlain(path, "the old contents"));
        const QString created = mTemp->filePath(QStringLiteral("never.txt"));
        QString error;
        QString errorForNew;
        {
            const test::FileSizeCap cap(1024);
            if (!cap.active())
                QSKIP("RLIMIT_FSIZE cannot be set here");
            error = writeBytes(path, QByteArray(size, 'x'));
            errorForNew = writeBytes(created, QByteArray(size, 'x'));
        }
        QVERIFY2(error.contains(QLatin1String(test::fileTooLargeMessage())), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("the old contents"));
        QVERIFY(!errorForNew.isEmpty());
        QVERIFY(!QFile::exists(created));
        // No temporary file is left behind either.
        QCOMPARE(QDir(mTemp->path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("kept.txt")});
    }

    void aWriterErrorLeavesTheOldFile()
    {
        const QString path = mTemp->filePath(QStringLiteral("kept.txt"));
        QVERIFY(writePlain(path, "old"));
        const QString error = io::writeFileAtomically(path, [](QIODevice &out) {
            out.write("half of it");
            return QStringLiteral("the writer gave up");
        });
        QCOMPARE(error, QStringLiteral("the writer gave up"));
        QCOMPARE(contents(path), QByteArray("old"));
    }

    void aFolderIsRefused()
    {
        const QString error = writeBytes(mTemp->path(), "x");
        QVERIFY2(error.contains(QStringLiteral("this is a folder, not a regular file")),
                 qPrintable(error));
        QVERIFY(QFileInfo(mTemp->path()).isDir());
        QVERIFY(io::outputTargetProblem(mTemp->path()).contains(QStringLiteral("a folder")));
    }

    void devicesAndPipesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("fifo") << QStringLiteral("a named pipe (FIFO)");
        QTest::newRow("character device") << QStringLiteral("a character device");
    }

    void devicesAndPipesAreRefused()
    {
#ifdef Q_OS_UNIX
        QFETCH(QString, kind);
        const QString path = mTemp->filePath(QStringLiteral("special"));
        const QByteArray native = QFile::encodeName(path);
        // A device of our own (a copy of /dev/null's numbers) inside the temporary folder,
        // so a regression replaces it, never the real /dev/null.
        const bool made = kind.contains(QLatin1String("FIFO"))
                              ? ::mkfifo(native.constData(), 0600) == 0
                              : ::mknod(native.constData(), S_IFCHR | 0600, makedev(1, 3)) == 0;
        if (!made)
            QSKIP("cannot make the special file here (a device needs root)");
        QVERIFY(io::outputTargetProblem(path).contains(kind));
        const QString error = writeBytes(path, "x");
        QVERIFY2(error.contains(kind + QStringLiteral(", not a regular file")), qPrintable(error));
        struct stat status = {};
        QCOMPARE(::lstat(native.constData(), &status), 0);
        QVERIFY2(!S_ISREG(status.st_mode), "the special file was replaced by a regular file");
        ::unlink(native.constData());
#else
        QSKIP("POSIX special files");
#endif
    }

    void anInputIsNeverAnOutput()
    {
        const QString input = mTemp->filePath(QStringLiteral("design.json"));
        QVERIFY(writePlain(input, "{}"));
        const QString other = mTemp->filePath(QStringLiteral("other.json"));
        QVERIFY(writePlain(other, "{}"));
        QVERIFY(io::outputTargetProblem(input, {input}).contains(QStringLiteral("the input")));
        // The same file by another spelling, a symbolic link and a hard link.
        const QString dotted = mTemp->path() + QStringLiteral("/./design.json");
        QVERIFY(!io::outputTargetProblem(dotted, {input}).isEmpty());
        const QString symlink = mTemp->filePath(QStringLiteral("link.json"));
        QVERIFY(QFile::link(input, symlink));
        QVERIFY(
            io::outputTargetProblem(symlink, {input}).contains(QStringLiteral("through a link")));
        QVERIFY(io::outputTargetProblem(input, {symlink}).contains(QStringLiteral("the input")));
#ifdef Q_OS_UNIX
        const QString hardlink = mTemp->filePath(QStringLiteral("hard.json"));
        QCOMPARE(
            ::link(QFile::encodeName(input).constData(), QFile::encodeName(hardlink).constData()),
            0);
        QVERIFY(io::isSameFile(hardlink, input));
        QVERIFY(!io::outputTargetProblem(hardlink, {input}).isEmpty());
#endif
        // Other files, and outputs that do not exist yet, are fine.
        QCOMPARE(io::outputTargetProblem(other, {input}), QString());
        QCOMPARE(io::outputTargetProblem(mTemp->filePath(QStringLiteral("new.json")), {input}),
                 QString());
        QVERIFY(!io::isSameFile(other, input));
        QVERIFY(!io::isSameFile(mTemp->filePath(QStringLiteral("absent")), input));
    }

private:
    std::unique_ptr<QTemporaryDir> mTemp;
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
