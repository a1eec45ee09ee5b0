#include "diagramstyle.h"

#include "core/model/kindschema.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace archstudio::render::style {

QColor kindColour(const model::KindSchema *schema)
{
    const QColor colour = schema ? QColor::fromString(schema->colour) : QColor();
    return colour.isValid() ? colour : QColor(0x71, 0x80, 0x96);
}

QColor replicationColour()
{
    return QColor(0x2E, 0x6F, 0xD9);
}

QColor regionColour()
{
    return QColor(0x4A, 0x55, 0x68);
}

QColor zoneColour()
{
    return QColor(0x31, 0x82, 0xCE);
}

QColor warningColour()
{
    return QColor(0xDD, 0x6B, 0x20);
}

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor &background, const QColor &colour, int alpha)
{
    const double t = alpha / 255.0;
    return QColor::fromRgbF(
        float(background.redF() + (colour.redF() - background.redF()) * t),
        float(background.greenF() + (colour.greenF() - background.greenF()) * t),
        float(background.blueF() + (colour.blueF() - background.blueF()) * t));
}

QColor readableOn(const QColor &colour, const QColor &background, double ratio)
{
    if (contrastRatio(colour, background) >= ratio)
        return colour;
    const QColor target = luminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    // The least mix towards the target that reads: contrast grows with the mix.
    double low = 0.0, high = 1.0;
    for (int i = 0; i < 20; ++i) {
        const double mid = (low + high) / 2;
        if (contrastRatio(over(colour, target, int(std::lround(mid * 255))), background) >= ratio)
            high = mid;
        else
            low = mid;
    }
    return over(colour, target, int(std::ceil(high * 255)));
}

QColor containerFill(bool region, const QColor &canvas)
{
    const QColor regionFill = over(canvas, regionColour(), kRegionFillAlpha);
    return region ? regionFill : over(regionFill, zoneColour(), kZoneFillAlpha);
}

QColor containerTitleColour(bool region, const QColor &canvas)
{
    return readableOn(region ? regionColour() : zoneColour(), containerFill(region, canvas));
}

QColor saturatedColour()
{
    return QColor(0xE5, 0x3E, 0x3E);
}

} // namespace archstudio::render::style
