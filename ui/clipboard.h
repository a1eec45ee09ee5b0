#pragma once

#include "core/document/designedits.h"

#include <QString>

class QMimeData;

namespace archstudio::ui::clipboard {

/// The mime type of copied components: a design.json holding them, their links, regions and
/// zones; also offered as plain text so it can be pasted into a ticket or an editor.
inline const QString kMimeType = QStringLiteral("application/x-archstudio-fragment+json");

QMimeData *toMimeData(const document::edits::Fragment &fragment);

/// Reads a fragment from mime data (ours, or text holding a design.json); an empty fragment
/// and a message when it holds none.
document::edits::Fragment fromMimeData(const QMimeData *mime, QString *error = nullptr);

} // namespace archstudio::ui::clipboard
