// Analysis > Predict the Figures: the studio hides its figures while the class guesses, and
// the reveal shows each guess beside the estimate.

#include "core/document/document.h"
#include "core/io/designtemplates.h"
#include "support/testkinds.h"
#include "ui/analysis/predictiondialog.h"
#include "ui/canvas/diagramscene.h"
#include "ui/mainwindow.h"
#include "ui/panels/summarypanel.h"

#include <QTest>

using namespace archstudio;

class TestPredictionDialog : public QObject
{
    Q_OBJECT

private slots:
    void figuresStayHiddenUntilTheReveal()
    {
        ui::MainWindow window(test::kinds());
        window.resize(1400, 900);
        window.show();
        window.document()->setDesign(
            io::loadTemplate(*io::findTemplate(QStringLiteral("rds-multi-az")), test::loadOptions())
                .file->design);
        QVERIFY(window.scene()->badgesVisible());
        ui::SummaryPanel *summary = window.findChild<ui::SummaryPanel *>();
        QVERIFY(summary && summary->isVisible());

        ui::PredictionDialog *dialog = window.predictFigures();
        QVERIFY(!window.scene()->badgesVisible());
        QVERIFY(!summary->isVisible());
        dialog->setGuess(engine::GuessedFigure::MonthlyCost, 1.0);
        dialog->setGuess(engine::GuessedFigure::WorstRto, 120.0);
        QCOMPARE(dialog->guesses().size(), 2);

        QTRY_VERIFY(dialog->reveal()); // once the design's estimate has arrived
        QVERIFY(dialog->isRevealed());
        const QString result = dialog->resultText();
        QVERIFY2(result.contains(QLatin1String("$1")), qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("low")), qPrintable(result)); // $1 is far too low
        QVERIFY(window.scene()->badgesVisible());
        QVERIFY(summary->isVisible());
    }

    void closingWithoutARevealShowsTheFiguresAgain()
    {
        ui::MainWindow window(test::kinds());
        window.show();
        window.scene()->setBadgesVisible(false); // the user's own choice survives
        ui::PredictionDialog *dialog = window.predictFigures();
        ui::SummaryPanel *summary = window.findChild<ui::SummaryPanel *>();
        QVERIFY(!summary->isVisible());
        dialog->reject();
        QVERIFY(summary->isVisible());
        QVERIFY(!window.scene()->badgesVisible());
    }
};

QTEST_MAIN(TestPredictionDialog)
#include "tst_predictiondialog.moc"
