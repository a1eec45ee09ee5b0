// How a card lays out its text: names wrap to two lines before they are cut.

#include "core/render/componentcard.h"
#include "core/render/diagramstyle.h"
#include "core/render/linklabel.h"

#include <QFont>
#include <QFontMetricsF>
#include <QTest>

using namespace archstudio;

class TestComponentCard : public QObject
{
    Q_OBJECT

private slots:
    void aLongNameWrapsToTwoLinesBeforeItIsCut()
    {
        QFont font;
        font.setPointSizeF(9.5);
        font.setBold(true);
        const QFontMetricsF metrics(font);
        const QString name = QStringLiteral("Carts (global table)");
        // Wide enough for the whole name: one line.
        QCOMPARE(render::titleLines(name, metrics, metrics.horizontalAdvance(name) + 1),
                 QStringList{name});
        // Two words' width: wrapped between words, nothing lost.
        const qreal width = metrics.horizontalAdvance(QStringLiteral("Carts (global")) + 1;
        QCOMPARE(render::titleLines(name, metrics, width),
                 (QStringList{QStringLiteral("Carts (global"), QStringLiteral("table)")}));
        // More than two lines hold: the second is elided, the first keeps whole words.
        const QStringList cut = render::titleLines(
            QStringLiteral("Carts (global table) for the spring sale"), metrics, width);
        QCOMPARE(cut.size(), 2);
        QCOMPARE(cut.first(), QStringLiteral("Carts (global"));
        QVERIFY(cut.last().endsWith(QChar(0x2026)));
        QVERIFY(metrics.horizontalAdvance(cut.last()) <= width);
        // One word wider than the card: elided on one line.
        const QStringList word =
            render::titleLines(QStringLiteral("Supercalifragilistic"), metrics, width / 2);
        QCOMPARE(word.size(), 1);
        QVERIFY(word.first().endsWith(QChar(0x2026)));
    }

    void aLinkLabelKeepsClearOfTheBadges()
    {
        const QSizeF label(120, 16);
        const auto box = [&](QPointF centre) {
            return QRectF(centre - QPointF(label.width() / 2, label.height() / 2), label);
        };
        const QSizeF card = render::style::kCardSize;
        const QRectF workloadBadge(-card.width() / 2, card.height() / 2, card.width(),
                                   render::style::kBadgeGap + render::style::kBadgeHeight);
        // Far apart: the label sits in the middle.
        const QPointF workload(0, 0);
        const QPointF farDb(0, 300);
        const QLineF far(render::cardExit(workload, farDb), render::cardExit(farDb, workload));
        QCOMPARE(render::linkLabelCentre(far, workload, farDb, label), far.center());
        // Close below: the middle would cover the workload's badge; the label moves off it.
        const QPointF nearDb(0, 100);
        const QLineF near(render::cardExit(workload, nearDb), render::cardExit(nearDb, workload));
        QVERIFY(box(near.center()).intersects(workloadBadge)); // what used to happen
        const QPointF placed = render::linkLabelCentre(near, workload, nearDb, label);
        QVERIFY(!box(placed).intersects(workloadBadge));
        QVERIFY(QLineF(near.p1(), placed).length() <= near.length()); // still on the line
    }

