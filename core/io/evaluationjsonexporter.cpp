#include "evaluationjsonexporter.h"

#include "evaluationjson.h"

#include <QCoreApplication>
#include <QIODevice>

namespace archstudio::io {

QString EvaluationJsonExporter::write(const ExportInput &input, const ExportOptions &,
                                      QIODevice &out, const ExportProgress &) const
{
    const QByteArray bytes = evaluationToJson(input.evaluation);
    if (out.write(bytes) != bytes.size())
        return QCoreApplication::translate("Io", "cannot write: %1").arg(out.errorString());
    return {};
}

} // namespace archstudio::io
