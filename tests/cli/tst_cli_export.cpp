// archstudio export and archstudio report end to end: every output is read back by a tool
// that is not ArchStudio (poppler's pdfinfo/pdftotext, libxml2's xmllint, librsvg's
// rsvg-convert, Qt's image reader and a plain CSV split), and its figures are compared with
// what `archstudio evaluate --json` says. tools/setup.sh installs the tools.
#include "support/cliprocess.h"

#include "core/render/figureformat.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using archstudio::test::runArchstudio;
using Run = archstudio::test::CliRun;

const QString kSample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");

struct Tool
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Tool tool(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject evaluation()
{
    const Run run = runArchstudio({QStringLiteral("evaluate"), kSample, QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.outBytes).object();
}

/// "$12,345.67", as the report writes money.
QString usd(double value)
{
    return QStringLiteral("$") + QLocale(QLocale::English).toString(value, 'f', 2);
}

/// Share of pixels that are neither white nor transparent.
double inkShare(const QImage &image)
{
    qint64 ink = 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) > 0 &&
                (qRed(line[x]) < 250 || qGreen(line[x]) < 250 || qBlue(line[x]) < 250))
                ++ink;
        }
    }
    return double(ink) / (qint64(argb.width()) * argb.height());
}

/// Share of dark pixels: text and the badges under cards.
double darkShare(const QImage &image)
{
    qint64 dark = 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) > 0 && qGray(line[x]) < 128)
                ++dark;
        }
    }
    return double(dark) / (qint64(argb.width()) * argb.height());
}

