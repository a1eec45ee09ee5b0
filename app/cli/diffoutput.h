#pragma once

#include "core/engine/designdiff.h"
#include "core/model/kindregistry.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace archstudio::cli {

/// What `archstudio diff` found, as its three outputs print it.
struct DiffReport
{
    QString before; ///< the files as named on the command line
    QString after;
    engine::DesignDiff diff;
    /// The thresholds crossed, one sentence each: "the monthly cost rises 12.5%, more than the
    /// 10% --fail-on-cost-increase allows".
    QStringList crossed;
};

/// For a terminal: the component changes, then the design's figures, then the workloads' and
/// components' figures that changed.
QString diffAsText(const DiffReport &report, const model::KindRegistry &kinds);
/// The same as Markdown for a pull-request comment: a table of the design's figures, the
/// changes as a list and the changed figures in a collapsed section.
QString diffAsMarkdown(const DiffReport &report, const model::KindRegistry &kinds);
/// docs/CLI.md's diff --json: every figure of every row, changed or not.
QByteArray diffAsJson(const DiffReport &report);

} // namespace archstudio::cli
