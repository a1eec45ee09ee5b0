#pragma once

#include <QHash>
#include <QPixmap>
#include <QString>

namespace archstudio::render {

/// SVG icons rasterised once per (path, pixel size) and reused: painting 10,000 cards must not
/// parse SVG per frame. Not thread-safe: one cache per thread (the GUI has one, an export
/// running in a worker makes its own).
class IconCache
{
public:
    /// The icon at path (a Qt resource or file) as a pixmap of pixels x pixels; a neutral
    /// placeholder when the file is missing or invalid, so a plugin's bad icon never breaks
    /// the canvas.
    QPixmap pixmap(const QString &path, int pixels);

    /// The GUI thread's cache.
    static IconCache &shared();

private:
    QHash<QString, QPixmap> mPixmaps;
};

} // namespace archstudio::render
