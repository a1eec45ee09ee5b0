// The fuzzing driver (docs/DEVELOPING.md, "Fuzzing"): seeded mutants of the test data fed to
// the five readers of untrusted files, the design loader, the archive reader, the lesson-pack
// reader, the draw.io reader (ArchStudio's exports and diagrams.net drawings), the Terraform
// importer and the offer-file importer. Each input must be read or refused with a
// message, never crash or hang; what is read must read again once written (what ArchStudio writes,
// it reads). CTest runs a bounded number of mutants; run it by hand for longer:
//
//   build/dev/tests/fuzz_readers --mutants 100000 --seed $RANDOM
//   build/dev/tests/fuzz_readers --target archive --replay 1234 --seed 7   (one mutant again)
//
// A failing input is saved under --failures (default ./fuzz-failures) with its recipe.

#include "mutator.h"
#include "plugins/aws/offers/offerimport.h"
#include "support/testkinds.h"

#include "core/catalog/catalogfile.h"
#include "core/io/archive.h"
#include "core/io/designfile.h"
#include "core/io/drawiowriter.h"
#include "core/io/lessonpack.h"
#include "core/io/terraformimport.h"
#include "core/render/exportformats.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <functional>
#include <mutex>
#include <thread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace archstudio;

namespace {

/// A reader working on one input this long is hung: every input here is a few kilobytes (a
/// mutant is at most 1 MiB), and the readers' own limits bound their work.
constexpr int kHangSeconds = 60;

struct Verdict
{
    bool accepted = false;
    QString message; ///< the refusal, or empty
    QString failure; ///< a broken promise; empty when all is well
};

struct Target
{
    QString name;
    QList<QByteArray> seeds;
    QString suffix; ///< of the file the mutant is written to
    std::function<QByteArray(const QByteArray &seed, fuzz::Rng &, QStringList *log)> mutate;
    std::function<Verdict(const QString &path)> read;
};

// --- What a crash or a hang reports: prepared before each input, printed by the handler.

char gCurrent[1024] = "before the first input";
std::atomic<qint64> gStartedMs{-1};

void describeCurrent(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::snprintf(gCurrent, sizeof gCurrent, "%s", bytes.constData());
}

void reportAndDie(int signal)
{
#ifdef Q_OS_UNIX
    const char prefix[] = "\nfuzz_readers: CRASH while reading ";
    [[maybe_unused]] ssize_t ignored = ::write(STDERR_FILENO, prefix, sizeof prefix - 1);
    ignored = ::write(STDERR_FILENO, gCurrent, std::strlen(gCurrent));
    ignored = ::write(STDERR_FILENO, "\n", 1);
#endif
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

/// Aborts, naming the input, when one input takes longer than kHangSeconds.
class HangGuard
{
public:
    HangGuard()
        : mThread([this] {
              std::unique_lock lock(mMutex);
              while (!mStop) {
                  mWake.wait_for(lock, std::chrono::seconds(1));
                  const qint64 started = gStartedMs.load();
                  if (started >= 0 && mClock.elapsed() - started > kHangSeconds * 1000) {
                      std::fprintf(stderr, "\nfuzz_readers: HANG (over %d s) while reading %s\n",
                                   kHangSeconds, gCurrent);
                      std::abort();
                  }
              }
          })
    {}
    ~HangGuard()
    {
        {
            const std::lock_guard lock(mMutex);
            mStop = true;
        }
        mWake.notify_all();
        mThread.join();
    }
    qint64 now() const { return mClock.elapsed(); }

private:
    QElapsedTimer mClock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    std::mutex mMutex;
    std::condition_variable mWake;
    bool mStop = false;
    std::thread mThread;
};

// --- Seeds.

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QStringList filesUnder(const QString &dir, const QStringList &patterns)
{
    QStringList files;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort(); // the same order everywhere, so a seed number means the same file
    return files;
}

/// Designs that load: they become the archives and draw.io files of the other targets.
QList<model::Design> loadableDesigns(const QStringList &files)
{
    QList<model::Design> designs;
    for (const QString &file : files) {
        const io::LoadResult loaded = io::loadDesignFile(file, test::loadOptions());
        if (loaded.file)
            designs << loaded.file->design;
    }
    return designs;
}

QByteArray zipOf(const QList<io::ArchiveEntry> &entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.setAutoClose(false);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        for (const io::ArchiveEntry &entry : entries) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.name)))
                return {};
            file.write(entry.data);
            file.close();
        }
        zip.close();
    }
    return buffer.data();
}

