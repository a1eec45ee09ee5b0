#pragma once

#include <QList>
#include <QString>

namespace archstudio::model {

/// One thing wrong with a design, located by its JSON path (e.g. components[3].placement.zone).
struct Problem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path;    ///< JSON path inside design.json or the archive; empty for the whole file
    QString message; ///< what is wrong and what was expected

    bool isError() const { return severity == Severity::Error; }
    /// "components[3].placement.zone: unknown zone ..." (the caller prefixes the file).
    QString toString() const;
    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

bool hasErrors(const Problems &problems);

/// Appends a path segment: joinPath("components[3]", "placement") == "components[3].placement".
QString joinPath(const QString &parent, const QString &key);
QString indexPath(const QString &parent, qsizetype index);

} // namespace archstudio::model
