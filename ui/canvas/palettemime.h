#pragma once

#include <QMimeData>
#include <QString>

namespace archstudio::ui {

/// The mime type a palette drag carries; its payload is a DiagramScene palette entry
/// ("component:rds", "region", "zone") in UTF-8.
inline const QString kPaletteMimeType = QStringLiteral("application/x-archstudio-palette-entry");

inline QMimeData *paletteMimeData(const QString &entry)
{
    auto *mime = new QMimeData;
    mime->setData(kPaletteMimeType, entry.toUtf8());
    mime->setText(entry);
    return mime;
}

inline QString paletteEntry(const QMimeData *mime)
{
    return mime ? QString::fromUtf8(mime->data(kPaletteMimeType)) : QString();
}

} // namespace archstudio::ui
