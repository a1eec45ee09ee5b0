#pragma once

#include "designfile.h"

#include <QList>
#include <QString>

#include <optional>

namespace archstudio::io {

/// A reference architecture the studio offers to start from: File > New from Template,
/// `archstudio templates` and `archstudio new --template` (docs/TEACHING.md). Each is a design
/// file among the resources (resources/templates, written by tools/generate-templates.py).
struct DesignTemplate
{
    QString name;     ///< what `archstudio new --template` takes, e.g. "rds-multi-az"
    QString title;    ///< the design's name
    QString summary;  ///< when to choose it and what it trades off: the design's description
    QString resource; ///< its file among the resources
};

/// The bundled templates, in the order of the lesson they follow (the number in each file's
/// name), read from the resources once.
const QList<DesignTemplate> &bundledTemplates();

/// The bundled template of that name, if there is one.
std::optional<DesignTemplate> findTemplate(const QString &name);

/// Reads a template's design. Templates leave their layout to the studio, which lays out
/// what a file leaves out (render::completeLayout).
LoadResult loadTemplate(const DesignTemplate &designTemplate, const LoadOptions &options = {});

} // namespace archstudio::io
