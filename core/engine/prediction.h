#pragma once

#include "evaluation.h"

#include <QList>
#include <QString>

#include <optional>

namespace archstudio::engine {

/// A figure a student guesses before the studio shows it ("Predict first", docs/TEACHING.md).
enum class GuessedFigure {
    MonthlyCost, ///< USD a month
    P99AtPeak,   ///< ms: the worst p99 at peak of any workload's reads or writes
    WorstRto,    ///< seconds: the worst failover time of any component
};

struct Guess
{
    GuessedFigure figure = GuessedFigure::MonthlyCost;
    double value = 0.0;
};

/// A guess beside the estimate it was about.
struct GuessOutcome
{
    Guess guess;
    /// None when there is nothing to compare with: no workload is served, or a component on
    /// the path is saturated (its p99 has no bound).
    std::optional<double> estimate;
};

QList<GuessOutcome> compareGuesses(const Evaluation &evaluation, const QList<Guess> &guesses);

/// How far the guess was from the estimate: "close: within 10%", "32% high", "2.5× low".
QString guessVerdict(double guess, double estimate);

} // namespace archstudio::engine
