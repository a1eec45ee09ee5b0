#include "predictiondialog.h"

#include "core/render/figureformat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace archstudio::ui {

namespace {

QString figureName(engine::GuessedFigure figure)
{
    switch (figure) {
    case engine::GuessedFigure::MonthlyCost:
        return PredictionDialog::tr("Monthly cost (USD)");
    case engine::GuessedFigure::P99AtPeak:
        return PredictionDialog::tr("Worst p99 at peak (ms)");
    case engine::GuessedFigure::WorstRto:
        return PredictionDialog::tr("Worst RTO (seconds)");
    }
    return {};
}

QString figureText(engine::GuessedFigure figure, double value)
{
    switch (figure) {
    case engine::GuessedFigure::MonthlyCost:
        return render::fullUsd(value);
    case engine::GuessedFigure::P99AtPeak:
        return render::latencyMs(value);
    case engine::GuessedFigure::WorstRto:
        return render::duration(value);
    }
    return {};
}

} // namespace

PredictionDialog::PredictionDialog(std::function<void(bool)> hideFigures, QWidget *parent)
    : QDialog(parent), mHideFigures(std::move(hideFigures))
{
    setWindowTitle(tr("Predict the Figures"));
    auto *intro = new QLabel(tr("Guess before you look: the studio hides its figures until you "
                                "reveal them. Tick the figures you want to guess."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (engine::GuessedFigure figure :
         {engine::GuessedFigure::MonthlyCost, engine::GuessedFigure::P99AtPeak,
          engine::GuessedFigure::WorstRto}) {
        Row row{figure, new QCheckBox(figureName(figure), this), new QDoubleSpinBox(this)};
        row.value->setRange(0.0, 1e9);
        row.value->setDecimals(figure == engine::GuessedFigure::P99AtPeak ? 1 : 0);
        row.value->setEnabled(false);
        connect(row.use, &QCheckBox::toggled, row.value, &QWidget::setEnabled);
        connect(row.value, &QDoubleSpinBox::valueChanged, row.use,
                [use = row.use] { use->setChecked(true); });
        form->addRow(row.use, row.value);
        mRows.append(row);
    }
    mRows.first().use->setChecked(true);
    mResult = new QLabel(this);
    mResult->setTextFormat(Qt::RichText);
    mResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mReveal = buttons->addButton(tr("&Reveal"), QDialogButtonBox::ActionRole);
    mReveal->setEnabled(false);
    mReveal->setToolTip(tr("Waiting for the design's estimate…"));
    connect(mReveal, &QPushButton::clicked, this, &PredictionDialog::reveal);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(mResult);
    layout->addWidget(buttons);
    setFiguresHidden(true);
    connect(this, &QDialog::finished, this, [this] { setFiguresHidden(false); });
}

PredictionDialog::~PredictionDialog()
{
    setFiguresHidden(false);
}

void PredictionDialog::setFiguresHidden(bool hide)
{
    if (hide == mHidden)
        return;
    mHidden = hide;
    if (mHideFigures)
        mHideFigures(hide);
}

void PredictionDialog::setEvaluation(const engine::Evaluation &evaluation)
{
    mEvaluation = evaluation;
    mReveal->setEnabled(true);
    mReveal->setToolTip(tr("Show each guess beside the estimate"));
}

void PredictionDialog::setGuess(engine::GuessedFigure figure, double value)
{
    for (const Row &row : std::as_const(mRows)) {
        if (row.figure == figure) {
            row.value->setValue(value);
            row.use->setChecked(true);
        }
    }
}

QList<engine::Guess> PredictionDialog::guesses() const
{
    QList<engine::Guess> list;
    for (const Row &row : mRows) {
        if (row.use->isChecked())
            list.append({row.figure, row.value->value()});
    }
    return list;
}

bool PredictionDialog::reveal()
{
    if (!mEvaluation)
        return false;
    QString html = QStringLiteral("<table cellspacing='6'><tr><th align='left'>%1</th>"
                                  "<th align='right'>%2</th><th align='right'>%3</th>"
                                  "<th align='left'></th></tr>")
                       .arg(tr("Figure"), tr("Your guess"), tr("Estimate"));
    for (const engine::GuessOutcome &o : engine::compareGuesses(*mEvaluation, guesses())) {
        const QString estimate = o.estimate ? figureText(o.guess.figure, *o.estimate)
                                            : tr("none (saturated, or nothing served)");
        const QString verdict =
            o.estimate ? engine::guessVerdict(o.guess.value, *o.estimate) : QString();
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>"
                               "<b>%3</b></td><td>%4</td></tr>")
                    .arg(figureName(o.guess.figure).toHtmlEscaped(),
                         figureText(o.guess.figure, o.guess.value).toHtmlEscaped(),
                         estimate.toHtmlEscaped(), verdict.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    mResult->setText(html);
    mRevealed = true;
    for (const Row &row : std::as_const(mRows)) {
        row.use->setEnabled(false);
        row.value->setEnabled(false);
    }
    mReveal->setEnabled(false);
    setFiguresHidden(false);
    return true;
}

QString PredictionDialog::resultText() const
{
    QTextDocument document;
    document.setHtml(mResult->text());
    return document.toPlainText();
}

} // namespace archstudio::ui
