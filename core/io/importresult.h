#pragma once

// What an importer of another tool's files gives: a Terraform plan (terraformimport.h) or a
// diagrams.net diagram drawn without ArchStudio (drawioimport.h). Unlike a design reader, an
// importer reads what it can and lists what it could not: the user decides whether the result
// is worth keeping.

#include "core/model/design.h"
#include "core/model/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace archstudio::io {

/// One thing of the source that became a component.
struct ImportedItem
{
    /// Where it was in the source: a Terraform address ("module.db.aws_db_instance.main[0]")
    /// or a diagram cell ("cell \"db1\" (Orders database)").
    QString source;
    model::ComponentId component;
    QString kind;
};

/// One thing of the source that did not become a component, and why.
struct SkippedItem
{
    QString source;
    QString reason; ///< "aws_lambda_function is not a data-tier resource ArchStudio models"
};

struct ImportResult
{
    /// The design built, checked by the validator; empty when error is set. Its layout may be
    /// empty: the caller lays it out (render::completeLayout).
    std::optional<model::Design> design;
    /// Why the file could not be imported at all, naming the file and the place:
    /// "plan.json: line 3, column 14: invalid JSON syntax". Empty on success.
    QString error;
    QList<ImportedItem> imported;
    QList<SkippedItem> skipped;
    /// Imported, but with an assumption the user should check: "aws_db_instance.a: its
    /// availability zone is unknown until apply; placed in us-east-1a".
    QStringList warnings;
};

} // namespace archstudio::io
