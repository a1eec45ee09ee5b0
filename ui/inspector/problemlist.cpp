#include "problemlist.h"
#include "ui/widgetstyle.h"

#include "inspectorstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace archstudio::ui {

ProblemList::ProblemList(QWidget *parent) : QWidget(parent), mLayout(new QVBoxLayout(this))
{
    mLayout->setContentsMargins(0, 0, 0, 0);
    mLayout->setSpacing(2);
    setVisible(false);
}

void ProblemList::setProblems(const model::Problems &problems)
{
    if (problems == mProblems)
        return;
    mProblems = problems;
    rebuild();
}

void ProblemList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        rebuild();
}

void ProblemList::rebuild()
{
    while (QLayoutItem *item = mLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    mMessages.clear();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const model::Problem &problem : std::as_const(mProblems)) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        auto *icon = new QLabel(row);
        icon->setPixmap(style()
                            ->standardIcon(problem.isError() ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning,
                                           nullptr, this)
                            .pixmap(iconSize, iconSize));
        icon->setAlignment(Qt::AlignTop);
        layout->addWidget(icon, 0, Qt::AlignTop);
        auto *text = new QLabel(problem.message, row);
        text->setObjectName(QStringLiteral("problemText"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPalette palette = text->palette();
        palette.setColor(QPalette::WindowText, widgetstyle::warningColor());
        text->setPalette(palette);
        text->setToolTip(problem.path);
        layout->addWidget(text, 1);
        mLayout->addWidget(row);
        mMessages << problem.message;
    }
    setVisible(!mProblems.isEmpty());
}

} // namespace archstudio::ui
