#pragma once

// Malformed inputs shared by the reader tests and the CLI end-to-end tests: the JSON ones
// live as files in tests/data/malformed/ (NAME.json beside NAME.expected: the JSON path on
// the first line, a part of the expected message on the second); the archive ones are
// built here, since a hostile zip is easier to make than to keep.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include "ziptamper.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <functional>

namespace archstudio::test {

struct MalformedCase
{
    QString name;
    QString path;            ///< the file to load
    QString expectedPath;    ///< JSON path the problem must name ("" for the whole file)
    QString expectedMessage; ///< a part of the message
};

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QList<MalformedCase> jsonCases(const QString &dataDir)
{
    QList<MalformedCase> cases;
    const QDir dir(dataDir + QStringLiteral("/malformed"));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString base = file.chopped(5);
        const QStringList expected =
            QString::fromUtf8(readAll(dir.filePath(base + QStringLiteral(".expected"))))
                .split(QLatin1Char('\n'));
        cases.append({base, dir.filePath(file), expected.value(0), expected.value(1)});
    }
    return cases;
}

using Entries = QList<std::pair<QString, QByteArray>>;

inline bool writeZip(const QString &path, const Entries &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

inline QByteArray manifest(int version = 1)
{
    return QStringLiteral(
               R"({"format": "archstudio", "formatVersion": %1, "application": "ArchStudio 0.1.0"})")
        .arg(version)
        .toUtf8();
}

inline QByteArray minimalDesign()
{
    return QByteArrayLiteral(R"({"format": "archstudio-design", "formatVersion": 1,
        "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}], "components": []})");
}

/// Writes a valid archive of entries to path, then lets damage change its bytes.
inline bool writeDamagedZip(const QString &path, const Entries &entries,
                            const std::function<bool(QByteArray &)> &damage)
{
    if (!writeZip(path, entries))
        return false;
    QByteArray bytes = readAll(path);
    if (!damage(bytes))
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// Builds each hostile or broken archive in dir and returns the cases.
inline QList<MalformedCase> archiveCases(const QString &dir)
{
    QList<MalformedCase> cases;
    const auto add = [&](const QString &name, const QString &expectedPath, const QString &message,
                         const std::function<bool(const QString &)> &make) {
        const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".archstudio");
        if (make(path))
            cases.append({name, path, expectedPath, message});
    };
    const Entries valid{{"manifest.json", manifest()}, {"design.json", minimalDesign()}};

    add("truncated-zip", {}, "it is truncated", [&](const QString &path) {
        if (!writeZip(path, valid))
            return false;
        QFile f(path);
        return f.resize(f.size() / 2);
    });
    // Found by fuzzing (issue 20, F4): these once loaded as valid designs.
    const QByteArray designEntry = "design.json";
    add("truncated-by-one-byte", {}, "it is truncated", [&](const QString &path) {
        return writeDamagedZip(path, valid, [](QByteArray &bytes) {
            bytes.chop(1);
            return true;
        });
    });
    add("encrypted-entry", {}, "archive entry \"design.json\" is encrypted",
        [&](const QString &path) {
            return writeDamagedZip(path, valid, [&](QByteArray &bytes) {
                return zip::setBoth(bytes, designEntry, zip::kLocalFlags, zip::kCentralFlags, 2, 1);
            });
        });
    add("encrypted-in-local-header-only", {}, "archive entry \"design.json\" is encrypted",
        [&](const QString &path) {
            return writeDamagedZip(path, valid, [&](QByteArray &bytes) {
                const zip::EntryRecords e = zip::entry(bytes, designEntry);
                if (e.local < 0)
                    return false;
                zip::write(bytes, e.local + zip::kLocalFlags, 2, 1);
                return true;
            });
        });
    add("crc-mismatch", {}, "archive entry \"design.json\" fails its checksum",
        [&](const QString &path) {
            return writeDamagedZip(path, valid, [&](QByteArray &bytes) {
                const zip::EntryRecords e = zip::entry(bytes, designEntry);
                if (e.central < 0)
                    return false;
                const quint32 crc = zip::read(bytes, e.central + zip::kCentralCrc, 4);
                return zip::setBoth(bytes, designEntry, zip::kLocalCrc, zip::kCentralCrc, 4,
                                    crc ^ 0x1u);
            });
        });
    add("size-mismatch", {}, "archive entry \"design.json\" unpacks to", [&](const QString &path) {
        return writeDamagedZip(path, valid, [&](QByteArray &bytes) {
            const zip::EntryRecords e = zip::entry(bytes, designEntry);
            if (e.central < 0)
                return false;
            const quint32 size = zip::read(bytes, e.central + zip::kCentralUncompressedSize, 4);
            return zip::setBoth(bytes, designEntry, zip::kLocalUncompressedSize,
                                zip::kCentralUncompressedSize, 4, size + 1);
        });
    });
    add("unsupported-method", {}, "uses compression method 12", [&](const QString &path) {
        return writeDamagedZip(path, valid, [&](QByteArray &bytes) {
            return zip::setBoth(bytes, designEntry, zip::kLocalMethod, zip::kCentralMethod, 2, 12);
        });
    });
    add("directory-misplaced", {}, "central directory is not where the end record says",
        [&](const QString &path) {
            return writeDamagedZip(path, valid, [](QByteArray &bytes) {
                const qsizetype end = bytes.lastIndexOf(zip::kEndSignature);
                if (end < 0)
                    return false;
                const quint32 offset = zip::read(bytes, end + zip::kEndDirectoryOffset, 4);
                zip::write(bytes, end + zip::kEndDirectoryOffset, 4, offset - 1);
                return true;
            });
        });
    add("entry-past-directory", {}, "runs past the central directory", [&](const QString &path) {
        return writeDamagedZip(path, valid, [&](QByteArray &bytes) {
            const zip::EntryRecords e = zip::entry(bytes, designEntry);
            if (e.central < 0)
                return false;
            zip::write(bytes, e.central + zip::kCentralCompressedSize, 4, 0x00FFFFFF);
            return true;
        });
    });
    add("bytes-appended", {}, "end record does not end the file", [&](const QString &path) {
        return writeDamagedZip(path, valid, [](QByteArray &bytes) {
            bytes.append("trailing garbage");
            return true;
        });
    });
    add("entry-escapes-archive", {}, "archive entry \"../evil.json\" has an unsafe name",
        [&](const QString &path) {
            Entries e = valid;
            e.append(std::pair{QStringLiteral("../evil.json"), QByteArray("{}")});
            return writeZip(path, e);
        });
    add("absolute-entry", {}, "archive entry \"/etc/passwd\" has an unsafe name",
        [&](const QString &path) {
            Entries e = valid;
            e.append(std::pair{QStringLiteral("/etc/passwd"), QByteArray("x")});
            return writeZip(path, e);
        });
    add("zip-bomb", {}, "unpacks to more than 64 MiB", [&](const QString &path) {
        // 65 MiB of zeros deflate to about 65 KiB.
        Entries e = valid;
        e.append(std::pair{QStringLiteral("notes/zeros.bin"), QByteArray(65 * 1024 * 1024, 0)});
        return writeZip(path, e);
    });
    add("missing-design", "design.json", "missing from the archive", [&](const QString &path) {
        return writeZip(path, {{"manifest.json", manifest()}});
    });
    add("missing-manifest", "manifest.json", "missing from the archive", [&](const QString &path) {
        return writeZip(path, {{"design.json", minimalDesign()}});
    });
    add("manifest-newer", "manifest.json", "written by a newer ArchStudio",
        [&](const QString &path) {
            return writeZip(path,
                            {{"manifest.json", manifest(9)}, {"design.json", minimalDesign()}});
        });
    add("archive-design-invalid", "components[0].placement.zone", "unknown zone \"us-east-1q\"",
        [&](const QString &path) {
            const QByteArray design = R"({"format": "archstudio-design", "formatVersion": 1,
                "regions": [{"code": "us-east-1", "zones": ["us-east-1a"]}],
                "components": [{"id": "db", "kind": "rds",
                                "placement": {"region": "us-east-1", "zone": "us-east-1q"}}]})";
            return writeZip(path, {{"manifest.json", manifest()}, {"design.json", design}});
        });
    add("not-a-zip-or-json", {}, "not valid JSON", [&](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write("\x89PNG\r\n\x1a\n garbage") > 0;
    });
    return cases;
}

} // namespace archstudio::test
