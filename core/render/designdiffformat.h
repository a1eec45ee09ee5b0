#pragma once

// How a design diff (engine::DesignDiff) reads for people, shared by `archstudio diff` and
// the studio's File > Compare with File…: a figure's label, its value and its change.

#include "core/engine/designdiff.h"

#include <QString>
#include <QVariant>

namespace archstudio::render {

/// "Monthly cost", "Read p99 (peak)", …
QString figureLabel(engine::Figure figure);
/// The figure as the studio writes it: "$1,234.50", "12.3 ms", "99.95%", "45 s"; "n/a" when
/// absent.
QString figureText(engine::Figure figure, const std::optional<double> &value);
/// The change: "+$412.00 (+100.0%)", "-3.2 ms", "+0.0040 pp", "+30 s"; "n/a" unless both
/// sides have the figure, "no change" when they are equal.
QString figureChangeText(engine::Figure figure, const engine::FigureDelta &delta);
/// Whether a rise of the figure is good news (availability) rather than bad (cost, latency,
/// recovery times): what the studio colours and the Markdown marks by.
bool higherIsBetter(engine::Figure figure);
/// A property value as a diff shows it: "db.r6g.large", "true", "[eu-west-1, us-west-2]",
/// "(none)" when absent.
QString propertyValueText(const QVariant &value);
/// "deployment: single-az → multi-az-instance; instanceClass: …": a changed component's
/// changes on one line.
QString propertyChangesText(const engine::ComponentChange &change);

} // namespace archstudio::render
