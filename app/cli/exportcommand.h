#pragma once

#include "cli.h"

namespace archstudio::cli {

/// archstudio export FILE -o OUT [--scale X] [--transparent] [--no-annotations]
///                    [--only ID,...] [--page-size NAME] [--portrait|--landscape]
///                    [--catalog CATALOG.json]
int runExport(const QStringList &args, Streams streams);

/// archstudio report FILE -o OUT.pdf|OUT.html [--page-size NAME] [--catalog CATALOG.json]
int runReport(const QStringList &args, Streams streams);

/// True for the commands that paint (fonts, images) and so need a QGuiApplication.
bool needsGui(const QStringList &args);

} // namespace archstudio::cli
