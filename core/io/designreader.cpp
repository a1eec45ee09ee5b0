#include "designreader.h"

#include "designfile.h"
#include "drawioreader.h"

#include <QCoreApplication>
#include <QFile>

namespace archstudio::io {

LoadResult WholeFileDesignReader::read(QFile &file, const LoadOptions &options) const
{
    if (file.size() > options.limits.maxUncompressedBytes)
        return loadFailure(
            {}, QCoreApplication::translate("Io", "the file is %1 MiB; at most %2 MiB are accepted")
                    .arg(file.size() / (1024 * 1024))
                    .arg(options.limits.maxUncompressedBytes / (1024 * 1024)));
    return readBytes(file.readAll(), options);
}

char firstSignificantByte(const QByteArray &head)
{
    const QByteArray text = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return c;
    }
    return 0;
}

void DesignReaderRegistry::add(std::unique_ptr<DesignReader> reader)
{
    mReaders.push_back(std::move(reader));
}

const DesignReader *DesignReaderRegistry::forHead(const QByteArray &head) const
{
    for (const auto &reader : mReaders) {
        if (reader->canRead(head))
            return reader.get();
    }
    return nullptr;
}

QString DesignReaderRegistry::fileDialogFilter() const
{
    QStringList all;
    QStringList each;
    for (const auto &reader : mReaders) {
        QStringList patterns;
        for (const QString &suffix : reader->suffixes())
            patterns << QStringLiteral("*.") + suffix;
        all += patterns;
        each << QStringLiteral("%1 (%2)").arg(reader->description(),
                                              patterns.join(QLatin1Char(' ')));
    }
    //: file dialog filter for every design format; %1 is the list of patterns
    return QCoreApplication::translate("Io", "Designs (%1)").arg(all.join(QLatin1Char(' '))) +
           QStringLiteral(";;") + each.join(QStringLiteral(";;"));
}

QString DesignReaderRegistry::formatList() const
{
    QStringList formats;
    for (const auto &reader : mReaders) {
        QStringList suffixes;
        for (const QString &suffix : reader->suffixes())
            suffixes << QLatin1Char('.') + suffix;
        formats << QStringLiteral("%1 (%2)").arg(reader->description(),
                                                 suffixes.join(QLatin1Char(' ')));
    }
    return formats.join(QStringLiteral(", "));
}

const DesignReaderRegistry &DesignReaderRegistry::builtin()
{
    static const DesignReaderRegistry registry = [] {
        DesignReaderRegistry readers;
        readers.add(std::make_unique<ArchiveReader>());
        readers.add(std::make_unique<DrawioReader>());
        readers.add(std::make_unique<DesignJsonReader>());
        return readers;
    }();
    return registry;
}

} // namespace archstudio::io
