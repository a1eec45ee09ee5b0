#include "ui/panels/panelfixtures.h"

#include "core/render/figureformat.h"
#include "ui/panels/findingdelegate.h"
#include "ui/panels/findingmodel.h"
#include "ui/panels/reviewpanel.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace archstudio;
using Role = ui::FindingDelegate::Role;

class TestReviewPanel : public QObject
{
    Q_OBJECT

    model::Design mDesign;
    engine::Evaluation mEvaluation;

    std::unique_ptr<ui::ReviewPanel> shownPanel(const engine::Evaluation &evaluation,
                                                const model::Design &design, int width = 320)
    {
        auto panel = std::make_unique<ui::ReviewPanel>();
        panel->resize(width, 700);
        panel->setEvaluation(evaluation, design);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            qWarning("the panel was not exposed");
        return panel;
    }

    static QListView *list(const ui::ReviewPanel &panel)
    {
        return panel.findChild<QListView *>(QStringLiteral("findingList"));
    }

private slots:
    void initTestCase()
    {
        mDesign = test::sampleWithFindings();
        mEvaluation = test::evaluateSample(mDesign);
        QCOMPARE(mEvaluation.warnings.size(), 2);
    }

    void theSameFindingsUpdateInPlaceAndOthersReset()
    {
        ui::FindingModel model;
        QVERIFY(model.setFindings(mEvaluation.warnings, mDesign)); // new rows: a reset
        QCOMPARE(model.rowCount(), mEvaluation.warnings.size());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        // The same findings with another message: updated in place.
        QList<engine::Warning> edited = mEvaluation.warnings;
        edited[0].message = QStringLiteral("said differently");
        QVERIFY(!model.setFindings(edited, mDesign));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(0).data(Role::MessageRole).toString(),
                 QStringLiteral("said differently"));

