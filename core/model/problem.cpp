#include "problem.h"

#include <algorithm>

namespace archstudio::model {

QString Problem::toString() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &p) { return p.isError(); });
}

QString joinPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace archstudio::model
