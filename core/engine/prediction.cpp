#include "prediction.h"

#include <QCoreApplication>

#include <cmath>

namespace archstudio::engine {

namespace {

std::optional<double> worstP99AtPeak(const Evaluation &evaluation)
{
    std::optional<double> worst;
    for (const WorkloadResult &w : evaluation.workloads) {
        for (const OperationResult *op : {&w.read, &w.write}) {
            if (!op->served)
                continue;
            if (op->peak.saturated())
                return std::nullopt; // no bound to compare a guess with
            worst = std::max(worst.value_or(0.0), op->peak.p99Ms);
        }
    }
    return worst;
}

std::optional<double> estimateOf(const Evaluation &evaluation, GuessedFigure figure)
{
    switch (figure) {
    case GuessedFigure::MonthlyCost:
        return evaluation.totals.monthlyCostUsd;
    case GuessedFigure::P99AtPeak:
        return worstP99AtPeak(evaluation);
    case GuessedFigure::WorstRto:
        return evaluation.totals.worstRtoSeconds;
    }
    return std::nullopt;
}

} // namespace

QList<GuessOutcome> compareGuesses(const Evaluation &evaluation, const QList<Guess> &guesses)
{
    QList<GuessOutcome> outcomes;
    for (const Guess &guess : guesses)
        outcomes.append({guess, estimateOf(evaluation, guess.figure)});
    return outcomes;
}

QString guessVerdict(double guess, double estimate)
{
    if (estimate <= 0.0 || guess <= 0.0)
        //: a guess that equals the estimate
        return guess == estimate ? QCoreApplication::translate("Engine", "exact") : QString();
    const double ratio = guess / estimate;
    if (std::abs(ratio - 1.0) <= 0.10)
        return QCoreApplication::translate("Engine", "close: within 10%");
    const bool high = ratio > 1.0;
    const double by = high ? ratio : 1.0 / ratio;
    //: a guess too high or too low by a factor: "2.5× high"
    if (by >= 2.0)
        return (high ? QCoreApplication::translate("Engine", "%1× high")
                     : QCoreApplication::translate("Engine", "%1× low"))
            .arg(by, 0, 'f', 1);
    const long percent = std::lround(std::abs(ratio - 1.0) * 100.0);
    //: a guess too high or too low by a percentage: "32% high"
    return (high ? QCoreApplication::translate("Engine", "%1% high")
                 : QCoreApplication::translate("Engine", "%1% low"))
        .arg(percent);
}

} // namespace archstudio::engine
