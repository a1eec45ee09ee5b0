#include "reporthtml.h"

#include "core/render/diagramrenderer.h"
#include "core/render/diagramtitle.h"
#include "core/render/imageexporters.h"
#include "reportcharts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>

namespace archstudio::render::report {

namespace {

/// Above this many components the HTML report shows the diagram as a PNG of
/// kLargeDiagramSide pixels on its longer side instead of an SVG.
constexpr qsizetype kMaxSvgDiagramComponents = 2000;
constexpr double kLargeDiagramSide = 3000.0;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *const kBrowserCss = R"(
body { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: #1A202C;
       max-width: 1100px; margin: 0 auto; padding: 32px; line-height: 1.45; }
header.title { border-bottom: 3px solid #2E6FD9; padding-bottom: 16px; margin-bottom: 24px; }
header.title h1 { font-size: 30px; margin: 0 0 6px 0; }
header.title p { color: #4A5568; margin: 4px 0; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 18px 0; }
.figure { border: 1px solid #CBD5E0; border-radius: 8px; padding: 10px 16px; min-width: 180px; }
.figure .label { color: #718096; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.figure .value { font-size: 22px; font-weight: 600; }
h2 { font-size: 22px; border-bottom: 1px solid #CBD5E0; padding-bottom: 4px; margin-top: 36px; }
h3 { font-size: 16px; color: #2D3748; margin-top: 22px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0 4px 0; }
th { text-align: left; background: #EDF2F7; border-bottom: 2px solid #A0AEC0; padding: 6px 8px; }
td { border-bottom: 1px solid #E2E8F0; padding: 5px 8px; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.total td { font-weight: 600; border-top: 2px solid #A0AEC0; }
p.footnote { color: #718096; font-size: 12px; }
figure { margin: 16px 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #E2E8F0; }
figcaption { color: #718096; font-size: 12px; }
footer { margin-top: 40px; color: #718096; font-size: 12px; border-top: 1px solid #CBD5E0;
         padding-top: 8px; }
td.short { white-space: nowrap; }
@media print {
  @page { margin: 16mm 14mm; }
  body { max-width: none; padding: 0; }
  .newpage { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, figure, .figure { break-inside: avoid; }
  thead { display: table-header-group; }
  figure img { border: none; }
}
)";

/// Cells this short stay on one line: codes, dates and names are not broken at a hyphen
/// ("us-east-" / "1a"); longer text wraps.
constexpr qsizetype kShortCell = 24;

QString table(const Table &t, HtmlFlavour flavour)
{
    const bool doc = flavour == HtmlFlavour::TextDocument;
    QString html = doc ? QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                                        "class=\"data\">")
                       : QStringLiteral("<table>");
    html += QStringLiteral("<thead><tr>");
    for (qsizetype c = 0; c < t.headers.size(); ++c) {
        const bool numeric = t.numeric.value(c);
        html += doc ? QStringLiteral("<th align=\"%1\" bgcolor=\"#EDF2F7\">%2</th>")
                          .arg(numeric ? QStringLiteral("right") : QStringLiteral("left"),
                               esc(t.headers.at(c)))
                    : QStringLiteral("<th%1>%2</th>")
                          .arg(numeric ? QStringLiteral(" class=\"num\"") : QString(),
                               esc(t.headers.at(c)));
    }
    html += QStringLiteral("</tr></thead><tbody>");
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const bool total = t.emphasised.contains(int(r));
        html += total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        const QStringList &row = t.rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool numeric = t.numeric.value(c);
            QString cell = esc(row.at(c));
            if (total && doc)
                cell = QStringLiteral("<b>%1</b>").arg(cell);
            const QString browserClass = numeric ? QStringLiteral(" class=\"num\"")
                                         : row.at(c).size() <= kShortCell
                                             ? QStringLiteral(" class=\"short\"")
                                             : QString();
            html += doc ? QStringLiteral("<td align=\"%1\"%2%4>%3</td>")
                              .arg(numeric ? QStringLiteral("right") : QStringLiteral("left"),
                                   total ? QStringLiteral(" bgcolor=\"#F7FAFC\"") : QString(), cell,
                                   numeric ? QStringLiteral(" class=\"num\"") : QString())
                        : QStringLiteral("<td%1>%2</td>").arg(browserClass, cell);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    if (!t.footnote.isEmpty())
        html += QStringLiteral("<p class=\"footnote\">%1</p>").arg(esc(t.footnote));
    return html;
}

/// An image; in the browser a figure, captioned unless the picture carries its own title
/// (the charts).
QString image(const QString &source, const QString &caption, const QSizeF &size,
              HtmlFlavour flavour, bool withCaption = true)
{
    if (flavour == HtmlFlavour::TextDocument)
        return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\" "
                              "/></p>")
            .arg(esc(source))
            .arg(qRound(size.width()))
            .arg(qRound(size.height()));
    QString html = QStringLiteral("<figure><img src=\"%1\" alt=\"%2\" width=\"%3\" />")
                       .arg(esc(source), esc(caption), QString::number(qRound(size.width())));
    if (withCaption)
        html += QStringLiteral("<figcaption>%1</figcaption>").arg(esc(caption));
    return html + QStringLiteral("</figure>");
}

QString dataUrl(const QByteArray &bytes, const char *mime)
{
    return QStringLiteral("data:%1;base64,%2")
        .arg(QLatin1String(mime), QString::fromLatin1(bytes.toBase64()));
}

} // namespace

QString reportHtml(const Content &content, const io::ExportInput &input, HtmlFlavour flavour,
                   const QHash<QString, QString> &images)
{
    const bool browser = flavour == HtmlFlavour::Browser;
    QString html;
    if (browser) {
        html += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                               "lang=\"en\"><head><meta charset=\"utf-8\" />"
                               "<meta name=\"generator\" content=\"ArchStudio\" />"
                               "<title>%1</title><style>%2</style></head><body>")
                    .arg(esc(content.title), QString::fromLatin1(kBrowserCss));
        html += QStringLiteral("<header class=\"title\"><h1>%1</h1>").arg(esc(content.title));
        if (!content.subtitle.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(content.subtitle));
        html += QStringLiteral("<p>%1 · %2</p>")
                    .arg(QCoreApplication::translate("Render", "Design report"),
                         input.date.toString(Qt::ISODate));
        html += QStringLiteral("<div class=\"figures\">");
        for (qsizetype i = 0; i + 1 < content.keyFigures.size(); i += 2)
            html += QStringLiteral("<div class=\"figure\"><div class=\"label\">%1</div>"
                                   "<div class=\"value\">%2</div></div>")
                        .arg(esc(content.keyFigures.at(i)), esc(content.keyFigures.at(i + 1)));
        html += QStringLiteral("</div></header>");
        if (images.contains(QStringLiteral("diagram")))
            html += QStringLiteral("<h2 class=\"newpage\">%1</h2>")
                        .arg(QCoreApplication::translate("Render", "Diagram")) +
                    image(images.value(QStringLiteral("diagram")), diagramCaption(input),
                          QSizeF(1036, 0), flavour);
    }
    for (qsizetype s = 0; s < content.sections.size(); ++s) {
        const Section &section = content.sections.at(s);
        // Printed, a section starts a page unless the content says it follows on.
        html += browser
                    ? QStringLiteral("<section%1><h2>%2</h2>")
                          .arg(section.newPage ? QStringLiteral(" class=\"newpage\"") : QString(),
                               esc(section.title))
                    : QStringLiteral("<h1%1>%2</h1>")
                          .arg(s > 0 && section.newPage
                                   ? QStringLiteral(" style=\"page-break-before: always\"")
                                   : QString(),
                               esc(section.title));
        for (const QString &p : section.paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(esc(p));
        for (const QString &chart : section.charts) {
            if (images.contains(chart))
                html += image(images.value(chart), chartTitle(chart), chartSize(chart, input),
                              flavour, false);
        }
        for (const auto &[heading, t] : section.tables) {
            if (!heading.isEmpty())
                html +=
                    browser
                        ? QStringLiteral("<h3%1>%2</h3>")
                              .arg(t.startsPage ? QStringLiteral(" class=\"newpage\"") : QString(),
                                   esc(heading))
                        : QStringLiteral("<h2%1>%2</h2>")
                              .arg(t.startsPage
                                       ? QStringLiteral(" style=\"page-break-before: always\"")
                                       : QString(),
                                   esc(heading));
            html += table(t, flavour);
        }
        if (browser)
            html += QStringLiteral("</section>");
    }
    if (browser)
        html += QStringLiteral("<footer>%1</footer></body></html>\n")
                    .arg(esc(QCoreApplication::translate(
                                 "Render", "Prepared with ArchStudio on %1. Figures are estimates "
                                           "from the catalog named above.")
                                 .arg(input.date.toString(Qt::ISODate))));
    return html;
}

QString HtmlReportExporter::write(const io::ExportInput &input, const io::ExportOptions &options,
                                  QIODevice &out, const io::ExportProgress &progress) const
{
    const Content content = reportContent(input);
    QHash<QString, QString> images;
    QBuffer diagram;
    diagram.open(QIODevice::WriteOnly);
    io::ExportOptions diagramOptions = options;
    diagramOptions.only.clear();
    diagramOptions.transparentBackground = false;
    // Vector for designs a reader zooms into; a picture for very large ones, whose SVG (an
    // icon embedded per card) would make a page of a hundred megabytes.
    const bool vector = input.design.components.size() <= kMaxSvgDiagramComponents;
    if (!vector) {
        const QRectF bounds = DiagramRenderer(input, diagramOptions).bounds();
        diagramOptions.scale = kLargeDiagramSide / std::max(bounds.width(), bounds.height());
    }
    const QString error = vector ? SvgExporter().write(input, diagramOptions, diagram, progress)
                                 : PngExporter().write(input, diagramOptions, diagram, progress);
    if (!error.isEmpty())
        return error;
    images.insert(QStringLiteral("diagram"),
                  dataUrl(diagram.data(), vector ? "image/svg+xml" : "image/png"));
    for (const Section &section : content.sections) {
        for (const QString &chart : section.charts) {
            QBuffer png;
            png.open(QIODevice::WriteOnly);
            QImageWriter(&png, "png").write(chartImage(chart, input, content, 2.0));
            images.insert(chart, dataUrl(png.data(), "image/png"));
        }
    }
    const QByteArray bytes = reportHtml(content, input, HtmlFlavour::Browser, images).toUtf8();
    if (out.write(bytes) != bytes.size())
        return QCoreApplication::translate("Render", "cannot write: %1").arg(out.errorString());
    return {};
}

} // namespace archstudio::render::report
