#include "iconcache.h"

#include "diagramstyle.h"

#include <QPainter>
#include <QSvgRenderer>

namespace archstudio::render {

QPixmap IconCache::pixmap(const QString &path, int pixels)
{
    const QString key = path + QLatin1Char('@') + QString::number(pixels);
    if (const auto it = mPixmaps.constFind(key); it != mPixmaps.cend())
        return *it;
    QPixmap image(pixels, pixels);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QSvgRenderer svg(path);
    if (svg.isValid()) {
        svg.render(&painter, QRectF(0, 0, pixels, pixels));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(style::kindColour(nullptr));
        painter.drawRoundedRect(QRectF(0, 0, pixels, pixels), pixels / 6.0, pixels / 6.0);
    }
    painter.end();
    mPixmaps.insert(key, image);
    return image;
}

IconCache &IconCache::shared()
{
    static IconCache cache;
    return cache;
}

} // namespace archstudio::render
