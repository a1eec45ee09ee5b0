#pragma once

#include "exporter.h"

#include <QCoreApplication>

namespace archstudio::io {

/// The bill as CSV (RFC 4180, UTF-8, comma-separated) for budget spreadsheets: one row per
/// line item of the evaluation, with component, name, kind, region, description, quantity,
/// unit, unit price, monthly amount and the catalog source. No total row, so a column sum is
/// the total.
class CostCsvExporter final : public Exporter
{
public:
    QString suffix() const override { return QStringLiteral("csv"); }
    QString description() const override
    {
        return QCoreApplication::translate("Io", "Cost line items (CSV)");
    }
    QString write(const ExportInput &input, const ExportOptions &options, QIODevice &out,
                  const ExportProgress &progress) const override;
};

/// The CSV text itself.
QByteArray costCsv(const ExportInput &input);

} // namespace archstudio::io
