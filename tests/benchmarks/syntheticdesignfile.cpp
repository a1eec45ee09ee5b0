#include "syntheticdesignfile.h"

#include "syntheticdesign.h"

#include "core/io/designfile.h"

#include <QFile>
#include <QTemporaryDir>

namespace archstudio::benchmarks {

QString syntheticDesignFile(int components)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design-%1.json").arg(components));
    if (!QFile::exists(path)) {
        io::DesignFile file;
        file.design = syntheticDesign(components);
        if (const QString error = io::saveDesignFile(path, file); !error.isEmpty())
            qFatal("cannot write the benchmark design: %s", qPrintable(error));
    }
    return path;
}

} // namespace archstudio::benchmarks
