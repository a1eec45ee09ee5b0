#include "archive.h"

#include "atomicfile.h"
#include "zipstructure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <quacrc32.h>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace archstudio::io {

namespace {

QString zipError(int code)
{
    return code == UNZ_OK
               ? QString()
               //: appended to an archive error message; %1 is the zip library's error code
               : QCoreApplication::translate("Io", " (zip error %1)").arg(code);
}

} // namespace

bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QLatin1Char(':')) || name.contains(QChar(0)))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part == QLatin1String("..") || part == QLatin1String(".");
    });
}

namespace {

ArchiveReadResult readEntries(const QString &path, const Limits &limits)
{
    ArchiveReadResult result;
    {
        QFile raw(path);
        if (!raw.open(QIODevice::ReadOnly)) {
            result.error =
                QCoreApplication::translate("Io", "cannot open: %1").arg(raw.errorString());
            return result;
        }
        // minizip reads a file cut short, or entries flagged encrypted, without complaint.
        result.error = checkZipStructure(raw, limits);
        if (!result.error.isEmpty())
            return result;
    }
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        result.error = QCoreApplication::translate(
                           "Io", "not a readable zip archive: it is truncated or damaged%1")
                           .arg(zipError(zip.getZipError()));
        return result;
    }
    if (zip.getEntriesCount() > limits.maxArchiveEntries) {
        result.error =
            QCoreApplication::translate("Io", "the archive has %1 entries; at most %2 are accepted")
                .arg(zip.getEntriesCount())
                .arg(limits.maxArchiveEntries);
        return result;
    }

    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (!isSafeEntryName(name)) {
            result.error = QCoreApplication::translate(
                               "Io", "archive entry \"%1\" has an unsafe name (absolute or "
                                     "with \"..\"); the archive is refused")
                               .arg(name);
            return result;
        }
        if (name.endsWith(QLatin1Char('/')))
            continue; // a directory entry carries no data
        const auto duplicate = std::find_if(result.entries.cbegin(), result.entries.cend(),
                                            [&](const ArchiveEntry &e) { return e.name == name; });
        if (duplicate != result.entries.cend()) {
            result.error =
                QCoreApplication::translate("Io", "archive entry \"%1\" appears twice").arg(name);
            return result;
        }

        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) {
            result.error =
                QCoreApplication::translate("Io", "archive entry \"%1\" cannot be read%2")
                    .arg(name, zipError(zip.getZipError()));
            return result;
        }
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error =
                QCoreApplication::translate("Io", "archive entry \"%1\" cannot be opened%2")
                    .arg(name, zipError(file.getZipError()));
            return result;
        }
        QByteArray data;
        char buffer[64 * 1024];
        for (;;) {
            const qint64 n = file.read(buffer, sizeof buffer);
            if (n < 0) {
                result.error =
                    QCoreApplication::translate("Io", "archive entry \"%1\" is damaged%2")
                        .arg(name, zipError(file.getZipError()));
                return result;
            }
            if (n == 0)
                break;
            total += n;
            if (total > limits.maxUncompressedBytes) {
                result.error = QCoreApplication::translate(
                                   "Io", "the archive unpacks to more than %1 MiB; it is "
                                         "refused (a zip bomb?)")
                                   .arg(limits.maxUncompressedBytes / (1024 * 1024));
                return result;
            }
            data.append(buffer, n);
        }
        file.close();
        if (file.getZipError() != UNZ_OK || QuaCrc32().calculate(data) != info.crc) {
            result.error = QCoreApplication::translate(
                               "Io", "archive entry \"%1\" fails its checksum (CRC-32): "
                                     "the archive is damaged%2")
                               .arg(name, zipError(file.getZipError()));
            return result;
        }
        if (quint64(data.size()) != info.uncompressedSize) {
            result.error = QCoreApplication::translate(
                               "Io", "archive entry \"%1\" unpacks to %2 bytes, not the %3 "
                                     "its header records: the archive is damaged")
                               .arg(name)
                               .arg(data.size())
                               .arg(info.uncompressedSize);
            return result;
        }
        result.entries.append({name, data});
    }
    if (zip.getZipError() != UNZ_OK) {
        result.error = QCoreApplication::translate("Io", "the archive's directory is damaged%1")
                           .arg(zipError(zip.getZipError()));
        return result;
    }
    return result;
}

} // namespace

ArchiveReadResult readArchive(const QString &path, const Limits &limits)
{
    ArchiveReadResult result = readEntries(path, limits);
    if (!result.error.isEmpty())
        result.entries.clear(); // nothing is partly read
    return result;
}

QString writeArchive(const QString &path, const QList<ArchiveEntry> &entries)
{
    return writeFileAtomically(path, [&](QIODevice &out) -> QString {
        QuaZip zip(&out);
        zip.setAutoClose(false);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return QCoreApplication::translate("Io", "cannot create the archive%1")
                .arg(zipError(zip.getZipError()));
        for (const ArchiveEntry &entry : entries) {
            QuaZipNewInfo info(entry.name);
            // A fixed time keeps re-saves byte-identical; the file system keeps the real one.
            info.dateTime = QDateTime(QDate(2020, 1, 1), QTime(0, 0));
            info.externalAttr = 0644u << 16;
            QuaZipFile file(&zip);
            const bool written = file.open(QIODevice::WriteOnly, info) &&
                                 file.write(entry.data) == entry.data.size();
            file.close();
            if (!written || file.getZipError() != ZIP_OK)
                return QCoreApplication::translate("Io", "cannot write archive entry \"%1\"%2: %3")
                    .arg(entry.name, zipError(file.getZipError()), out.errorString());
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            return QCoreApplication::translate("Io", "cannot finish the archive%1: %2")
                .arg(zipError(zip.getZipError()), out.errorString());
        return {};
    });
}

} // namespace archstudio::io
