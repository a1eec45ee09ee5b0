// Files the CLI must never destroy (issue 20, F1-F3), end to end: on a full disk every
// export format and `catalog import -o` exit 1 naming the file and the reason, with the old
// file untouched; an output that is an input (also through links) and an output that is not
// a regular file are refused with exit 2 before anything is read. The full disk is
// RLIMIT_FSIZE on the child process (support/fulldisk.h); a real full tmpfs is tried too
// where this machine lets the test mount one.
#include "support/cliprocess.h"
#include "support/fulldisk.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

namespace {

using archstudio::test::runArchstudio;
using Run = archstudio::test::CliRun;

const QString kSample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");
const QByteArray kOld = "the old contents, which must survive";
/// Smaller than every output of the sample design.
constexpr qint64 kCapBytes = 1024;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString offer(const char *name)
{
    return QStringLiteral(ARCHSTUDIO_TEST_DATA "/offers/") + QLatin1String(name);
}

Run runCapped(const QStringList &args)
{
    return runArchstudio(
        args, [](QProcess &process) { archstudio::test::capChildFileSize(process, kCapBytes); });
}

bool isRegularFile(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status = {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 && S_ISREG(status.st_mode);
#else
    return QFileInfo(path).isFile();
#endif
}

/// Runs a command and unmounts at the end (a tmpfs the test mounted).
struct Mount
{
    QString path;
    bool mounted = false;
    ~Mount()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), path});
    }
};

} // namespace