// --- What every reader must do.

/// Read or refused with a message; if read, the design written again reads again.
Verdict checkLoad(const io::LoadResult &result)
{
    Verdict verdict;
    if (!result.file) {
        QStringList errors;
        for (const model::Problem &p : result.problems) {
            if (p.isError())
                errors << p.toString();
            if (p.isError() && p.message.trimmed().isEmpty())
                verdict.failure =
                    QStringLiteral("an error without a message at \"%1\"").arg(p.path);
        }
        if (errors.isEmpty())
            verdict.failure = QStringLiteral("refused without any error");
        verdict.message = errors.value(0);
        return verdict;
    }
    verdict.accepted = true;
    const io::LoadResult again =
        io::loadDesignJson(io::designJsonBytes(result.file->design), test::loadOptions());
    if (!again.file) {
        QStringList problems;
        for (const model::Problem &p : again.problems)
            problems << p.toString();
        verdict.failure = QStringLiteral("read, but its design.json as written does not read "
                                         "back: %1")
                              .arg(problems.join(QStringLiteral("; ")));
    }
    return verdict;
}

Verdict readDesignFile(const QString &path)
{
    return checkLoad(io::loadDesignFile(path, test::loadOptions()));
}

Verdict readArchiveFile(const QString &path)
{
    const io::ArchiveReadResult archive = io::readArchive(path, io::Limits{});
    if (!archive.error.isEmpty() && !archive.entries.isEmpty())
        return {false, archive.error, QStringLiteral("an archive error with entries returned")};
    Verdict verdict = checkLoad(io::loadDesignFile(path, test::loadOptions()));
    if (archive.error.isEmpty() && archive.entries.isEmpty() && verdict.accepted)
        verdict.failure = QStringLiteral("an archive without entries was read as a design");
    return verdict;
}

/// Read or refused with a message; if read, the pack written again reads again.
Verdict readLessonPack(const QString &path)
{
    const io::LessonPackLoad load = io::loadLessonPack(path, test::loadOptions());
    if (!load.pack) {
        for (const model::Problem &p : load.problems) {
            if (p.isError())
                return {false, p.toString(),
                        p.message.trimmed().isEmpty() ? QStringLiteral("an error without a message")
                                                      : QString()};
        }
        return {false, {}, QStringLiteral("refused without any error")};
    }
    QTemporaryDir dir;
    const QString again = dir.filePath(QStringLiteral("again.archlesson"));
    if (const QString error = io::saveLessonPack(again, *load.pack); !error.isEmpty())
        return {true, {}, QStringLiteral("read, but cannot be written again: ") + error};
    const io::LessonPackLoad reread = io::loadLessonPack(again, test::loadOptions());
    if (!reread.pack || !(*reread.pack == *load.pack))
        return {true, {}, QStringLiteral("read, but does not read back as written")};
    return {true, {}, {}};
}

Verdict importOffer(const QString &path)
{
    const catalog::PriceListImportResult result = aws::importOfferFiles({path});
    if (!result.catalog) {
        if (result.error.trimmed().isEmpty())
            return {false, {}, QStringLiteral("refused without a message")};
        return {false, result.error, {}};
    }
    const catalog::CatalogLoadResult again =
        catalog::parseCatalog(catalog::catalogToJson(*result.catalog));
    if (!again.catalog)
        return {true,
                {},
                QStringLiteral("imported, but the catalog as written does not read "
                               "back: ") +
                    again.error};
    return {true, {}, {}};
}

/// Imported or refused with a message naming the file; if imported, the design as written
/// reads back.
Verdict importTerraform(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {false, file.errorString(), {}};
    const io::ImportResult result = io::importTerraformPlan(file.readAll(), path, *test::kinds());
    if (!result.design) {
        if (!result.error.contains(path))
            return {false, result.error, QStringLiteral("refused without naming the file")};
        return {false, result.error, {}};
    }
    return checkLoad(io::loadDesignJson(io::designJsonBytes(*result.design), test::loadOptions()));
}

