#pragma once

#include "mutedlabel.h"

#include <QPointer>

namespace archstudio::ui {

/// The "Updating…" marker of a panel whose figures are being re-evaluated: it shows itself
/// and dims the figures, which stay readable (an evaluation usually takes a few frames, and
/// blanking the panel each time would flicker).
///
/// Dimming blends the figures' text and highlight colours towards their background. A
/// QGraphicsOpacityEffect would be simpler, but it paints garbage over the unfilled parts of
/// a scroll area and does not combine with the chart's graphics view.
class UpdatingIndicator : public MutedLabel
{
    Q_OBJECT

public:
    /// Dims figures (typically the panel's scroll area) while updating.
    UpdatingIndicator(QWidget *figures, QWidget *parent);

    bool isUpdating() const { return mUpdating; }
    void setUpdating(bool updating);

private:
    void dim();

    QPointer<QWidget> mFigures;
    bool mUpdating = false;
};

} // namespace archstudio::ui