    /// A workload linked to two databases side by side below it: the middles of both links
    /// are close, so their labels would cover each other.
    void labelsOfLinksLeavingOneCardStayApart()
    {
        const QSizeF label(170, 16);
        const auto box = [&](QPointF centre) {
            return QRectF(centre - QPointF(label.width() / 2, label.height() / 2), label);
        };
        const QPointF workload(100, 0);
        const QPointF left(0, 260), right(230, 260);
        const QLineF toLeft(render::cardExit(workload, left), render::cardExit(left, workload));
        const QLineF toRight(render::cardExit(workload, right), render::cardExit(right, workload));
        const QPointF alone = render::linkLabelCentre(toRight, workload, right, label);
        QVERIFY(box(render::linkLabelCentre(toLeft, workload, left, label))
                    .intersects(box(alone))); // what used to happen

        render::LinkLabelPlacer placer;
        const QPointF first = placer.place(toLeft, workload, left, label);
        const QPointF second = placer.place(toRight, workload, right, label);
        QCOMPARE(first, render::linkLabelCentre(toLeft, workload, left, label));
        QVERIFY(!box(first).intersects(box(second)));
        QVERIFY(QLineF(toRight.p1(), second).length() <= toRight.length()); // on its line
        // The same labels in the same order land in the same places (canvas and export).
        render::LinkLabelPlacer again;
        QCOMPARE(again.place(toLeft, workload, left, label), first);
        QCOMPARE(again.place(toRight, workload, right, label), second);
        // A third on the first's line moves along it, clear of both.
        const QPointF third = again.place(toLeft, workload, left, label);
        QVERIFY(!box(third).intersects(box(first)) && !box(third).intersects(box(second)));
        // Where no point of a short line is clear, a label keeps linkLabelCentre's place.
        const QPointF near(100, 80);
        const QLineF shortLine(render::cardExit(workload, near), render::cardExit(near, workload));
        render::LinkLabelPlacer crowded;
        const QPointF once = crowded.place(shortLine, workload, near, label);
        QCOMPARE(crowded.place(shortLine, workload, near, label), once);
        QCOMPARE(once, render::linkLabelCentre(shortLine, workload, near, label));
    }

    void anUnpricedComponentsBadgeSaysItsCostIsALowerBound()
    {
        engine::ComponentResult result;
        result.evaluated = true;
        result.monthlyCostUsd = 120.0;
        QVERIFY(!render::badgeText(result, nullptr).startsWith(QStringLiteral("≥")));
        result.unpriced = true;
        QVERIFY2(render::badgeText(result, nullptr).startsWith(QStringLiteral("≥$120")),
                 qPrintable(render::badgeText(result, nullptr)));
    }

    void theCardNamesItsKindOnlyWithWhatApplies()
    {
        model::Component cache;
        cache.kind = QStringLiteral("elasticache");
        cache.id = model::ComponentId(QStringLiteral("c"));
        model::KindSchema schema;
        schema.kind = cache.kind;
        schema.displayName = QStringLiteral("ElastiCache");
        model::PropertySchema deployment;
        deployment.name = QStringLiteral("deployment");
        deployment.type = model::PropertyType::Enum;
        deployment.defaultValue = QStringLiteral("node-based");
        model::PropertySchema nodeType;
        nodeType.name = QStringLiteral("nodeType");
        nodeType.type = model::PropertyType::String;
        nodeType.defaultValue = QStringLiteral("cache.r7g.large");
        nodeType.appliesWhenProperty = deployment.name;
        nodeType.appliesWhenValues = {QStringLiteral("node-based")};
        schema.properties = {deployment, nodeType};
        // The schema says what the card tells, in order: without that, only the kind.
        QCOMPARE(render::cardContent(cache, &schema).subtitle, QStringLiteral("ElastiCache"));
        schema.cardProperties = {nodeType.name, deployment.name};
        schema.colour = QStringLiteral("#D94A2E");
        QCOMPARE(render::cardContent(cache, &schema).accent, QColor(0xD9, 0x4A, 0x2E));
        QCOMPARE(render::cardContent(cache, &schema).subtitle, QStringLiteral("cache.r7g.large"));
        cache.properties.insert(QStringLiteral("deployment"), QStringLiteral("serverless"));
        QCOMPARE(render::cardContent(cache, &schema).subtitle, QStringLiteral("serverless"));
        // JSON null is unset: the defaults count, as the engine reads them.
        cache.properties.insert(QStringLiteral("deployment"), QVariant::fromValue(nullptr));
        cache.properties.insert(QStringLiteral("nodeType"), QVariant::fromValue(nullptr));
        QCOMPARE(render::cardContent(cache, &schema).subtitle, QStringLiteral("cache.r7g.large"));
    }
};

QTEST_MAIN(TestComponentCard)
#include "tst_componentcard.moc"