// --- The run.

struct Options
{
    qint64 mutants = 250;
    quint64 seed = 1;
    qint64 replay = -1;
    QStringList targets;
    QString data;
    QString samples;
    QString failures = QStringLiteral("fuzz-failures");
};

QList<Target> makeTargets(const Options &options)
{
    const QStringList designFiles =
        filesUnder(options.data + QStringLiteral("/engine"), {QStringLiteral("*.json")}) +
        filesUnder(options.data + QStringLiteral("/simulation"), {QStringLiteral("*.json")}) +
        filesUnder(options.data + QStringLiteral("/variants"), {QStringLiteral("*.json")}) +
        filesUnder(options.data + QStringLiteral("/malformed"), {QStringLiteral("*.json")}) +
        QStringList{options.samples + QStringLiteral("/global-storefront.json")};
    const QList<model::Design> designs = loadableDesigns(designFiles);

    Target design{QStringLiteral("design"), {}, QStringLiteral(".json"), {}, readDesignFile};
    for (const QString &file : designFiles)
        design.seeds << readFile(file);

    Target archive{
        QStringLiteral("archive"), {}, QStringLiteral(".archstudio"), {}, readArchiveFile};
    QList<QList<io::ArchiveEntry>> archiveEntries;
    {
        QTemporaryDir dir;
        for (qsizetype i = 0; i < designs.size(); ++i) {
            const QString path = dir.filePath(QStringLiteral("%1.archstudio").arg(i));
            io::DesignFile file;
            file.design = designs.at(i);
            if (i % 2 == 0)
                file.thumbnailPng = QByteArray("\x89PNG\r\n\x1a\n not really a picture");
            if (i % 3 == 0)
                file.extraEntries << io::ArchiveEntry{QStringLiteral("notes/readme.txt"),
                                                      QByteArray("kept as it is")};
            if (io::saveDesignFile(path, file).isEmpty()) {
                archive.seeds << readFile(path);
                archiveEntries << io::readArchive(path, io::Limits{}).entries;
            }
        }
        const QString sample = options.samples + QStringLiteral("/global-storefront.archstudio");
        archive.seeds << readFile(sample);
        archiveEntries << io::readArchive(sample, io::Limits{}).entries;
    }

    // Lesson packs: the bundled one, and packs of the loadable designs three at a time.
    Target lesson{QStringLiteral("lesson"), {}, QStringLiteral(".archlesson"), {}, readLessonPack};
    QList<QList<io::ArchiveEntry>> lessonEntries;
    {
        QTemporaryDir dir;
        QStringList packs{options.samples +
                          QStringLiteral("/../lessons/databases-workshop.archlesson")};
        for (qsizetype i = 0; i + 3 <= designs.size(); i += 3) {
            io::LessonPack pack{QStringLiteral("Pack %1").arg(i), QStringLiteral("notes"), {}};
            for (qsizetype j = i; j < i + 3; ++j)
                pack.items.append({QStringLiteral("step %1").arg(j), designs.at(j)});
            const QString path = dir.filePath(QStringLiteral("%1.archlesson").arg(i));
            if (io::saveLessonPack(path, pack).isEmpty())
                packs << path;
        }
        for (const QString &path : std::as_const(packs)) {
            lesson.seeds << readFile(path);
            lessonEntries << io::readArchive(path, io::Limits{}).entries;
        }
    }

    Target drawio{QStringLiteral("drawio"), {}, QStringLiteral(".drawio"), {}, readDesignFile};
    drawio.seeds << readFile(options.data + QStringLiteral("/export/global-storefront.drawio.txt"));
    for (const model::Design &d : designs) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const io::ExportInput input =
            render::makeExportInput(d, test::kinds()->catalog(), test::kinds());
        if (io::DrawioExporter().write(input, {}, buffer, {}).isEmpty())
            drawio.seeds << buffer.data();
    }

    // Diagrams drawn in diagrams.net, compressed and plain: read through the AWS shapes (not
    // the deflate bomb, each mutant of which would inflate 64 MiB before it is refused).
    for (const QString &file : filesUnder(options.data + QStringLiteral("/drawio-import"),
                                          {QStringLiteral("*.drawio")})) {
        if (!file.endsWith(QLatin1String("deflate-bomb.drawio")))
            drawio.seeds << readFile(file);
    }

    Target terraform{QStringLiteral("terraform"), {}, QStringLiteral(".json"), {}, importTerraform};
    for (const QString &file :
         filesUnder(options.data + QStringLiteral("/terraform"), {QStringLiteral("*.json")}))
        terraform.seeds << readFile(file);

    Target offer{QStringLiteral("offer"), {}, QStringLiteral(".json"), {}, importOffer};
    for (const QString &file :
         filesUnder(options.data + QStringLiteral("/offers"), {QStringLiteral("*.json")}))
        offer.seeds << readFile(file);

    // Byte-level mutations for all; archives also get zip fields tampered with, and entries
    // mutated inside a well-formed zip, so the mutants reach past the zip checks.
    const auto bytes = [](const QList<QByteArray> &seeds) {
        return [seeds](const QByteArray &seed, fuzz::Rng &rng, QStringList *log) {
            return fuzz::mutateBytes(seed, rng, seeds, log);
        };
    };
    design.mutate = bytes(design.seeds);
    drawio.mutate = bytes(drawio.seeds);
    offer.mutate = bytes(offer.seeds);
    terraform.mutate = bytes(terraform.seeds);
    // Zip fields tampered with, entries mutated inside a well-formed zip (past the zip
    // checks), or plain bytes.
    const auto zipMutations = [](const QList<QByteArray> &seeds,
                                 const QList<QList<io::ArchiveEntry>> &entriesOf) {
        return [seeds, entriesOf](const QByteArray &seed, fuzz::Rng &rng, QStringList *log) {
            const quint64 kind = rng.below(quint64(10));
            if (kind < 4) {
                QByteArray zip = seed;
                const int fields = 1 + int(rng.below(quint64(3)));
                for (int i = 0; i < fields; ++i)
                    zip = fuzz::tamperZip(zip, rng, log);
                return zip;
            }
            if (kind < 8) {
                QList<io::ArchiveEntry> entries = entriesOf.value(seeds.indexOf(seed));
                if (entries.isEmpty())
                    return fuzz::mutateBytes(seed, rng, seeds, log);
                io::ArchiveEntry &entry = entries[rng.below(entries.size())];
                QList<QByteArray> others;
                for (const io::ArchiveEntry &e : std::as_const(entries))
                    others << e.data;
                log->append(QStringLiteral("entry %1:").arg(entry.name));
                entry.data = fuzz::mutateBytes(entry.data, rng, others, log);
                return zipOf(entries);
            }
            return fuzz::mutateBytes(seed, rng, seeds, log);
        };
    };
    archive.mutate = zipMutations(archive.seeds, archiveEntries);
    lesson.mutate = zipMutations(lesson.seeds, lessonEntries);

    QList<Target> all{design, archive, lesson, drawio, terraform, offer};
    QList<Target> chosen;
    for (const Target &t : all) {
        if (options.targets.isEmpty() || options.targets.contains(t.name))
            chosen << t;
    }
    return chosen;
}

