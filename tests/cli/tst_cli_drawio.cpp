// archstudio export to .drawio, read back by diagrams.net's own code: tools/drawio-check
// decodes the file with jgraph's mxGraph library (mxCodec into an mxGraphModel, as
// diagrams.net opens a file) and prints the model it got. The designs' containers, shapes,
// links and figures are checked on that model, not on the XML ArchStudio wrote.
#include "support/cliprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

using archstudio::test::runArchstudio;

const QString kCheckerDir = QStringLiteral(ARCHSTUDIO_DRAWIO_CHECK);

// The draw.io names ArchStudio's styles use, each checked on 2026-11-26 against the public
// jgraph/drawio repository, where diagrams.net's own palettes use them:
// - shape=mxgraph.aws4.resourceIcon and mxgraph.aws4.group are shapes registered by
//   src/main/webapp/shapes/mxAWS4.js (commit 26a6b660b7c74ca3ab2ea8ad17d2cc409a3fee46);
// - resIcon ec2, rds, aurora, dynamodb, elasticache and the shapes rds_instance and
//   aurora_instance are entries of the AWS / Compute and AWS / Database palettes in
//   src/main/webapp/js/diagramly/sidebar/Sidebar-AWS4.js (commit
//   003149591ef1a573ae8f5ab518aa81e870ada759), stencils of src/main/webapp/stencils/aws4.xml;
// - grIcon group_region is the Region of AWS / Groups in Sidebar-AWS4.js, group_availability_zone
//   the Availability zone of AWS18 / Groups in Sidebar-AWS4b.js (commit
//   c56eddf83ba4bb34704fdeb0ec6ca8023711547d).
// A name missing from a stencil set draws nothing in diagrams.net and raises no error, so a
// new kind's shape must be looked up there and added here.
const QStringList kKnownShapes{
    QStringLiteral("mxgraph.aws4.resourceIcon"), QStringLiteral("mxgraph.aws4.group"),
    QStringLiteral("mxgraph.aws4.rds_instance"), QStringLiteral("mxgraph.aws4.aurora_instance")};
const QStringList kKnownResourceIcons{
    QStringLiteral("mxgraph.aws4.ec2"), QStringLiteral("mxgraph.aws4.rds"),
    QStringLiteral("mxgraph.aws4.aurora"), QStringLiteral("mxgraph.aws4.dynamodb"),
    QStringLiteral("mxgraph.aws4.elasticache")};
const QString kRegionIcon = QStringLiteral("mxgraph.aws4.group_region");
const QString kZoneIcon = QStringLiteral("mxgraph.aws4.group_availability_zone");

struct Checked
{
    int exitCode = -1;
    QJsonObject model;
    QString err;
};

QString nodeProgram()
{
    QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    return node;
}

Checked check(const QString &file)
{
    QProcess process;
    process.start(nodeProgram(), {kCheckerDir + QStringLiteral("/check.js"), file});
    if (!process.waitForFinished(120000))
        return {};
    Checked checked;
    checked.exitCode = process.exitCode();
    checked.model = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    checked.err = QString::fromUtf8(process.readAllStandardError());
    return checked;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QString errorsOf(const QJsonObject &model)
{
    return strings(model.value(QStringLiteral("errors"))).join(QLatin1Char('\n'));
}

/// diagrams.net's compressed <diagram>: the model's XML URI-encoded, raw-deflated, base64.
QByteArray compressed(const QByteArray &drawio)
{
    const qsizetype begin = drawio.indexOf("<mxGraphModel");
    const qsizetype end = drawio.indexOf("</mxGraphModel>") + qsizetype(strlen("</mxGraphModel>"));
    const QByteArray model = drawio.mid(begin, end - begin);
    // qCompress: a 4-byte length, then a zlib stream: 2 header bytes, raw deflate, 4 bytes
    // of Adler-32.
    const QByteArray zlib = qCompress(QUrl::toPercentEncoding(QString::fromUtf8(model)), 9);
    const QByteArray raw = zlib.mid(6, zlib.size() - 10);
    return drawio.left(begin) + raw.toBase64() + drawio.mid(end);
}

} // namespace

