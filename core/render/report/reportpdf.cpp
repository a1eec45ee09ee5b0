#include "reportpdf.h"

#include "core/render/diagramrenderer.h"
#include "core/render/figureformat.h"
#include "core/render/imageexporters.h"
#include "reportcharts.h"
#include "reportcontent.h"
#include "reporthtml.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

namespace archstudio::render::report {

namespace {

constexpr int kDpi = 96; // one unit is a diagram pixel, as in DiagramRenderer
constexpr qreal kHeaderHeight = 28.0;
constexpr qreal kFooterHeight = 28.0;
const QColor kInk(0x1A, 0x20, 0x2C);
const QColor kMuted(0x71, 0x80, 0x96);
const QColor kAccent(0x2E, 0x6F, 0xD9);
const QColor kRule(0xCB, 0xD5, 0xE0);

const char *const kTextDocumentCss = R"(
h1 { font-size: 17pt; font-weight: 600; color: #1A202C; margin-top: 0px; margin-bottom: 10px; }
h2 { font-size: 11.5pt; font-weight: 600; color: #2D3748; margin-top: 16px; margin-bottom: 6px; }
p { margin-top: 0px; margin-bottom: 8px; color: #2D3748; }
p.footnote { color: #718096; font-size: 8pt; }
table.data { border-collapse: collapse; margin-bottom: 6px; }
th { font-weight: 600; color: #1A202C; border-bottom: 1px solid #A0AEC0; font-size: 8.5pt; }
td { border-bottom: 1px solid #E2E8F0; font-size: 8.5pt; color: #1A202C; }
td.num { border-bottom: 1px solid #E2E8F0; font-size: 8.5pt; color: #1A202C; white-space: nowrap; }
)";

QFont font(qreal points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QPageLayout layout(const io::ExportOptions &options, QPageLayout::Orientation orientation)
{
    return QPageLayout(pageSizeFor(options.pageSize), orientation, QMarginsF(18, 16, 18, 14),
                       QPageLayout::Millimeter);
}

QRectF paintRect(const QPdfWriter &pdf)
{
    return QRectF(QPointF(), pdf.pageLayout().paintRectPixels(kDpi).size());
}

/// The running header (design name, date) and footer (page N of M) of every page but the
/// title page. Returns the room between them.
QRectF paintFrame(QPainter &painter, const QRectF &page, const io::ExportInput &input,
                  const QString &title, int number, int count)
{
    painter.save();
    painter.setFont(font(7.5));
    painter.setPen(kMuted);
    painter.drawText(QRectF(page.left(), page.top(), page.width() * 0.7, kHeaderHeight - 10),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.drawText(QRectF(page.left(), page.top(), page.width(), kHeaderHeight - 10),
                     Qt::AlignRight | Qt::AlignVCenter, input.date.toString(Qt::ISODate));
    painter.setPen(QPen(kRule, 0.8));
    painter.drawLine(QPointF(page.left(), page.top() + kHeaderHeight - 8),
                     QPointF(page.right(), page.top() + kHeaderHeight - 8));
    painter.setPen(kMuted);
    painter.drawText(
        QRectF(page.left(), page.bottom() - kFooterHeight + 10, page.width(), kFooterHeight - 10),
        Qt::AlignLeft | Qt::AlignVCenter,
        QCoreApplication::translate("Render", "ArchStudio design report"));
    painter.drawText(
        QRectF(page.left(), page.bottom() - kFooterHeight + 10, page.width(), kFooterHeight - 10),
        Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("Render", "Page %1 of %2").arg(number).arg(count));
    painter.restore();
    return page.adjusted(0, kHeaderHeight, 0, -kFooterHeight);
}

void paintTitlePage(QPainter &painter, const QRectF &page, const Content &content,
                    const io::ExportInput &input)
{
    painter.save();
    qreal y = page.top() + page.height() * 0.22;
    painter.fillRect(QRectF(page.left(), y - 28, 64, 6), kAccent);
    painter.setPen(kMuted);
    painter.setFont(font(10, true));
    painter.drawText(QRectF(page.left(), y - 20, page.width(), 24), Qt::AlignLeft,
                     //: kicker above the title on the title page, in capitals
                     QCoreApplication::translate("Render", "DESIGN REPORT"));
    y += 10;
    painter.setPen(kInk);
    painter.setFont(font(28, true));
    QRectF titleRect(page.left(), y, page.width(), page.height() * 0.25);
    QRectF used = painter.boundingRect(titleRect, Qt::AlignLeft | Qt::TextWordWrap, content.title);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::TextWordWrap, content.title);
    y = used.bottom() + 14;
    if (!content.subtitle.isEmpty()) {
        painter.setPen(QColor(0x4A, 0x55, 0x68));
        painter.setFont(font(12));
        const QRectF rect(page.left(), y, page.width() * 0.85, 120);
        used = painter.boundingRect(rect, Qt::AlignLeft | Qt::TextWordWrap, content.subtitle);
        painter.drawText(rect, Qt::AlignLeft | Qt::TextWordWrap, content.subtitle);
        y = used.bottom() + 30;
    } else {
        y += 20;
    }

    // Key figures: a row of boxes, two per line on narrow pages.
    const int perRow = page.width() > 900 ? 4 : 2;
    const qreal gap = 14;
    const qreal boxWidth = (page.width() - gap * (perRow - 1)) / perRow;
    const qreal boxHeight = 70;
    for (qsizetype i = 0; i + 1 < content.keyFigures.size(); i += 2) {
        const int index = int(i / 2);
        const QRectF box(page.left() + (index % perRow) * (boxWidth + gap),
                         y + (index / perRow) * (boxHeight + gap), boxWidth, boxHeight);
        painter.setPen(QPen(kRule, 1));
        painter.setBrush(QColor(0xF7, 0xFA, 0xFC));
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(kMuted);
        painter.setFont(font(8));
        painter.drawText(box.adjusted(12, 10, -12, 0), Qt::AlignLeft | Qt::AlignTop,
                         content.keyFigures.at(i).toUpper());
        painter.setPen(kInk);
        painter.setFont(font(16, true));
        painter.drawText(box.adjusted(12, 0, -12, -10), Qt::AlignLeft | Qt::AlignBottom,
                         content.keyFigures.at(i + 1));
    }

    painter.setPen(kMuted);
    painter.setFont(font(9));
    const QString colophon =
        QCoreApplication::translate("Render",
                                    "%1\nCatalog %2, prices of %3\nPrepared with ArchStudio")
            .arg(figureLocale().toString(input.date, QStringLiteral("d MMMM yyyy")),
                 input.evaluation.catalogId, input.evaluation.catalogDate);
    painter.drawText(QRectF(page.left(), page.bottom() - 70, page.width(), 70),
                     Qt::AlignLeft | Qt::AlignBottom, colophon);
    painter.restore();
}

bool paintDiagramPage(QPainter &painter, const QRectF &body, const io::ExportInput &input,
                      const io::ExportOptions &options, const io::ExportProgress &progress)
{
    painter.save();
    painter.setPen(kInk);
    painter.setFont(font(17, true));
    painter.drawText(QRectF(body.left(), body.top(), body.width(), 30),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("Render", "Diagram"));
    painter.restore();
    io::ExportOptions diagram = options;
    diagram.only.clear();
    const DiagramRenderer renderer(input, diagram);
    // Under the heading, not centred on the page: the space left over goes below.
    const QRectF room = body.adjusted(0, 40, 0, 0);
    const QSizeF size = renderer.bounds().size() * renderer.fitScale(room.size());
    const QRectF target(room.left() + (room.width() - size.width()) / 2, room.top(), size.width(),
                        size.height());
    return renderer.paint(painter, target, 4.0, progress);
}

/// Whether the block holds a picture (a chart) rather than text.
bool holdsImage(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().charFormat().isImageFormat())
            return true;
    }
    return false;
}

/// Headings are never left at the foot of a page: when the first table or chart after a
/// heading (looking a few blocks on, up to the next heading) starts on a later page than the
/// heading, the heading starts that page. QTextDocument knows only "break before", so the
/// document is laid out again after each heading moved.
void keepHeadingsWithContent(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    QAbstractTextDocumentLayout *const layout = document.documentLayout();
    // Where the block's first line is: a picture too tall for the rest of a page moves to
    // the next one inside its block, whose top stays behind.
    const auto pageOf = [&](const QTextBlock &block) {
        const QTextLayout *lines = block.layout();
        const qreal first = lines && lines->lineCount() > 0 ? lines->lineAt(0).y() : 0.0;
        return int((layout->blockBoundingRect(block).top() + first) / pageHeight);
    };
    constexpr int kLookAhead = 4;
    // Each pass moves one heading; the bound only guards against a layout that never settles.
    for (int pass = 0; pass < 100; ++pass) {
        bool moved = false;
        for (QTextBlock heading = document.begin(); heading.isValid() && !moved;
             heading = heading.next()) {
            const QTextBlockFormat format = heading.blockFormat();
            if (format.headingLevel() == 0 ||
                (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            QTextBlock next = heading.next();
            for (int k = 0; next.isValid() && k < kLookAhead; ++k, next = next.next()) {
                if (next.blockFormat().headingLevel() > 0)
                    break;
                if (!QTextCursor(next).currentTable() && !holdsImage(next))
                    continue;
                if (pageOf(next) > pageOf(heading)) {
                    QTextBlockFormat breaking = format;
                    breaking.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    QTextCursor(heading).setBlockFormat(breaking);
                    moved = true;
                }
                break;
            }
        }
        if (!moved)
            return;
    }
}

} // namespace

QString PdfReportExporter::write(const io::ExportInput &input, const io::ExportOptions &options,
                                 QIODevice &out, const io::ExportProgress &progress) const
{
    const Content content = reportContent(input);

    QPdfWriter pdf(&out);
    pdf.setResolution(kDpi);
    pdf.setTitle(QCoreApplication::translate("Render", "%1: design report").arg(content.title));
    pdf.setCreator(QStringLiteral("ArchStudio"));
    pdf.setPageLayout(layout(options, QPageLayout::Portrait));
    const QRectF portrait = paintRect(pdf);

    // The sections, laid out first so the page count is known for the footers.
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&pdf);
    document.setDefaultFont(font(9.5));
    document.setDefaultStyleSheet(QString::fromLatin1(kTextDocumentCss));
    QHash<QString, QString> images;
    for (const Section &section : content.sections) {
        for (const QString &chart : section.charts) {
            const QString name = QStringLiteral("chart://") + chart;
            document.addResource(QTextDocument::ImageResource, QUrl(name),
                                 chartImage(chart, input, content, 3.0));
            images.insert(chart, name);
        }
    }
    document.setHtml(reportHtml(content, input, HtmlFlavour::TextDocument, images));
    const QRectF textBody = portrait.adjusted(0, kHeaderHeight, 0, -kFooterHeight);
    document.setPageSize(textBody.size());
    keepHeadingsWithContent(document);
    const int textPages = document.pageCount();
    const int pages = 2 + textPages;

    QPainter painter;
    if (!painter.begin(&pdf))
        return QCoreApplication::translate("Render", "cannot start the PDF");
    painter.setRenderHint(QPainter::Antialiasing);
    paintTitlePage(painter, portrait, content, input);

    // The diagram's page turns to fit the diagram's shape.
    const QRectF diagramBounds = DiagramRenderer(input, {}).bounds();
    pdf.setPageLayout(layout(options, diagramBounds.width() >= diagramBounds.height()
                                          ? QPageLayout::Landscape
                                          : QPageLayout::Portrait));
    pdf.newPage();
    const QRectF landscape = paintRect(pdf);
    const QRectF diagramBody = paintFrame(painter, landscape, input, content.title, 2, pages);
    if (!paintDiagramPage(painter, diagramBody, input, options, progress)) {
        painter.end();
        return io::exportCancelledMessage();
    }

    pdf.setPageLayout(layout(options, QPageLayout::Portrait));
    const qreal height = textBody.height();
    for (int page = 0; page < textPages; ++page) {
        if (progress && !progress(page, textPages)) {
            painter.end();
            return io::exportCancelledMessage();
        }
        pdf.newPage();
        paintFrame(painter, portrait, input, content.title, 3 + page, pages);
        painter.save();
        painter.translate(textBody.left(), textBody.top() - page * height);
        const QRectF clip(0, page * height, textBody.width(), height);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, kInk);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return {};
}

} // namespace archstudio::render::report