int usage(const QString &problem)
{
    QTextStream(stderr) << "fuzz_readers: " << problem << "\n"
                        << "usage: fuzz_readers --data DIR --samples DIR [--mutants N] "
                           "[--seed S] [--target design|archive|drawio|terraform|offer]... "
                           "[--replay INDEX] [--failures DIR]\n";
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); i += 2) { // every option takes a value
        const QString &arg = args.at(i);
        const QString value = args.value(i + 1);
        bool ok = true;
        if (arg == QLatin1String("--mutants"))
            options.mutants = value.toLongLong(&ok);
        else if (arg == QLatin1String("--seed"))
            options.seed = value.toULongLong(&ok);
        else if (arg == QLatin1String("--replay"))
            options.replay = value.toLongLong(&ok);
        else if (arg == QLatin1String("--target"))
            options.targets << value.split(QLatin1Char(','));
        else if (arg == QLatin1String("--data"))
            options.data = value;
        else if (arg == QLatin1String("--samples"))
            options.samples = value;
        else if (arg == QLatin1String("--failures"))
            options.failures = value;
        else
            return usage(QStringLiteral("unknown argument ") + arg);
        if (!ok || value.isEmpty())
            return usage(arg + QStringLiteral(" needs a value"));
    }
    if (options.data.isEmpty() || options.samples.isEmpty())
        return usage(QStringLiteral("--data and --samples are needed"));

    for (const int signal : {SIGSEGV, SIGABRT, SIGFPE, SIGILL
#ifdef SIGBUS
                             ,
                             SIGBUS
#endif
         })
        std::signal(signal, reportAndDie);

    QTextStream out(stdout);
    const QList<Target> targets = makeTargets(options);
    QTemporaryDir work;
    HangGuard guard;
    int failures = 0;
    for (qsizetype t = 0; t < targets.size(); ++t) {
        const Target &target = targets.at(t);
        if (target.seeds.isEmpty()) {
            out << target.name << ": no seeds found under " << options.data << '\n';
            ++failures;
            continue;
        }
        const QString input = work.filePath(QStringLiteral("input") + target.suffix);
        const qint64 started = guard.now();
        qint64 accepted = 0;
        qint64 refused = 0;
        QSet<QString> messages;
        const qint64 first = options.replay >= 0 ? options.replay : -qint64(target.seeds.size());
        const qint64 last = options.replay >= 0 ? options.replay + 1 : options.mutants;
        // Negative indices are the seeds themselves, unmutated.
        for (qint64 i = first; i < last; ++i) {
            QStringList recipe;
            QByteArray bytes;
            if (i < 0) {
                bytes = target.seeds.at(qsizetype(-i - 1));
                recipe << QStringLiteral("seed %1 unchanged").arg(-i - 1);
            } else {
                fuzz::Rng rng(options.seed, quint64(t), quint64(i));
                const qsizetype seed = rng.below(target.seeds.size());
                recipe << QStringLiteral("seed %1").arg(seed);
                bytes = target.mutate(target.seeds.at(seed), rng, &recipe);
            }
            if (!writeFile(input, bytes)) {
                out << "fuzz_readers: cannot write " << input << '\n';
                return 1;
            }
            describeCurrent(QStringLiteral("%1 mutant %2 (--seed %3; %4): %5")
                                .arg(target.name)
                                .arg(i)
                                .arg(options.seed)
                                .arg(recipe.join(QStringLiteral(", ")), input));
            gStartedMs.store(guard.now());
            const Verdict verdict = target.read(input);
            gStartedMs.store(-1);
            (verdict.accepted ? accepted : refused) += 1;
            if (!verdict.message.isEmpty())
                messages.insert(verdict.message.left(60));
            if (options.replay >= 0)
                out << QString::fromLocal8Bit(gCurrent) << "\n  "
                    << (verdict.accepted ? QStringLiteral("read") : verdict.message) << '\n';
            if (!verdict.failure.isEmpty()) {
                ++failures;
                QDir().mkpath(options.failures);
                const QString saved = QStringLiteral("%1/%2-%3-%4%5")
                                          .arg(options.failures, target.name)
                                          .arg(options.seed)
                                          .arg(i)
                                          .arg(target.suffix);
                writeFile(saved, bytes);
                out << "FAIL " << QString::fromLocal8Bit(gCurrent) << "\n  " << verdict.failure
                    << "\n  saved as " << saved << '\n';
            }
        }
        out << target.name << ": " << target.seeds.size() << " seeds, "
            << (last - qMax<qint64>(0, first)) << " mutants from seed " << options.seed << ": "
            << accepted << " read, " << refused << " refused with a message (" << messages.size()
            << " distinct) in " << (guard.now() - started) << " ms\n";
        out.flush();
    }
    out << (failures == 0 ? QStringLiteral("no failures")
                          : QStringLiteral("%1 failures").arg(failures))
        << '\n';
    return failures == 0 ? 0 : 1;
}