QList<QStringList> csvRows(const QByteArray &bytes)
{
    // The writer quotes fields holding commas; this splitter honours quotes.
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        for (const char *program : {"pdfinfo", "pdftotext", "xmllint", "rsvg-convert"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: run tools/setup.sh")
                                    .arg(QLatin1String(program))));
        mEvaluation = evaluation();
        QVERIFY(mEvaluation.contains(QStringLiteral("totals")));
    }

    void pngIsScaledAndNotBlank()
    {
        const QString one = path("scale1.png");
        const QString two = path("scale2.png");
        QCOMPARE(exportTo(one, {"--scale", "1"}).exitCode, 0);
        QCOMPARE(exportTo(two, {"--scale", "2"}).exitCode, 0);
        const QImage a(one), b(two);
        QVERIFY(!a.isNull() && !b.isNull());
        QVERIFY(a.width() > 400 && a.height() > 300);
        QVERIFY(qAbs(b.width() - 2 * a.width()) <= 2);
        QVERIFY(qAbs(b.height() - 2 * a.height()) <= 2);
        QVERIFY2(inkShare(a) > 0.05, "the diagram is (nearly) blank");
        QCOMPARE(a.pixelColor(0, 0), QColor(Qt::white));
        // On white, the file carries no alpha channel (a quarter less to encode).
        QVERIFY(!a.hasAlphaChannel());
        // The file says how big it is meant to be: 96 dpi times the scale.
        QCOMPARE(qRound(b.dotsPerMeterX() * 0.0254), 192);
    }

    void pngCanBeTransparent()
    {
        const QString out = path("transparent.png");
        QCOMPARE(exportTo(out, {"--transparent"}).exitCode, 0);
        const QImage image(out);
        QVERIFY(image.hasAlphaChannel());
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    }

    void annotationsAndSelectionChangeThePicture()
    {
        const QString all = path("all.png"), bare = path("bare.png"), some = path("some.png");
        QCOMPARE(exportTo(all, {"--scale", "1"}).exitCode, 0);
        QCOMPARE(exportTo(bare, {"--scale", "1", "--no-annotations"}).exitCode, 0);
        QCOMPARE(exportTo(some, {"--scale", "1", "--only", "orders-db"}).exitCode, 0);
        QVERIFY(darkShare(QImage(bare)) < darkShare(QImage(all)));
        const QImage selection(some);
        QVERIFY(selection.width() < QImage(all).width() / 2);
        QVERIFY(inkShare(selection) > 0.05);
    }

    void svgIsValidVectorWithText()
    {
        const QString out = path("design.svg");
        QCOMPARE(exportTo(out).exitCode, 0);
        const Tool lint = tool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), out});
        QVERIFY2(lint.exitCode == 0, lint.err.constData());
        const QByteArray svg = readAll(out);
        QVERIFY(svg.contains("<text"));
        QVERIFY(svg.contains(">us-east-1a<"));
        const QString png = path("rsvg.png");
        const Tool render = tool(QStringLiteral("rsvg-convert"), {QStringLiteral("-o"), png, out});
        QVERIFY2(render.exitCode == 0, render.err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(inkShare(image) > 0.02, "rsvg-convert drew (nearly) nothing");
    }

    void pdfIsOnePageWithTheDesignsNames()
    {
        const QString out = path("diagram.pdf");
        QCOMPARE(exportTo(out, {"--page-size", "A3"}).exitCode, 0);
        const Tool info = tool(QStringLiteral("pdfinfo"), {out});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(QString::fromLatin1(info.out).contains(
            QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
        QVERIFY(info.out.contains("(A3)"));
        // The sample is taller than wide: the page turns to portrait unless told otherwise.
        QVERIFY2(pageIsPortrait(info.out), info.out.constData());
        const QString landscape = path("landscape.pdf");
        QCOMPARE(exportTo(landscape, {"--landscape"}).exitCode, 0);
        QVERIFY(!pageIsPortrait(tool(QStringLiteral("pdfinfo"), {landscape}).out));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("Global storefront")));
        QVERIFY(text.contains(QStringLiteral("eu-west-1a")));
    }

    void drawioIsWellFormedWithAwsShapes()
    {
        const QString out = path("design.drawio");
        QCOMPARE(exportTo(out).exitCode, 0);
        const Tool lint = tool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), out});
        QVERIFY2(lint.exitCode == 0, lint.err.constData());
        const QByteArray xml = readAll(out);
        QVERIFY(xml.contains("<mxfile"));
        QVERIFY(xml.contains("mxgraph.aws4.group_region"));
        QVERIFY(xml.contains("resIcon=mxgraph.aws4.rds"));
        // And it opens again as the same design.
        const Run validate = runArchstudio({QStringLiteral("validate"), out});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.err));
    }

    void csvTotalsEqualTheEvaluation()
    {
        const QString out = path("cost.csv");
        QCOMPARE(exportTo(out).exitCode, 0);
        const QList<QStringList> rows = csvRows(readAll(out));
        QVERIFY(rows.size() > 2);
        const QStringList header = rows.first();
        const qsizetype monthly = header.indexOf(QStringLiteral("monthlyUsd"));
        QVERIFY(monthly >= 0);
        for (const char *column :
             {"component", "kind", "region", "description", "quantity", "unit", "unitPriceUsd"})
            QVERIFY2(header.contains(QLatin1String(column)), column);
        double sum = 0;
        qsizetype lineItems = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), header.size());
            sum += row.at(monthly).toDouble();
            ++lineItems;
        }
        for (const QJsonValue &c : mEvaluation.value("components").toArray())
            lineItems -= c.toObject().value("lineItems").toArray().size();
        QCOMPARE(lineItems, 0);
        const double total =
            mEvaluation.value("totals").toObject().value("monthlyCostUsd").toDouble();
        QVERIFY2(qAbs(sum - total) < 0.005,
                 qPrintable(QStringLiteral("%1 != %2").arg(sum).arg(total)));
    }

    void jsonIsTheEvaluateContract()
    {
        const QString out = path("evaluation.json");
        QCOMPARE(exportTo(out).exitCode, 0);
        const Run evaluate =
            runArchstudio({QStringLiteral("evaluate"), kSample, QStringLiteral("--json")});
        QCOMPARE(readAll(out), evaluate.outBytes);
    }

    void markdownHasTablesWithTheTotal()
    {
        const QString out = path("summary.md");
        QCOMPARE(exportTo(out).exitCode, 0);
        const QString md = QString::fromUtf8(readAll(out));
        QVERIFY(md.startsWith(QStringLiteral("# Global storefront")));
        QVERIFY(md.contains(QStringLiteral("| --- |")) || md.contains(QStringLiteral("| ---: |")));
        QVERIFY(md.contains(usd(total())));
        QVERIFY(md.contains(QStringLiteral("## Failure scenarios")));
    }

    void htmlReportIsWellFormed()
    {
        for (const QString &command : {QStringLiteral("export"), QStringLiteral("report")}) {
            const QString out = path(command + QStringLiteral(".html"));
            const Run run = runArchstudio({command, kSample, QStringLiteral("-o"), out});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const Tool lint = tool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), out});
            QVERIFY2(lint.exitCode == 0, lint.err.constData());
            const QString html = QString::fromUtf8(readAll(out));
            QVERIFY(html.contains(QStringLiteral("<h1>Global storefront</h1>")));
            QVERIFY(html.contains(usd(total())));
            QVERIFY(html.contains(QStringLiteral("data:image/svg+xml;base64,")));
            if (command == QLatin1String("report")) {
                // The failure scenarios, as the simulator plays them.
                for (const char *cell : {"Zone and region loss, simulated",
                                         "Loss of region us-east-1", "Loss of AZ us-east-1a",
                                         "lost with the region", "standby in us-east-1b promoted"})
                    QVERIFY2(html.contains(QLatin1String(cell)), cell);
            }
        }
    }

    void reportComparesVariantsWhenThereAreSome()
    {
        const QString variants =
            QStringLiteral(ARCHSTUDIO_TEST_DATA "/variants/orders-two-variants.json");
        const QString out = path("variants.html");
        const Run run =
            runArchstudio({QStringLiteral("report"), variants, QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString html = QString::fromUtf8(readAll(out));
        QVERIFY(html.contains(QStringLiteral("Availability against cost")));
        QVERIFY(html.contains(QStringLiteral("Multi-AZ")));
        // A design of one variant has no such section.
        const QString single = path("single.html");
        QCOMPARE(runArchstudio({QStringLiteral("report"), kSample, QStringLiteral("-o"), single})
                     .exitCode,
                 0);
        QVERIFY(!QString::fromUtf8(readAll(single))
                     .contains(QStringLiteral("Availability against cost")));
    }

    /// A heading is never the last thing on a page: the variants' chart used to move to the
    /// next page and leave its heading and introduction behind.
    void pdfReportKeepsHeadingsWithTheirContent()
    {
        const QStringList headings{"Summary",
                                   "Cost",
                                   "By component",
                                   "Line items",
                                   "Workloads: latency and availability",
                                   "Failure scenarios",
                                   "Zone and region loss, simulated",
                                   "Recovery of each component",
                                   "Design review",
                                   "Availability against cost",
                                   "Assumptions and sources"};
        for (const QString &design :
             {kSample, QStringLiteral(ARCHSTUDIO_TEST_DATA "/variants/orders-two-variants.json")}) {
            const QString out = path("kept.pdf");
            const Run run =
                runArchstudio({QStringLiteral("report"), design, QStringLiteral("-o"), out});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QStringList pages = pdfText(out).split(QLatin1Char('\f'));
            int headingsSeen = 0;
            for (const QString &page : pages) {
                QStringList lines;
                for (const QString &line : page.split(QLatin1Char('\n'))) {
                    if (!line.trimmed().isEmpty())
                        lines << line.trimmed();
                }
                // Without the running header (title, date) and footer (page number).
                if (lines.size() < 3)
                    continue;
                for (qsizetype i = 1; i + 1 < lines.size(); ++i)
                    headingsSeen += headings.contains(lines.at(i)) ? 1 : 0;
                const QString last = lines.at(lines.size() - 2);
                QVERIFY2(!headings.contains(last),
                         qPrintable(design + ": a page ends with " + last));
                // The variants' heading shares its page with the chart and the table under it.
                if (lines.contains(QStringLiteral("Availability against cost")))
                    QVERIFY(page.contains(QStringLiteral("Availability (modelled)")));
            }
            QVERIFY(headingsSeen >= 8);
        }
    }

    void pdfReportIsMultiPageWithKeyFigures()
    {
        const QString out = path("report.pdf");
        const Run run =
            runArchstudio({QStringLiteral("report"), kSample, QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Tool info = tool(QStringLiteral("pdfinfo"), {out});
        QCOMPARE(info.exitCode, 0);
        const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        const int count = pages.match(QString::fromLatin1(info.out)).captured(1).toInt();
        QVERIFY2(count >= 5, info.out.constData());
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("Global storefront")));
        QVERIFY(text.contains(usd(total())));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(count)));
        for (const char *heading :
             {"Cost", "Line items", "Workloads: latency and availability", "Failure scenarios",
              "Zone and region loss, simulated", "Design review", "Assumptions and sources"})
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        // The simulated region loss (its cells' exact words are checked in the HTML report,
        // where pdftotext's line breaks inside "us-east-1" do not get in the way).
        QVERIFY(text.contains(QStringLiteral("lost with the region")));
        // Every workload's modelled availability, as evaluate computed it, is in the report.
        int workloads = 0;
        for (const QJsonValue &w : mEvaluation.value("workloads").toArray()) {
            for (const char *operation : {"read", "write"}) {
                const QJsonObject op = w.toObject().value(QLatin1String(operation)).toObject();
                if (op.isEmpty())
                    continue;
                const double modelled =
                    op.value("availability").toObject().value("modelled").toDouble();
                QVERIFY2(text.contains(archstudio::render::availabilityPercent(modelled)),
                         qPrintable(archstudio::render::availabilityPercent(modelled)));
                ++workloads;
            }
        }
        QVERIFY(workloads > 0);
    }

    void unknownSuffixIsRefusedWithTheKnownOnes()
    {
        const QString out = path("design.bmp");
        const Run run = exportTo(out);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral(".png .svg .pdf .drawio .csv .json .md .html")));
        QVERIFY(!QFile::exists(out));
        const Run report =
            runArchstudio({QStringLiteral("report"), kSample, QStringLiteral("-o"), path("r.md")});
        QCOMPARE(report.exitCode, 2);
        QVERIFY(report.err.contains(QStringLiteral(".pdf .html")));
    }

    void nothingIsWrittenOnFailure()
    {
        // A bad design: exit 1, and an existing output is left as it was.
        const QString out = path("kept.png");
        QFile keep(out);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("old contents");
        keep.close();
        const Run run =
            runArchstudio({QStringLiteral("export"),
                           QStringLiteral(ARCHSTUDIO_TEST_DATA "/malformed/bad-syntax.json"),
                           QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("bad-syntax.json")));
        QCOMPARE(readAll(out), QByteArray("old contents"));
        // An unknown component to show: exit 1, nothing written.
        const QString none = path("none.png");
        const Run only = exportTo(none, {"--only", "no-such-component"});
        QCOMPARE(only.exitCode, 1);
        QVERIFY(only.err.contains(QStringLiteral("no-such-component")));
        QVERIFY(!QFile::exists(none));
        // A folder that does not exist: exit 1, with the path in the message.
        const QString nowhere = path("missing-folder/x.csv");
        const Run missing = exportTo(nowhere);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(nowhere));
    }

    void wrongCommandLinesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no output") << QStringList{"export", kSample};
        QTest::newRow("no file") << QStringList{"export", "-o", "x.png"};
        QTest::newRow("bad scale") << QStringList{"export", kSample, "-o", "x.png", "--scale", "0"};
        QTest::newRow("bad page") << QStringList{"report", kSample,       "-o",
                                                 "x.pdf",  "--page-size", "B9"};
        QTest::newRow("diagram option on report")
            << QStringList{"report", kSample, "-o", "x.pdf", "--transparent"};
    }

    void wrongCommandLinesAreUsageErrors()
    {
        QFETCH(QStringList, args);
        const Run run = runArchstudio(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Usage:")));
    }

private:
    QString path(const QString &name) const { return mDir.filePath(name); }

    Run exportTo(const QString &out, const QStringList &extra = {}) const
    {
        return runArchstudio(
            QStringList{QStringLiteral("export"), kSample, QStringLiteral("-o"), out} + extra);
    }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString pdfText(const QString &pdf) const
    {
        const Tool text = tool(QStringLiteral("pdftotext"),
                               {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        return QString::fromUtf8(text.out);
    }

    static bool pageIsPortrait(const QByteArray &pdfinfo)
    {
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+)"))
                .match(QString::fromLatin1(pdfinfo));
        return size.hasMatch() && size.captured(1).toDouble() < size.captured(2).toDouble();
    }

    double total() const
    {
        return mEvaluation.value("totals").toObject().value("monthlyCostUsd").toDouble();
    }

    QTemporaryDir mDir;
    QJsonObject mEvaluation;
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