class TestCliOutputs : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        mTemp = std::make_unique<QTemporaryDir>();
        QVERIFY(mTemp->isValid());
    }

    void fullDiskKeepsTheOldExport_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("suffix");
        for (const char *suffix : {"json", "md", "csv", "svg", "png", "pdf", "drawio", "html"})
            QTest::newRow(suffix) << QStringLiteral("export") << QString::fromLatin1(suffix);
        QTest::newRow("report pdf") << QStringLiteral("report") << QStringLiteral("pdf");
        QTest::newRow("report html") << QStringLiteral("report") << QStringLiteral("html");
    }

    void fullDiskKeepsTheOldExport()
    {
        if (QProcess process; !archstudio::test::capChildFileSize(process, kCapBytes))
            QSKIP("file size caps are POSIX");
        QFETCH(QString, command);
        QFETCH(QString, suffix);
        const QString out = path(QStringLiteral("kept.") + suffix);
        QVERIFY(writeAll(out, kOld));
        const Run run = runCapped({command, kSample, QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(out) &&
                     run.err.contains(QLatin1String(archstudio::test::fileTooLargeMessage())),
                 qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("wrote")));
        QCOMPARE(readAll(out), kOld);
        QCOMPARE(QDir(mTemp->path()).entryList(QDir::Files),
                 QStringList{QFileInfo(out).fileName()});
    }

    void fullDiskKeepsTheOldCatalog()
    {
        if (QProcess process; !archstudio::test::capChildFileSize(process, kCapBytes))
            QSKIP("file size caps are POSIX");
        const QString out = path(QStringLiteral("catalog.json"));
        QVERIFY(writeAll(out, kOld));
        const Run run = runCapped({QStringLiteral("catalog"), QStringLiteral("import"),
                                   offer("AmazonRDS-small.json"), QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(out) &&
                     run.err.contains(QLatin1String(archstudio::test::fileTooLargeMessage())),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("imported")));
        QCOMPARE(readAll(out), kOld);
    }

    /// The same on a real file system with no space left, where this machine allows a mount
    /// (root with CAP_SYS_ADMIN); skipped elsewhere.
    void fullTmpfsKeepsTheOldExport()
    {
        Mount mount{path(QStringLiteral("small-disk")), false};
        QVERIFY(QDir().mkpath(mount.path));
        QProcess mounting;
        mounting.start(QStringLiteral("mount"),
                       {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                        QStringLiteral("size=64k"), QStringLiteral("tmpfs"), mount.path});
        mount.mounted = mounting.waitForFinished(10000) &&
                        mounting.exitStatus() == QProcess::NormalExit && mounting.exitCode() == 0;
        if (!mount.mounted)
            QSKIP("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)");
        const QString out = mount.path + QStringLiteral("/evaluation.json");
        QVERIFY(writeAll(out, kOld));
        // Fill what is left of the 64 KiB.
        QFile filler(mount.path + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
        filler.close();
        const Run run =
            runArchstudio({QStringLiteral("export"), kSample, QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(out) && run.err.contains(QStringLiteral("No space left")),
                 qPrintable(run.err));
        QCOMPARE(readAll(out), kOld);
    }

    void anOutputThatIsAnInputIsRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("the same path") << QStringLiteral("same");
        QTest::newRow("another spelling") << QStringLiteral("dotted");
        QTest::newRow("a symbolic link to it") << QStringLiteral("symlink");
        QTest::newRow("a hard link to it") << QStringLiteral("hardlink");
        QTest::newRow("the catalog given with --catalog") << QStringLiteral("catalog");
        QTest::newRow("report over its design") << QStringLiteral("report");
    }

    void anOutputThatIsAnInputIsRefused()
    {
        QFETCH(QString, how);
        // A bare design.json and the .json export: the case that replaced a design with its
        // evaluation.
        const QString design = path(QStringLiteral("design.json"));
        QVERIFY(QFile::copy(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json"), design));
        const QByteArray before = readAll(design);
        const QString catalog = path(QStringLiteral("catalog.json"));
        QStringList args{QStringLiteral("export"), design, QStringLiteral("-o")};
        QString protectedFile = design;
        if (how == QLatin1String("same")) {
            args << design;
        } else if (how == QLatin1String("dotted")) {
            args << mTemp->path() + QStringLiteral("/./design.json");
        } else if (how == QLatin1String("symlink")) {
            const QString link = path(QStringLiteral("link.json"));
            QVERIFY(QFile::link(design, link));
            args << link;
        } else if (how == QLatin1String("hardlink")) {
#ifdef Q_OS_UNIX
            const QString link = path(QStringLiteral("hard.json"));
            QCOMPARE(
                ::link(QFile::encodeName(design).constData(), QFile::encodeName(link).constData()),
                0);
            args << link;
#else
            QSKIP("hard links are POSIX here");
#endif
        } else if (how == QLatin1String("catalog")) {
            const Run imported =
                runArchstudio({QStringLiteral("catalog"), QStringLiteral("import"),
                               offer("AmazonRDS-small.json"), QStringLiteral("-o"), catalog});
            QCOMPARE(imported.exitCode, 0);
            protectedFile = catalog;
            args << catalog << QStringLiteral("--catalog") << catalog;
        } else {
            args = QStringList{QStringLiteral("report"), design, QStringLiteral("-o"), design};
            // report writes .html and .pdf only: the design must be named so.
            QVERIFY(QFile::rename(design, path(QStringLiteral("design.html"))));
            args[1] = args[3] = protectedFile = path(QStringLiteral("design.html"));
        }
        const QByteArray protectedBefore = readAll(protectedFile);
        const Run run = runArchstudio(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("would destroy it")), qPrintable(run.err));
        QCOMPARE(readAll(protectedFile), protectedBefore);
        if (how != QLatin1String("report"))
            QCOMPARE(readAll(design), before);
    }

    void catalogImportOverAnOfferFileIsRefused()
    {
        const QString copy = path(QStringLiteral("AmazonRDS-small.json"));
        QVERIFY(QFile::copy(offer("AmazonRDS-small.json"), copy));
        const QByteArray before = readAll(copy);
        const Run run =
            runArchstudio({QStringLiteral("catalog"), QStringLiteral("import"), copy,
                           offer("AmazonDynamoDB-small.json"), QStringLiteral("-o"), copy});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("would destroy it")), qPrintable(run.err));
        QCOMPARE(readAll(copy), before);
    }

    void nonRegularOutputsAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("command");
        for (const char *kind : {"folder", "fifo", "device"}) {
            QTest::newRow(qPrintable(QStringLiteral("export to a %1").arg(kind)))
                << QString::fromLatin1(kind) << QStringLiteral("export");
            QTest::newRow(qPrintable(QStringLiteral("catalog import to a %1").arg(kind)))
                << QString::fromLatin1(kind) << QStringLiteral("catalog");
        }
    }

    void nonRegularOutputsAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, command);
        // The export's suffix tells its format, so the special file is named like an output.
        const QString target = path(QStringLiteral("target.json"));
        const QByteArray native = QFile::encodeName(target);
        QString expected;
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkdir(target));
            expected = QStringLiteral("a folder");
        } else {
#ifdef Q_OS_UNIX
            // A device of our own inside the temporary folder (as /dev/null's numbers): a
            // regression replaces it, never the real one.
            const bool made = kind == QLatin1String("fifo")
                                  ? ::mkfifo(native.constData(), 0600) == 0
                                  : ::mknod(native.constData(), S_IFCHR | 0600, makedev(1, 3)) == 0;
            if (!made)
                QSKIP("cannot make the special file here (a device needs root)");
            expected = kind == QLatin1String("fifo") ? QStringLiteral("a named pipe (FIFO)")
                                                     : QStringLiteral("a character device");
#else
            QSKIP("POSIX special files");
#endif
        }
        const QStringList args =
            command == QLatin1String("export")
                ? QStringList{QStringLiteral("export"), kSample, QStringLiteral("-o"), target}
                : QStringList{QStringLiteral("catalog"), QStringLiteral("import"),
                              offer("AmazonRDS-small.json"), QStringLiteral("-o"), target};
        const Run run = runArchstudio(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(target) &&
                     run.err.contains(expected + QStringLiteral(", not a "
                                                                "regular file")),
                 qPrintable(run.err));
        QVERIFY2(!isRegularFile(target), "the special file was replaced by a regular file");
    }

private:
    QString path(const QString &name) const
    {
        return mTemp->filePath(name);
    }

    std::unique_ptr<QTemporaryDir> mTemp;
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_cli_outputs.moc"
