#pragma once

#include "exporter.h"

#include <QCoreApplication>

namespace archstudio::io {

/// The evaluation as `archstudio evaluate --json` prints it (docs/CLI.md), byte for byte.
class EvaluationJsonExporter final : public Exporter
{
public:
    QString suffix() const override { return QStringLiteral("json"); }
    QString description() const override
    {
        return QCoreApplication::translate("Io", "Evaluation (JSON)");
    }
    QString write(const ExportInput &input, const ExportOptions &options, QIODevice &out,
                  const ExportProgress &progress) const override;
};

} // namespace archstudio::io
