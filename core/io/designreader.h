#pragma once

#include "loadresult.h"

#include <QStringList>

#include <memory>
#include <vector>

class QFile;

namespace archstudio::io {

/// How many of a file's first bytes DesignReader::canRead() is shown.
inline constexpr qsizetype kDesignReaderHeadSize = 64;

/// One format a design is read from, as an Exporter is one it is written to. loadDesignFile()
/// asks each reader of DesignReaderRegistry::builtin() in turn whether it can read the file,
/// judging from its first bytes only: a file is read by what it holds, never by its name.
class DesignReader
{
public:
    virtual ~DesignReader() = default;
    /// For messages and file dialogs: "ArchStudio design".
    virtual QString description() const = 0;
    /// Lower-case suffixes without the dot that files of the format usually have, for file
    /// dialogs and messages only.
    virtual QStringList suffixes() const = 0;
    /// Whether a file starting with head (its first kDesignReaderHeadSize bytes, fewer when
    /// the file is shorter) is in this format.
    virtual bool canRead(const QByteArray &head) const = 0;
    /// Reads the design from file, open for reading at its start. Nothing is partially
    /// loaded: on any error the result holds no file.
    virtual LoadResult read(QFile &file, const LoadOptions &options) const = 0;
};

/// A format read into memory whole (design.json, draw.io): read() refuses a file larger than
/// options.limits allow before reading it, then hands its bytes to readBytes().
class WholeFileDesignReader : public DesignReader
{
public:
    LoadResult read(QFile &file, const LoadOptions &options) const final;
    virtual LoadResult readBytes(const QByteArray &bytes, const LoadOptions &options) const = 0;
};

/// The first byte of head that is neither white space nor part of a UTF-8 byte order mark;
/// 0 when there is none. What the readers of text formats judge a file by.
char firstSignificantByte(const QByteArray &head);

/// The formats designs are read from, asked in the order they were added.
class DesignReaderRegistry
{
public:
    void add(std::unique_ptr<DesignReader> reader);
    /// The first reader that can read a file starting with head; null when none can.
    const DesignReader *forHead(const QByteArray &head) const;
    /// "Designs (*.archstudio *.json *.drawio);;ArchStudio design (*.archstudio);;…" for an
    /// open dialog: every readable format together, then each on its own.
    QString fileDialogFilter() const;
    /// "ArchStudio design (.archstudio), …" for messages.
    QString formatList() const;
    const std::vector<std::unique_ptr<DesignReader>> &readers() const { return mReaders; }

    /// What loadDesignFile() reads: .archstudio archives (ArchiveReader), draw.io files
    /// ArchStudio exported (DrawioReader) and bare design.json (DesignJsonReader).
    static const DesignReaderRegistry &builtin();

private:
    std::vector<std::unique_ptr<DesignReader>> mReaders;
};

} // namespace archstudio::io
