// Crash recovery of the real executable: edits made in a running studio, the process killed
// with SIGKILL, the next start offering the work back. Then a soak of random edits and saves
// killed at random moments. Runs under Xvfb, driven by xdotool (both installed by
// tools/setup.sh). docs/RELIABILITY.md says how to run the long soak.

#include "studioprocess.h"
#include "support/testkinds.h"

#include "core/io/designfile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace archstudio;
using testing::StudioHome;
using testing::StudioProcess;
using testing::VirtualDisplay;

namespace {

/// One RDS database in us-east-1a: every duplicate of it adds one component.
const QString kSeedDesign =
    QStringLiteral(ARCHSTUDIO_TEST_DATA "/engine/example1-rds-single-az.json");
const QString kSeedTitle = QStringLiteral("Worked example 1");
/// Autosave interval of the studios under test, in seconds.
constexpr double kAutosaveSeconds = 0.5;
/// How long to wait for something that takes a fraction of a second on an idle machine:
/// generous, since CI machines are busy. Waiting is not timing: nothing is asserted of it.
constexpr int kPatienceMs = 30000;

/// The number of components of the design in a file, or -1 when it cannot be read.
int componentsIn(const QString &path)
{
    io::LoadOptions options = test::loadOptions();
    options.rejectInvalidDesigns = false;
    const io::LoadResult loaded = io::loadDesignFile(path, options);
    return loaded.file ? int(loaded.file->design.components.size()) : -1;
}

QStringList recoveryCopies(const StudioHome &home)
{
    QStringList paths;
    const QDir folder(home.recoveryFolder());
    for (const QString &name : folder.entryList({QStringLiteral("*.archstudio")}, QDir::Files))
        paths << folder.filePath(name);
    return paths;
}

/// Waits until a recovery copy other than those in before holds count components (any
/// number when count is negative); that count, or -1 if none came.
int waitForRecoveryCopy(const StudioHome &home, int count, const QStringList &before = {})
{
    const QDeadlineTimer deadline(kPatienceMs);
    while (!deadline.hasExpired()) {
        for (const QString &path : recoveryCopies(home)) {
            if (before.contains(path))
                continue;
            const int found = componentsIn(path);
            if (found >= 0 && (count < 0 || found == count))
                return found;
        }
        QThread::msleep(50);
    }
    return -1;
}

bool waitForFileWith(const QString &path, int count)
{
    const QDeadlineTimer deadline(kPatienceMs);
    while (!deadline.hasExpired()) {
        if (componentsIn(path) == count)
            return true;
        QThread::msleep(50);
    }
    return false;
}

/// Does the recovery folder hold a copy a new studio will offer?
bool hasOrphan(const StudioHome &home)
{
    return !recoveryCopies(home).isEmpty();
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<VirtualDisplay> mDisplay;
    QTemporaryDir mWork;
    QString mSeed; ///< the seed design as an .archstudio archive

    /// Starts a studio on the design, focuses its canvas and selects the design's components;
    /// what went wrong, or an empty string.
    QString startEditing(StudioProcess &studio, const QString &design)
    {
        if (!studio.start(design))
            return QStringLiteral("archstudio did not start");
        const QString window = studio.waitForWindow(kSeedTitle + QStringLiteral(".* ArchStudio"));
        if (window.isEmpty())
            return QStringLiteral("no main window showed");
        if (!studio.focusCanvas(window))
            return QStringLiteral("the canvas could not be clicked");
        if (!studio.key(QStringLiteral("ctrl+a")))
            return QStringLiteral("xdotool could not press keys");
        return {};
    }

    /// Starts a studio after a crash, accepts the offered recovery and returns the number of
    /// components it recovered (as written to the new session's recovery copy), or -1.
    int recoverInNewStudio(const StudioHome &home, const QString &design)
    {
        const QStringList before = recoveryCopies(home);
        StudioProcess next(home, *mDisplay);
        if (!next.start(design))
            return -1;
        const QString question =
            next.waitForWindow(QStringLiteral("^Recover unsaved changes$"), kPatienceMs);
        if (question.isEmpty() || !next.keyIn(question, QStringLiteral("y")))
            return -1;
        // Recovered work is autosaved at once under the new session.
        const int recovered = waitForRecoveryCopy(home, -1, before);
        next.killHard();
        return recovered;
    }

private slots:
    void initTestCase()
    {
        const bool tools = !QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty() &&
                           !QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty();
        if (!tools && qEnvironmentVariableIsSet("CI"))
            QFAIL("Xvfb and xdotool are missing: tools/setup.sh installs them");
        if (!tools)
            QSKIP("Xvfb and xdotool are needed (tools/setup.sh installs them)");
        mDisplay = std::make_unique<VirtualDisplay>();
        QVERIFY2(mDisplay->isRunning(), "Xvfb did not start");

        io::LoadResult seed = io::loadDesignFile(kSeedDesign, test::loadOptions());
        QVERIFY(seed.file);
        QCOMPARE(seed.file->design.components.size(), 1);
        seed.file->container = io::Container::Archive;
        mSeed = mWork.filePath(QStringLiteral("seed.archstudio"));
        QCOMPARE(io::saveDesignFile(mSeed, *seed.file), QString());
    }

    void everyFirstEditIsRecoveredAfterSigkill_data()
    {
        QTest::addColumn<bool>("saveFirst");
        QTest::newRow("first edit after Open") << false;
        QTest::newRow("first edit after Save") << true;
    }

    void everyFirstEditIsRecoveredAfterSigkill()
    {
        QFETCH(bool, saveFirst);
        StudioHome home(kAutosaveSeconds);
        const QString design = home.path(QStringLiteral("design.archstudio"));
        QVERIFY(QFile::copy(mSeed, design));

        int expected = 1;
        {
            StudioProcess studio(home, *mDisplay);
            const QString failed = startEditing(studio, design);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
            if (saveFirst) {
                QVERIFY(studio.key(QStringLiteral("ctrl+d ctrl+s")));
                QVERIFY2(waitForFileWith(design, ++expected), "Save did not write the design");
            }
            // One edit; then more than the interval passes without another.
            QVERIFY(studio.key(QStringLiteral("ctrl+d")));
            ++expected;
            QCOMPARE(waitForRecoveryCopy(home, expected), expected);
            studio.killHard();
        }
        QVERIFY(hasOrphan(home));
        QCOMPARE(recoverInNewStudio(home, design), expected);
        QCOMPARE(componentsIn(design), saveFirst ? expected - 1 : 1);
    }

    /// Rounds of random edits and saves, killed at a random moment. After each: the saved
    /// file is the old version or a newer one, never damaged; and whatever survives (the
    /// saved file or the recovered work) holds every edit made before the last autosave.
    void soakOfEditsAndSavesKilledAtRandom()
    {
        const int rounds = qEnvironmentVariableIsSet("ARCHSTUDIO_SOAK_ROUNDS")
                               ? qEnvironmentVariableIntValue("ARCHSTUDIO_SOAK_ROUNDS")
                               : 20;
        const quint32 seed = qEnvironmentVariableIsSet("ARCHSTUDIO_SOAK_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("ARCHSTUDIO_SOAK_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("soak: %d rounds, ARCHSTUDIO_SOAK_SEED=%u", rounds, seed);
        QRandomGenerator random(seed);

        for (int round = 0; round < rounds; ++round) {
            StudioHome home(kAutosaveSeconds);
            const QString design = home.path(QStringLiteral("design.archstudio"));
            QVERIFY(QFile::copy(mSeed, design));
            QSet<int> savedVersions{1}; // what the file on disk may hold
            int count = 1;              // components in the studio
            int confirmed = 1;          // edits known to be autosaved or saved
            {
                StudioProcess studio(home, *mDisplay);
                const QString failed = startEditing(studio, design);
                QVERIFY2(failed.isEmpty(), qPrintable(failed));
                const auto step = [&] {
                    // Mostly edits, some saves, with pauses of up to an interval.
                    if (random.bounded(4) == 0) {
                        QVERIFY(studio.key(QStringLiteral("ctrl+s")));
                        savedVersions.insert(count);
                    } else {
                        QVERIFY(studio.key(QStringLiteral("ctrl+d")));
                        ++count;
                    }
                    QThread::msleep(random.bounded(int(kAutosaveSeconds * 1000)));
                };
                for (int i = 1 + random.bounded(3); i > 0; --i)
                    step();
                // The edits so far must reach the recovery copy, or the file if saved last.
                if (savedVersions.contains(count)) {
                    QVERIFY2(waitForFileWith(design, count), qPrintable(QString::number(round)));
                } else {
                    QCOMPARE(waitForRecoveryCopy(home, count), count);
                }
                confirmed = count;
                for (int i = random.bounded(4); i > 0; --i)
                    step();
                QThread::msleep(random.bounded(int(kAutosaveSeconds * 2000)));
                studio.killHard();
            }
            const int saved = componentsIn(design);
            QVERIFY2(savedVersions.contains(saved),
                     qPrintable(QStringLiteral("round %1: the saved file holds %2 components, not "
                                               "a version that was saved")
                                    .arg(round)
                                    .arg(saved)));
            int recovered = 0;
            if (hasOrphan(home)) {
                recovered = recoverInNewStudio(home, design);
                QVERIFY2(recovered >= 0,
                         qPrintable(QStringLiteral("round %1: unsaved work was left, but the next "
                                                   "start did not recover it")
                                        .arg(round)));
            }
            QVERIFY2(recovered <= count, qPrintable(QString::number(round)));
            QVERIFY2(std::max(saved, recovered) >= confirmed,
                     qPrintable(QStringLiteral("round %1: %2 edits were autosaved, but the file "
                                               "holds %3 components and recovery %4")
                                    .arg(round)
                                    .arg(confirmed - 1)
                                    .arg(saved)
                                    .arg(recovered)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
