#include "lessonpanel.h"

#include "core/engine/goals.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace archstudio::ui {

namespace {

QString goalCount(const model::Design &design)
{
    const qsizetype goals = design.exercise ? design.exercise->goals.size() : 0;
    if (goals == 0)
        return LessonPanel::tr("no goals");
    return goals == 1 ? LessonPanel::tr("1 goal") : LessonPanel::tr("%1 goals").arg(goals);
}

} // namespace

LessonPanel::LessonPanel(QWidget *parent) : QWidget(parent)
{
    mTitle = new QLabel(this);
    mTitle->setObjectName(QStringLiteral("lessonTitle"));
    mTitle->setWordWrap(true);
    QFont bold = mTitle->font();
    bold.setBold(true);
    mTitle->setFont(bold);
    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("lessonExercises"));
    mList->setTextElideMode(Qt::ElideRight); // the whole title is in the tooltip
    mList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mDetail = new QTextBrowser(this);
    mDetail->setObjectName(QStringLiteral("lessonDetail"));
    mDetail->setOpenLinks(false);
    mOpen = new QPushButton(tr("&Open Exercise"), this);
    mOpen->setObjectName(QStringLiteral("openExercise"));
    mOpen->setToolTip(tr("Work on the selected exercise (Enter or a double-click in the list)"));
    mNext = new QPushButton(tr("&Next Exercise"), this);
    mNext->setObjectName(QStringLiteral("nextExercise"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mOpen);
    buttons->addWidget(mNext);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTitle);
    layout->addWidget(mList, 2);
    layout->addWidget(mDetail, 3);
    layout->addLayout(buttons);

    connect(mList, &QListWidget::currentRowChanged, this, &LessonPanel::showSelected);
    connect(mList, &QListWidget::itemActivated, this,
            [this] { emit openRequested(mList->currentRow()); });
    connect(mOpen, &QPushButton::clicked, this, [this] { emit openRequested(selected()); });
    connect(mNext, &QPushButton::clicked, this, [this] { emit openRequested(mCurrent + 1); });
    setPack({}, {});
}

void LessonPanel::setPack(const io::LessonPack &pack, const QString &path)
{
    mPack = pack;
    mPath = path;
    mCurrent = -1;
    mTitle->setText(pack.title.isEmpty() ? QFileInfo(path).completeBaseName() : pack.title);
    mTitle->setToolTip(pack.notes);
    mList->clear();
    for (qsizetype i = 0; i < pack.items.size(); ++i) {
        const io::LessonItem &item = pack.items.at(i);
        auto *row = new QListWidgetItem(
            tr("%1. %2 (%3)").arg(i + 1).arg(item.title(i), goalCount(item.design)), mList);
        row->setToolTip(row->text());
    }
    if (!pack.items.isEmpty())
        mList->setCurrentRow(0);
    setCurrent(-1);
    showSelected();
}

void LessonPanel::setCurrent(int index)
{
    mCurrent = index;
    for (int i = 0; i < mList->count(); ++i) {
        QFont font = mList->item(i)->font();
        font.setBold(i == index); // the one being worked on
        mList->item(i)->setFont(font);
    }
    if (index >= 0 && index < mList->count())
        mList->setCurrentRow(index);
    mNext->setEnabled(index + 1 < mList->count());
    mNext->setToolTip(index + 1 < mList->count() ? tr("Work on exercise %1").arg(index + 2)
                                                 : tr("This is the last exercise of the lesson"));
}

int LessonPanel::selected() const
{
    return mList->currentRow();
}

void LessonPanel::showSelected()
{
    const int row = selected();
    mOpen->setEnabled(row >= 0);
    if (row < 0 || row >= mPack.items.size()) {
        mDetail->setPlainText(hasPack() ? QString() : tr("Open a lesson pack (File > Open)."));
        return;
    }
    const io::LessonItem &item = mPack.items.at(row);
    // The lesson's own notes first, muted: they matter before any one exercise does.
    QString html;
    if (!mPack.notes.isEmpty())
        html +=
            QStringLiteral("<p style=\"color: gray\">%1</p><hr/>").arg(mPack.notes.toHtmlEscaped());
    if (!item.notes.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(item.notes.toHtmlEscaped());
    if (item.design.exercise) {
        html += QStringLiteral("<p>%1</p><ul>").arg(item.design.exercise->brief.toHtmlEscaped());
        for (const model::Goal &goal : item.design.exercise->goals)
            html += QStringLiteral("<li>%1</li>").arg(engine::goalText(goal).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    } else if (!item.design.description.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(item.design.description.toHtmlEscaped());
    }
    mDetail->setHtml(html);
}

} // namespace archstudio::ui
