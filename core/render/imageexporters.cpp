#include "imageexporters.h"

#include "diagramrenderer.h"
#include "diagramtitle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace archstudio::render {

namespace {

/// The canvas at 100% is 96 dpi; devices are set to it so point sizes keep their diagram size.
constexpr int kDiagramDpi = 96;
constexpr double kDotsPerMeterAt96Dpi = kDiagramDpi / 0.0254;
constexpr qsizetype kLargeSvgComponents = 2000;

} // namespace

QPageSize pageSizeFor(const QString &name)
{
    static const QHash<QString, QPageSize::PageSizeId> sizes{
        {QStringLiteral("a4"), QPageSize::A4},
        {QStringLiteral("a3"), QPageSize::A3},
        {QStringLiteral("a5"), QPageSize::A5},
        {QStringLiteral("letter"), QPageSize::Letter},
        {QStringLiteral("legal"), QPageSize::Legal},
        {QStringLiteral("tabloid"), QPageSize::Tabloid}};
    return QPageSize(sizes.value(name.toLower(), QPageSize::A4));
}

QStringList pageSizeNames()
{
    return {QStringLiteral("A4"),     QStringLiteral("A3"),    QStringLiteral("A5"),
            QStringLiteral("Letter"), QStringLiteral("Legal"), QStringLiteral("Tabloid")};
}

QString PngExporter::write(const io::ExportInput &input, const io::ExportOptions &options,
                           QIODevice &out, const io::ExportProgress &progress) const
{
    const DiagramRenderer renderer(input, options);
    const QRectF bounds = renderer.bounds();
    // Very large designs are drawn smaller rather than refused: at most kMaxPngSide a side.
    const double requested = std::clamp(options.scale, 0.05, 8.0);
    const double scale =
        std::min(requested, kMaxPngSide / std::max(bounds.width(), bounds.height()));
    const QSize size(std::max(1, int(std::ceil(bounds.width() * scale))),
                     std::max(1, int(std::ceil(bounds.height() * scale))));
    // Without transparency the file needs no alpha channel: a quarter fewer bytes to filter
    // and compress, which is most of a large export's time.
    QImage image(size, options.transparentBackground ? QImage::Format_ARGB32_Premultiplied
                                                     : QImage::Format_RGB32);
    if (image.isNull())
        return QCoreApplication::translate("Render", "not enough memory for a %1 x %2 pixel image")
            .arg(size.width())
            .arg(size.height());
    image.setDotsPerMeterX(qRound(kDotsPerMeterAt96Dpi));
    image.setDotsPerMeterY(qRound(kDotsPerMeterAt96Dpi));
    image.fill(options.transparentBackground ? Qt::transparent : Qt::white);
    {
        QPainter painter(&image);
        if (!renderer.paint(painter, QRectF(QPointF(), QSizeF(size)), scale, progress))
            return io::exportCancelledMessage();
    }
    // The file says how many pixels make an inch, so slides place it at the diagram's size.
    image.setDotsPerMeterX(qRound(kDotsPerMeterAt96Dpi * scale));
    image.setDotsPerMeterY(qRound(kDotsPerMeterAt96Dpi * scale));
    QImageWriter writer(&out, "png");
    // zlib's fastest level (Qt maps 0-100 onto zlib's 0-9): encoding dominates large exports
    // (a 47-megapixel diagram took 24 s at the default level), and a diagram's flat colours
    // compress well at any level.
    writer.setCompression(11);
    // The PNG encoder does not pass on why the device refused its bytes; the device knows.
    if (!writer.write(image))
        return QCoreApplication::translate("Render", "cannot write the PNG: %1")
            .arg(writer.error() == QImageWriter::UnknownError ? out.errorString()
                                                              : writer.errorString());
    return {};
}

QString SvgExporter::write(const io::ExportInput &input, const io::ExportOptions &options,
                           QIODevice &out, const io::ExportProgress &progress) const
{
    const DiagramRenderer renderer(input, options);
    const QRectF bounds = renderer.bounds();
    QSvgGenerator svg;
    svg.setOutputDevice(&out);
    svg.setResolution(kDiagramDpi);
    svg.setSize(bounds.size().toSize());
    svg.setViewBox(QRectF(QPointF(), bounds.size()));
    svg.setTitle(input.design.name);
    svg.setDescription(diagramCaption(input));
    QPainter painter;
    if (!painter.begin(&svg))
        return QCoreApplication::translate("Render", "cannot start the SVG drawing");
    // The SVG names the painter's font family. The default font's name on Linux, "Sans
    // Serif", means nothing to a browser, which draws the labels in Times instead; the generic
    // family is the same face here (fontconfig resolves both to it) and a sans-serif there.
    QFont font = painter.font();
    font.setFamily(QStringLiteral("sans-serif"));
    painter.setFont(font);
    // Viewers show an SVG without a background on their own colour; a diagram wants white.
    if (!options.transparentBackground)
        painter.fillRect(QRectF(QPointF(), bounds.size()), Qt::white);
    // Icons are embedded once per card: rasterised at 2x, sharp when enlarged; at 1x in very
    // large designs, whose file would otherwise grow by 5 kB a card.
    const qreal iconDetail = input.design.components.size() > kLargeSvgComponents ? 1.0 : 2.0;
    const bool finished =
        renderer.paint(painter, QRectF(QPointF(), bounds.size()), iconDetail, progress);
    painter.end();
    return finished ? QString() : io::exportCancelledMessage();
}

QString PdfDiagramExporter::write(const io::ExportInput &input, const io::ExportOptions &options,
                                  QIODevice &out, const io::ExportProgress &progress) const
{
    const DiagramRenderer renderer(input, options);
    QPdfWriter pdf(&out);
    pdf.setResolution(kDiagramDpi);
    pdf.setTitle(input.design.name);
    pdf.setCreator(QStringLiteral("ArchStudio"));
    const QRectF bounds = renderer.bounds();
    const bool landscape = options.orientation == io::PageOrientation::Landscape ||
                           (options.orientation == io::PageOrientation::Automatic &&
                            bounds.width() >= bounds.height());
    pdf.setPageLayout(QPageLayout(pageSizeFor(options.pageSize),
                                  landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                  QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&pdf))
        return QCoreApplication::translate("Render", "cannot start the PDF");
    const QRectF page = QRectF(QPointF(), pdf.pageLayout().paintRectPixels(kDiagramDpi).size());
    const QRectF body = paintDiagramTitle(painter, page, input);
    const bool finished = renderer.paint(painter, body, 4.0, progress);
    painter.end();
    return finished ? QString() : io::exportCancelledMessage();
}

} // namespace archstudio::render
