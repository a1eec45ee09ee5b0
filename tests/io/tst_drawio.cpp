// draw.io export and import: what ArchStudio writes reads back as the same design, its
// structure matches a reviewed golden file, and hostile or foreign files are refused clearly.
#include "core/engine/kindset.h"
#include "core/io/designfile.h"
#include "core/io/drawioreader.h"
#include "core/io/drawiowriter.h"
#include "support/testkinds.h"

#include "core/catalog/catalogfile.h"
#include "core/render/exportformats.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace archstudio;

namespace {

const QString kSample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json");
const QString kGolden = QStringLiteral(ARCHSTUDIO_TEST_DATA "/export/global-storefront.drawio.txt");

io::ExportInput sampleInput()
{
    const io::LoadResult loaded = io::loadDesignFile(kSample, test::loadOptions());
    if (!loaded.file)
        qFatal("the sample does not load");
    return render::makeExportInput(loaded.file->design, test::kinds()->catalog(), test::kinds());
}

QByteArray drawio(const io::ExportInput &input)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString error = io::DrawioExporter().write(input, {}, buffer, {});
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return buffer.data();
}

/// One line per cell: id, parent, role, and the shape of its style, in file order. What
/// diagrams.net needs to show containers and AWS shapes, without coordinates or figures.
QString structure(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QStringList lines;
    QString role, id;
    static const QRegularExpression shape(
        QStringLiteral("(?:^|;)(shape=[^;]+|text|edgeStyle=[^;]+)"));
    static const QRegularExpression icon(QStringLiteral("(?:resIcon|grIcon)=([^;]+)"));
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.name() == QLatin1String("object")) {
            role = a.value(QLatin1String("archstudio")).toString();
            id = a.value(QLatin1String("id")).toString();
        } else if (reader.name() == QLatin1String("mxCell")) {
            const QString style = a.value(QLatin1String("style")).toString();
            QString line = QStringLiteral("%1 parent=%2 role=%3")
                               .arg(id.isEmpty() ? a.value(QLatin1String("id")).toString() : id,
                                    a.value(QLatin1String("parent")).toString(), role);
            if (const auto m = shape.match(style); m.hasMatch())
                line += QLatin1Char(' ') + m.captured(1);
            if (const auto m = icon.match(style); m.hasMatch())
                line += QLatin1Char(' ') + m.captured(1);
            if (a.value(QLatin1String("edge")) == QLatin1String("1"))
                line += QStringLiteral(" %1->%2").arg(a.value(QLatin1String("source")).toString(),
                                                      a.value(QLatin1String("target")).toString());
            lines << line;
            role.clear();
            id.clear();
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

class TestDrawio : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsTheSample()
    {
        const io::ExportInput input = sampleInput();
        const io::LoadResult back = io::loadDrawio(drawio(input));
        for (const model::Problem &p : back.problems)
            qWarning("%s", qPrintable(p.toString()));
        QVERIFY(back.file);
        QCOMPARE(back.file->container, io::Container::Drawio);
        const model::Design &read = back.file->design;
        const model::Design &written = input.design;
        QCOMPARE(read.name, written.name);
        QCOMPARE(read.description, written.description);
        QCOMPARE(read.catalog, written.catalog);
        QCOMPARE(read.catalogOverrides, written.catalogOverrides);
        QCOMPARE(read.regions, written.regions);
        QCOMPARE(read.components.size(), written.components.size());
        for (qsizetype i = 0; i < written.components.size(); ++i) {
            const model::Component &a = read.components.at(i);
            const model::Component &b = written.components.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.placement, b.placement);
            QCOMPARE(a.properties, b.properties);
        }
        QCOMPARE(read.links, written.links);
        QCOMPARE(read.layout, written.layout);
        QCOMPARE(read.notes, written.notes);

        // The reader used to write the design it built as design.json and load that; it now
        // checks the design it built. Both give the same design and the same problems when
        // that round trip changes nothing.
        const io::LoadResult viaJson = io::loadDesignJson(io::designJsonBytes(read));
        QVERIFY(viaJson.file);
        QCOMPARE(io::designJsonBytes(read), io::designJsonBytes(viaJson.file->design));
        QVERIFY(read == viaJson.file->design);
        QCOMPARE(back.problems, viaJson.problems);
    }

    void structureMatchesTheGolden()
    {
        const QString actual = structure(drawio(sampleInput()));
        QFile golden(kGolden);
        if (qEnvironmentVariableIsSet("ARCHSTUDIO_UPDATE_GOLDENS")) {
            QVERIFY(golden.open(QIODevice::WriteOnly));
            golden.write(actual.toUtf8());
            return;
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(kGolden));
        QCOMPARE(actual, QString::fromUtf8(golden.readAll()));
    }

    void everyKindHasAnAws4Shape()
    {
        const QByteArray xml = drawio(sampleInput());
        for (const model::KindSchema &kind : test::kinds()->schemas().schemas()) {
            QVERIFY2(kind.drawioStyle.contains(QLatin1String("mxgraph.aws4.")),
                     qPrintable(kind.kind));
        }
        QVERIFY(xml.contains("grIcon=mxgraph.aws4.group_region"));
        QVERIFY(xml.contains("container=1"));
    }

    void figuresAreCustomProperties()
    {
        const io::ExportInput input = sampleInput();
        const QString xml = QString::fromUtf8(drawio(input));
        // Every priced component carries its monthly cost, as the engine computed it.
        for (const engine::ComponentResult &r : input.evaluation.components) {
            if (!r.evaluated)
                continue;
            const QRegularExpression cost(
                QStringLiteral("componentId=\"%1\"[^>]*monthlyCostUsd=\"([0-9.]+)\"")
                    .arg(QRegularExpression::escape(r.id.value())));
            const QRegularExpressionMatch m = cost.match(xml);
            QVERIFY2(m.hasMatch(), qPrintable(r.id.value()));
            QVERIFY(qAbs(m.captured(1).toDouble() - r.monthlyCostUsd) < 0.006);
            if (r.rtoSeconds)
                QVERIFY(xml.contains(QStringLiteral("rtoSeconds=")));
        }
    }

    void positionsFollowShapesMovedInDrawio()
    {
        const io::ExportInput input = sampleInput();
        const model::Component &first = input.design.components.first();
        QString xml = QString::fromUtf8(drawio(input));
        // Move the first component's shape 100 to the right, as a drag in diagrams.net does.
        const qsizetype cell =
            xml.indexOf(QStringLiteral("id=\"component:%1\"").arg(first.id.value()));
        QVERIFY(cell > 0);
        const QRegularExpression geometryX(QStringLiteral("<mxGeometry x=\"([-0-9.]+)\""));
        const QRegularExpressionMatch m = geometryX.match(xml, cell);
        QVERIFY(m.hasMatch());
        xml.replace(m.capturedStart(1), m.capturedLength(1),
                    QString::number(m.captured(1).toDouble() + 100));
        const io::LoadResult back = io::loadDrawio(xml.toUtf8());
        QVERIFY(back.file);
        QCOMPARE(back.file->design.layout.componentPositions.value(first.id),
                 input.design.layout.componentPositions.value(first.id) + QPointF(100, 0));
    }

    // diagrams.net saves pages compressed unless told not to: base64 of raw deflate of the
    // URI-encoded model. An export saved that way reads as the same design.
    void readsCompressedExports()
    {
        const QByteArray plain = drawio(sampleInput());
        const qsizetype start = plain.indexOf("<mxGraphModel");
        const qsizetype end =
            plain.indexOf("</mxGraphModel>") + qsizetype(strlen("</mxGraphModel>"));
        QVERIFY(start > 0 && end > start);
        const QByteArray model = plain.mid(start, end - start);
        // qCompress: a 4-byte length and a zlib stream (2 header bytes, raw deflate, 4 bytes
        // of checksum).
        const QByteArray zlib = qCompress(QUrl::toPercentEncoding(QString::fromUtf8(model)), 9);
        const QByteArray deflated = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
        QByteArray packed = plain;
        packed.replace(start, end - start, deflated.toBase64());
        QVERIFY(!packed.contains("<mxGraphModel"));
        const io::LoadResult a = io::loadDrawio(plain, test::loadOptions());
        const io::LoadResult b = io::loadDrawio(packed, test::loadOptions());
        QVERIFY(a.file && b.file);
        QVERIFY(a.file->design == b.file->design);
        QCOMPARE(a.problems, b.problems);
        // A page that inflates beyond the limit is refused, not inflated without end.
        io::LoadOptions small = test::loadOptions();
        small.limits.maxUncompressedBytes = 1024 * 1024;
        const QByteArray bomb =
            "<mxfile><diagram>" +
            qCompress(QByteArray(8 * 1024 * 1024, 'a'), 9).mid(6).chopped(4).toBase64() +
            "</diagram></mxfile>";
        const io::LoadResult refused = io::loadDrawio(bomb, small);
        QVERIFY(!refused.file);
        QVERIFY2(refused.problems.value(0).message.contains("inflates to more than 1 MiB"),
                 qPrintable(refused.problems.value(0).message));
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message");
        QTest::newRow("not xml") << QByteArray("<mxfile><diagram>")
                                 << QStringLiteral("not valid XML");
        // Compressed pages are read (readsCompressedExports); one that does not inflate is not.
        QTest::newRow("corrupt compressed page")
            << QByteArray(
                   "<mxfile><diagram "
                   "id=\"x\">"
                   "7VnbcpswEP0aP3YGJGzj1zhx2kxnmpl0pu2jArJRKxBFcuzk6ytAMjaCxEncpCb1iwWru85ZrQQDuog"
                   "3HzlJo88spHQA/"
                   "HAzgCcDAMDEB+pPaG4KzdgLCsWckxAF2liumJ31kTwrtmIhlXqVglSESC0bhx02iwMWS0s3Y4xgZk1+"
                   "f+Pvfp1s/zP6+uaAb49/Ya94/"
                   "36Zfbb+e47dFLc+9VQCQ5J2yI8wjWHFzp6sDjsmdS1XX1o0cIsnWY2xkoQmQr9ivL3fL7/"
                   "oTaNkR+hj6TbZsq3iH2u5nvCu1Y5xIXOz2bTofLzaOjR7ZB+48+Y9WrUFWtWYrY+"
                   "d1DnFvFOsNPmC1uhzZVfeWKEcymIf6VSY2qn53ycuW/"
                   "+Jt9vYvmHnXxWZnC+bWzo1TzPC2P0bNdbvbp+UC8a+lC8NJJ1aGsz68o7l3V1+"
                   "FeIXjN1aHkQYk5l9qMHpYaozFk8mjpXqG3CtFOhqbzT5VkWaNnc0fJrmPwv6G+8oXCqHTY8gPJX7h+"
                   "bf+WH6r3dq7kOIbJ3B27pmbpZC3NtxDf1/"
                   "zmI2Wp9zIT4uMMdSYJq5uOmIYIW5xQa4DTvOmqfl5XuKiUA6TeOmtl2Lm9f4+7fzfJ7l/bp4e4/"
                   "xm5fbW2M/0Xa4/b/8V7u/6J3e47+O7fXxw/1q9t+X9XfP+9wpOF/8A</diagram></mxfile>")
            << QStringLiteral("compressed");
        QTest::newRow("not archstudio")
            << QByteArray("<mxfile><diagram><mxGraphModel><root><mxCell id=\"0\"/><mxCell "
                          "id=\"1\" parent=\"0\"/></root></mxGraphModel></diagram></mxfile>")
            << QStringLiteral("not written by ArchStudio");
        QTest::newRow("no model") << QByteArray("<svg/>") << QStringLiteral("no mxGraphModel");
        QTest::newRow("parent cycle")
            << QByteArray(
                   "<mxfile><diagram><mxGraphModel><root><object id=\"0\" archstudio=\"design\">"
                   "<mxCell/></object><mxCell id=\"1\" parent=\"0\"/>"
                   "<object id=\"r\" archstudio=\"region\" code=\"us-east-1\"><mxCell vertex=\"1\" "
                   "parent=\"z\"><mxGeometry as=\"geometry\"/></mxCell></object>"
                   "<object id=\"z\" archstudio=\"zone\" code=\"us-east-1a\"><mxCell vertex=\"1\" "
                   "parent=\"r\"><mxGeometry as=\"geometry\"/></mxCell></object>"
                   "</root></mxGraphModel></diagram></mxfile>")
            << QStringLiteral("cycle");
        QTest::newRow("bad properties")
            << QByteArray(
                   "<mxfile><diagram><mxGraphModel><root><object id=\"0\" archstudio=\"design\">"
                   "<mxCell/></object><mxCell id=\"1\" parent=\"0\"/>"
                   "<object id=\"c\" archstudio=\"component\" componentId=\"db\" kind=\"rds\" "
                   "properties=\"{oops\"><mxCell vertex=\"1\" parent=\"1\"><mxGeometry "
                   "as=\"geometry\"/></mxCell></object></root></mxGraphModel></diagram></mxfile>")
            << QStringLiteral("cell c (line 1): properties");
        // What design.json cannot hold is refused as the design.json reader refuses it.
        const QByteArray head =
            "<mxfile><diagram><mxGraphModel><root><object id=\"0\" archstudio=\"design\">"
            "<mxCell/></object><mxCell id=\"1\" parent=\"0\"/>";
        const QByteArray tail = "</root></mxGraphModel></diagram></mxfile>";
        const auto component = [](const char *id, const char *geometry) {
            return QByteArray("<object id=\"") + id + "\" archstudio=\"component\" componentId=\"" +
                   id + "\" kind=\"workload\" region=\"us-east-1\"><mxCell vertex=\"1\" " +
                   "parent=\"1\"><mxGeometry " + geometry + " as=\"geometry\"/></mxCell></object>";
        };
        QTest::newRow("negative frame")
            << head +
                   "<object id=\"r\" archstudio=\"region\" code=\"us-east-1\"><mxCell "
                   "vertex=\"1\" parent=\"1\"><mxGeometry width=\"-5\" height=\"10\" "
                   "as=\"geometry\"/></mxCell></object>" +
                   tail
            << QStringLiteral("cell r (line 1): negative width or height");
        QTest::newRow("position not a number")
            << head + component("c", "x=\"nan\"") + tail
            << QStringLiteral("cell c (line 1): its position or size is not a finite number");
        QTest::newRow("position too large")
            << head + component("c", "x=\"1e999\"") + tail
            << QStringLiteral("cell c (line 1): its position or size is not a finite number");
        QTest::newRow("note not a number")
            << head +
                   "<object id=\"n\" archstudio=\"note\" text=\"hi\"><mxCell vertex=\"1\" "
                   "parent=\"1\"><mxGeometry y=\"nan\" as=\"geometry\"/></mxCell></object>" +
                   tail
            << QStringLiteral("cell n (line 1): its position or size is not a finite number");
        QTest::newRow("read share not a number")
            << head + component("a", "") + component("b", "") +
                   "<object id=\"l\" archstudio=\"link\" traffic=\"reads\" readShare=\"nan\">"
                   "<mxCell edge=\"1\" source=\"a\" target=\"b\" parent=\"1\"/></object>" +
                   tail
            << QStringLiteral("cell l (line 1): readShare: expected a number, got \"nan\"");
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        const io::LoadResult result = io::loadDrawio(xml);
        QVERIFY(!result.file);
        QStringList messages;
        for (const model::Problem &p : result.problems)
            messages << p.toString();
        QVERIFY2(messages.join(QLatin1Char('\n')).contains(message),
                 qPrintable(messages.join(QLatin1Char('\n'))));
    }

    void componentLimitIsEnforced()
    {
        const io::ExportInput input = sampleInput();
        const QByteArray xml = drawio(input);
        io::LoadOptions options = test::loadOptions();
        options.limits.maxComponents = input.design.components.size() - 1;
        // The limit on cells alone would let the file in.
        QVERIFY(xml.count("<mxCell") <= options.limits.maxDrawioCells());
        const io::LoadResult result = io::loadDrawio(xml, options);
        QVERIFY(!result.file);
        QCOMPARE(result.problems.value(0).path, QStringLiteral("components"));
        QCOMPARE(result.problems.value(0).message,
                 QStringLiteral("%1 components is more than the limit of %2")
                     .arg(input.design.components.size())
                     .arg(options.limits.maxComponents));
    }

    void loadDesignFileOpensDrawioByContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("named-like-json.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(drawio(sampleInput()));
        file.close();
        const io::LoadResult loaded = io::loadDesignFile(path, test::loadOptions());
        QVERIFY(loaded.file);
        QCOMPARE(loaded.file->design.name, QStringLiteral("Global storefront"));
        // A design is never saved over a draw.io file.
        const QString drawioPath = dir.filePath(QStringLiteral("d.drawio"));
        QVERIFY(!io::saveDesignFile(drawioPath, *loaded.file).isEmpty());
        QVERIFY(!QFile::exists(drawioPath));
    }

    // What ArchStudio writes, it reads (issue 20, F6: a 100,000-component design exported to
    // 111 MB that the reader refused). The limits are lowered to the sample's own size, so
    // the check runs on a small design: at the limit both sides accept the file, one below
    // both refuse it, and the writer says so at export time with nothing written.
    void anExportTheReaderWouldRefuseIsRefused_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::newRow("bytes") << QStringLiteral("bytes");
        QTest::newRow("cells") << QStringLiteral("cells");
    }

    void anExportTheReaderWouldRefuseIsRefused()
    {
        QFETCH(QString, limit);
        io::ExportInput input = sampleInput();
        // Notes are cells but not components: enough of them make more cells than the
        // reader allows for the design's components.
        for (int i = 0; i < 4 * input.design.components.size(); ++i) {
            model::Note note;
            note.text = QStringLiteral("note %1").arg(i);
            note.at = QPointF(0, 100.0 * i);
            input.design.notes.append(note);
        }
        const QByteArray full = drawio(input);
        const qsizetype cells = full.count("<mxCell");
        io::Limits fits;
        io::Limits tooSmall;
        if (limit == QLatin1String("bytes")) {
            fits.maxUncompressedBytes = full.size();
            tooSmall.maxUncompressedBytes = full.size() - 1;
        } else {
            fits.maxComponents = (cells + 3) / 4; // room for at least `cells` cells
            tooSmall.maxComponents = (cells - 1) / 4;
            QVERIFY(tooSmall.maxDrawioCells() < cells && fits.maxDrawioCells() >= cells);
            QVERIFY(fits.maxComponents >= input.design.components.size());
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("design.drawio"));
        const io::DrawioExporter fitting(fits);
        QCOMPARE(io::exportToFile(fitting, input, {}, path), QString());
        QCOMPARE(readFile(path), full);
        QVERIFY(io::loadDesignFile(path, {fits}).file);
        // The reader with the lower limit refuses this very file...
        QVERIFY(!io::loadDesignFile(path, {tooSmall}).file);
        // ...so the writer with that limit refuses to write it, and the old file stays.
        const io::DrawioExporter refusing(tooSmall);
        const QString error = io::exportToFile(refusing, input, {}, path);
        QVERIFY2(error.contains(QStringLiteral("more than ArchStudio can read back")),
                 qPrintable(error));
        QVERIFY(error.contains(
            limit == QLatin1String("bytes")
                ? QStringLiteral("more than %L1 bytes").arg(full.size() - 1)
                : QStringLiteral("more than %L1 cells").arg(tooSmall.maxDrawioCells())));
        QCOMPARE(readFile(path), full);
    }

    void theWriterUsesTheReadersLimits()
    {
        const io::LoadOptions reader = test::loadOptions();
        QCOMPARE(io::DrawioExporter().limits().maxUncompressedBytes,
                 reader.limits.maxUncompressedBytes);
        QCOMPARE(io::DrawioExporter().limits().maxDrawioCells(), reader.limits.maxDrawioCells());
    }

private:
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestDrawio)
#include "tst_drawio.moc"
