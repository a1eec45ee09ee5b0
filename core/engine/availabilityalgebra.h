#pragma once

#include <QList>

namespace archstudio::engine {

/// The composition rules of docs/ENGINE.md section 4, over independent availabilities.

/// All are needed: the product.
double series(const QList<double> &availabilities);
/// Any one suffices: 1 - product of (1 - a).
double parallel(const QList<double> &availabilities);
/// At least k of the n independent parts are needed (n = availabilities.size()).
double kOfN(int k, const QList<double> &availabilities);

/// Steady-state availability of a part that fails ratePerYear times a year and takes
/// recoverySeconds to come back: MTTF / (MTTF + MTTR).
double steadyState(double ratePerYear, double recoverySeconds);

/// Downtime a month (730 h) and a year (8,760 h) in minutes at availability a.
double downtimeMinutesPerMonth(double availability);
double downtimeMinutesPerYear(double availability);
/// "Nines": -log10(1 - a), e.g. 3.3 for 99.95%.
double nines(double availability);

} // namespace archstudio::engine
