#pragma once

#include "core/engine/evaluation.h"
#include "core/engine/prediction.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace archstudio::ui {

/// "Predict first" for figures (docs/TEACHING.md): the class types its guesses for the
/// monthly cost, the worst p99 at peak and the worst RTO while the studio hides its figures,
/// then Reveal shows each guess beside the estimate and how far off it was.
///
/// hideFigures(true) is called when the dialog opens and hideFigures(false) when it closes
/// or reveals, so the studio shows nothing to copy from meanwhile.
class PredictionDialog : public QDialog
{
    Q_OBJECT

public:
    PredictionDialog(std::function<void(bool hide)> hideFigures, QWidget *parent = nullptr);
    ~PredictionDialog() override;

    /// The latest evaluation of the design; Reveal compares with it.
    void setEvaluation(const engine::Evaluation &evaluation);
    void setGuess(engine::GuessedFigure figure, double value);
    QList<engine::Guess> guesses() const;
    /// Shows the guesses beside the estimates; false while there is no evaluation yet.
    bool reveal();
    bool isRevealed() const { return mRevealed; }
    QString resultText() const;

private:
    struct Row
    {
        engine::GuessedFigure figure;
        QCheckBox *use = nullptr;
        QDoubleSpinBox *value = nullptr;
    };
    void setFiguresHidden(bool hide);

    std::function<void(bool)> mHideFigures;
    bool mHidden = false;
    QList<Row> mRows;
    std::optional<engine::Evaluation> mEvaluation;
    QPushButton *mReveal = nullptr;
    QLabel *mResult = nullptr;
    bool mRevealed = false;
};

} // namespace archstudio::ui
