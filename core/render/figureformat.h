#pragma once

#include <QLocale>
#include <QString>

#include <optional>

/// How the studio and its reports write the engine's figures for people: compact on badges,
/// exact in panels. Written in the default locale: the studio's language sets it, the command
/// line keeps C, which reads as US English, so its output and the tests never vary.
namespace archstudio::render {

/// The locale figures (and report dates) are written in: the default, or US English for C.
QLocale figureLocale();

/// "$0.42", "$412", "$12.3k", "$1.25M": for badges and chart labels.
QString compactUsd(double usd);
/// "$12,345.67" ("12.345,67 $" in German): for tables and the status bar.
QString fullUsd(double usd);
/// A total as it is, or marked as a lower bound when the catalog could not price some
/// components: "$165.00 a month" -> "≥ $165.00 a month, 1 component unpriced".
QString markUnpriced(const QString &total, int unpricedComponents);
/// "99.95%", "99.995%": enough decimals to show every leading nine plus one digit.
QString availabilityPercent(double availability);
/// Expected downtime in an average month (30.44 days): "26 s", "21.9 min", "4.4 h".
QString downtimePerMonth(double availability);
/// "45 s", "5.0 min", "2.1 h", "3.0 d"; "n/a" when absent.
QString duration(const std::optional<double> &seconds);
/// "0.52 ms", "12.3 ms", "saturated" when unbounded.
QString latencyMs(double milliseconds);
/// "73%" (utilisation, shares).
QString percent(double share);
/// The change a fix makes to a monthly bill: "+$109/mo", "-$40/mo", "$0/mo".
QString costDeltaPerMonth(double usd);
/// A change of availability in percentage points, to two significant digits: "+0.0040 pp".
QString percentagePoints(double availabilityDelta);

} // namespace archstudio::render