class TestCliDrawio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        // Never skipped: CI installs both (tools/setup.sh), so a missing one is a failure.
        QVERIFY2(!nodeProgram().isEmpty(),
                 "node is missing: install nodejs and npm (tools/setup.sh does)");
        QVERIFY2(QFileInfo::exists(kCheckerDir + QStringLiteral("/node_modules/mxgraph")) &&
                     QFileInfo::exists(kCheckerDir + QStringLiteral("/node_modules/jsdom")),
                 qPrintable(QStringLiteral("%1/node_modules is missing: run tools/setup.sh, or "
                                           "npm ci --no-audit --no-fund in that folder")
                                .arg(kCheckerDir)));
    }

    void decodesLikeDiagramsNet_data()
    {
        QTest::addColumn<QString>("design");
        QTest::addColumn<QString>("source");
        const QString sample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront");
        QTest::newRow("sample") << sample + QStringLiteral(".archstudio")
                                << sample + QStringLiteral(".json");
        // Designs without a layout: the export lays them out, frames for regions and zones.
        for (const char *name :
             {"simulation/rds-cross-region-replica", "simulation/aurora-with-replica",
              "simulation/dynamodb-global", "simulation/elasticache-with-replica"}) {
            const QString path =
                QStringLiteral(ARCHSTUDIO_TEST_DATA "/") + QLatin1String(name) + ".json";
            QTest::newRow(name) << path << path;
        }
    }

    void decodesLikeDiagramsNet()
    {
        QFETCH(QString, design);
        QFETCH(QString, source);
        const QJsonObject json = readJson(source);
        QVERIFY(!json.isEmpty());
        const QString out =
            mDir.filePath(QFileInfo(source).completeBaseName() + QStringLiteral(".drawio"));
        const auto exported =
            runArchstudio({QStringLiteral("export"), design, QStringLiteral("-o"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        const Checked checked = check(out);
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err + errorsOf(checked.model)));
        const QJsonObject model = checked.model;
        QVERIFY(model.value(QStringLiteral("errors")).toArray().isEmpty());
        QCOMPARE(model.value(QStringLiteral("diagrams")).toArray().size(), 1);
        QCOMPARE(model.value(QStringLiteral("root"))
                     .toObject()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 json.value(QStringLiteral("name")).toString());

        // Vertices by what they stand for: "region:CODE", "zone:CODE", "component:ID".
        QHash<QString, QJsonObject> byRole;
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : model.value(QStringLiteral("vertices")).toArray()) {
            const QJsonObject vertex = v.toObject();
            const QJsonObject a = vertex.value(QStringLiteral("attributes")).toObject();
            const QString role = a.value(QStringLiteral("archstudio")).toString();
            const QString key = role == QLatin1String("component")
                                    ? a.value(QStringLiteral("componentId")).toString()
                                    : a.value(QStringLiteral("code")).toString();
            byRole.insert(role + QLatin1Char(':') + key, vertex);
            byId.insert(vertex.value(QStringLiteral("id")).toString(), vertex);
        }
        const auto styleOf = [](const QJsonObject &vertex, const char *key) {
            return vertex.value(QStringLiteral("styleMap"))
                .toObject()
                .value(QLatin1String(key))
                .toString();
        };

        // Regions hold zones: both containers, region > zone.
        const QJsonArray regions = json.value(QStringLiteral("regions")).toArray();
        QVERIFY(!regions.isEmpty());
        QHash<QString, QString> regionOfZone;
        for (const QJsonValue &r : regions) {
            const QString code = r.toObject().value(QStringLiteral("code")).toString();
            const QJsonObject region = byRole.value(QStringLiteral("region:") + code);
            QVERIFY2(!region.isEmpty(), qPrintable(code));
            QVERIFY(region.value(QStringLiteral("container")).toBool());
            QCOMPARE(region.value(QStringLiteral("parent")).toString(), QStringLiteral("1"));
            QCOMPARE(styleOf(region, "shape"), QStringLiteral("mxgraph.aws4.group"));
            QCOMPARE(styleOf(region, "grIcon"), kRegionIcon);
            const QStringList zones = strings(r.toObject().value(QStringLiteral("zones")));
            QVERIFY(!zones.isEmpty());
            for (const QString &zoneCode : zones) {
                regionOfZone.insert(zoneCode, code);
                const QJsonObject zone = byRole.value(QStringLiteral("zone:") + zoneCode);
                QVERIFY2(!zone.isEmpty(), qPrintable(zoneCode));
                QVERIFY(zone.value(QStringLiteral("container")).toBool());
                QCOMPARE(zone.value(QStringLiteral("parent")).toString(),
                         region.value(QStringLiteral("id")).toString());
                QCOMPARE(styleOf(zone, "shape"), QStringLiteral("mxgraph.aws4.group"));
                QCOMPARE(styleOf(zone, "grIcon"), kZoneIcon);
            }
        }

        // Each component is a vertex in its zone's container (one zone) or its region's.
        const QJsonArray components = json.value(QStringLiteral("components")).toArray();
        QVERIFY(!components.isEmpty());
        for (const QJsonValue &c : components) {
            const QJsonObject component = c.toObject();
            const QString id = component.value(QStringLiteral("id")).toString();
            const QJsonObject vertex = byRole.value(QStringLiteral("component:") + id);
            QVERIFY2(!vertex.isEmpty(), qPrintable(id));
            QVERIFY(!vertex.value(QStringLiteral("container")).toBool());
            const QJsonObject placement = component.value(QStringLiteral("placement")).toObject();
            const QString zone = placement.value(QStringLiteral("zone")).toString();
            const QString expectedParent =
                zone.isEmpty() ? QStringLiteral("region:") +
                                     placement.value(QStringLiteral("region")).toString()
                               : QStringLiteral("zone:") + zone;
            const QJsonObject parent =
                byId.value(vertex.value(QStringLiteral("parent")).toString());
            QVERIFY2(parent.value(QStringLiteral("container")).toBool(), qPrintable(id));
            const QJsonObject pa = parent.value(QStringLiteral("attributes")).toObject();
            QCOMPARE(pa.value(QStringLiteral("archstudio")).toString() + QLatin1Char(':') +
                         pa.value(QStringLiteral("code")).toString(),
                     expectedParent);

            const QString shape = styleOf(vertex, "shape");
            QVERIFY2(kKnownShapes.contains(shape), qPrintable(id + QLatin1Char(' ') + shape));
            if (shape == QLatin1String("mxgraph.aws4.resourceIcon"))
                QVERIFY2(kKnownResourceIcons.contains(styleOf(vertex, "resIcon")),
                         qPrintable(id + QLatin1Char(' ') + styleOf(vertex, "resIcon")));
            const QJsonObject geometry = vertex.value(QStringLiteral("geometry")).toObject();
            QCOMPARE(geometry.value(QStringLiteral("width")).toDouble(), 48.0);
            QCOMPARE(geometry.value(QStringLiteral("height")).toDouble(), 48.0);
            const QJsonObject a = vertex.value(QStringLiteral("attributes")).toObject();
            QCOMPARE(a.value(QStringLiteral("kind")).toString(),
                     component.value(QStringLiteral("kind")).toString());
        }

        // Each link is an edge from its source's vertex to its target's, in order.
        const QJsonArray links = json.value(QStringLiteral("links")).toArray();
        QStringList expectedLinks, decodedLinks;
        for (const QJsonValue &l : links)
            expectedLinks << QStringLiteral("component:%1 -> component:%2")
                                 .arg(l.toObject().value(QStringLiteral("from")).toString(),
                                      l.toObject().value(QStringLiteral("to")).toString());
        for (const QJsonValue &e : model.value(QStringLiteral("edges")).toArray()) {
            const QJsonObject edge = e.toObject();
            const QJsonObject a = edge.value(QStringLiteral("attributes")).toObject();
            if (a.value(QStringLiteral("archstudio")).toString() != QLatin1String("link"))
                continue;
            const auto componentOf = [&](const char *end) {
                return byId.value(edge.value(QLatin1String(end)).toString())
                    .value(QStringLiteral("attributes"))
                    .toObject()
                    .value(QStringLiteral("componentId"))
                    .toString();
            };
            decodedLinks << QStringLiteral("component:%1 -> component:%2")
                                .arg(componentOf("source"), componentOf("target"));
        }
        QCOMPARE(decodedLinks, expectedLinks);

        // The figures are custom properties with the evaluation's values.
        const auto evaluated =
            runArchstudio({QStringLiteral("evaluate"), design, QStringLiteral("--json")});
        QCOMPARE(evaluated.exitCode, 0);
        const QJsonObject evaluation = QJsonDocument::fromJson(evaluated.outBytes).object();
        int withFigures = 0;
        for (const QJsonValue &r : evaluation.value(QStringLiteral("components")).toArray()) {
            const QJsonObject result = r.toObject();
            if (!result.value(QStringLiteral("evaluated")).toBool())
                continue;
            const QString id = result.value(QStringLiteral("id")).toString();
            const QJsonObject a = byRole.value(QStringLiteral("component:") + id)
                                      .value(QStringLiteral("attributes"))
                                      .toObject();
            bool ok = false;
            const double cost = a.value(QStringLiteral("monthlyCostUsd")).toString().toDouble(&ok);
            QVERIFY2(ok, qPrintable(id + QStringLiteral(": monthlyCostUsd")));
            QVERIFY2(qAbs(cost - result.value(QStringLiteral("monthlyCostUsd")).toDouble()) <=
                         0.005,
                     qPrintable(id));
            for (const char *figure : {"slaFloor", "rtoSeconds", "rpoSeconds"}) {
                const QJsonValue expected = result.value(QLatin1String(figure));
                if (expected.isNull() || expected.isUndefined())
                    continue;
                const double value = a.value(QLatin1String(figure)).toString().toDouble(&ok);
                QVERIFY2(ok, qPrintable(id + QLatin1Char(' ') + QLatin1String(figure)));
                QVERIFY2(qFuzzyCompare(1 + value, 1 + expected.toDouble()),
                         qPrintable(id + QLatin1Char(' ') + QLatin1String(figure)));
            }
            ++withFigures;
        }
        QVERIFY(withFigures > 0);
    }

    // diagrams.net saves pages compressed unless told not to; the checker reads both forms,
    // and the same model comes out.
    void compressedFormDecodesToTheSameModel()
    {
        const QString plain = mDir.filePath(QStringLiteral("plain.drawio"));
        const QString packed = mDir.filePath(QStringLiteral("packed.drawio"));
        const QByteArray xml = exportSample(plain);
        QVERIFY(!xml.isEmpty());
        QVERIFY(writeFile(packed, compressed(xml)));

        const Checked a = check(plain);
        const Checked b = check(packed);
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.err + b.err + errorsOf(b.model)));
        QVERIFY(
            b.model.value(QStringLiteral("diagrams"))[0][QStringLiteral("compressed")].toBool());
        for (const char *part : {"root", "vertices", "edges"})
            QVERIFY2(a.model.value(QLatin1String(part)) == b.model.value(QLatin1String(part)),
                     part);
        QVERIFY(a.model.value(QStringLiteral("vertices")).toArray().size() > 10);
    }

    // The checker is not a rubber stamp: a parent that does not resolve is reported (mxGraph
    // would make the orphan the root and show nothing else).
    void danglingReferencesFailTheCheck()
    {
        const QString bad = mDir.filePath(QStringLiteral("bad.drawio"));
        QByteArray xml = exportSample(mDir.filePath(QStringLiteral("good.drawio")));
        const QByteArray parent = "parent=\"zone:us-east-1a\"";
        QVERIFY(xml.contains(parent));
        xml.replace(xml.indexOf(parent), parent.size(), "parent=\"zone:nowhere\"");
        QVERIFY(writeFile(bad, xml));

        const Checked checked = check(bad);
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(errorsOf(checked.model)
                     .contains(QStringLiteral("parent \"zone:nowhere\" did not decode")),
                 qPrintable(errorsOf(checked.model)));
    }

private:
    /// The sample exported to path by the command line, as written; empty if that failed.
    static QByteArray exportSample(const QString &path)
    {
        const QString sample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");
        if (runArchstudio({QStringLiteral("export"), sample, QStringLiteral("-o"), path})
                .exitCode != 0)
            return {};
        QFile in(path);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile out(path);
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    }

    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(TestCliDrawio)
#include "tst_cli_drawio.moc"
