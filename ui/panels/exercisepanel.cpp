#include "exercisepanel.h"

#include "core/render/figureformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace archstudio::ui {

namespace {

QString figureText(const engine::GoalResult &r)
{
    using Kind = model::Goal::Kind;
    switch (r.goal.kind) {
    case Kind::MaxMonthlyCost:
        return render::fullUsd(r.figure);
    case Kind::MaxP99Ms:
        return r.figure >= engine::kUnbounded
                   ? ExercisePanel::tr("saturated")
                   : ExercisePanel::tr("%1 ms").arg(QLocale().toString(r.figure, 'f', 2));
    case Kind::MinAvailability:
        return render::availabilityPercent(r.figure);
    case Kind::SurvivesZoneLoss:
    case Kind::SurvivesRegionLoss:
    case Kind::MaxRpoSeconds:
        return render::duration(r.figure);
    case Kind::MaxComponents:
        return QLocale().toString(qRound(r.figure));
    }
    return {};
}

} // namespace

ExercisePanel::ExercisePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("exercisePanel"));
    mBrief = new QLabel(this);
    mBrief->setObjectName(QStringLiteral("exerciseBrief"));
    mBrief->setWordWrap(true);
    mGoals = new QListWidget(this);
    mGoals->setObjectName(QStringLiteral("exerciseGoals"));
    mGoals->setWordWrap(true);
    mGoals->setSelectionMode(QAbstractItemView::NoSelection);
    mGoals->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    mGoals->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    mVerdict = new QLabel(this);
    mVerdict->setObjectName(QStringLiteral("exerciseVerdict"));
    QFont bold = mVerdict->font();
    bold.setBold(true);
    mVerdict->setFont(bold);
    mHints = new QLabel(this);
    mHints->setObjectName(QStringLiteral("exerciseHints"));
    mHints->setWordWrap(true);
    mNextHint = new QPushButton(tr("Show a Hint"), this);
    mNextHint->setObjectName(QStringLiteral("nextHint"));
    connect(mNextHint, &QPushButton::clicked, this, &ExercisePanel::showNextHint);
    mReveal = new QPushButton(tr("Reveal Model Answer…"), this);
    mReveal->setObjectName(QStringLiteral("revealModelAnswer"));
    connect(mReveal, &QPushButton::clicked, this, &ExercisePanel::revealRequested);
    // Scrolls rather than clips when the dock is short: the brief comes first.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(mBrief);
    layout->addWidget(mGoals);
    layout->addWidget(mVerdict);
    layout->addWidget(mHints);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mNextHint);
    buttons->addStretch();
    buttons->addWidget(mReveal);
    layout->addLayout(buttons);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(&mChecking, &QFutureWatcherBase::finished, this, [this] {
        mResults = mChecking.result();
        showResults();
        emit checked();
    });
}

ExercisePanel::~ExercisePanel()
{
    mChecking.waitForFinished();
}

void ExercisePanel::check(const model::Design &design, std::shared_ptr<const engine::KindSet> kinds,
                          const engine::Evaluation &evaluation)
{
    if (design.exercise != mExercise) {
        mHintsShown = 0;
        mResults.clear();
        mExercise = design.exercise;
        showExercise(mExercise.value_or(model::Exercise{}));
    }
    mReveal->setVisible(
        design.variantName != model::kModelAnswerVariant &&
        std::any_of(design.otherVariants.cbegin(), design.otherVariants.cend(),
                    [](const model::Variant &v) { return v.name == model::kModelAnswerVariant; }));
    if (!mExercise || mExercise->goals.isEmpty())
        return;
    // Checked on a worker: a zone-loss goal simulates a failure of every zone. A check still
    // running when the next evaluation arrives finishes first (the watcher keeps the latest).
    mChecking.setFuture(QtConcurrent::run([design, kinds, evaluation, goals = mExercise->goals] {
        return engine::checkGoals(design, engine::catalogFor(design, kinds->catalog()), goals,
                                  evaluation, kinds->behaviours());
    }));
}

void ExercisePanel::showExercise(const model::Exercise &exercise)
{
    mBrief->setText(exercise.brief);
    mGoals->clear();
    for (const model::Goal &goal : exercise.goals)
        new QListWidgetItem(QStringLiteral("…  ") + engine::goalText(goal), mGoals);
    mVerdict->setText(exercise.goals.isEmpty() ? QString() : tr("Checking…"));
    mHints->clear();
    mNextHint->setVisible(!exercise.hints.isEmpty());
    mNextHint->setEnabled(true);
}

void ExercisePanel::showResults()
{
    int met = 0;
    for (int i = 0; i < mResults.size() && i < mGoals->count(); ++i) {
        const engine::GoalResult &r = mResults.at(i);
        met += r.met ? 1 : 0;
        QListWidgetItem *item = mGoals->item(i);
        item->setText(QStringLiteral("%1  %2 — %3")
                          .arg(r.met ? QStringLiteral("✔") : QStringLiteral("✘"),
                               engine::goalText(r.goal), figureText(r)));
        item->setForeground(r.met ? QColor(0x1E, 0x7E, 0x34) : QColor(0xB0, 0x23, 0x23));
        item->setToolTip(r.detail);
    }
    mVerdict->setText(met == mResults.size()
                          ? tr("Every goal is met.")
                          : tr("%1 of %2 goals met").arg(met).arg(mResults.size()));
}

void ExercisePanel::showNextHint()
{
    if (!mExercise || mHintsShown >= mExercise->hints.size())
        return;
    ++mHintsShown;
    QStringList shown;
    for (int i = 0; i < mHintsShown; ++i)
        shown << tr("Hint %1: %2").arg(i + 1).arg(mExercise->hints.at(i));
    mHints->setText(shown.join(QStringLiteral("\n\n")));
    mNextHint->setEnabled(mHintsShown < mExercise->hints.size());
}

} // namespace archstudio::ui
