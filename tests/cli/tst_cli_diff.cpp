// archstudio diff: what changed between two designs and what it does to the figures, as text,
// Markdown and JSON, the thresholds' exit status 3, and the git diff driver docs/CLI.md shows.
#include "support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using archstudio::test::runArchstudio;
using Run = archstudio::test::CliRun;

const QString kBefore = QStringLiteral(ARCHSTUDIO_TEST_DATA "/diff/before.json");
const QString kAfter = QStringLiteral(ARCHSTUDIO_TEST_DATA "/diff/after.json");

QJsonObject jsonOf(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.outBytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(run.out));
    return document.object();
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &v : items)
        ids << v.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

/// The design's figure of diff --json: {"before", "after", "difference"}.
QJsonObject designFigure(const QJsonObject &diff, const QString &key)
{
    return diff.value(QStringLiteral("figures"))
        .toObject()
        .value(QStringLiteral("design"))
        .toObject()
        .value(key)
        .toObject();
}

double totalCostOf(const QString &design)
{
    const Run run = runArchstudio({QStringLiteral("evaluate"), design, QStringLiteral("--json")});
    return jsonOf(run)
        .value(QStringLiteral("totals"))
        .toObject()
        .value(QStringLiteral("monthlyCostUsd"))
        .toDouble(-1.0);
}

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private slots:
    void jsonListsTheComponentsAndLinksThatChanged()
    {
        const Run run =
            runArchstudio({QStringLiteral("diff"), kBefore, kAfter, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject diff = jsonOf(run);
        QCOMPARE(diff.value(QStringLiteral("schemaVersion")).toInt(), 1);
        const QJsonObject components = diff.value(QStringLiteral("components")).toObject();
        QCOMPARE(idsOf(components.value(QStringLiteral("added")).toArray()),
                 QStringList{QStringLiteral("cache")});
        QCOMPARE(idsOf(components.value(QStringLiteral("removed")).toArray()),
                 QStringList{QStringLiteral("legacy")});
        const QJsonArray changed = components.value(QStringLiteral("changed")).toArray();
        QCOMPARE(idsOf(changed), QStringList{QStringLiteral("db")});
        // storageType gp3 is written out in after, but it is the default: no change.
        QStringList properties;
        for (const QJsonValue &c : changed[0].toObject().value(QStringLiteral("changes")).toArray())
            properties << c.toObject().value(QStringLiteral("property")).toString();
        QCOMPARE(properties,
                 (QStringList{QStringLiteral("deployment"), QStringLiteral("standbyZone")}));
        const QJsonObject deployment =
            changed[0].toObject().value(QStringLiteral("changes")).toArray()[0].toObject();
        QCOMPARE(deployment.value(QStringLiteral("before")).toString(),
                 QStringLiteral("single-az"));
        QCOMPARE(deployment.value(QStringLiteral("after")).toString(),
                 QStringLiteral("multi-az-instance"));

        const QJsonObject links = diff.value(QStringLiteral("links")).toObject();
        QCOMPARE(links.value(QStringLiteral("added")).toArray().size(), 1);
        QCOMPARE(links.value(QStringLiteral("added"))[0]
                     .toObject()
                     .value(QStringLiteral("to"))
                     .toString(),
                 QStringLiteral("cache"));
        QCOMPARE(links.value(QStringLiteral("removed"))[0]
                     .toObject()
                     .value(QStringLiteral("to"))
                     .toString(),
                 QStringLiteral("legacy"));
    }

    void figuresAreTheEvaluationsOfEachSide()
    {
        const QJsonObject diff = jsonOf(
            runArchstudio({QStringLiteral("diff"), kBefore, kAfter, QStringLiteral("--json")}));
        const QJsonObject cost = designFigure(diff, QStringLiteral("monthlyCostUsd"));
        const double before = totalCostOf(kBefore);
        const double after = totalCostOf(kAfter);
        QVERIFY(before > 0.0);
        QVERIFY(after > before); // Multi-AZ and a cache cost more than a DynamoDB table saves
        QCOMPARE(cost.value(QStringLiteral("before")).toDouble(), before);
        QCOMPARE(cost.value(QStringLiteral("after")).toDouble(), after);
        QCOMPARE(cost.value(QStringLiteral("difference")).toDouble(), after - before);

        const QJsonObject availability = designFigure(diff, QStringLiteral("availabilityModelled"));
        QVERIFY(availability.value(QStringLiteral("before")).isDouble());
        QVERIFY(availability.value(QStringLiteral("after")).toDouble() >
                availability.value(QStringLiteral("before")).toDouble());

        // Each workload and each component has a row; the added cache has no "before".
        const QJsonObject figures = diff.value(QStringLiteral("figures")).toObject();
        QCOMPARE(idsOf(figures.value(QStringLiteral("workloads")).toArray()),
                 QStringList{QStringLiteral("web")});
        const QJsonArray componentRows = figures.value(QStringLiteral("components")).toArray();
        QCOMPARE(idsOf(componentRows), (QStringList{QStringLiteral("db"), QStringLiteral("cache"),
                                                    QStringLiteral("legacy")}));
        const QJsonObject cacheCost = componentRows[1]
                                          .toObject()
                                          .value(QStringLiteral("figures"))
                                          .toObject()
                                          .value(QStringLiteral("monthlyCostUsd"))
                                          .toObject();
        QVERIFY(cacheCost.value(QStringLiteral("before")).isNull());
        QVERIFY(cacheCost.value(QStringLiteral("after")).toDouble() > 0.0);
    }

    void sameDesignHasNoChange()
    {
        const Run run =
            runArchstudio({QStringLiteral("diff"), kBefore, kBefore, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject diff = jsonOf(run);
        for (const char *list : {"added", "removed", "changed"})
            QVERIFY(diff.value(QStringLiteral("components"))
                        .toObject()
                        .value(QLatin1String(list))
                        .toArray()
                        .isEmpty());
        QCOMPARE(designFigure(diff, QStringLiteral("monthlyCostUsd"))
                     .value(QStringLiteral("difference"))
                     .toDouble(-1.0),
                 0.0);

        const Run text = runArchstudio({QStringLiteral("diff"), kBefore, kBefore});
        QVERIFY2(text.out.contains(QStringLiteral("No component or link changed.")),
                 qPrintable(text.out));
    }

    void textAndMarkdownShowTheChanges()
    {
        const Run text = runArchstudio({QStringLiteral("diff"), kBefore, kAfter});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Components: 1 added, 1 removed, 1 changed")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("deployment: single-az → multi-az-instance")));
        QVERIFY(text.out.contains(QStringLiteral("Monthly cost")));

        const Run md =
            runArchstudio({QStringLiteral("diff"), kBefore, kAfter, QStringLiteral("--md")});
        QCOMPARE(md.exitCode, 0);
        QVERIFY2(md.out.contains(QStringLiteral("| Design | Before | After | Change |")),
                 qPrintable(md.out));
        QVERIFY(md.out.contains(QStringLiteral("|---|---:|---:|---:|")));
        QVERIFY(md.out.contains(QStringLiteral("- **added** `cache`")));
        QVERIFY(md.out.contains(QStringLiteral("<details>")));
    }

    void thresholdsExitThree()
    {
        const Run costly =
            runArchstudio({QStringLiteral("diff"), kBefore, kAfter,
                           QStringLiteral("--fail-on-cost-increase"), QStringLiteral("5")});
        QCOMPARE(costly.exitCode, 3);
        QVERIFY2(costly.out.contains(QStringLiteral("Threshold crossed: the monthly cost rises")),
                 qPrintable(costly.out));
        const Run allowed = runArchstudio({QStringLiteral("diff"), kBefore, kAfter,
                                           QStringLiteral("--fail-on-cost-increase=100000")});
        QCOMPARE(allowed.exitCode, 0);

        const QJsonObject diff = jsonOf(
            runArchstudio({QStringLiteral("diff"), kBefore, kAfter, QStringLiteral("--json")}));
        const double after = designFigure(diff, QStringLiteral("availabilityModelled"))
                                 .value(QStringLiteral("after"))
                                 .toDouble();
        const QString above =
            QString::number((after + (1.0 - after) / 2.0) * 100.0, 'f', 10) + QLatin1Char('%');
        const QString below = QString::number(after - 0.01, 'f', 10);
        const Run low = runArchstudio({QStringLiteral("diff"), kBefore, kAfter,
                                       QStringLiteral("--fail-on-availability-below"), above,
                                       QStringLiteral("--json")});
        QCOMPARE(low.exitCode, 3);
        QCOMPARE(jsonOf(low).value(QStringLiteral("thresholdsCrossed")).toArray().size(), 1);
        const Run fine = runArchstudio({QStringLiteral("diff"), kBefore, kAfter,
                                        QStringLiteral("--fail-on-availability-below"), below});
        QCOMPARE(fine.exitCode, 0);
    }

    void missingSideIsAnEmptyDesign()
    {
        const Run run = runArchstudio({QStringLiteral("diff"), QStringLiteral("/dev/null"), kAfter,
                                       QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            idsOf(jsonOf(run)
                      .value(QStringLiteral("components"))
                      .toObject()
                      .value(QStringLiteral("added"))
                      .toArray()),
            (QStringList{QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("cache")}));
    }

    void badCommandLinesAndFiles_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("one file") << QStringList{kBefore} << 2
                                  << QStringLiteral("expects two designs");
        QTest::newRow("both formats")
            << QStringList{kBefore, kAfter, QStringLiteral("--json"), QStringLiteral("--md")} << 2
            << QStringLiteral("cannot be used together");
        QTest::newRow("bad availability")
            << QStringList{kBefore, kAfter, QStringLiteral("--fail-on-availability-below"),
                           QStringLiteral("most")}
            << 2 << QStringLiteral("expects an availability");
        QTest::newRow("negative percent")
            << QStringList{kBefore, kAfter, QStringLiteral("--fail-on-cost-increase"),
                           QStringLiteral("-3")}
            << 2 << QStringLiteral("--fail-on-cost-increase");
        const QString corrupt = QStringLiteral(ARCHSTUDIO_TEST_DATA "/malformed/bad-syntax.json");
        QTest::newRow("corrupt after") << QStringList{kBefore, corrupt} << 1 << corrupt;
        QTest::newRow("missing before") << QStringList{QStringLiteral("nowhere.json"), kAfter} << 1
                                        << QStringLiteral("nowhere.json");
    }

    void badCommandLinesAndFiles()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = runArchstudio(QStringList{QStringLiteral("diff")} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    /// The git set-up docs/CLI.md gives, word for word but for the program's path.
    void gitDiffShowsTheDesignDiff()
    {
        const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
        if (git.isEmpty())
            QSKIP("git is not installed");
        QTemporaryDir repo;
        const auto inRepo = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(repo.path());
            p.start(git, args);
            p.waitForFinished(60000);
            return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        };
        inRepo({QStringLiteral("init"), QStringLiteral("-q")});
        inRepo({QStringLiteral("config"), QStringLiteral("user.email"),
                QStringLiteral("t@example.org")});
        inRepo({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test")});
        inRepo({QStringLiteral("config"), QStringLiteral("diff.archstudio.command"),
                QStringLiteral("sh -c '\"%1\" diff \"$2\" \"$5\"' archstudio-diff")
                    .arg(QStringLiteral(ARCHSTUDIO_BINARY))});
        QFile attributes(repo.filePath(QStringLiteral(".gitattributes")));
        QVERIFY(attributes.open(QIODevice::WriteOnly));
        attributes.write("*.archstudio diff=archstudio\n*.design.json diff=archstudio\n");
        attributes.close();
        const QString design = repo.filePath(QStringLiteral("orders.design.json"));
        QVERIFY(QFile::copy(kBefore, design));
        inRepo({QStringLiteral("add"), QStringLiteral(".")});
        inRepo({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                QStringLiteral("before")});
        QVERIFY(QFile::remove(design));
        QVERIFY(QFile::copy(kAfter, design));
        const QString shown = inRepo({QStringLiteral("diff")});
        QVERIFY2(shown.contains(QStringLiteral("Components: 1 added, 1 removed, 1 changed")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Monthly cost")));
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
