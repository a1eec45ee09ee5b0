#pragma once

#include <QList>
#include <QStringList>

namespace archstudio::cli {

/// Rows of cells as left-aligned columns (right-aligned where asked), for people.
QString table(const QStringList &header, const QList<QStringList> &rows,
              const QList<bool> &rightAligned);

} // namespace archstudio::cli
