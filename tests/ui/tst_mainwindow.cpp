#include "support/studiotesting.h"
#include "support/testkinds.h"
#include "ui/mainwindow.h"

#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "core/render/diagramstyle.h"
#include "core/render/figureformat.h"
#include "ui/canvas/componentitem.h"
#include "ui/canvas/containeritem.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/palettewidget.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/userguidewindow.h"
#include "ui/inspector/linkeditor.h"
#include "ui/panels/panelfixtures.h"
#include "ui/panels/summarypanel.h"
#include "ui/recoverystore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QListView>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUndoStack>

using namespace archstudio;
using model::ComponentId;
using test::dropRdsInto;

namespace {

const QString kSample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Settings, recent files and recovery copies go to a throw-away test location.
        QStandardPaths::setTestModeEnabled(true);
        QDir(ui::RecoveryStore::directory()).removeRecursively();
    }

    void opensTheSampleOntoTheCanvas()
    {
        ui::MainWindow window(test::kinds());
        window.show();
        QVERIFY(window.openFile(kSample));
        QCOMPARE(
            window.windowTitle(),
            QStringLiteral("global-storefront.archstudio[*] — Global storefront — ArchStudio"));
        QVERIFY(!window.isWindowModified());
        for (const model::Component &c : window.document()->design().components)
            QVERIFY(window.scene()->componentItem(c.id));
        for (const char *dock : {"paletteDock", "inspectorDock", "summaryDock", "reviewDock",
                                 "historyDock", "overviewDock"})
            QVERIFY2(window.findChild<QWidget *>(dock), dock);
    }

    void statusBarShowsLiveTotals()
    {
        ui::MainWindow window(test::kinds());
        window.show();
        QVERIFY(window.openFile(kSample));
        auto *cost = window.findChild<QLabel *>(QStringLiteral("totalCost"));
        QVERIFY(cost);
        QTRY_VERIFY(window.scheduler()->hasEvaluation());
        const engine::Evaluation &e = window.scheduler()->latestEvaluation();
        QCOMPARE(e.designName, QStringLiteral("Global storefront"));
        QVERIFY(e.totals.monthlyCostUsd > 0);
        QTRY_COMPARE(cost->text(), render::fullUsd(e.totals.monthlyCostUsd) + " a month");
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("worstAvailability"))
                    ->text()
                    .contains(render::availabilityPercent(e.totals.availability.modelled)));
        QVERIFY(cost->isEnabled());
    }

    void theFirstEvaluationOfADesignSaysItIsUnderWay()
    {
        ui::MainWindow window(test::kinds());
        window.show();
        // Holds every evaluation on its worker until released, as a large design would.
        QSemaphore gate;
        window.scheduler()->setWorkerHookForTesting([&gate](quint64) { gate.acquire(); });
        QVERIFY(window.openFile(kSample));
        auto *cost = window.findChild<QLabel *>(QStringLiteral("totalCost"));
        auto *summary = window.findChild<ui::SummaryPanel *>();
        auto *summaryCost = window.findChild<QLabel *>(QStringLiteral("summaryCost"));
        QVERIFY(cost && summary && summaryCost);
        QTRY_COMPARE(cost->text(), QStringLiteral("Evaluating…"));
        QVERIFY(summary->isEvaluating());
        QCOMPARE(summaryCost->text(), QStringLiteral("Evaluating…"));
        // The studio stays responsive meanwhile: zooming works.
        const qreal zoom = window.view()->zoom();
        window.action(QStringLiteral("zoomIn"))->trigger();
        QVERIFY(window.view()->zoom() > zoom);
        gate.release(100);
        QTRY_VERIFY(!summary->isEvaluating());
        QTRY_VERIFY(cost->text().startsWith(QLatin1Char('$')));
        QVERIFY(summaryCost->text().startsWith(QLatin1Char('$')));
        window.scheduler()->setWorkerHookForTesting({});
        gate.release(100);
    }

    void aRegionalServiceAddedWithEnterLandsInItsRegion()
    {
        // A new design's region fits its zones tightly: the table must not hang out of it.
        ui::MainWindow window(test::kinds());
        window.show();
        window.newDesign();
        emit window.paletteWidget()->entryActivated(
            ui::DiagramScene::componentEntry(QStringLiteral("dynamodb")));
        const model::Design &design = window.document()->design();
        QCOMPARE(design.components.size(), 1);
        const model::Component &table = design.components.first();
        QVERIFY(!table.placement.zone);
        const QSizeF size = render::style::kCardSize;
        const QRectF card(design.layout.componentPositions.value(table.id) -
                              QPointF(size.width() / 2, size.height() / 2),
                          size);
        QVERIFY(window.scene()->regionItem(model::RegionId("us-east-1"))->frame().contains(card));
        for (const model::ZoneId &zone : design.regions.first().zones)
            QVERIFY(!window.scene()->zoneItem(zone)->frame().intersects(card));
        QCOMPARE(window.document()->undoStack()->count(), 1); // one step, region and all
    }

    void theTitleNamesTheFileAfterSaveAs()
    {
        QTemporaryDir folder;
        ui::MainWindow window(test::kinds());
        window.show();
        window.newDesign();
        QCOMPARE(window.windowTitle(), QStringLiteral("Untitled design[*] — ArchStudio"));
        QVERIFY(window.saveAs(folder.filePath("orders.archstudio")));
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("orders.archstudio[*] — Untitled design — ArchStudio"));
        QVERIFY(!window.isWindowModified());
        dropRdsInto(*window.scene(), "us-east-1a");
        QVERIFY(window.isWindowModified()); // shown as "orders.archstudio* — …"
    }

    void newDesignHasOneRegionAndThreeZones()
    {
        ui::MainWindow window(test::kinds());
        window.newDesign();
        const model::Design &design = window.document()->design();
        QCOMPARE(design.regions.size(), 1);
        QCOMPARE(design.regions.first().zones.size(), 3);
        QVERIFY(design.components.isEmpty());
        for (const model::ZoneId &zone : design.regions.first().zones)
            QVERIFY(window.scene()->zoneItem(zone));
        QVERIFY(!window.isWindowModified());
    }

    void theDesignCanBeRenamed()
    {
        ui::MainWindow window(test::kinds());
        window.newDesign();
        window.setDesignNameAndDescription("Orders tier", "Checkout databases");
        QCOMPARE(window.document()->design().name, QStringLiteral("Orders tier"));
        QCOMPARE(window.document()->design().description, QStringLiteral("Checkout databases"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Orders tier[*] — ArchStudio"));
        QVERIFY(window.isWindowModified());
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->design().name, QStringLiteral("Untitled design"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Untitled design[*] — ArchStudio"));
    }

    void applyingAFindingsFixIsOneUndoStep()
    {
        ui::MainWindow window(test::kinds());
        window.show();
        window.document()->setDesign(test::sampleWithFindings());
        const auto hasRule = [&](const char *rule) {
            if (!window.scheduler()->hasEvaluation())
                return false;
            for (const engine::Warning &w : window.scheduler()->latestEvaluation().warnings) {
                if (w.rule == QLatin1String(rule))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(hasRule("replica-same-az"));
        auto *findings = window.findChild<QListView *>(QStringLiteral("findingList"));
        QVERIFY(findings);
        int row = -1;
        const QList<engine::Warning> &warnings = window.scheduler()->latestEvaluation().warnings;
        for (int i = 0; i < warnings.size(); ++i) {
            if (warnings.at(i).rule == QLatin1String("replica-same-az"))
                row = i;
        }
        QTRY_COMPARE(findings->model()->rowCount(), warnings.size());
        const int rows = findings->model()->rowCount();
        const int steps = window.document()->undoStack()->count();
        findings->setCurrentIndex(findings->model()->index(row, 0));
        findings->setFocus();
        QTest::keyClick(findings, Qt::Key_Return);
        QCOMPARE(window.document()->undoStack()->count(), steps + 1);
        QVERIFY(window.document()->undoStack()->undoText().startsWith(QStringLiteral("Apply fix")));
        // The finding goes and the figures follow; undo brings it back.
        QTRY_VERIFY(!hasRule("replica-same-az"));
        QTRY_COMPARE(findings->model()->rowCount(), rows - 1);
        window.document()->undoStack()->undo();
        QTRY_VERIFY(hasRule("replica-same-az"));
        QTRY_COMPARE(findings->model()->rowCount(), rows);
    }

    void helpShowsTheBundledGuideAndEveryShortcut()
    {
        ui::MainWindow window(test::kinds());
        window.show();
        QAction *guide = window.action(QStringLiteral("userGuide"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
        guide->trigger();
        auto *guideWindow = window.findChild<ui::UserGuideWindow *>();
        QVERIFY(guideWindow && guideWindow->isVisible());
        QTextBrowser *browser = guideWindow->browser();
        // The guide itself, from inside the binary, with its pictures.
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Your first design")));
        QVERIFY(!browser->document()
                     ->resource(QTextDocument::ImageResource,
                                QUrl(QStringLiteral("images/design-review.png")))
                     .isNull());
        // Screenshots (as wide as the studio) fit the page.
        guideWindow->resize(700, 600);
        int pictures = 0;
        for (QTextBlock block = browser->document()->begin(); block.isValid();
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
                if (!image.isValid())
                    continue;
                ++pictures;
                QVERIFY2(image.width() > 0 && image.width() <= browser->viewport()->width(),
                         qPrintable(image.name()));
            }
        }
        QVERIFY(pictures >= 10);
        // A link to another page of the documentation stays inside the window.
        QVERIFY(browser->toHtml().contains(QStringLiteral("ENGINE.md#6-design-review")));
        browser->setSource(QUrl(QStringLiteral("ENGINE.md#6-design-review")));
        QCOMPARE(guideWindow->page().adjusted(QUrl::RemoveFragment),
                 QUrl(QStringLiteral("qrc:/help/ENGINE.md")));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Design review")));
        guide->trigger(); // one guide window per studio window
        QCOMPARE(window.findChildren<ui::UserGuideWindow *>().size(), 1);

        window.action(QStringLiteral("keyboardShortcuts"))->trigger();
        auto *shortcuts = window.findChild<ui::ShortcutsDialog *>();
        QVERIFY(shortcuts && shortcuts->isVisible());
        QStringList listed;
        for (int row = 0; row < shortcuts->table()->rowCount(); ++row)
            listed << shortcuts->table()->item(row, 1)->text() + QLatin1Char('=') +
                          shortcuts->table()->item(row, 2)->text();
        int withKeys = 0;
        for (const QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcuts().isEmpty() || a->text().isEmpty())
                continue;
            ++withKeys;
            QString text = a->text();
            text.remove(QLatin1Char('&'));
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            const QString row = text + QLatin1Char('=') + keys.join(QStringLiteral(", "));
            QVERIFY2(listed.contains(row), qPrintable(row));
        }
        QCOMPARE(shortcuts->table()->rowCount(), withKeys);
        QVERIFY(listed.contains(QStringLiteral("User Guide=F1")));
        QVERIFY(listed.contains(QStringLiteral("Save=Ctrl+S")));
    }

    void noTwoActionsShareAShortcut()
    {
        ui::MainWindow window(test::kinds());
        window.show();
        QVERIFY(window.openFile(kSample));
        dropRdsInto(*window.scene(), "us-east-1a"); // menus rebuilt on edits keep no stale actions
        QHash<QString, QString> takenBy;
        for (const QAction *a : window.findChildren<QAction *>()) {
            for (const QKeySequence &shortcut : a->shortcuts()) {
                const QString keys = shortcut.toString(QKeySequence::PortableText);
                QVERIFY2(!takenBy.contains(keys),
                         qPrintable(QStringLiteral("%1 is bound to both \"%2\" and \"%3\"")
                                        .arg(keys, takenBy.value(keys), a->text())));
                takenBy.insert(keys, a->text());
            }
        }
        QVERIFY(takenBy.contains(QStringLiteral("Ctrl+Shift+L")));
        QVERIFY(takenBy.contains(QStringLiteral("Ctrl+Shift+W")));
    }

    void everyRecoveredDesignGetsAWindowAndUnreadableOnesStay()
    {
        QDir(ui::RecoveryStore::directory()).removeRecursively();
        QDir().mkpath(ui::RecoveryStore::directory());
        // Two studios died with unsaved work, and a third left a copy that cannot be read.
        const QString dir = ui::RecoveryStore::directory() + '/';
        const auto orphan = [&](const QString &session, const QString &name,
                                const QByteArray &design) {
            QFile copy(dir + session + ".archstudio");
            QVERIFY(copy.open(QIODevice::WriteOnly));
            copy.write(design);
            QFile info(dir + session + ".recovery.json");
            QVERIFY(info.open(QIODevice::WriteOnly));
            info.write(
                QStringLiteral(
                    R"({"originalPath": "", "designName": "%1", "savedAt": "2026-11-26T01:00:00Z"})")
                    .arg(name)
                    .toUtf8());
        };
        QFile sample(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray json = sample.readAll();
        orphan("first", "one", json);
        orphan("second", "two", json);
        orphan("broken", "three", "{ not json");
        QCOMPARE(ui::RecoveryStore::orphans().size(), 3);
        // Killed between writing its copy and the copy's description: still an orphan.
        QVERIFY(QFile::remove(dir + "second.recovery.json"));
        QCOMPARE(ui::RecoveryStore::orphans().size(), 3);

        const auto windows = [] {
            int n = 0;
            for (QWidget *w : QApplication::topLevelWidgets())
                n += qobject_cast<ui::MainWindow *>(w) != nullptr;
            return n;
        };
        ui::MainWindow window(test::kinds());
        const int before = windows();
        int asked = 0;
        window.setPrompt(test::Answer{QMessageBox::Yes, &asked});
        QCOMPARE(window.offerRecovery(), 2);
        QCOMPARE(asked, 3);
        QVERIFY(window.isWindowModified()); // recovered work is unsaved work
        QCOMPARE(windows(), before + 1);
        // The unreadable copy is kept for another try, not deleted.
        const QList<ui::RecoveryStore::Orphan> left = ui::RecoveryStore::orphans();
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first().recoveryPath.endsWith("broken.archstudio"));
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *other = qobject_cast<ui::MainWindow *>(w); other && other != &window) {
                QCOMPARE(other->document()->design().name, QStringLiteral("Global storefront"));
                QVERIFY(other->isWindowModified());
                other->setPrompt(test::Answer{QMessageBox::Discard, &asked});
                other->close();
            }
        }
        window.setPrompt(test::Answer{QMessageBox::Discard, &asked});
    }

    void copyPasteBetweenTwoDesigns()
    {
        ui::MainWindow source(test::kinds());
        QVERIFY(source.openFile(kSample));
        source.scene()->selectComponents({ComponentId("eu-storefront"), ComponentId("eu-cache")});
        source.copySelection();

        ui::MainWindow target(test::kinds());
        target.newDesign();
        target.paste();
        const model::Design &design = target.document()->design();
        QCOMPARE(design.components.size(), 2);
        QVERIFY(design.findRegion(model::RegionId("eu-west-1")));
        QCOMPARE(design.links.size(), 1);
        QCOMPARE(target.document()->undoStack()->count(), 1);
        QCOMPARE(target.scene()->selectedComponents().size(), 2);
        // Pasted into its own design, a copy gets new ids beside the original.
        source.paste();
        QVERIFY(source.document()->design().findComponent(ComponentId("eu-storefront-2")));
    }

    void selectingALinkEditsItsTraffic()
    {
        ui::MainWindow window(test::kinds());
        QVERIFY(window.openFile(kSample));
        ui::LinkItem *carts = nullptr;
        for (ui::LinkItem *link : window.scene()->linkItems()) {
            if (link->kind() == ui::LinkItem::Kind::Traffic && link->to() == ComponentId("carts"))
                carts = link;
        }
        QVERIFY(carts);
        const qsizetype index = carts->linkIndex();
        window.scene()->clearSelection();
        carts->setSelected(true);
        QCOMPARE(window.linkEditor()->link(), index);
        QVERIFY(window.linkEditor()->isVisibleTo(&window) || !window.isVisible());
        window.linkEditor()->trafficBox()->setCurrentIndex(
            window.linkEditor()->trafficBox()->findData(int(model::Traffic::Reads)));
        QCOMPARE(window.document()->design().links.at(index).traffic, model::Traffic::Reads);
        QCOMPARE(window.document()->undoStack()->count(), 1);
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->design().links.at(index).traffic, model::Traffic::ReadsWrites);
        QCOMPARE(window.linkEditor()->trafficBox()->currentData().toInt(),
                 int(model::Traffic::ReadsWrites));
    }

    void noStaleEvaluationReachesTheCanvas()
    {
        ui::MainWindow window(test::kinds());
        window.show();
        QVERIFY(window.openFile(kSample));
        QTRY_VERIFY(window.scheduler()->hasEvaluation());
        // Every evaluation delivered to the window describes the design as it is then.
        QList<std::pair<quint64, quint64>> delivered;
        connect(window.scheduler(), &document::EvaluationScheduler::evaluationFinished, &window,
                [&](const engine::Evaluation &, quint64 revision) {
                    delivered.append({revision, window.document()->revision()});
                });
        for (const char *zone : {"us-east-1a", "us-east-1b", "us-east-1c"})
            dropRdsInto(*window.scene(), zone);
        QTRY_VERIFY(!window.scheduler()->isBusy());
        QVERIFY(!delivered.isEmpty());
        for (const auto &[revision, current] : delivered)
            QCOMPARE(revision, current);
        // The newest component wears its figures.
        QTRY_VERIFY(
            !window.scene()->componentItem(ComponentId("rds-3"))->content().badge.isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
