#include "updatingindicator.h"

#include "ui/widgetstyle.h"

namespace archstudio::ui {

namespace {

constexpr qreal kDimming = 0.5; ///< how far colours move towards their background

} // namespace

UpdatingIndicator::UpdatingIndicator(QWidget *figures, QWidget *parent)
    : MutedLabel(tr("Updating…"), parent), mFigures(figures)
{
    setObjectName(QStringLiteral("updatingIndicator"));
    setWordWrap(false);
    QFont italic = font();
    italic.setItalic(true);
    setFont(italic);
    setAccessibleName(text());
    hide();
}

void UpdatingIndicator::setUpdating(bool updating)
{
    if (updating == mUpdating)
        return;
    mUpdating = updating;
    setVisible(updating);
    if (!mFigures)
        return;
    if (updating)
        dim();
    else
        mFigures->setPalette(QPalette()); // inherit the window's palette again
}

void UpdatingIndicator::dim()
{
    QPalette p = mFigures->palette();
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::Text, QPalette::Base},
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Highlight, QPalette::Base},
    };
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const auto &[foreground, background] : pairs) {
            p.setColor(group, foreground,
                       widgetstyle::blend(p.color(group, foreground), p.color(group, background),
                                          kDimming));
        }
    }
    mFigures->setPalette(p);
}

} // namespace archstudio::ui