        // One finding fewer: the rows are replaced.
        edited.removeLast();
        QVERIFY(model.setFindings(edited, mDesign));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), edited.size());
        QCOMPARE(model.index(0).data(Role::ComponentNameRole).toString(),
                 mDesign.findComponent(edited.at(0).component)->displayName());
    }

    void listsOneRowPerFinding()
    {
        const auto panel = shownPanel(mEvaluation, mDesign);
        QCOMPARE(panel->objectName(), QStringLiteral("reviewPanel"));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("findingCount"))->text(),
                 QStringLiteral("2 findings"));
        QListView *view = list(*panel);
        QVERIFY(view->isVisible());
        QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("reviewEmptyState"))->isVisible());
        QCOMPARE(view->model()->rowCount(), mEvaluation.warnings.size());
        for (int row = 0; row < mEvaluation.warnings.size(); ++row) {
            const engine::Warning &w = mEvaluation.warnings.at(row);
            const QModelIndex index = view->model()->index(row, 0);
            QCOMPARE(index.data(Role::ComponentNameRole).toString(),
                     mDesign.findComponent(w.component)->displayName());
            QCOMPARE(index.data(Role::MessageRole).toString(), w.message);
            QCOMPARE(index.data(Role::FixRole).toString(), w.fix);
            QCOMPARE(index.data(Role::EffectRole).toString(), ui::ReviewPanel::effectText(w));
        }
        // The burstable cache's fix, a larger node, costs more each month; moving the replica
        // to another zone costs nothing.
        const engine::Warning &burstable = mEvaluation.warnings.at(0);
        QCOMPARE(burstable.rule, QStringLiteral("burstable-instance"));
        QVERIFY(burstable.costDeltaUsd && *burstable.costDeltaUsd > 1.0);
        QVERIFY(view->model()
                    ->index(0, 0)
                    .data(Role::EffectRole)
                    .toString()
                    .startsWith(render::costDeltaPerMonth(*burstable.costDeltaUsd)));
        QVERIFY(view->model()->index(0, 0).data(Role::EffectRole).toString().startsWith("+$"));
        QCOMPARE(mEvaluation.warnings.at(1).rule, QStringLiteral("replica-same-az"));
        QVERIFY(view->model()
                    ->index(1, 0)
                    .data(Role::EffectRole)
                    .toString()
                    .startsWith(QStringLiteral("same cost")));
    }

    void clickingAFindingActivatesItsComponent()
    {
        const auto panel = shownPanel(mEvaluation, mDesign);
        QListView *view = list(*panel);
        QSignalSpy activated(panel.get(), &ui::ReviewPanel::componentActivated);
        for (int row = 0; row < mEvaluation.warnings.size(); ++row) {
            const QRect rect = view->visualRect(view->model()->index(row, 0));
            QVERIFY(!rect.isEmpty());
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(activated.count(), row + 1);
            QCOMPARE(activated.last().at(0).value<model::ComponentId>(),
                     mEvaluation.warnings.at(row).component);
        }
    }

    void enterActivatesTheCurrentFinding()
    {
        const auto panel = shownPanel(mEvaluation, mDesign);
        QListView *view = list(*panel);
        QSignalSpy activated(panel.get(), &ui::ReviewPanel::componentActivated);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<model::ComponentId>(),
                 mEvaluation.warnings.at(1).component);
        QTest::keyClick(view, Qt::Key_Up);
        QTest::keyClick(view, Qt::Key_Enter);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).value<model::ComponentId>(),
                 mEvaluation.warnings.at(0).component);
    }

    void applyFixAsksForTheCurrentFindingsPatch()
    {
        const auto panel = shownPanel(mEvaluation, mDesign);
        QListView *view = list(*panel);
        auto *apply = panel->findChild<QPushButton *>(QStringLiteral("applyFix"));
        QVERIFY(apply && apply->isVisible());
        QSignalSpy fixes(panel.get(), &ui::ReviewPanel::fixRequested);
        QSignalSpy activated(panel.get(), &ui::ReviewPanel::componentActivated);
        const engine::Warning &moveReplica = mEvaluation.warnings.at(1);
        QVERIFY(moveReplica.patch);
        view->setCurrentIndex(view->model()->index(1, 0));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(fixes.count(), 1);
        const auto patch = fixes.at(0).at(0).value<engine::Patch>();
        QCOMPARE(patch.component, moveReplica.component);
        QCOMPARE(patch.moveToZone, moveReplica.patch->moveToZone);
        QCOMPARE(fixes.at(0).at(1).toString(), moveReplica.fix);
        // Enter applies it too, and shows the component.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(fixes.count(), 2);
        QCOMPARE(activated.count(), 1);

        // Advice without a patch: nothing to apply; Enter only shows the component.
        engine::Evaluation advice = mEvaluation;
        advice.warnings[1].patch.reset();
        panel->setEvaluation(advice, mDesign);
        QCOMPARE(view->currentIndex().row(), 1); // still the finding it was on
        QVERIFY(!apply->isEnabled());
        QVERIFY(!panel->applyCurrentFix());
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(fixes.count(), 2);
        QCOMPARE(activated.count(), 2);
    }

    void rowsGrowToTheirTextWhenTheDockNarrows()
    {
        const auto panel = shownPanel(mEvaluation, mDesign, 700);
        QListView *view = list(*panel);
        const QModelIndex first = view->model()->index(0, 0);
        const int wide = view->visualRect(first).height();
        panel->resize(260, 700);
        // The view lays its rows out again shortly after a resize; then the wrapped text fits.
        QTRY_VERIFY(view->visualRect(first).height() > wide);
        QStyleOptionViewItem option;
        option.font = view->font();
        QTRY_COMPARE(view->visualRect(first).height(),
                     view->itemDelegate()->sizeHint(option, first).height());
    }

    void effectTextSaysWhatAFixChanges_data()
    {
        QTest::addColumn<std::optional<double>>("cost");
        QTest::addColumn<std::optional<double>>("availability");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << std::optional<double>() << std::optional<double>() << "";
        QTest::newRow("saving, unchanged")
            << std::optional<double>(-40.0) << std::optional<double>(0.0)
            << "-$40/mo · availability unchanged";
        QTest::newRow("free") << std::optional<double>(0.0) << std::optional<double>()
                              << "same cost";
        QTest::newRow("gain") << std::optional<double>(123.0) << std::optional<double>(0.00004)
                              << "+$123/mo · 105 s less downtime a month (+0.0040 pp)";
        QTest::newRow("loss") << std::optional<double>() << std::optional<double>(-0.0005)
                              << "21.9 min more downtime a month (-0.050 pp)";
    }
    void effectTextSaysWhatAFixChanges()
    {
        QFETCH(std::optional<double>, cost);
        QFETCH(std::optional<double>, availability);
        QFETCH(QString, text);
        engine::Warning warning;
        warning.costDeltaUsd = cost;
        warning.availabilityDelta = availability;
        QCOMPARE(ui::ReviewPanel::effectText(warning), text);
    }

    void aDesignWithoutFindingsSaysSo()
    {
        const model::Design clean = test::sampleDesign();
        const engine::Evaluation evaluation = test::evaluateSample(clean);
        QVERIFY(evaluation.warnings.isEmpty());
        const auto panel = shownPanel(evaluation, clean);
        auto *empty = panel->findChild<QLabel *>(QStringLiteral("reviewEmptyState"));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(),
                 QStringLiteral("No findings: the design passes every review rule."));
        QVERIFY(!list(*panel)->isVisible());
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("findingCount"))->text(),
                 QStringLiteral("0 findings"));

        panel->setEvaluation(engine::Evaluation{}, model::Design{});
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("Nothing to review yet")));
    }

    void updatingKeepsTheFindingsAndMarksThem()
    {
        const auto panel = shownPanel(mEvaluation, mDesign);
        auto *marker = panel->findChild<QLabel *>(QStringLiteral("reviewUpdating"));
        QVERIFY(!marker->isVisible());
        panel->setUpdating(true);
        QVERIFY(panel->isUpdating());
        QVERIFY(marker->isVisible());
        QCOMPARE(list(*panel)->model()->rowCount(), mEvaluation.warnings.size());
        QVERIFY(list(*panel)->isVisible());
        QVERIFY(list(*panel)->palette().color(QPalette::Text) !=
                panel->palette().color(QPalette::Text));
        panel->setUpdating(false);
        QVERIFY(!marker->isVisible());
        QCOMPARE(list(*panel)->palette().color(QPalette::Text),
                 panel->palette().color(QPalette::Text));
    }
};

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
