#include "texttable.h"

namespace archstudio::cli {

QString table(const QStringList &header, const QList<QStringList> &rows,
              const QList<bool> &rightAligned)
{
    QList<qsizetype> widths(header.size());
    for (qsizetype c = 0; c < header.size(); ++c) {
        widths[c] = header.at(c).size();
        for (const QStringList &row : rows)
            widths[c] = std::max(widths.at(c), row.value(c).size());
    }
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString cell = cells.value(c);
            padded << (rightAligned.value(c) ? cell.rightJustified(widths.at(c))
                                             : cell.leftJustified(widths.at(c)));
        }
        QString text = QStringLiteral("  ") + padded.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

} // namespace archstudio::cli
