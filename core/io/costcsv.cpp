#include "costcsv.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cmath>

namespace archstudio::io {

namespace {

/// Quoted when it holds a separator, a quote or a line break. A leading =, +, - or @ is
/// prefixed with ' so a spreadsheet never runs a component's name as a formula.
QString field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

/// Plain decimals (no exponent, no thousands separator), rounded to step and trimmed, so a
/// spreadsheet in any locale reads the number.
QString decimal(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

} // namespace

QByteArray costCsv(const ExportInput &input)
{
    QString csv = QStringLiteral("component,name,kind,region,description,quantity,unit,"
                                 "unitPriceUsd,monthlyUsd,source\r\n");
    for (const engine::ComponentResult &result : input.evaluation.components) {
        const model::Component *component = input.component(result.id);
        const QString name = component ? component->displayName() : result.id.value();
        const QString region = component ? component->placement.region.value() : QString();
        for (const engine::LineItem &item : result.lineItems) {
            const QStringList row{field(result.id.value()),
                                  field(name),
                                  field(result.kind),
                                  field(region),
                                  field(item.description),
                                  decimal(item.quantity, 6),
                                  field(item.unit),
                                  decimal(item.unitPriceUsd, 8),
                                  decimal(item.monthlyUsd, 6),
                                  field(item.source)};
            csv += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return csv.toUtf8();
}

QString CostCsvExporter::write(const ExportInput &input, const ExportOptions &, QIODevice &out,
                               const ExportProgress &) const
{
    const QByteArray bytes = costCsv(input);
    if (out.write(bytes) != bytes.size())
        return QCoreApplication::translate("Io", "cannot write: %1").arg(out.errorString());
    return {};
}

} // namespace archstudio::io
